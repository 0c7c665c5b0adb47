/** Strict XML well-formedness (saxes is a conformant, non-lenient XML parser): the errors, if any. */
import { SaxesParser } from 'saxes';

export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (e) => errors.push(e.message));
  parser.write(xml).close();
  return errors;
}

/** Where things are, from the tests' point of view. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built site; TEST_DIST points the tests at another build (e.g. a deliberately broken copy). */
export const DIST = process.env.TEST_DIST ? path.resolve(process.env.TEST_DIST) : path.join(ROOT, 'dist');
export const CONTENT = path.join(ROOT, 'content');

/** Path relative to the project root, with forward slashes, for messages. */
export function rel(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

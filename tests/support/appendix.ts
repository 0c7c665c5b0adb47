/**
 * The appendix rows of a plan, read from its shipped full text (public/van-ban/<slug>.txt): the
 * row numbers (Số TT) that follow the "PHỤ LỤC" heading, counted in sequence. The full texts are
 * the plans as published, so this is what the site must show, independent of the profiles.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Number of appendix rows in a full text, or undefined when it has no appendix. */
export function appendixRowCount(fullText: string): number | undefined {
  const start = fullText.search(/^\s*PHỤ LỤC\s*$/m);
  if (start < 0) return undefined;
  let next = 1;
  for (const line of fullText.slice(start).split('\n')) {
    // "\t12" (a table cell) or "12.  Trường Mầm non …" (a numbered paragraph)
    const m = /^\s*(\d{1,3})(?:\.\s|\.?\s*$)/.exec(line);
    if (m && Number(m[1]) === next) next++;
  }
  return next - 1;
}

/** The shipped full text of a plan, if there is one. */
export function planFullText(root: string, planSlug: string): string | undefined {
  const file = path.join(root, 'public', 'van-ban', `${planSlug}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * Highlighting the words a query matched, in the accented text the reader sees. Both sides are
 * folded (foldForSearch: marks and đ removed, lowercased) and a word matches when its folded form
 * starts with a folded query term, as Pagefind matches words by prefix: "duong" marks "đường",
 * "dong suong" marks "Đồng Sương", "huu" marks "Hữu".
 */
import { foldForSearch } from '../text.ts';

export interface Segment {
  text: string;
  match: boolean;
}

const SPLIT = /([\p{L}\p{M}\p{N}]+)/u;

/** Whether a word (as written) matches one of the folded query terms. */
export function wordMatches(word: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return false;
  const folded = foldForSearch(word);
  return folded.length > 0 && terms.some((term) => folded.startsWith(term));
}

/** The text cut into runs of matched words and the rest, in order; joined, they give the text back. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  const push = (part: string, match: boolean) => {
    if (!part) return;
    const last = segments[segments.length - 1];
    // Unmatched words merge with the spaces and punctuation around them into one run.
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  };
  const parts = text.split(SPLIT);
  parts.forEach((part, i) => {
    // split() with a capture group puts the words at odd indexes.
    push(part, i % 2 === 1 && wordMatches(part, terms));
  });
  return segments;
}

export interface Excerpt {
  text: string;
  /** Words were left out before / after the excerpt. */
  before: boolean;
  after: boolean;
}

/**
 * A window of about `words` words of the text around its first matched word (or its start), so a
 * long summary shows where it matched.
 */
export function excerpt(text: string, terms: readonly string[], words = 36): Excerpt {
  const tokens = text.split(/(\s+)/);
  // Word tokens sit at even indexes: text, space, text, space…
  const wordIndexes = tokens.map((_, i) => i).filter((i) => i % 2 === 0 && tokens[i] !== '');
  if (wordIndexes.length <= words) return { text: text.trim(), before: false, after: false };
  const firstMatch = wordIndexes.findIndex((i) => (tokens[i] ?? '').split(SPLIT).some((w, j) => j % 2 === 1 && wordMatches(w, terms)));
  // Start a few words before the match so it reads in context.
  const start = firstMatch < 0 ? 0 : Math.max(0, Math.min(firstMatch - 6, wordIndexes.length - words));
  const end = Math.min(wordIndexes.length, start + words);
  const from = wordIndexes[start] ?? 0;
  const to = wordIndexes[end - 1] ?? tokens.length - 1;
  return { text: tokens.slice(from, to + 1).join(''), before: start > 0, after: end < wordIndexes.length };
}

/** The query terms that none of the texts contains (Pagefind drops such terms without a word). */
export function unmatchedTerms(terms: readonly string[], texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.split(SPLIT).filter((_, i) => i % 2 === 1)) words.add(foldForSearch(w));
  const all = [...words];
  return terms.filter((term) => !all.some((w) => w.startsWith(term)));
}

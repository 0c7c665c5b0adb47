/**
 * What people type, and the words the index must hold so that it matches.
 *
 * Pagefind (1.5+) folds combining marks on both sides, so "huu co" already finds "hữu cơ" and an
 * accented query ranks the exactly accented word higher. But đ/Đ (U+0111/U+0110) are letters of
 * their own with no Unicode decomposition: Pagefind keeps "đường" as "đuong", a query "duong"
 * never reaches it, and a query term absent from the index is silently dropped. So for every word
 * with đ the index also gets its folded form ("duong"), at the same weight as the word itself
 * (see record.ts), and the query is left as typed (only NFC-composed), so both sides agree:
 * "duong", "đuong", "đường" and "ĐƯỜNG" all reach "đường".
 */
import { foldForSearch } from '../text.ts';

/** Longest query kept; longer input is cut at a word boundary. */
export const MAX_QUERY_LENGTH = 200;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The query as Pagefind gets it: NFC (input may be decomposed), single spaces, trimmed, bounded.
 * Quotes are dropped: Pagefind would read them as a phrase search, which the folded forms of
 * đ-words (indexed apart from their phrase) cannot satisfy.
 */
export function normalizeQuery(raw: string): string {
  let q = raw.normalize('NFC').replace(/["“”„«»]/g, ' ').replace(/\s+/g, ' ').trim();
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH);
    const cut = q.lastIndexOf(' ');
    if (cut > MAX_QUERY_LENGTH / 2) q = q.slice(0, cut);
  }
  return q;
}

/** The words of a text, as written (NFC). */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** The folded words of a query, without repeats, for highlighting: "Rau HỮU cơ" → ["rau", "huu", "co"]. */
export function queryTerms(query: string): string[] {
  return [...new Set(wordsOf(query).map(foldForSearch).filter(Boolean))];
}

const HAS_D_BAR = /[đĐ]/;

/**
 * The folded forms of the words with đ/Đ in a text, without repeats: "Đoàn xã Đồng Sương" →
 * ["doan", "dong"]. Words without đ need nothing: Pagefind folds their marks itself.
 */
export function dBarFoldings(text: string): string[] {
  const out = new Set<string>();
  for (const word of wordsOf(text)) if (HAS_D_BAR.test(word)) out.add(foldForSearch(word));
  return [...out];
}

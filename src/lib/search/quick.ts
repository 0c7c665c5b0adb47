/**
 * The quick index: the first results of a word search without waiting for Pagefind.
 *
 * Pagefind needs its runtime (JS + wasm) and its metadata before it can answer anything, and the
 * metadata grows with the site (≈ 87 KB gzipped at 10,000 profiles). For the first results of a
 * plain word search the search page reads this small index instead: the words of every record,
 * folded (no diacritics, đ → d, lower case), each with the records that hold it best, split into
 * buckets so that a query fetches one small file per word; then one small card per result shown.
 * Pagefind is loaded right after and its answer (complete, with counts and filters) replaces the
 * first one. Built by quick-build.ts from the same records and weights as Pagefind's index.
 *
 * The search itself (quickEngine) is one self-contained function, so that the very same code
 * also runs as a tiny inline script in the search page's head (quickStartScript): it starts the
 * search in the URL while the page is still arriving, and the page's script picks the answer up.
 *
 * Browser-safe: the search page imports this module.
 */
import type { ResultView } from './engine.ts';

/** Records kept per word: the best-scoring ones; a word held by more is marked truncated. */
export const QUICK_POSTINGS = 64;

/**
 * Results the quick answer draws: a phone's first screen. Each is one small file, and on a cheap
 * phone every request costs more than its bytes; Pagefind's answer fills the page after them.
 */
export const QUICK_FIRST_RESULTS = 4;

/**
 * One bucket file: word → [records holding it, then (record id delta, score) pairs in id order].
 * Ids are delta-coded so the numbers stay short; scores are BM25 × 100, rounded.
 */
export type QuickBucket = Record<string, number[]>;

/** One card file: what a result shows (the search page's ResultView without the indexed text). */
export type QuickCard = Omit<ResultView, 'content'>;

/** Where the page finds the index: written into the search page's configuration by the build. */
export interface QuickIndexRef {
  /** Site path of the index folder, ending in "/" (holds a content hash, so it can be cached). */
  base: string;
  buckets: number;
}

export interface QuickAnswer {
  /** Record ids, best first. */
  ids: number[];
  /** True when no word's list was cut, so `ids` is every record that holds all the words. */
  complete: boolean;
}

/** A quick answer with the cards of its first results, as the page draws it. */
export interface QuickFirst extends QuickAnswer {
  cards: QuickCard[];
}

/** Where the head script leaves the search it started: the query and its promised answer. */
export const QUICK_STARTED = '__timKiemNhanh';

/**
 * The quick search. Self-contained — nothing from outside its body — because it is also inlined,
 * as source text, into the search page's head (quickStartScript).
 */
export function quickEngine() {
  /** Query words kept; a longer query waits for Pagefind. */
  const MAX_TERMS = 8;

  /**
   * Pagefind's term-similarity bonus (its word_length_bonus, term_similarity 1.0): highest at no
   * length difference, decaying as a matched word is longer than the query word; `differential`
   * is the difference in UTF-8 bytes plus one.
   */
  function lengthBonus(differential: number): number {
    return Math.exp(Math.exp((-0.5 * differential * differential) / 4)) / Math.E;
  }

  /** A word's length in UTF-8 bytes, as Pagefind measures it (folded words: ASCII but đ). */
  function byteLength(word: string): number {
    return word.length + word.split('đ').length - 1;
  }

  /**
   * The words of a text with their marks folded and lower-cased, as Pagefind folds them: "Đồng
   * Sương, HỮU cơ" → ["đong", "suong", "huu", "co"]. Like Pagefind, đ stays đ (it is a letter, not
   * a d with a mark): a query "đoàn" reaches only đ-words, while "doan" also reaches them because
   * the index holds every đ-word under its d form too (quick-build.ts, as record.ts does for
   * Pagefind). A unit test holds this to text.ts's folding.
   */
  function tokens(text: string): string[] {
    return text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  }

  /** The bucket of a word, by its first two letters (FNV-1a), so a prefix finds all its words in one. */
  function bucketOf(term: string, buckets: number): number {
    const key = term.slice(0, 2);
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h % buckets;
  }

  const bucketPath = (ref: QuickIndexRef, bucket: number): string => `${ref.base}t/${bucket}.json`;
  const cardPath = (ref: QuickIndexRef, id: number): string => `${ref.base}d/${id}.json`;

  /** The query's words, or none when the quick index will not answer it (too short, too many). */
  function queryTerms(query: string): string[] {
    const terms = [...new Set(tokens(query))];
    return terms.length === 0 || terms.length > MAX_TERMS || terms.some((t) => t.length < 2) ? [] : terms;
  }

  /** A word's entry: its number of records and its (id → score) pairs. */
  function decode(entry: readonly number[]): { count: number; scores: Map<number, number> } {
    const scores = new Map<number, number>();
    let id = 0;
    for (let i = 1; i + 1 < entry.length; i += 2) {
      id += entry[i] ?? 0;
      scores.set(id, entry[i + 1] ?? 0);
    }
    return { count: entry[0] ?? 0, scores };
  }

  /**
   * The records that hold every word of the query (each whole or as the start of a longer word,
   * as Pagefind matches), best first: more words matched whole, then higher score. Null when the
   * quick index cannot answer — a word too short, too many words, a word no record holds, or no
   * record in the kept lists holding them all — so that only Pagefind ever says "nothing found".
   */
  async function search(query: string, ref: QuickIndexRef, load: (path: string) => Promise<QuickBucket>): Promise<QuickAnswer | null> {
    const terms = queryTerms(query);
    if (terms.length === 0) return null;
    const wanted = [...new Set(terms.map((t) => bucketOf(t, ref.buckets)))];
    const loaded = await Promise.all(wanted.map((b) => load(bucketPath(ref, b))));
    const bucketFor = new Map(wanted.map((b, i) => [b, loaded[i] ?? {}]));

    // As Pagefind scores: every index word a query word begins counts once for a record, its
    // score scaled by Pagefind's bonus for how close its length is to the query word's (the index
    // holds each word's score at an exact length match); a record must hold every query word.
    let complete = true;
    const perTerm: Map<number, boolean>[] = [];
    const wordScores = new Map<string, Map<number, number>>();
    for (const term of terms) {
      const bucket = bucketFor.get(bucketOf(term, ref.buckets)) ?? {};
      const hits = new Map<number, boolean>();
      for (const [word, entry] of Object.entries(bucket)) {
        if (!word.startsWith(term)) continue;
        const whole = word === term;
        const { count, scores } = decode(entry);
        if (count > scores.size) complete = false;
        const factor = lengthBonus(byteLength(word) - byteLength(term) + 1) / lengthBonus(1);
        if (!wordScores.has(word)) wordScores.set(word, new Map([...scores].map(([id, score]) => [id, score * factor])));
        for (const id of scores.keys()) hits.set(id, (hits.get(id) ?? false) || whole);
      }
      if (hits.size === 0) return null;
      perTerm.push(hits);
    }

    perTerm.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = perTerm;
    const ranked: { id: number; whole: number; score: number }[] = [];
    for (const [id, firstWhole] of smallest ?? []) {
      if (!others.every((other) => other.has(id))) continue;
      let whole = firstWhole ? 1 : 0;
      for (const other of others) whole += other.get(id) ? 1 : 0;
      let score = 0;
      for (const perRecord of wordScores.values()) score += perRecord.get(id) ?? 0;
      ranked.push({ id, whole, score });
    }
    if (ranked.length === 0) return null;
    ranked.sort((a, b) => b.whole - a.whole || b.score - a.score || a.id - b.id);
    return { ids: ranked.map((r) => r.id), complete };
  }

  async function fetchJson<T>(path: string): Promise<T> {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  /** The answer for a query with the cards of its first `count` results, fetched from the site. */
  async function first(query: string, ref: QuickIndexRef, count: number): Promise<QuickFirst | null> {
    const answer = await search(query, ref, (path) => fetchJson<QuickBucket>(path));
    if (!answer) return null;
    const cards = await Promise.all(answer.ids.slice(0, count).map((id) => fetchJson<QuickCard>(cardPath(ref, id))));
    return { ...answer, cards };
  }

  /**
   * Run by the head script: when the URL holds only words (no filter, no sort), start their
   * search and leave it on `window[key]` for the page's script.
   */
  function start(ref: QuickIndexRef, count: number, key: string): void {
    const params = new URLSearchParams(location.search);
    const q = params.get('q');
    if (!q || [...params.keys()].some((k) => k !== 'q')) return;
    const result = first(q, ref, count);
    /* The page's script handles a failure (by waiting for Pagefind): no unhandled rejection here. */
    result.catch(() => undefined);
    (window as unknown as Record<string, unknown>)[key] = { q, result };
  }

  return { tokens, bucketOf, bucketPath, cardPath, queryTerms, decode, lengthBonus, search, first, start };
}

const engine = quickEngine();
export const {
  tokens: quickTokens,
  bucketOf,
  bucketPath,
  cardPath,
  queryTerms: quickQueryTerms,
  decode: decodePostings,
  lengthBonus,
  search: quickSearch,
} = engine;

/** The quick answer the head script started for the words of `q`, if it did (the page's script takes it over). */
export function startedQuickSearch(q: string): Promise<QuickFirst | null> | undefined {
  const started = (window as unknown as Record<string, { q: string; result: Promise<QuickFirst | null> } | undefined>)[QUICK_STARTED];
  return started && quickQueryTerms(started.q).join(' ') === quickQueryTerms(q).join(' ') ? started.result : undefined;
}

/** The quick answer for `q` with its first cards, fetched now. */
export const quickFirst = (q: string, ref: QuickIndexRef): Promise<QuickFirst | null> => engine.first(q, ref, QUICK_FIRST_RESULTS);

/**
 * The inline script for the search page's head: the engine's own source, started on the URL's
 * words. Block comments dropped, indentation and runs of spaces folded (the engine has no
 * literal with two spaces in a row); lines kept, so nothing can end up inside a line comment. A
 * unit test runs the script and compares its answer with the module's.
 */
export function quickStartScript(ref: QuickIndexRef): string {
  const source = String(quickEngine)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^[ \t]+/gm, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{2,}/g, '\n');
  const args = [JSON.stringify({ base: ref.base, buckets: ref.buckets }), QUICK_FIRST_RESULTS, JSON.stringify(QUICK_STARTED)].join(',');
  return `(${source})().start(${args})`;
}

/** A card as the result list draws it. */
export function cardView(card: QuickCard): ResultView {
  // The indexed text is only used to tell which query words a result missed, and the quick
  // answer only holds results that matched them all.
  return { ...card, content: '' };
}

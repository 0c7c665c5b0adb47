/**
 * Building the quick index (quick.ts) from the search records, at build time, next to Pagefind's.
 * Pure: returns the files to write, so the tests can inspect them without a build.
 *
 * Scoring follows Pagefind's BM25 over weighted word counts — each occurrence counts its block's
 * Pagefind weight (title 10, unit 7, places 3, text 1) — so that the first results come in
 * Pagefind's order as far as possible.
 */
import { createHash } from 'node:crypto';
import { resultView } from './engine.ts';
import { META } from './meta.ts';
import { QUICK_POSTINGS, bucketOf, lengthBonus, quickTokens, type QuickBucket, type QuickCard } from './quick.ts';
import { recordBlocks, type SearchRecord } from './record.ts';

/** BM25 term saturation and length normalisation (Pagefind's defaults: 1.4 and 0.75). */
const K1 = 1.4;
const B = 0.75;
/** Pagefind's length bonus for a word exactly as long as the query word. */
const EXACT_MATCH_BONUS = lengthBonus(1);

/** About this many bytes of words per bucket: one bucket per query word stays a small download. */
const BUCKET_TARGET_BYTES = 8 * 1024;
const MAX_BUCKETS = 4096;

export interface QuickIndexFiles {
  /** Content hash of the whole index: the folder name, so a new build never mixes with an old one. */
  hash: string;
  buckets: number;
  /** Path inside the index folder → file text. */
  files: Map<string, string>;
}

/** The card of a record: what a result shows, from the same fields as Pagefind's metadata. */
export function quickCard(record: SearchRecord): QuickCard {
  const { content: _content, ...view } = resultView({
    url: record.url,
    content: '',
    filters: {},
    meta: {
      [META.title]: record.title,
      [META.unit]: record.unit,
      [META.summary]: record.summary,
      [META.kind]: record.kind,
      [META.subject]: record.subject,
      [META.locality]: record.locality,
      [META.former]: record.formerLocality,
      [META.fields]: record.fields.join(', '),
      [META.years]: record.years.join(', '),
      ...(record.image ? { [META.image]: record.image.src, [META.imageAlt]: record.image.alt } : {}),
    },
  });
  return view;
}

/**
 * The quick index of the records. Record ids are positions in URL order, so the index does not
 * depend on the order the build produced the records in.
 */
export function buildQuickIndex(input: readonly SearchRecord[]): QuickIndexFiles {
  const records = [...input].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const n = records.length;

  // Weighted counts per word per record, and each record's length in words.
  const counts = new Map<string, Map<number, number>>();
  const lengths: number[] = [];
  records.forEach((record, id) => {
    let length = 0;
    for (const block of recordBlocks(record)) {
      for (const token of quickTokens(block.text)) {
        // A đ-word also under its d form, at the same weight (record.ts does the same for Pagefind).
        for (const word of token.includes('đ') ? [token, token.replace(/đ/g, 'd')] : [token]) {
          length += 1;
          let perRecord = counts.get(word);
          if (!perRecord) counts.set(word, (perRecord = new Map()));
          perRecord.set(id, (perRecord.get(id) ?? 0) + block.weight);
        }
      }
    }
    lengths.push(length);
  });
  const averageLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, n);

  const entries = new Map<string, number[]>();
  let totalBytes = 0;
  for (const word of [...counts.keys()].sort()) {
    const perRecord = counts.get(word)!;
    const df = perRecord.size;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const scored = [...perRecord].map(([id, weighted]) => {
      // Pagefind's BM25 (calculate_bm25_word_score): the weighted count times the length bonus of
      // an exact match; the page scales the score for longer words it matches.
      const tf = weighted * EXACT_MATCH_BONUS;
      const norm = K1 * (1 - B + (B * (lengths[id] ?? 0)) / averageLength);
      return { id, score: Math.max(1, Math.round(100 * idf * ((tf * (K1 + 1)) / (tf + norm)))) };
    });
    const kept = scored
      .sort((a, b) => b.score - a.score || a.id - b.id)
      .slice(0, QUICK_POSTINGS)
      .sort((a, b) => a.id - b.id);
    const entry = [df];
    let previous = 0;
    for (const { id, score } of kept) {
      entry.push(id - previous, score);
      previous = id;
    }
    entries.set(word, entry);
    totalBytes += word.length + 4 + JSON.stringify(entry).length;
  }

  let buckets = 1;
  while (buckets < MAX_BUCKETS && totalBytes / buckets > BUCKET_TARGET_BYTES) buckets *= 2;
  const bucketFiles: QuickBucket[] = Array.from({ length: buckets }, () => ({}));
  for (const [word, entry] of entries) bucketFiles[bucketOf(word, buckets)]![word] = entry;

  const files = new Map<string, string>();
  bucketFiles.forEach((bucket, i) => files.set(`t/${i}.json`, JSON.stringify(bucket)));
  records.forEach((record, id) => files.set(`d/${id}.json`, JSON.stringify(quickCard(record))));

  const hasher = createHash('sha256');
  for (const [path, text] of files) hasher.update(path).update('\0').update(text).update('\0');
  return { hash: hasher.digest('hex').slice(0, 12), buckets, files };
}

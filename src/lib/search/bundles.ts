/**
 * The search index in bundles. Pagefind's indexer holds a whole index in memory while it builds it
 * (~85 KB per record: ~0.85 GB for 10,000 profiles, and more than 14.5 GB when it was handed
 * 100,000), so a large site's records are indexed as several Pagefind bundles of at most
 * `size` records each, one after another, and the search page merges them at query time
 * (Pagefind's mergeIndex). A site with fewer records than `size` has one bundle at /pagefind/,
 * exactly as a single index.
 *
 * Bundles hold whole years of recognition, oldest first, so that:
 * - a search sorted by year is answered bundle by bundle, in bundle order (src/lib/search/engine.ts
 *   searchResults), each bundle sorted by Pagefind: merging Pagefind's results by score alone
 *   would lose that order;
 * - a new or changed profile, almost always of a recent year, changes the records of the last
 *   bundles only, and every other bundle is taken from the cache of an earlier build unchanged
 *   (src/lib/search/write-index.ts).
 * A year with more than `size` records is split into equal parts, in the records' own order.
 */
import type { SearchRecord } from './record.ts';

/** Records per bundle at most, unless SEARCH_BUNDLE_SIZE says otherwise: what bounds Pagefind's memory. */
export const DEFAULT_BUNDLE_SIZE = 10_000;

/**
 * Records per bundle on a site of at most SMALL_SITE_RECORDS records. A rebuild indexes again only
 * the bundles whose records changed, in time proportional to their size (~2–3 ms a record), so
 * smaller bundles make the rebuild after one change cheaper: at 10,000 profiles one bundle of
 * ~2,000 records instead of ~9,400. The search page merges every bundle (fetching each one's entry
 * and filters), so a larger site keeps bundles of the maximum size: ≤ 25,000 records give at most
 * ~16 bundles of whole years, as many as 100,000 records in bundles of 10,000.
 */
export const SMALL_SITE_BUNDLE_SIZE = 2_500;
export const SMALL_SITE_RECORDS = 25_000;

/** The bundle size for `records` records, given the largest allowed (bundleSizeFrom). */
export const bundleSizeFor = (records: number, max: number): number =>
  records <= SMALL_SITE_RECORDS ? Math.min(max, SMALL_SITE_BUNDLE_SIZE) : max;

/** The Pagefind filter that names a record's bundle ("1", "2", …), present only when there are several. */
export const BUNDLE_FILTER = 'goi';

/** Site folder of bundle i (0-based): /pagefind/ for the first, as for a single index; then /pagefind-2/, … */
export const bundleFolder = (i: number): string => (i === 0 ? 'pagefind' : `pagefind-${i + 1}`);

/** The site paths of `count` bundles, in bundle order, as the search page's configuration lists them. */
export const bundlePaths = (count: number): string[] => Array.from({ length: count }, (_, i) => `/${bundleFolder(i)}/`);

/** The bundle size from the environment (SEARCH_BUNDLE_SIZE, a positive integer), else the default. */
export function bundleSizeFrom(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SEARCH_BUNDLE_SIZE;
  if (raw === undefined || raw === '') return DEFAULT_BUNDLE_SIZE;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`SEARCH_BUNDLE_SIZE="${raw}": cần một số nguyên dương / must be a positive integer`);
  }
  return size;
}

/**
 * The records in bundles of at most `size`, oldest years first; records keep their given order
 * within a bundle. Whole years are packed together while they fit; a larger year gets bundles of
 * its own.
 */
export function planBundles(records: readonly SearchRecord[], size: number): SearchRecord[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`planBundles: size must be a positive integer, got ${size}`);
  const byYear = new Map<number, SearchRecord[]>();
  for (const record of records) {
    const year = byYear.get(record.sortYear);
    if (year) year.push(record);
    else byYear.set(record.sortYear, [record]);
  }
  const bundles: SearchRecord[][] = [];
  let current: SearchRecord[] = [];
  const flush = () => {
    if (current.length > 0) bundles.push(current);
    current = [];
  };
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const list = byYear.get(year)!;
    if (list.length > size) {
      flush();
      const parts = Math.ceil(list.length / size);
      const per = Math.ceil(list.length / parts);
      for (let i = 0; i < list.length; i += per) bundles.push(list.slice(i, i + per));
      continue;
    }
    if (current.length + list.length > size) flush();
    current.push(...list);
  }
  flush();
  return bundles;
}

/**
 * The search index in bundles (src/lib/search/bundles.ts): whole years packed oldest first within
 * the size, a year larger than the size split in its own bundles, every record in exactly one
 * bundle and in its given order; and the engine's year-sorted search over merged bundles, which
 * asks each bundle in turn and keeps bundle order, since Pagefind orders merged results by score;
 * and the build's reuse of every bundle whose records did not change.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_FILTER, bundlePaths, bundleSizeFor, bundleSizeFrom, DEFAULT_BUNDLE_SIZE, planBundles, SMALL_SITE_RECORDS } from '../../src/lib/search/bundles.ts';
import { searchResults, type PagefindApi, type PagefindResponse, type PagefindSearchOptions } from '../../src/lib/search/engine.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { profileRecord } from '../../src/lib/search/profile-record.ts';
import { emptyState } from '../../src/lib/search/state.ts';
import { writeSearchBundles } from '../../src/lib/search/write-index.ts';
import { contentCatalog } from '../support/catalog.ts';
import { treeDifferences, treeDigests } from '../support/tree.ts';

const record = (url: string, sortYear: number) => ({ url, sortYear }) as SearchRecord;
const years = (bundles: SearchRecord[][]) => bundles.map((b) => [...new Set(b.map((r) => r.sortYear))]);

describe('planBundles', () => {
  const records = [
    record('/a/', 2020), record('/b/', 2018), record('/c/', 2020), record('/d/', 2019),
    record('/e/', 2021), record('/f/', 2021), record('/g/', 2021), record('/h/', 2018),
  ];

  it('packs whole years, oldest first, into bundles of at most the size', () => {
    const bundles = planBundles(records, 4);
    expect(years(bundles)).toEqual([[2018, 2019], [2020], [2021]]);
    for (const b of bundles) expect(b.length).toBeLessThanOrEqual(4);
  });

  it('puts every record in exactly one bundle, in the order given', () => {
    const bundles = planBundles(records, 3);
    expect(bundles.flat().map((r) => r.url).sort()).toEqual(records.map((r) => r.url).sort());
    expect(bundles[0]!.map((r) => r.url)).toEqual(['/b/', '/h/', '/d/']);
  });

  it('splits a year larger than the size into equal bundles of its own', () => {
    const big = Array.from({ length: 7 }, (_, i) => record(`/y${i}/`, 2022));
    const bundles = planBundles([record('/old/', 2010), ...big], 3);
    expect(bundles.map((b) => b.length)).toEqual([1, 3, 3, 1]);
    expect(years(bundles.slice(1))).toEqual([[2022], [2022], [2022]]);
  });

  it('gives one bundle, at /pagefind/, to a site smaller than the size', () => {
    expect(planBundles(records, DEFAULT_BUNDLE_SIZE)).toHaveLength(1);
    expect(bundlePaths(1)).toEqual(['/pagefind/']);
    expect(bundlePaths(3)).toEqual(['/pagefind/', '/pagefind-2/', '/pagefind-3/']);
  });

  it('gives a small site smaller bundles, so a change re-indexes fewer records, and a large one bundles of the maximum size', () => {
    const small = bundleSizeFor(SMALL_SITE_RECORDS, DEFAULT_BUNDLE_SIZE);
    expect(small).toBeLessThan(DEFAULT_BUNDLE_SIZE);
    // Never more bundles on a small site than a site of the maximum bundle size would have at its largest.
    expect(Math.ceil(SMALL_SITE_RECORDS / small)).toBeLessThanOrEqual(16);
    expect(bundleSizeFor(SMALL_SITE_RECORDS + 1, DEFAULT_BUNDLE_SIZE)).toBe(DEFAULT_BUNDLE_SIZE);
    // A smaller maximum (SEARCH_BUNDLE_SIZE) is kept as it is.
    expect(bundleSizeFor(100, 3)).toBe(3);
  });

  it('reads the size from SEARCH_BUNDLE_SIZE, and refuses one that is not a positive integer', () => {
    expect(bundleSizeFrom({})).toBe(DEFAULT_BUNDLE_SIZE);
    expect(bundleSizeFrom({ SEARCH_BUNDLE_SIZE: '500' })).toBe(500);
    expect(() => bundleSizeFrom({ SEARCH_BUNDLE_SIZE: '0' })).toThrow(/SEARCH_BUNDLE_SIZE/);
    expect(() => bundleSizeFrom({ SEARCH_BUNDLE_SIZE: 'nhiều' })).toThrow(/SEARCH_BUNDLE_SIZE/);
  });
});

describe('searchResults over merged bundles', () => {
  /** Three bundles of whole years; Pagefind's merged search puts results in score order, whatever the sort asked. */
  const DOCS = [
    { id: '2015-a', bundle: '1', year: 2015, score: 9 },
    { id: '2016-a', bundle: '1', year: 2016, score: 1 },
    { id: '2019-a', bundle: '2', year: 2019, score: 5 },
    { id: '2023-a', bundle: '3', year: 2023, score: 2 },
    { id: '2024-a', bundle: '3', year: 2024, score: 7 },
  ];
  function merged(log: PagefindSearchOptions[]): PagefindApi {
    return {
      async options() {},
      async filters() {
        return {};
      },
      async search(_term, options = {}) {
        log.push(options);
        const wanted = options.filters?.[BUNDLE_FILTER]?.any;
        const direction = options.sort ? Object.values(options.sort)[0] : undefined;
        // Each bundle sorts its own results, and under a sort scores them in that order (as
        // Pagefind does); the merge then puts all of them in score order.
        const found = ['1', '2', '3']
          .filter((b) => !wanted || wanted.includes(b))
          .flatMap((b) => {
            const own = DOCS.filter((d) => d.bundle === b);
            if (!direction) return own;
            own.sort((x, y) => (direction === 'asc' ? x.year - y.year : y.year - x.year));
            return own.map((d, i) => ({ ...d, score: own.length - i }));
          })
          .sort((a, b) => b.score - a.score);
        const response: PagefindResponse = {
          results: found.map((d) => ({ id: d.id, score: d.score, data: async () => ({ url: d.id, content: '', meta: {}, filters: {} }) })),
          unfilteredResultCount: found.length,
          filters: {},
          totalFilters: {},
        };
        return response;
      },
    };
  }
  const ids = async (sort: 'moi-nhat' | 'cu-nhat', log: PagefindSearchOptions[] = []) =>
    (await searchResults(merged(log), { ...emptyState(), filters: { nam: ['2015', '2016', '2019', '2023', '2024'] }, sort }, 3))?.map((r) => r.id);

  it('lists newest first across bundles, asking the newest bundle first', async () => {
    const log: PagefindSearchOptions[] = [];
    expect(await ids('moi-nhat', log)).toEqual(['2024-a', '2023-a', '2019-a', '2016-a', '2015-a']);
    expect(log.map((o) => o.filters?.[BUNDLE_FILTER]?.any)).toEqual([['3'], ['2'], ['1']]);
  });

  it('lists oldest first across bundles', async () => {
    expect(await ids('cu-nhat')).toEqual(['2015-a', '2016-a', '2019-a', '2023-a', '2024-a']);
  });

  it('asks once, with no bundle filter, when the site has one bundle', async () => {
    const log: PagefindSearchOptions[] = [];
    await searchResults(merged(log), { ...emptyState(), filters: { nam: ['2015'] }, sort: 'moi-nhat' }, 1);
    expect(log).toHaveLength(1);
    expect(log[0]?.filters?.[BUNDLE_FILTER]).toBeUndefined();
  });
});

describe('writeSearchBundles', () => {
  const records = contentCatalog().profiles.map((p) => profileRecord(p));
  const work = mkdtempSync(path.join(tmpdir(), 'search-bundles-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('indexes again only the bundle whose records changed, takes the others from the cache, and keeps only what it used', async () => {
    const cacheDir = path.join(work, 'cache');
    const first = path.join(work, 'first');
    const second = path.join(work, 'second');
    mkdirSync(first);
    mkdirSync(second);
    const before = await writeSearchBundles(records, first, { size: 12, cacheDir });
    expect(before.bundles).toBeGreaterThan(2);
    expect(before.reused).toBe(0);
    // The newest record's title changes: only its bundle (among the newest years) is indexed again.
    const newest = records.reduce((a, b) => (b.sortYear > a.sortYear ? b : a));
    const edited = records.map((r) => (r === newest ? { ...r, title: `${r.title} (sửa)` } : r));
    const after = await writeSearchBundles(edited, second, { size: 12, cacheDir });
    expect(after.bundles).toBe(before.bundles);
    expect(after.reused).toBe(before.bundles - 1);
    const changed = bundlePaths(after.bundles)[planBundles(records, 12).findIndex((b) => b.includes(newest))];
    expect(changed).not.toBe('/pagefind/');
    for (const bundle of bundlePaths(after.bundles)) {
      const same = treeDifferences(treeDigests(path.join(first, bundle)), treeDigests(path.join(second, bundle))).length === 0;
      expect(same, bundle).toBe(bundle !== changed);
    }
    expect(readdirSync(cacheDir).filter((f) => !f.startsWith('.'))).toHaveLength(after.bundles);
  }, 60_000);
});

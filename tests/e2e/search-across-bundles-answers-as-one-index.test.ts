/**
 * A large site's search index comes in several Pagefind bundles of whole years (src/lib/search/
 * bundles.ts), merged by the search page. A copy of the project is built with bundles of a few
 * records, so the shipped content spans several, and in Chromium it must answer as the real
 * site's single index does: the same results for a search by filters, and every sorted search in
 * year order across bundles. A second build copies every unchanged bundle from the cache and
 * writes the same index.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileRecord } from '../../src/lib/search/profile-record.ts';
import { contentCatalog } from '../support/catalog.ts';
import { publishedProfiles } from '../support/content.ts';
import { useFixtureSite, useSitePage } from '../support/e2e.ts';
import { buildCopy } from '../support/fixture-site.ts';
import { openSearch, resultPaths } from '../support/search.ts';
import { searchUrl } from '../support/search-queries.ts';
import { treeDifferences, treeDigests } from '../support/tree.ts';

const BUNDLE_SIZE = 12;
const yearOf = new Map(contentCatalog().profiles.map((p) => [p.url, profileRecord(p).sortYear]));

/**
 * Searches by filters alone, in both year orders: their answer depends on no word matching, so
 * the bundles must give exactly the single index's results.
 */
const BY_FILTERS = [
  { what: 'one subject, newest first', query: { 'doi-tuong': 'ca-nhan' }, order: 'desc' },
  { what: 'one kind, oldest first', query: { loai: 'dien-hinh', 'sap-xep': 'cu-nhat' }, order: 'asc' },
  { what: 'two facets, newest first', query: { 'linh-vuc': 'nong-thon-moi', 'doi-tuong': 'tap-the', 'sap-xep': 'moi-nhat' }, order: 'desc' },
] as const;

/**
 * Searches with words, sorted by year. Which longer words a typed word also matches (Pagefind
 * matches it as a prefix) can differ a little between one index and several smaller ones, so
 * these must find the profile named and keep the year order across bundles.
 */
const BY_WORDS = [
  { what: 'newest first', query: { q: 'thu vien', 'sap-xep': 'moi-nhat' }, order: 'desc', expect: 'th-thcs-thai-binh-thu-vien-than-thien' },
  { what: 'oldest first', query: { q: 'rau huu co', 'sap-xep': 'cu-nhat' }, order: 'asc', expect: 'htx-dong-suong-rau-huu-co' },
] as const;

async function answer(page: Page, origin: string, url: string): Promise<{ status: string; paths: string[] }> {
  await openSearch(page, origin, url);
  return { status: (await page.textContent('[data-search-status]')) ?? '', paths: await resultPaths(page) };
}

function inYearOrder(paths: readonly string[], order: 'asc' | 'desc'): boolean {
  const years = paths.map((p) => yearOf.get(p) ?? NaN);
  return years.every((y, i) => i === 0 || (order === 'desc' ? y <= years[i - 1]! : y >= years[i - 1]!));
}

describe('search over several bundles', () => {
  // Set before the fixture's build (hooks run in order) and only for it.
  beforeAll(() => {
    process.env.SEARCH_BUNDLE_SIZE = String(BUNDLE_SIZE);
  });
  const bundled = useFixtureSite('search-bundles', () => undefined);
  afterAll(() => {
    delete process.env.SEARCH_BUNDLE_SIZE;
  });
  const single = useSitePage('desktop');

  it('splits the records into bundles within the size, each profile in one, the script and WebAssembly in the first only', () => {
    const config = JSON.parse(
      /<script type="application\/json" id="cau-hinh-tim-kiem">([\s\S]*?)<\/script>/.exec(
        readFileSync(path.join(bundled.site.dist, 'tim-kiem', 'index.html'), 'utf8'),
      )?.[1] ?? '{}',
    ) as { bundles?: string[] };
    const bundles = config.bundles ?? [];
    expect(bundles.length).toBeGreaterThan(1);
    let pages = 0;
    for (const [i, bundle] of bundles.entries()) {
      const dir = path.join(bundled.site.dist, bundle);
      const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      const count = entry.languages.vi?.page_count ?? 0;
      expect(count, bundle).toBeGreaterThan(0);
      expect(count, bundle).toBeLessThanOrEqual(BUNDLE_SIZE);
      pages += count;
      const files = readdirSync(dir);
      expect(files.includes('pagefind.js'), bundle).toBe(i === 0);
      expect(files.some((f) => f.startsWith('wasm.')), bundle).toBe(i === 0);
    }
    expect(pages).toBe(publishedProfiles().length);
  });

  it.each(BY_FILTERS.map((s) => [s.what, s] as const))('answers a search by filters as the single index does: %s', async (_what, search) => {
    const url = searchUrl(search.query);
    const context = await bundled.browser.newContext();
    try {
      const got = await answer(await context.newPage(), bundled.server.origin, url);
      const want = await answer(single.page, single.site.server.origin, url);
      expect(want.paths.length, `${url} finds something on the real site`).toBeGreaterThan(1);
      expect(got.status, url).toBe(want.status);
      expect(inYearOrder(want.paths, search.order), `single index, ${url}: ${want.paths.join(', ')}`).toBe(true);
      expect(inYearOrder(got.paths, search.order), `bundles, ${url}: ${got.paths.join(', ')}`).toBe(true);
      // The first page of a sorted list: the same years in the same order (profiles of one year may
      // come in another order); and when the whole list fits on it, the same profiles.
      expect(got.paths.map((p) => yearOf.get(p)), url).toEqual(want.paths.map((p) => yearOf.get(p)));
      if (new Set(want.paths).size === Number(/\d+/.exec(want.status)?.[0])) expect([...got.paths].sort(), url).toEqual([...want.paths].sort());
    } finally {
      await context.close();
    }
  });

  it.each(BY_WORDS.map((s) => [s.what, s] as const))('finds by words in year order across bundles: %s', async (_what, search) => {
    const url = searchUrl(search.query);
    const context = await bundled.browser.newContext();
    try {
      const got = await answer(await context.newPage(), bundled.server.origin, url);
      expect(got.paths, url).toContain(`/mo-hinh/${search.expect}/`);
      expect(new Set(got.paths.map((p) => yearOf.get(p))).size, `${url}: results of several years`).toBeGreaterThan(1);
      expect(inYearOrder(got.paths, search.order), `${url}: ${got.paths.join(', ')}`).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('takes every unchanged bundle from the cache on the next build, and writes the same index', async () => {
    const again = await buildCopy(bundled.site.root, { outDir: path.join(bundled.site.root, 'dist-again'), logLevel: 'info' });
    const bundles = readdirSync(bundled.site.dist).filter((f) => /^pagefind(?:-\d+)?$/.test(f));
    expect(again.log).toMatch(new RegExp(`${bundles.length} gói \\(pagefind/…, ${bundles.length} lấy lại từ bản dựng trước\\)`));
    for (const bundle of bundles) {
      expect(treeDifferences(treeDigests(path.join(bundled.site.dist, bundle)), treeDigests(path.join(again.dist, bundle))), bundle).toEqual([]);
    }
  }, 240_000);
});

/**
 * The facets' counts, as Pagefind computes them in the browser, equal the counts computed from
 * content/: over the whole site, under chosen filters (a facet counted as if none of its own
 * values were chosen, the others under every choice), and over the results of a query.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FACETS, type FacetKey } from '../../src/lib/search/facets.ts';
import { profileRecord } from '../../src/lib/search/profile-record.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { parseState, stateToUrl, toggleValue, emptyState, type SearchState } from '../../src/lib/search/state.ts';
import { contentCatalog } from '../support/catalog.ts';
import { useSitePage } from '../support/e2e.ts';
import { openSearch, resultPaths, shownCounts, waitForSearch } from '../support/search.ts';

const records: SearchRecord[] = contentCatalog().profiles.map((p) => profileRecord(p));

/** Each facet's non-zero counts over the records, as the page should show them for `state`. */
function expectedCounts(state: SearchState, among: readonly SearchRecord[] = records): Record<string, Record<string, number>> {
  const matches = (r: SearchRecord, except?: FacetKey) =>
    FACETS.every((key) => key === except || !state.filters[key]?.length || state.filters[key]!.some((v) => r.filters[key].includes(v)));
  const out: Record<string, Record<string, number>> = {};
  for (const key of FACETS) {
    const counts: Record<string, number> = {};
    for (const r of among.filter((r) => matches(r, key))) for (const v of r.filters[key]) counts[v] = (counts[v] ?? 0) + 1;
    // Chosen values stay shown even at zero.
    for (const v of state.filters[key] ?? []) counts[v] ??= 0;
    out[key] = counts;
  }
  return out;
}

async function allResults(page: Page): Promise<string[]> {
  while (await page.isVisible('[data-search-more]')) {
    const before = (await resultPaths(page)).length;
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] .result').length > n, before);
  }
  return resultPaths(page);
}

describe('facet counts', () => {
  const open = useSitePage('desktop');

  it('over the whole site, before any search', async () => {
    await openSearch(open.page, open.site.server.origin, '/tim-kiem/');
    expect(await shownCounts(open.page)).toEqual(expectedCounts(emptyState()));
  });

  it.each([
    ['one field', '/tim-kiem/?linh-vuc=giao-duc-dao-tao'],
    ['two fields (either)', '/tim-kiem/?linh-vuc=giao-duc-dao-tao&linh-vuc=dung-cam-cuu-nguoi'],
    ['kind and year combined', '/tim-kiem/?loai=mo-hinh&nam=2023'],
    ['plan, subject and former province', '/tim-kiem/?tinh-cu=hoa-binh&doi-tuong=ca-nhan&ke-hoach=kh-ubnd-thanh-pho-hoa-binh-2023'],
  ])('under filters: %s', async (_what, url) => {
    await openSearch(open.page, open.site.server.origin, url);
    const state = parseState(new URL(url, open.site.server.origin).search);
    expect(await shownCounts(open.page)).toEqual(expectedCounts(state));
    // And the results are exactly the profiles the filters select.
    const selected = records.filter((r) => FACETS.every((k) => !state.filters[k]?.length || state.filters[k]!.some((v) => r.filters[k].includes(v))));
    expect((await allResults(open.page)).sort()).toEqual(selected.map((r) => r.url).sort());
  });

  it('over the results of a query, with and without a chosen value', async () => {
    for (const url of ['/tim-kiem/?q=truong', '/tim-kiem/?q=truong&nam=2023']) {
      await openSearch(open.page, open.site.server.origin, url);
      const state = parseState(new URL(url, open.site.server.origin).search);
      // The query's matches, whatever the filters: read from the page without them.
      await openSearch(open.page, open.site.server.origin, stateToUrl({ ...state, filters: {} }));
      const matched = new Set(await allResults(open.page));
      await openSearch(open.page, open.site.server.origin, url);
      expect(await shownCounts(open.page), url).toEqual(expectedCounts(state, records.filter((r) => matched.has(r.url))));
    }
  });

  it('follow the boxes a reader ticks', async () => {
    await openSearch(open.page, open.site.server.origin, '/tim-kiem/');
    let state = emptyState();
    for (const [key, value] of [['loai', 'mo-hinh'], ['nam', '2017']] as const) {
      await open.page.check(`#loc-${key}-${value}`);
      state = toggleValue(state, key, value, true);
      await waitForSearch(open.page, stateToUrl(state));
      expect(await shownCounts(open.page)).toEqual(expectedCounts(state));
      expect(new URL(open.page.url()).search).toBe(new URL(stateToUrl(state), open.site.server.origin).search);
    }
  });
});

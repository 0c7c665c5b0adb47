/** Driving the search page (/tim-kiem/) in a real browser. */
import type { Page } from 'playwright-core';
import { parseState, stateToUrl } from '../../src/lib/search/state.ts';

/** The canonical form of a search URL, as the page writes it once a search is done. */
export function canonicalSearchUrl(url: string): string {
  return stateToUrl(parseState(new URL(url, 'http://x.invalid').search));
}

/** Wait until the page has finished the search for `url` (the page marks it on its root). */
export async function waitForSearch(page: Page, url: string, timeout = 30_000): Promise<void> {
  const expected = canonicalSearchUrl(url);
  await page.waitForFunction(
    (want) => {
      const root = document.querySelector<HTMLElement>('[data-search]');
      return root?.dataset.status === 'error' || (root?.dataset.status === 'done' && root.dataset.url === want);
    },
    expected,
    { timeout },
  );
  const status = await page.getAttribute('[data-search]', 'data-status');
  if (status === 'error') throw new Error(`the search page could not load its index for ${url}`);
}

/** Open a search URL and wait for its results. */
export async function openSearch(page: Page, origin: string, url: string): Promise<void> {
  await page.goto(origin + url);
  await waitForSearch(page, url);
}

/** The profile paths of the results shown, in order. */
export function resultPaths(page: Page): Promise<string[]> {
  return page.$$eval('[data-search-results] .result-title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Each facet's shown values and counts: { "linh-vuc": { "y-te": 3 } }. */
export function shownCounts(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.$$eval('[data-search-facets] fieldset', (sets) => {
    const out: Record<string, Record<string, number>> = {};
    for (const set of sets as HTMLFieldSetElement[]) {
      const key = set.dataset.facet ?? '';
      out[key] = {};
      if (set.hidden) continue;
      for (const li of set.querySelectorAll('li')) {
        if (li.hidden) continue;
        const input = li.querySelector('input');
        const n = Number(/\((\d+)\)/.exec(li.querySelector('.facet-count')?.textContent ?? '')?.[1] ?? NaN);
        if (input) out[key][input.value] = n;
      }
    }
    return out;
  });
}

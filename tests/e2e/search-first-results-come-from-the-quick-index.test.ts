/**
 * The first results of a word search come from the quick index, before anything of Pagefind's is
 * even requested; Pagefind's complete answer then takes over (counts, "more", filters), and where
 * it lists the same results the items on screen are left as they are.
 */
import { describe, expect, it } from 'vitest';
import { useSitePage } from '../support/e2e.ts';
import { openSearch, resultPaths } from '../support/search.ts';
import { FIRST_RESULTS_MARK } from '../../src/lib/search/engine.ts';
import { QUICK_FIRST_RESULTS, QUICK_STARTED } from '../../src/lib/search/quick.ts';

interface FirstDraw {
  source: string | undefined;
  paths: string[];
  status: string;
  item: Element | null;
}

describe('the first results of a word search', () => {
  const open = useSitePage('desktop');

  it('come from the quick index, with no request to Pagefind before them', async () => {
    // Note what the list first shows, the moment it is drawn.
    await open.page.addInitScript(() => {
      const w = window as unknown as { __firstDraw?: FirstDraw };
      new MutationObserver((_records, observer) => {
        const list = document.querySelector<HTMLElement>('[data-search-results]');
        if (!list || list.children.length === 0 || w.__firstDraw) return;
        w.__firstDraw = {
          source: list.dataset.source,
          paths: [...list.querySelectorAll('.result-title a')].map((a) => a.getAttribute('href') ?? ''),
          status: document.querySelector('[data-search-status]')?.textContent ?? '',
          item: list.firstElementChild,
        };
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await openSearch(open.page, open.site.server.origin, '/tim-kiem/?q=rau+huu+co');

    const first = await open.page.evaluate(() => {
      const f = (window as unknown as { __firstDraw?: FirstDraw }).__firstDraw;
      return f && { source: f.source, paths: f.paths, status: f.status };
    });
    expect(first?.source).toBe('quick');
    expect(first?.paths[0]).toBe('/mo-hinh/htx-dong-suong-rau-huu-co/');

    const timing = await open.page.evaluate((mark) => {
      const at = performance.getEntriesByName(mark)[0]?.startTime ?? NaN;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
        path: new URL(r.name).pathname,
        start: r.startTime,
        end: r.responseEnd,
      }));
      return { at, resources };
    }, FIRST_RESULTS_MARK);
    expect(Number.isFinite(timing.at)).toBe(true);
    const quick = timing.resources.filter((r) => r.path.startsWith('/tim-kiem/nhanh/'));
    expect(quick.some((r) => r.path.includes('/t/')) && quick.some((r) => r.path.includes('/d/'))).toBe(true);
    for (const r of quick) expect(r.end, r.path).toBeLessThanOrEqual(timing.at);
    // The head script started the search while the page arrived, and the page's script took its
    // answer over: each file of the quick index was fetched once.
    expect(await open.page.evaluate((key) => (window as unknown as Record<string, { q?: string }>)[key]?.q, QUICK_STARTED)).toBe('rau huu co');
    const paths = quick.map((r) => r.path);
    expect(paths.length).toBe(new Set(paths).size);
    const pagefind = timing.resources.filter((r) => r.path.startsWith('/pagefind/'));
    expect(pagefind.length, 'Pagefind is loaded after the first results').toBeGreaterThan(0);
    for (const r of pagefind) expect(r.start, `${r.path} was requested before the first results`).toBeGreaterThanOrEqual(timing.at);

    // Then Pagefind's answer: the same first result, and the complete count.
    expect(await open.page.getAttribute('[data-search-results]', 'data-source')).toBe('pagefind');
    expect((await resultPaths(open.page))[0]).toBe('/mo-hinh/htx-dong-suong-rau-huu-co/');
    expect(await open.page.textContent('[data-search-status]')).toMatch(/^\d+ kết quả cho “rau huu co”/);

    // Where Pagefind's list begins with the results drawn first, those items are the ones still
    // there (nothing moves under the reader, a focused link keeps its focus) and the rest follow;
    // otherwise the list is redrawn.
    const final = await resultPaths(open.page);
    expect(first?.paths.length).toBeLessThanOrEqual(QUICK_FIRST_RESULTS);
    expect(final.length).toBeGreaterThanOrEqual(first?.paths.length ?? 0);
    const sameItem = await open.page.evaluate(
      () => (window as unknown as { __firstDraw?: FirstDraw }).__firstDraw?.item === document.querySelector('[data-search-results] > li'),
    );
    expect(sameItem).toBe(JSON.stringify(final.slice(0, first?.paths.length)) === JSON.stringify(first?.paths));
  });
});

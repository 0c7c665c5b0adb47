/**
 * The first results of a word search come from the quick index, before anything of Pagefind's is
 * even requested; Pagefind's complete answer then takes over (count, "more", filters). Where it
 * begins with the same results the items on screen stay; the quick answer never announces a count
 * of its own, never shortens a list that already begins with it, and stays on screen if Pagefind
 * cannot load.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSitePage } from '../support/e2e.ts';
import { openSearch, resultPaths } from '../support/search.ts';
import { FIRST_RESULTS_MARK } from '../../src/lib/search/engine.ts';
import { QUICK_FIRST_RESULTS, QUICK_STARTED } from '../../src/lib/search/quick.ts';

interface Draw {
  source: string | undefined;
  paths: string[];
  status: string;
  busy: string | null;
}

/** Record every state the result list goes through, from the page's first script on. */
async function watchResults(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __draws: Draw[]; __firstItem?: Element | null };
    w.__draws = [];
    let last = '';
    new MutationObserver(() => {
      const list = document.querySelector<HTMLElement>('[data-search-results]');
      if (!list || list.children.length === 0) return;
      const draw = {
        source: list.dataset.source,
        paths: [...list.querySelectorAll('.result-title a')].map((a) => a.getAttribute('href') ?? ''),
        status: document.querySelector('[data-search-status]')?.textContent ?? '',
        busy: list.getAttribute('aria-busy'),
      };
      const key = JSON.stringify(draw);
      if (key === last) return;
      last = key;
      if (w.__draws.length === 0) w.__firstItem = list.firstElementChild;
      w.__draws.push(draw);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

const draws = (page: Page) => page.evaluate(() => (window as unknown as { __draws: Draw[] }).__draws);

describe('the first results of a word search', () => {
  const open = useSitePage('desktop');

  it('come from the quick index, with no request to Pagefind before them and no count of their own', async () => {
    await watchResults(open.page);
    await openSearch(open.page, open.site.server.origin, '/tim-kiem/?q=rau+huu+co');

    const [first] = await draws(open.page);
    expect(first?.source).toBe('quick');
    expect(first?.paths[0]).toBe('/mo-hinh/htx-dong-suong-rau-huu-co/');
    expect(first?.status).toBe('Những kết quả đầu tiên cho “rau huu co”; đang tìm đầy đủ…');
    expect(first?.busy, 'the list stays busy until the complete answer').toBe('true');

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

    // Then Pagefind's answer: the same first result, the count, the list no longer busy.
    expect(await open.page.getAttribute('[data-search-results]', 'data-source')).toBe('pagefind');
    expect(await open.page.getAttribute('[data-search-results]', 'aria-busy')).toBeNull();
    expect((await resultPaths(open.page))[0]).toBe('/mo-hinh/htx-dong-suong-rau-huu-co/');
    expect(await open.page.textContent('[data-search-status]')).toMatch(/^\d+ kết quả cho “rau huu co”/);
  });

  it('are kept, and the rest added after them, where Pagefind’s answer begins with them', async () => {
    const context = await open.site.context('phone');
    try {
      const page = await context.newPage();
      await watchResults(page);
      await openSearch(page, open.site.server.origin, '/tim-kiem/?q=Ph%C3%BA+Th%E1%BB%8D');
      const seen = await draws(page);
      const first = seen[0];
      expect(first?.source).toBe('quick');
      expect(first?.paths).toHaveLength(QUICK_FIRST_RESULTS);
      const final = await resultPaths(page);
      expect(final).toHaveLength(10);
      const kept = JSON.stringify(final.slice(0, QUICK_FIRST_RESULTS)) === JSON.stringify(first?.paths);
      const sameItem = await page.evaluate(
        () => (window as unknown as { __firstItem?: Element | null }).__firstItem === document.querySelector('[data-search-results] > li'),
      );
      // The drawn items are the very ones still there if and only if Pagefind's list begins with them.
      expect(sameItem).toBe(kept);
      // No count but Pagefind's was ever announced, and never "nothing found".
      const statuses = [...new Set(seen.map((d) => d.status))];
      expect(statuses.filter((s) => /kết quả cho/.test(s) && !s.startsWith('Những kết quả đầu tiên'))).toEqual([
        await page.textContent('[data-search-status]'),
      ]);
      expect(statuses.some((s) => s.startsWith('Không có kết quả'))).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('do not shorten the list when the reader presses Enter again on the same words', async () => {
    const context = await open.site.context('desktop');
    try {
      const page = await context.newPage();
      await openSearch(page, open.site.server.origin, '/tim-kiem/?q=Ph%C3%BA+Th%E1%BB%8D');
      await page.click('[data-search-more]');
      await page.waitForFunction(() => document.querySelectorAll('[data-search-results] .result').length > 10);
      await page.evaluate(() => {
        const w = window as unknown as { __sizes: number[] };
        w.__sizes = [];
        const list = document.querySelector('[data-search-results]')!;
        new MutationObserver(() => w.__sizes.push(list.children.length)).observe(list, { childList: true });
      });
      await page.press('#tu-khoa', 'Enter');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search]')?.dataset.status === 'done');
      const sizes = await page.evaluate(() => (window as unknown as { __sizes: number[] }).__sizes);
      // A new search starts at its first page (10), without passing through the quick answer's 4.
      expect(sizes.filter((n) => n > 0 && n < 10)).toEqual([]);
      expect((await resultPaths(page)).length).toBe(10);
    } finally {
      await context.close();
    }
  });

  it('stay on screen, under the notice, when Pagefind cannot load', async () => {
    const context = await open.site.context('desktop');
    try {
      await context.route('**/pagefind/**', (route) => route.abort('failed'));
      const page = await context.newPage();
      await page.goto(`${open.site.server.origin}/tim-kiem/?q=rau+huu+co`);
      await page.waitForSelector('[data-search][data-status="error"]');
      expect(await page.isVisible('[data-search-fallback="error"]')).toBe(true);
      expect(await page.isVisible('[data-search-results]')).toBe(true);
      expect((await resultPaths(page))[0]).toBe('/mo-hinh/htx-dong-suong-rau-huu-co/');
    } finally {
      await context.close();
    }
  });
});

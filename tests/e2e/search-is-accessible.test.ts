/**
 * The search page for keyboard and screen-reader users: no axe violations with results, filters
 * and the empty state open, at phone and desktop sizes; results announced in a status region;
 * focus moved only when the reader asks (submit, "more", removing a filter), never lost.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.ts';
import type { ViewportName } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { openSearch, resultPaths, waitForSearch } from '../support/search.ts';

const open = useSite();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : ''}` : '';
  });

describe.each(['phone', 'desktop'] as ViewportName[])('axe at the %s size', (viewport) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await open.site.context(viewport, { bypassCSP: true });
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each([
    ['results, a chosen filter and more to load', '/tim-kiem/?q=truong&nam=2023'],
    ['the empty state', '/tim-kiem/?q=zzyzx&linh-vuc=y-te'],
    ['nothing asked yet', '/tim-kiem/'],
  ])('%s', async (_what, url) => {
    const page = await context.newPage();
    try {
      await openSearch(page, open.site.server.origin, url);
      // The filters fold away on phones: open them so that they are checked too.
      await page.evaluate(() => {
        const details = document.querySelector<HTMLDetailsElement>('[data-search-filters-details]');
        if (details) details.open = true;
      });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const { violations } = await runAxe(page);
      expect(violations, `${url} at ${viewport}:\n${formatViolations(violations)}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard and screen reader', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await open.site.context('desktop');
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  it('announces the number of results in a status region as the reader types, keeping focus in the box', async () => {
    await openSearch(page, open.site.server.origin, '/tim-kiem/');
    expect(await page.getAttribute('[data-search-status]', 'role')).toBe('status');
    await page.focus('#tu-khoa');
    await page.keyboard.type('huu co');
    await waitForSearch(page, '/tim-kiem/?q=huu+co');
    expect(await page.textContent('[data-search-status]')).toBe('2 kết quả cho “huu co”');
    expect(await focused(page)).toBe('input#tu-khoa');
  });

  it('moves focus to the results heading on Enter', async () => {
    await openSearch(page, open.site.server.origin, '/tim-kiem/');
    await page.focus('#tu-khoa');
    await page.keyboard.type('doan');
    await page.keyboard.press('Enter');
    await waitForSearch(page, '/tim-kiem/?q=doan');
    await page.waitForFunction(() => document.activeElement?.id === 'ket-qua');
    expect(await focused(page)).toBe('h2#ket-qua');
  });

  it('ticks a filter from the keyboard, keeping focus on it', async () => {
    await openSearch(page, open.site.server.origin, '/tim-kiem/?q=truong');
    await page.focus('#loc-nam-2017');
    await page.keyboard.press('Space');
    await waitForSearch(page, '/tim-kiem/?q=truong&nam=2017');
    expect(await focused(page)).toBe('input#loc-nam-2017');
    expect(await page.textContent('[data-search-status]')).toMatch(/^\d+ kết quả cho “truong”/);
  });

  it('"more" adds results and moves focus to the first new one', async () => {
    await openSearch(page, open.site.server.origin, '/tim-kiem/?tinh=phu-tho');
    const before = await resultPaths(page);
    expect(await page.isVisible('[data-search-more]')).toBe(true);
    await page.focus('[data-search-more]');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-search-results] .result').length > n, before.length);
    const after = await resultPaths(page);
    expect(await focused(page)).toBe(`a[href=${after[before.length]}]`);
  });

  it('removing a filter chip leaves focus on the next chip, then on the results heading', async () => {
    await openSearch(page, open.site.server.origin, '/tim-kiem/?loai=mo-hinh&nam=2023');
    await page.focus('[data-search-chips] .chip[data-value="mo-hinh"]');
    await page.keyboard.press('Enter');
    await waitForSearch(page, '/tim-kiem/?nam=2023');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-value') === '2023');
    await page.keyboard.press('Enter');
    await waitForSearch(page, '/tim-kiem/');
    await page.waitForFunction(() => document.activeElement?.id === 'ket-qua');
  });

  it('names every control and states each result’s place, field and year', async () => {
    await openSearch(page, open.site.server.origin, '/tim-kiem/?q=duoi');
    const unnamed = await page.$$eval('input, select, button', (els) =>
      els.filter((el) => !(el as HTMLElement).hidden && !(el.closest('[hidden]')) && !(el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.length || el.textContent?.trim())).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    const facts = await page.$$eval('[data-search-results] .result:first-child dt', (dts) => dts.map((dt) => dt.textContent));
    expect(facts).toEqual(['Địa phương', 'Lĩnh vực', 'Năm công nhận']);
  });
});

/**
 * A search lives in its URL: opening, reloading or sharing the URL gives the same search;
 * typing follows the words in the current history entry (replaceState); ticking a filter or
 * changing the sort makes a new entry (pushState), so Back and Forward walk through them.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from '../support/e2e.ts';
import { canonicalSearchUrl, openSearch, resultPaths, waitForSearch } from '../support/search.ts';

const here = (page: Page) => {
  const u = new URL(page.url());
  return u.pathname + u.search;
};

describe('search state in the URL', () => {
  let site: Site;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    site = await openSite();
    context = await site.context('desktop');
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await site?.close();
  });

  const URL_WITH_ALL = '/tim-kiem/?q=tr%C6%B0%E1%BB%9Dng&linh-vuc=giao-duc-dao-tao&nam=2023&sap-xep=cu-nhat';

  it('an opened URL sets the box, the boxes ticked and the sort', async () => {
    await openSearch(page, site.server.origin, URL_WITH_ALL);
    expect(await page.inputValue('#tu-khoa')).toBe('trường');
    expect(await page.isChecked('#loc-linh-vuc-giao-duc-dao-tao')).toBe(true);
    expect(await page.isChecked('#loc-nam-2023')).toBe(true);
    expect(await page.inputValue('#sap-xep')).toBe('cu-nhat');
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
  });

  it('reloading or sharing the URL gives the same results', async () => {
    await openSearch(page, site.server.origin, URL_WITH_ALL);
    const first = await resultPaths(page);
    await page.reload();
    await waitForSearch(page, URL_WITH_ALL);
    expect(await resultPaths(page)).toEqual(first);

    const other = await site.context('phone');
    try {
      const shared = await other.newPage();
      await openSearch(shared, site.server.origin, URL_WITH_ALL);
      expect(await resultPaths(shared)).toEqual(first);
    } finally {
      await other.close();
    }
  });

  it('typing updates the current entry; a filter and the sort make new ones; Back and Forward restore them', async () => {
    await openSearch(page, site.server.origin, '/tim-kiem/');
    const length0 = await page.evaluate(() => history.length);

    await page.fill('#tu-khoa', 'mam non');
    await waitForSearch(page, '/tim-kiem/?q=mam+non');
    expect(here(page)).toBe('/tim-kiem/?q=mam+non');
    expect(await page.evaluate(() => history.length)).toBe(length0);
    const typed = await resultPaths(page);
    expect(typed.length).toBeGreaterThan(0);

    await page.check('#loc-nam-2017');
    await waitForSearch(page, '/tim-kiem/?q=mam+non&nam=2017');
    expect(await page.evaluate(() => history.length)).toBe(length0 + 1);
    const filtered = await resultPaths(page);
    expect(filtered.length).toBeLessThan(typed.length);

    await page.selectOption('#sap-xep', 'moi-nhat');
    await waitForSearch(page, '/tim-kiem/?q=mam+non&nam=2017&sap-xep=moi-nhat');
    expect(await page.evaluate(() => history.length)).toBe(length0 + 2);

    await page.goBack();
    await waitForSearch(page, '/tim-kiem/?q=mam+non&nam=2017');
    expect(await page.inputValue('#sap-xep')).toBe('lien-quan');

    await page.goBack();
    await waitForSearch(page, '/tim-kiem/?q=mam+non');
    expect(await page.isChecked('#loc-nam-2017')).toBe(false);
    expect(await page.inputValue('#tu-khoa')).toBe('mam non');
    expect(await resultPaths(page)).toEqual(typed);

    await page.goForward();
    await waitForSearch(page, '/tim-kiem/?q=mam+non&nam=2017');
    expect(await page.isChecked('#loc-nam-2017')).toBe(true);
    expect(await resultPaths(page)).toEqual(filtered);
  });

  it('removing a filter chip and clearing all filters are steps Back can undo', async () => {
    const url = '/tim-kiem/?linh-vuc=giao-duc-dao-tao&nam=2017';
    await openSearch(page, site.server.origin, url);
    await page.click('[data-search-chips] .chip[data-value="2017"]');
    await waitForSearch(page, '/tim-kiem/?linh-vuc=giao-duc-dao-tao');
    await page.click('[data-search-active] [data-search-clear]');
    await waitForSearch(page, '/tim-kiem/');
    expect(await page.textContent('[data-search-status]')).toContain('Nhập từ khóa');
    await page.goBack();
    await waitForSearch(page, '/tim-kiem/?linh-vuc=giao-duc-dao-tao');
    await page.goBack();
    await waitForSearch(page, url);
    expect(here(page)).toBe(canonicalSearchUrl(url));
  });

  it('the header box of any page submits to the search page, which runs that search', async () => {
    await page.goto(site.server.url('/gioi-thieu/'));
    await page.fill('#tim-kiem-nhanh', 'dong suong');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=dong\+suong$/), page.press('#tim-kiem-nhanh', 'Enter')]);
    await waitForSearch(page, '/tim-kiem/?q=dong+suong');
    expect(await resultPaths(page)).toContain('/mo-hinh/htx-dong-suong-rau-huu-co/');
  });
});

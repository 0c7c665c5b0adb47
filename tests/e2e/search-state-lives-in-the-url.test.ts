/**
 * A search lives in its URL: opening, reloading or sharing the URL gives the same search;
 * typing follows the words in the current history entry (replaceState); ticking a filter or
 * changing the sort makes a new entry (pushState), so Back and Forward walk through them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSitePage } from '../support/e2e.ts';
import { canonicalSearchUrl, openSearch, resultPaths, waitForSearch } from '../support/search.ts';

const here = (page: Page) => {
  const u = new URL(page.url());
  return u.pathname + u.search;
};

describe('search state in the URL', () => {
  const open = useSitePage('desktop');

  const URL_WITH_ALL = '/tim-kiem/?q=tr%C6%B0%E1%BB%9Dng&linh-vuc=giao-duc-dao-tao&nam=2023&sap-xep=cu-nhat';

  it('an opened URL sets the box, the boxes ticked and the sort', async () => {
    await openSearch(open.page, open.site.server.origin, URL_WITH_ALL);
    expect(await open.page.inputValue('#tu-khoa')).toBe('trường');
    expect(await open.page.isChecked('#loc-linh-vuc-giao-duc-dao-tao')).toBe(true);
    expect(await open.page.isChecked('#loc-nam-2023')).toBe(true);
    expect(await open.page.inputValue('#sap-xep')).toBe('cu-nhat');
    expect((await resultPaths(open.page)).length).toBeGreaterThan(0);
  });

  it('reloading or sharing the URL gives the same results', async () => {
    await openSearch(open.page, open.site.server.origin, URL_WITH_ALL);
    const first = await resultPaths(open.page);
    await open.page.reload();
    await waitForSearch(open.page, URL_WITH_ALL);
    expect(await resultPaths(open.page)).toEqual(first);

    const other = await open.site.context('phone');
    try {
      const shared = await other.newPage();
      await openSearch(shared, open.site.server.origin, URL_WITH_ALL);
      expect(await resultPaths(shared)).toEqual(first);
    } finally {
      await other.close();
    }
  });

  it('typing updates the current entry; a filter and the sort make new ones; Back and Forward restore them', async () => {
    await openSearch(open.page, open.site.server.origin, '/tim-kiem/');
    const length0 = await open.page.evaluate(() => history.length);

    await open.page.fill('#tu-khoa', 'mam non');
    await waitForSearch(open.page, '/tim-kiem/?q=mam+non');
    expect(here(open.page)).toBe('/tim-kiem/?q=mam+non');
    expect(await open.page.evaluate(() => history.length)).toBe(length0);
    const typed = await resultPaths(open.page);
    expect(typed.length).toBeGreaterThan(0);

    await open.page.check('#loc-nam-2017');
    await waitForSearch(open.page, '/tim-kiem/?q=mam+non&nam=2017');
    expect(await open.page.evaluate(() => history.length)).toBe(length0 + 1);
    const filtered = await resultPaths(open.page);
    expect(filtered.length).toBeLessThan(typed.length);

    await open.page.selectOption('#sap-xep', 'moi-nhat');
    await waitForSearch(open.page, '/tim-kiem/?q=mam+non&nam=2017&sap-xep=moi-nhat');
    expect(await open.page.evaluate(() => history.length)).toBe(length0 + 2);

    await open.page.goBack();
    await waitForSearch(open.page, '/tim-kiem/?q=mam+non&nam=2017');
    expect(await open.page.inputValue('#sap-xep')).toBe('lien-quan');

    await open.page.goBack();
    await waitForSearch(open.page, '/tim-kiem/?q=mam+non');
    expect(await open.page.isChecked('#loc-nam-2017')).toBe(false);
    expect(await open.page.inputValue('#tu-khoa')).toBe('mam non');
    expect(await resultPaths(open.page)).toEqual(typed);

    await open.page.goForward();
    await waitForSearch(open.page, '/tim-kiem/?q=mam+non&nam=2017');
    expect(await open.page.isChecked('#loc-nam-2017')).toBe(true);
    expect(await resultPaths(open.page)).toEqual(filtered);
  });

  it('removing a filter chip and clearing all filters are steps Back can undo', async () => {
    const url = '/tim-kiem/?linh-vuc=giao-duc-dao-tao&nam=2017';
    await openSearch(open.page, open.site.server.origin, url);
    await open.page.click('[data-search-chips] .chip[data-value="2017"]');
    await waitForSearch(open.page, '/tim-kiem/?linh-vuc=giao-duc-dao-tao');
    await open.page.click('[data-search-active] [data-search-clear]');
    await waitForSearch(open.page, '/tim-kiem/');
    expect(await open.page.textContent('[data-search-status]')).toContain('Nhập từ khóa');
    await open.page.goBack();
    await waitForSearch(open.page, '/tim-kiem/?linh-vuc=giao-duc-dao-tao');
    await open.page.goBack();
    await waitForSearch(open.page, url);
    expect(here(open.page)).toBe(canonicalSearchUrl(url));
  });

  it('the header box of any page submits to the search page, which runs that search', async () => {
    await open.page.goto(open.site.server.url('/gioi-thieu/'));
    await open.page.fill('#tim-kiem-nhanh', 'dong suong');
    await Promise.all([open.page.waitForURL(/\/tim-kiem\/\?q=dong\+suong$/), open.page.press('#tim-kiem-nhanh', 'Enter')]);
    await waitForSearch(open.page, '/tim-kiem/?q=dong+suong');
    expect(await resultPaths(open.page)).toContain('/mo-hinh/htx-dong-suong-rau-huu-co/');
  });
});

/**
 * Without JavaScript the header box still submits to /tim-kiem/, and the search page says that
 * search needs JavaScript and offers the browse pages instead of an interface that cannot work.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { firstProfile } from '../support/templates.ts';

const BROWSE = ['/mo-hinh/', '/linh-vuc/', '/dia-phuong/', '/ke-hoach/'];

describe('search without JavaScript', () => {
  const open = useSite();

  it.each(['phone', 'desktop'] as const)('the header box of a profile leads to a page that explains and offers the browse pages (%s)', async (viewport) => {
    const context = await open.site.context(viewport, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(`/mo-hinh/${firstProfile().slug}/`));
      await page.fill('#tim-kiem-nhanh', 'rau hữu cơ');
      await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/), page.press('#tim-kiem-nhanh', 'Enter')]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('rau hữu cơ');

      const notice = page.locator('[data-search-fallback="noscript"]');
      await notice.waitFor({ state: 'visible' });
      expect(await notice.locator('h2').innerText()).toBe('Tìm kiếm cần JavaScript');
      const links = await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual(BROWSE);
      // The interface that needs the script stays out of the way, and so does the error notice.
      expect(await page.isVisible('[data-search-app]')).toBe(false);
      expect(await page.isVisible('[data-search-fallback="error"]')).toBe(false);
      const response = await page.goto(open.site.server.url(BROWSE[0]!));
      expect(response?.status()).toBe(200);
    } finally {
      await context.close();
    }
  });

  it('with JavaScript the notice is gone and the search runs', async () => {
    const context = await open.site.context('desktop');
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url('/tim-kiem/?q=rau'));
      await page.waitForSelector('[data-search][data-status="done"]');
      expect(await page.locator('[data-search-fallback="noscript"]').count()).toBe(0);
      expect(await page.isVisible('[data-search-app]')).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('when the index cannot load, the page says so and offers the browse pages', async () => {
    const context = await open.site.context('desktop');
    try {
      await context.route('**/pagefind/**', (route) => route.abort('failed'));
      const page = await context.newPage();
      await page.goto(open.site.server.url('/tim-kiem/?q=rau'));
      await page.waitForSelector('[data-search][data-status="error"]');
      const notice = page.locator('[data-search-fallback="error"]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(BROWSE);
    } finally {
      await context.close();
    }
  });
});

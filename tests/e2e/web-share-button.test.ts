/**
 * Sharing a profile: where the browser has the Web Share API, a "Chia sẻ…" button appears first
 * and hands the permanent URL and title to the system share sheet; where it has not, only the
 * plain links are there. Either way no request leaves the site (tests/support/e2e.ts blocks and
 * records any).
 */
import { describe, expect, it } from 'vitest';
import { viLinks } from '../../src/i18n/vi-links.ts';
import { useSite } from '../support/e2e.ts';
import { absoluteUrl } from '../support/site.ts';
import { firstProfile } from '../support/templates.ts';

const profile = firstProfile();
const path = `/mo-hinh/${profile.slug}/`;

describe('the share links', () => {
  const open = useSite();

  it('offer the system share sheet where navigator.share exists', async () => {
    const context = await open.site.context('phone');
    // Stand in for a phone's share sheet: record what the page shares.
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.defineProperty(window, '__shared', { value: shared });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()), configurable: true });
      Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true });
    });
    try {
      const page = await context.newPage();
      const before = open.site.foreignRequests.length;
      await page.goto(open.site.server.url(path));
      const button = page.locator('[data-share] li').first().getByRole('button', { name: viLinks['share.native'] });
      await button.click();
      const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
      expect(shared).toEqual([{ title: profile.data.title, url: absoluteUrl(path), text: profile.data.summary }]);
      expect(open.site.foreignRequests.slice(before)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('are plain links only where it does not', async () => {
    const context = await open.site.context('desktop');
    await context.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    });
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(path));
      await page.waitForLoadState('load');
      expect(await page.locator('[data-share] button').count()).toBe(0);
      const links = await page.locator('[data-share] a').count();
      expect(links).toBeGreaterThanOrEqual(3);
    } finally {
      await context.close();
    }
  });
});

/**
 * The provinces of the map are reached with the Tab key, in the page's order, and show a visible
 * focus ring; the focused link's accessible name names the province.
 */
import { describe, expect, it } from 'vitest';
import { useSitePage } from '../support/e2e.ts';

describe('map regions', () => {
  const open = useSitePage('desktop');

  it('are keyboard reachable with a visible focus', async () => {
    const page = open.page;
    await page.goto(open.site.server.url('/thong-ke/'), { waitUntil: 'load' });
    const first = page.locator('a.province-map__region').first();
    // Focus the link before the map, then Tab into it.
    await page.locator('a[href="/thong-ke/tinh-cu/"]').first().focus();
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await first.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'Tab never reached the first region').toBe(true);
    const style = await first.evaluate((el) => {
      const cs = getComputedStyle(el);
      const path = el.querySelector('path');
      return {
        outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0,
        stroke: path ? getComputedStyle(path).strokeWidth : '',
        name: el.getAttribute('aria-label') ?? '',
      };
    });
    expect(style.outline || parseFloat(style.stroke) >= 2).toBe(true);
    expect(style.name).toMatch(/^(tỉnh|thành phố) .+: /);
  });
});

/** With JavaScript disabled, a profile page still shows its heading and its content. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { firstProfile } from '../support/templates.ts';

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

describe('without JavaScript', () => {
  const open = useSite();

  it.each(['phone', 'desktop'] as const)('a profile page shows its h1 and content at the %s viewport', async (viewport) => {
    const profile = firstProfile();
    const context = await open.site.context(viewport, { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const response = await page.goto(open.site.server.url(`/mo-hinh/${profile.slug}/`));
      expect(response?.status()).toBe(200);

      const h1 = page.locator('h1');
      await expect.poll(() => h1.count()).toBe(1);
      expect(await h1.isVisible(), 'the <h1> is not visible').toBe(true);
      const heading = norm(await h1.innerText());
      const named = [profile.data.title, profile.data.unit].map(norm);
      expect(
        named.some((n) => heading.includes(n)),
        `h1 "${heading}" names neither the title nor the unit of content/profiles/${profile.slug}/index.mdx`,
      ).toBe(true);

      const main = page.locator('main');
      expect(await main.isVisible(), '<main> is not visible').toBe(true);
      const text = norm(await main.innerText());
      for (const n of named) expect(text, `<main> does not show "${n}"`).toContain(n);
      const box = await main.boundingBox();
      expect(box?.height ?? 0, '<main> has no height').toBeGreaterThan(100);
    } finally {
      await context.close();
    }
  });
});

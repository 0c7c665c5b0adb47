/**
 * The "Trích dẫn" block on a profile: with JavaScript and the Clipboard API, a copy button appears
 * and puts exactly the citation text on the clipboard, announcing it; without JavaScript there is
 * no button, and the citation is visible, selectable text.
 */
import { describe, expect, it } from 'vitest';
import { viLinks } from '../../src/i18n/vi-links.ts';
import { useSite } from '../support/e2e.ts';
import { absoluteUrl } from '../support/site.ts';
import { firstProfile } from '../support/templates.ts';

const profile = firstProfile();
const path = `/mo-hinh/${profile.slug}/`;

describe('the citation block', () => {
  const open = useSite();

  it('copies the citation text with JavaScript', async () => {
    const context = await open.site.context('desktop');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: open.site.server.origin });
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(path));
      const button = page.getByRole('button', { name: viLinks['citation.copy'] });
      await button.click();
      await expect.poll(() => page.locator('[data-citation-status]').innerText()).toBe(viLinks['citation.copied']);
      const shown = await page.locator('[data-citation-text] p').allInnerTexts();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(shown.map((l) => l.trim()).join('\n'));
      expect(copied).toContain(absoluteUrl(path));
      expect(shown).toHaveLength(profile.data.recognitions.length);
    } finally {
      await context.close();
    }
  });

  it('is plain selectable text without JavaScript', async () => {
    const context = await open.site.context('phone', { javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(path));
      const text = page.locator('[data-citation-text]');
      expect(await text.isVisible()).toBe(true);
      expect(await page.locator('[data-citation] button').count()).toBe(0);
      expect(await text.evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
      // Select it as a reader would (triple-click selects the paragraph), and read the selection.
      await text.locator('p').first().click({ clickCount: 3 });
      const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
      expect(selected.trim()).toBe((await text.locator('p').first().innerText()).trim());
      expect(selected).toContain(absoluteUrl(path));
    } finally {
      await context.close();
    }
  });
});

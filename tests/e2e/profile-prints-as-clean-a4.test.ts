/**
 * Printing a profile gives clean A4 pages: the site's own @page rule makes the PDF A4 (Chromium
 * is asked for Letter); the menu, breadcrumbs, footer, share links, poster link, copy button and
 * the poster view (printed only when the address opens it: poster-prints-one-a4-page…)
 * are not printed; the title and the citation are. Every printable template, printed to PDF and
 * read back with pdftotext, has its title on page 1 and no blank page.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { firstProfile, templatePages } from '../support/templates.ts';
import { pdfPageTexts } from '../support/pdf.ts';

/** Whitespace and soft hyphens do not count when comparing printed text. */
const flat = (s: string): string => s.normalize('NFC').replace(/\u00ad/g, '').replace(/\s+/g, '');

const profile = firstProfile();
const path = `/mo-hinh/${profile.slug}/`;

describe('a printed profile', () => {
  const open = useSite();

  it('is A4 and leaves out the site chrome and the on-screen tools', async () => {
    const context = await open.site.context('desktop');
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(path), { waitUntil: 'load' });
      // The copy button is there on screen (added by script) before printing.
      await page.locator('.citation__copy').waitFor();
      const hidden = ['.site-header nav', '.breadcrumbs', '.site-footer', '[data-share]', '.poster-link', '.citation__copy', '.skip-link', '.poster-view'];
      for (const selector of hidden) expect(await page.locator(selector).count(), `${selector} is not on the page`).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });

      for (const selector of hidden) {
        const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
        expect(shown, `${selector} is printed`).toBe(0);
      }
      for (const selector of ['h1', '[data-citation-text]']) {
        expect(await page.locator(selector).first().isVisible(), `${selector} is not printed`).toBe(true);
      }
      // preferCSSPageSize: the page size comes from the site's own @page rule, as when a reader prints.
      const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true });
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      // A4 is 595.28 × 841.89 points (asked for Letter, so only the CSS can make it A4).
      expect(Math.abs(Number(box?.[1]) - 595.28)).toBeLessThan(1);
      expect(Math.abs(Number(box?.[2]) - 841.89)).toBeLessThan(1);
    } finally {
      await context.close();
    }
  });

  // Every page a reader may print: all templates that answer 200.
  it.each(templatePages().filter((t) => t.status === 200))('$name ($path) prints its title on page 1 and no blank page', async ({ path: pagePath }) => {
    const context = await open.site.context('desktop');
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(pagePath), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const title = await page.locator('h1').first().innerText();
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const pages = pdfPageTexts(pdf);
      expect(pages.length).toBeGreaterThan(0);
      expect(flat(pages[0] ?? ''), `page 1 of ${pagePath} lacks its title "${title}":\n${pages[0]}`).toContain(flat(title));
      const blank = pages.flatMap((text, i) => (text.trim() === '' ? [i + 1] : []));
      expect(blank, `blank pages in ${pagePath}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

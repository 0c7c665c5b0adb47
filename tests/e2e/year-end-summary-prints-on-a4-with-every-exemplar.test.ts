/**
 * A province's year-end summary prints: Chromium's PDF of it is A4 (the site's @page rule), leaves
 * out the site chrome, and its text (read back with poppler's pdftotext) holds the title and the
 * title of every exemplar the province had recognised that year, as counted here from content/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { locatedProfiles } from '../support/stats.ts';
import { yearEndPage } from '../support/templates.ts';

const sitePath = yearEndPage();
const [, , provinceSlug = '', year = ''] = sitePath.split('/');
const expected = locatedProfiles().filter(
  (x) => x.loc.province.slug === provinceSlug && x.profile.data.recognitions.some((r) => String(r.year) === year),
);
/**
 * pdftotext breaks lines where the PDF does (-raw keeps them in reading order), also after a hyphen
 * ("2012-⏎2017"): compare without any whitespace.
 */
const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, '');

describe('a printed year-end summary', () => {
  const open = useSite();

  it('is A4 with the title and every exemplar of the year in its text', async () => {
    expect(expected.length, `no exemplar of ${year} in ${provinceSlug}`).toBeGreaterThan(0);
    const context = await open.site.context('desktop');
    const dir = mkdtempSync(path.join(tmpdir(), 'dhtt-year-end-'));
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(sitePath), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const title = (await page.locator('h1').textContent())?.trim() ?? '';
      expect(title).toContain(year);
      const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: true });
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      expect(Math.abs(Number(box?.[1]) - 595.28)).toBeLessThan(1);
      expect(Math.abs(Number(box?.[2]) - 841.89)).toBeLessThan(1);

      const file = path.join(dir, 'tong-ket.pdf');
      writeFileSync(file, pdf);
      const text = fold(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
      expect(text).toContain(fold(title));
      const missing = expected.map((x) => x.profile.data.title).filter((t) => !text.includes(fold(t)));
      expect(missing, `titles not in the printed text of ${sitePath}`).toEqual([]);
      // The site chrome is not printed.
      expect(text).not.toContain(fold('Giới thiệu'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await context.close();
    }
  });
});

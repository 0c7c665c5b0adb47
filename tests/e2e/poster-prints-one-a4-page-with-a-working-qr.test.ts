/**
 * The poster of a profile, the poster view of its page (/mo-hinh/<slug>/#ap-phich), in Chromium:
 * the old poster URL (/mo-hinh/<slug>/ap-phich/) leads there and shows the sheet alone; printed to
 * PDF on A4 it is exactly one page whose text (pdftotext) carries the title, the unit, the plan, the
 * call to scan and the permanent URL, and nothing of the rest of the profile page; printed in
 * black and white (greyscale, then hard threshold) its QR code still decodes, with jsQR, to the
 * profile's permanent URL; it shows the title and unit; every piece of text on it is black; and
 * axe finds no accessibility violations. On the phone that scanned it, the sheet fits the screen
 * (no sideways scrolling), its buttons and links use the site's font, and a link leads back to
 * the profile.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.ts';
import { useSite } from '../support/e2e.ts';
import { absoluteUrl } from '../support/site.ts';
import { publishedProfiles } from '../support/content.ts';
import { firstProfile } from '../support/templates.ts';
import { pdfPageTexts } from '../support/pdf.ts';

const profile = firstProfile();
const posterPath = `/mo-hinh/${profile.slug}/#ap-phich`;
/** The profile whose poster has the most text: the one most likely to spill onto a second page. */
const longest = publishedProfiles()
  .map((p) => ({ p, size: [p.data.title, p.data.unit, ...p.data.recognitions.map((r) => r.form)].join('').length + 40 * p.data.recognitions.length }))
  .sort((a, b) => b.size - a.size)[0]!.p;
const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();
/** Whitespace and soft hyphens do not count when comparing printed text. */
const flat = (s: string): string => s.normalize('NFC').replace(/\u00ad/g, '').replace(/\s+/g, '');

/** Pages in a PDF: its page objects ("/Type /Page", not "/Type /Pages"). */
const pdfPageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

describe('the poster', () => {
  const open = useSite();

  it.each([
    ['first', profile],
    ['longest', longest],
  ] as const)('prints on exactly one A4 page (%s profile), QR code included', async (_which, p) => {
    const context = await open.site.context('desktop');
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(`/mo-hinh/${p.slug}/#ap-phich`), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // preferCSSPageSize: the page size comes from the poster's own @page rule, as when a reader prints.
      const pdf = await page.pdf({ format: 'Letter', preferCSSPageSize: true, printBackground: true });
      expect(pdfPageCount(pdf)).toBe(1);
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
      // A4 is 595.28 × 841.89 points (asked for Letter, so only the CSS can make it A4).
      expect(Math.abs(Number(box?.[1]) - 595.28)).toBeLessThan(1);
      expect(Math.abs(Number(box?.[2]) - 841.89)).toBeLessThan(1);
      // Printed, the sheet clips what does not fit: the QR code must lie wholly inside it.
      await page.emulateMedia({ media: 'print' });
      const [sheet, qr] = await Promise.all([page.locator('.poster').boundingBox(), page.locator('.poster__qr').boundingBox()]);
      expect(sheet && qr).toBeTruthy();
      expect(qr!.y + qr!.height).toBeLessThanOrEqual(sheet!.y + sheet!.height + 0.5);
    } finally {
      await context.close();
    }
  });

  it('is where the old poster URL leads: the sheet alone, without the rest of the profile page', async () => {
    const context = await open.site.context('desktop');
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(`/mo-hinh/${profile.slug}/ap-phich/`), { waitUntil: 'load' });
      await page.waitForURL(open.site.server.url(posterPath));
      await page.locator('.poster').waitFor({ state: 'visible' });
      for (const selector of ['.site-header', '.breadcrumbs', 'article.profile', '.site-footer']) {
        expect(await page.locator(selector).first().isVisible(), `${selector} shows in the poster view`).toBe(false);
      }
    } finally {
      await context.close();
    }
  });

  it('prints the title, unit, plan, call to scan and permanent URL, and nothing else of the profile (pdftotext)', async () => {
    const context = await open.site.context('desktop');
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(posterPath), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pages = pdfPageTexts(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      expect(pages).toHaveLength(1);
      const text = flat(pages[0] ?? '');
      for (const part of [profile.data.title, profile.data.unit, 'Quét mã để xem hồ sơ đầy đủ']) {
        expect(text, `the printed poster lacks "${part}":\n${pages[0]}`).toContain(flat(part));
      }
      // The address breaks after a hyphen where the line ends; pdftotext joins the lines without it.
      const url = absoluteUrl(`/mo-hinh/${profile.slug}/`);
      expect(text.replace(/-/g, ''), `the printed poster lacks ${url}:\n${pages[0]}`).toContain(flat(url).replace(/-/g, ''));
      expect(text).toContain(flat('Được công nhận theo'));
      // The profile page's own sections are not printed with the poster.
      expect(text).not.toContain(flat('Trích dẫn'));
    } finally {
      await context.close();
    }
  });

  it('has a QR code that decodes to the permanent URL when printed in black and white', async () => {
    const context = await open.site.context('desktop', { deviceScaleFactor: 2 });
    try {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(open.site.server.url(posterPath), { waitUntil: 'load' });
      const shot = await page.locator('.poster__qr').screenshot();
      // Black and white: one grey channel, then every pixel either black or white.
      const { data: grey, info } = await sharp(shot).greyscale().threshold(128).raw().toBuffer({ resolveWithObject: true });
      const rgba = new Uint8ClampedArray(info.width * info.height * 4);
      for (let i = 0; i < info.width * info.height; i++) {
        const v = grey[i * info.channels] ?? 255;
        rgba.set([v, v, v, 255], i * 4);
      }
      const code = jsQR(rgba, info.width, info.height);
      expect(code?.data).toBe(absoluteUrl(`/mo-hinh/${profile.slug}/`));
    } finally {
      await context.close();
    }
  });

  it('shows the title and unit in black, and nothing in colour', async () => {
    const context = await open.site.context('desktop');
    try {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(open.site.server.url(posterPath), { waitUntil: 'load' });
      const title = page.locator('.poster__title');
      expect(await title.isVisible()).toBe(true);
      expect(norm(await title.innerText())).toBe(norm(profile.data.title));
      expect(norm(await page.locator('.poster').innerText())).toContain(norm(profile.data.unit));
      const coloured = await page.locator('.poster').evaluate((poster) =>
        [poster, ...poster.querySelectorAll('*')]
          .filter((el) => (el.textContent ?? '').trim() && getComputedStyle(el).color !== 'rgb(0, 0, 0)')
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${getComputedStyle(el).color}`),
      );
      expect(coloured).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('has no accessibility violations (axe)', async () => {
    const context = await open.site.context('phone', { bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(posterPath), { waitUntil: 'load' });
      const { violations } = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['first', profile],
    ['longest', longest],
  ] as const)('fits a 390 px phone with no sideways scrolling (%s profile)', async (_which, p) => {
    const context = await open.site.context('phone');
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(`/mo-hinh/${p.slug}/#ap-phich`), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const { scrollWidth, innerWidth, outside } = await page.evaluate(() => {
        const width = window.innerWidth;
        const sheet = document.querySelector('.poster')!.getBoundingClientRect();
        // Every piece of the sheet stays inside the sheet, and the sheet inside the screen.
        const outside = [...document.querySelectorAll('.poster *')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.left < sheet.left - 0.5 || r.right > sheet.right + 0.5);
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, outside };
      });
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('draws its buttons and links in the site font, and links back to the profile', async () => {
    const context = await open.site.context('phone');
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(posterPath), { waitUntil: 'load' });
      await page.locator('.poster-actions button').waitFor();
      const families = await page
        .locator('.poster-actions a, .poster-actions button')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el).fontFamily.split(',')[0]?.replace(/["']/g, '').trim()));
      expect(families.length).toBeGreaterThanOrEqual(2);
      for (const family of families) expect(family).toBe('Be Vietnam Pro');
      const back = page.locator('.poster-actions a');
      expect(await back.getAttribute('href')).toBe(`/mo-hinh/${profile.slug}/`);
      await back.click();
      await page.waitForURL(open.site.server.url(`/mo-hinh/${profile.slug}/`));
      expect(norm(await page.locator('h1').innerText())).toBe(norm(await page.title()).split(' — ')[0]);
      // Back on the profile, the poster view is closed again.
      expect(await page.locator('.poster').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});

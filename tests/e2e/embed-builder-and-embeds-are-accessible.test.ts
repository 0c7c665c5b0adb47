/**
 * axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing on the embed builder and on embed pages (a card and
 * a list; light, dark and compact), and the builder works with the keyboard alone: choose a list,
 * find a profile with the site's search and choose it, change an option, copy the snippet; the
 * preview and the snippets follow, and status messages are announced.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.ts';
import { useSite } from '../support/e2e.ts';
import { contentCatalog } from '../support/catalog.ts';
import { BASE_URL } from '../support/site.ts';

const catalog = contentCatalog();
const profile = catalog.profiles[0]!;
const field = [...catalog.fields].sort((a, b) => b.profiles.length - a.profiles.length)[0]!;
const open = useSite();

const EMBEDS = [
  `/nhung${profile.url}`,
  `/nhung${profile.url}?nen=toi`,
  `/nhung${field.url}`,
  `/nhung${field.url}?nen=toi&giao-dien=day-du&so=8`,
  '/nhung/moi-nhat/?giao-dien=gon&nen=sang',
  // Figures: a map, a national chart, a province's charts; light and dark.
  '/nhung/thong-ke/ban-do/',
  '/nhung/thong-ke/ban-do-tinh-cu/?nen=toi',
  '/nhung/thong-ke/bieu-do/linh-vuc/?nen=toi',
  `/nhung/thong-ke/${catalog.provincesWithProfiles[0]!.unit.slug}/`,
];

describe('axe', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await open.site.context('phone', { bypassCSP: true, colorScheme: 'dark' });
  });
  afterAll(async () => context?.close());

  it.each(['/nhung/', ...EMBEDS])('finds nothing on %s', async (path) => {
    const page = await context.newPage();
    try {
      expect((await page.goto(open.site.server.url(path), { waitUntil: 'load' }))?.status()).toBe(200);
      const { violations } = await runAxe(page);
      expect(violations, `${path}:\n${formatViolations(violations)}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('builder by keyboard', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await open.site.context('desktop');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: open.site.server.origin });
    page = await context.newPage();
    await page.goto(open.site.server.url('/nhung/'), { waitUntil: 'load' });
  });
  afterAll(async () => context?.close());

  /** Tab until the focused element matches, at most `max` presses. */
  async function tabTo(selector: string, max = 40): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  }
  const code = (id: string) => page.inputValue(`#${id}`);

  it('chooses a field list from the select', async () => {
    await tabTo('#loai');
    await page.selectOption('#loai', 'field'); // what arrow keys on a focused select do
    // Only the chosen kind's select is shown.
    const shown = await page.locator('[data-for]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-for')));
    expect(shown).toEqual(['field']);
    await tabTo('#chon-field');
    await page.selectOption('#chon-field', `/nhung${field.url}`);
    await expect.poll(() => code('ma-iframe')).toContain(`src="${BASE_URL}/nhung${field.url}`);
    expect(await page.textContent('#da-chon')).toContain(field.data.name);
    expect(await page.locator('#xem-truoc iframe').getAttribute('src')).toContain(`/nhung${field.url}`);
  });

  it('sets the number of items and the theme', async () => {
    await tabTo('#so');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await expect.poll(() => code('ma-iframe')).toContain('so=3');
    await tabTo('input[name="nen"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => code('ma-iframe')).toContain('nen=toi');
    expect(await code('ma-script')).toContain(`<script async src="${BASE_URL}/nhung/nhung.js"></script>`);
  });

  it('finds a profile with the site search and chooses it', async () => {
    await page.focus('#loai');
    await page.selectOption('#loai', 'profile');
    await tabTo('#tim');
    await page.keyboard.type(profile.data.title.split(/\s+/).slice(0, 4).join(' '));
    await page.keyboard.press('Enter');
    const choose = page.locator(`#ket-qua button[aria-label$="${profile.data.title.replace(/"/g, '\\"')}"]`);
    await choose.first().waitFor({ timeout: 15_000 });
    expect(await page.textContent('#tim-trang-thai')).toMatch(/kết quả/);
    await tabTo(`#ket-qua button[aria-label$="${profile.data.title.replace(/"/g, '\\"')}"]`);
    await page.keyboard.press('Enter');
    await expect.poll(() => code('ma-iframe')).toContain(`src="${BASE_URL}/nhung${profile.url}`);
    expect(await page.textContent('#da-chon')).toContain(profile.data.title);
    // A card has no number of items.
    expect(await code('ma-iframe')).not.toContain('so=');
    await page.locator('#xem-truoc iframe').waitFor();
  });

  it('copies the snippet and says so', async () => {
    await tabTo('button[data-copy="ma-iframe"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#sao-chep')).toContain('Đã sao chép');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code('ma-iframe'));
  });
});

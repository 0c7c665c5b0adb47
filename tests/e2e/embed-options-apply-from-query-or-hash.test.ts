/**
 * An embed page's options, given in the query or the hash, work on a static host: number of items,
 * compact/full, light/dark; without them (or without JavaScript) a list shows its first few items
 * and follows the reader's colour scheme.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { contentCatalog } from '../support/catalog.ts';
import { EMBED_DEFAULT_ITEMS } from '../../src/lib/embed/targets.ts';

const catalog = contentCatalog();
const field = [...catalog.fields].sort((a, b) => b.profiles.length - a.profiles.length)[0]!;
const path = `/nhung${field.url}`;
const open = useSite();

const visibleItems = (page: Page) => page.locator('.items > li:visible').count();
const summaryShown = (page: Page) => page.locator('.items > li:visible .full').first().isVisible();
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('embed options', () => {
  let light: BrowserContext;
  let dark: BrowserContext;
  let noScript: BrowserContext;
  beforeAll(async () => {
    light = await open.site.context('phone', { colorScheme: 'light' });
    dark = await open.site.context('phone', { colorScheme: 'dark' });
    noScript = await open.site.context('phone', { javaScriptEnabled: false, colorScheme: 'dark' });
  });
  afterAll(async () => {
    await Promise.all([light, dark, noScript].map((c) => c?.close()));
  });

  async function load(context: BrowserContext, suffix: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(open.site.server.url(path + suffix), { waitUntil: 'load' });
    return page;
  }

  it('shows the first items, compact, in the reader’s colours, with no option and no script', async () => {
    const plain = await load(light, '');
    expect(await visibleItems(plain)).toBe(Math.min(EMBED_DEFAULT_ITEMS, field.profiles.length));
    expect(await summaryShown(plain)).toBe(false);
    expect(await background(plain)).toBe('rgb(255, 255, 255)');
    const bare = await load(noScript, '?so=1');
    expect(await visibleItems(bare)).toBe(Math.min(EMBED_DEFAULT_ITEMS, field.profiles.length));
    expect(await background(bare)).not.toBe('rgb(255, 255, 255)');
  });

  it('takes the number of items from the query or the hash', async () => {
    expect(await visibleItems(await load(light, '?so=2'))).toBe(Math.min(2, field.profiles.length));
    expect(await visibleItems(await load(light, '#so=1'))).toBe(1);
    // Nonsense is ignored.
    expect(await visibleItems(await load(light, '?so=-3'))).toBe(Math.min(EMBED_DEFAULT_ITEMS, field.profiles.length));
  });

  it('switches compact/full and light/dark', async () => {
    expect(await summaryShown(await load(light, '?giao-dien=day-du'))).toBe(true);
    expect(await background(await load(light, '?nen=toi'))).not.toBe('rgb(255, 255, 255)');
    expect(await background(await load(dark, '#nen=sang'))).toBe('rgb(255, 255, 255)');
    expect(await background(await load(dark, ''))).not.toBe('rgb(255, 255, 255)');
  });
});

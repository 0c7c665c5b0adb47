/**
 * The visual rhythm of a profile page at phone and desktop sizes, as a layout assertion (not a
 * pixel diff): the share buttons sit on one line with tops and bottoms equal within 1 px (with and
 * without the Web Share button), and in every horizontal list (a flex row) on the page, the words
 * of neighbouring items on one line share their line within 1 px. A screenshot of the share row
 * is saved and named in a failure message, for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { firstProfile } from '../support/templates.ts';
import type { ViewportName } from '../support/browser.ts';

const profile = firstProfile();
const profilePath = `/mo-hinh/${profile.slug}/`;
const SHOTS = path.join(tmpdir(), 'dhtt-layout-shots');

interface Box {
  text: string;
  top: number;
  bottom: number;
}

/** Items of each horizontal flex list that share a line (their boxes overlap vertically), by list. */
async function rowsOfFlexLists(page: Page): Promise<{ list: string; items: Box[] }[]> {
  return page.evaluate(() => {
    const out: { list: string; items: { text: string; top: number; bottom: number }[] }[] = [];
    for (const list of document.querySelectorAll('main ul, main ol, header ul, footer ul')) {
      const style = getComputedStyle(list);
      if (!style.display.includes('flex') || style.flexDirection.startsWith('column')) continue;
      const items = [...list.children]
        .filter((li) => (li as HTMLElement).checkVisibility())
        .map((li) => {
          // The first line of the item's text: neighbours on one line share it (a link's padding
          // may make its box taller than a plain word's, but their words must line up).
          const walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT, { acceptNode: (n) => ((n.textContent ?? '').trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
          const node = walker.nextNode();
          const range = document.createRange();
          if (node) range.selectNodeContents(node);
          else range.selectNodeContents(li);
          const r = range.getClientRects()[0] ?? li.getBoundingClientRect();
          return { text: (li.textContent ?? '').trim().slice(0, 30), top: r.top, bottom: r.bottom };
        });
      const name = `${list.tagName.toLowerCase()}.${list.className || '(no class)'}`;
      out.push({ list: name, items });
    }
    return out;
  });
}

/** Pairs of neighbours on one line whose tops or bottoms differ by more than 1 px. */
function misaligned(items: Box[]): string[] {
  const bad: string[] = [];
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1]!;
    const b = items[i]!;
    const sameLine = a.top < b.bottom && b.top < a.bottom;
    if (sameLine && (Math.abs(a.top - b.top) > 1 || Math.abs(a.bottom - b.bottom) > 1)) {
      bad.push(`"${a.text}" top ${a.top.toFixed(1)} bottom ${a.bottom.toFixed(1)} vs "${b.text}" top ${b.top.toFixed(1)} bottom ${b.bottom.toFixed(1)}`);
    }
  }
  return bad;
}

describe('a profile page lines up its rows', () => {
  const open = useSite();

  it.each([
    ['phone', false],
    ['phone', true],
    ['desktop', false],
    ['desktop', true],
  ] as [ViewportName, boolean][])('at %s size (Web Share button: %s)', async (viewport, webShare) => {
    const context = await open.site.context(viewport);
    if (webShare) {
      await context.addInitScript(() => {
        Object.defineProperty(navigator, 'share', { value: () => Promise.resolve(), configurable: true });
        Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true });
      });
    }
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(profilePath), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      if (webShare) await page.locator('.share__native').waitFor();
      mkdirSync(SHOTS, { recursive: true });
      const shot = path.join(SHOTS, `share-${viewport}${webShare ? '-webshare' : ''}.png`);
      await page.locator('[data-share]').screenshot({ path: shot });

      const share = await page.locator('[data-share] li').evaluateAll((lis) =>
        lis.map((li) => {
          const r = (li.querySelector('a, button') ?? li).getBoundingClientRect();
          return { text: (li.textContent ?? '').trim(), top: r.top, bottom: r.bottom };
        }),
      );
      expect(share.length).toBeGreaterThanOrEqual(webShare ? 5 : 4);
      expect(misaligned(share), `share buttons out of line (screenshot: ${shot})`).toEqual([]);

      const rows = await rowsOfFlexLists(page);
      const bad = rows.flatMap((r) => misaligned(r.items).map((m) => `${r.list}: ${m}`));
      expect(bad, `items of a horizontal list out of line (screenshot: ${shot})`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

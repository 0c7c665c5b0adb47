/**
 * No layout shift while the web fonts arrive (CLS 0), on every page template, at phone and
 * desktop sizes: the font files are held back (as on a slow phone network) so the page is first
 * drawn in the fallback font, then released; a PerformanceObserver('layout-shift'), registered
 * before the page's own code runs, adds up every shift not caused by input. The fallback is shaped
 * like the web font (src/styles/font-fallbacks.css), so the sum must be 0.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { firstProfile, templatePages } from '../support/templates.ts';
import type { ViewportName } from '../support/browser.ts';

/** How long each font file is held back: well after the first paint. */
const FONT_DELAY_MS = 700;

const pages = [
  ...templatePages().map((t) => ({ name: t.name, path: t.path })),
  { name: 'search', path: '/tim-kiem/' },
  { name: 'poster', path: `/mo-hinh/${firstProfile().slug}/#ap-phich` },
];

async function holdBackFonts(context: BrowserContext): Promise<{ fonts: number }> {
  const seen = { fonts: 0 };
  await context.route(/\.woff2(\?.*)?$/, async (route) => {
    seen.fonts++;
    await new Promise((r) => setTimeout(r, FONT_DELAY_MS));
    await route.fallback();
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        if (e.hadRecentInput) continue;
        w.__cls += e.value;
        const nodes = (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()}.${s.node.className}` : String(s.node?.nodeName)));
        w.__shifts.push(`${e.value.toFixed(4)} ${nodes.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return seen;
}

describe('no layout shift while the fonts arrive', () => {
  const open = useSite();

  for (const viewport of ['phone', 'desktop'] as ViewportName[]) {
    it.each(pages)(`${viewport}: $name ($path)`, async ({ path }) => {
      const context = await open.site.context(viewport);
      try {
        const seen = await holdBackFonts(context);
        const page = await context.newPage();
        await page.goto(open.site.server.url(path), { waitUntil: 'domcontentloaded' });
        // Every face the page uses has arrived and been applied, then a frame to lay out again.
        await page.waitForFunction(() => document.fonts.status === 'loaded' && [...document.fonts].some((f) => f.status === 'loaded'), undefined, { timeout: 20_000 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const { cls, shifts } = await page.evaluate(() => {
          const w = window as unknown as { __cls: number; __shifts: string[] };
          return { cls: w.__cls, shifts: w.__shifts };
        });
        expect(seen.fonts, 'the page loaded no web font, so this test measured nothing').toBeGreaterThan(0);
        expect(cls, `layout shifts:\n${shifts.join('\n')}`).toBe(0);
      } finally {
        await context.close();
      }
    });
  }
});

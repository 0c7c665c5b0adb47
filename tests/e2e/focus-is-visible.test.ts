/**
 * Keyboard focus is visible: every one of the first tab stops on a page (header links, the first
 * links in <main>) shows an outline or a box-shadow while focused.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { templatePages } from '../support/templates.ts';

/** How many tab stops to check on each page. */
const TAB_STOPS = 12;

interface FocusStyle {
  element: string;
  inMain: boolean;
  outline: string;
  boxShadow: string;
  visible: boolean;
}

function readFocusStyle(): FocusStyle | null {
  const el = document.activeElement;
  if (!el || el === document.body || el.tagName === 'MAIN') return null;
  const cs = getComputedStyle(el);
  const outlineVisible = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && cs.outlineColor !== 'transparent' && cs.outlineColor !== 'rgba(0, 0, 0, 0)';
  const shadowVisible = cs.boxShadow !== 'none' && cs.boxShadow !== '';
  return {
    element: el.outerHTML.replace(/\s+/g, ' ').slice(0, 120),
    inMain: !!el.closest('main'),
    outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
    boxShadow: cs.boxShadow,
    visible: outlineVisible || shadowVisible,
  };
}

describe('focus indicator', () => {
  const open = useSite();

  const pages = templatePages().filter((t) => t.name === 'profile' || t.name === 'profile list');

  it.each(pages.map((t) => [t.name, t.path] as const))('is visible on the %s page', async (_name, sitePath) => {
    const context = await open.site.context('desktop');
    try {
      const page = await context.newPage();
      await page.goto(open.site.server.url(sitePath));
      const stops: FocusStyle[] = [];
      const record = async (): Promise<boolean> => {
        const style = await page.evaluate(readFocusStyle);
        if (style) stops.push(style);
        return style !== null;
      };
      // From the top of the page: skip link, header, navigation…
      for (let i = 0; i < TAB_STOPS; i++) {
        await page.keyboard.press('Tab');
        if (!(await record())) break;
      }
      // …and the first links in <main>, reached through the skip link.
      await page.goto(open.site.server.url(sitePath));
      await page.keyboard.press('Tab');
      const onSkipLink = await page.evaluate(() => document.activeElement?.getAttribute('href')?.startsWith('#') === true);
      if (onSkipLink) {
        await page.keyboard.press('Enter');
        for (let i = 0; i < 3; i++) {
          await page.keyboard.press('Tab');
          if (!(await record())) break;
        }
      }
      expect(stops.length, 'no element took keyboard focus').toBeGreaterThan(0);
      const invisible = stops.filter((s) => !s.visible).map((s) => `${s.element} (outline: ${s.outline}; box-shadow: ${s.boxShadow})`);
      expect(invisible, `focused elements with no outline or box-shadow:\n${invisible.join('\n')}`).toEqual([]);
      expect(stops.some((s) => s.inMain), 'no focused element inside <main> (Tab after following the skip link; is there a skip link?)').toBe(true);
    } finally {
      await context.close();
    }
  });
});

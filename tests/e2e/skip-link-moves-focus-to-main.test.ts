/** The first Tab focuses a visible skip link; following it moves focus into <main>. */
import { describe, expect, it } from 'vitest';
import type { ViewportName } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { templatePages } from '../support/templates.ts';

const VIEWPORT_NAMES: ViewportName[] = ['phone', 'desktop'];

describe('skip link', () => {
  const open = useSite();

  const pages = templatePages().filter((t) => t.name === 'home' || t.name === 'profile' || t.name === 'profile list');

  it.each(VIEWPORT_NAMES.flatMap((v) => pages.map((t) => [t.name, v, t.path] as const)))(
    '%s at %s',
    async (_name, viewport, sitePath) => {
      const context = await open.site.context(viewport);
      try {
        const page = await context.newPage();
        await page.goto(open.site.server.url(sitePath));
        await page.keyboard.press('Tab');

        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          if (!(el instanceof HTMLAnchorElement)) return { ok: false as const, what: el ? el.outerHTML.slice(0, 200) : 'nothing' };
          const rect = el.getBoundingClientRect();
          const href = el.getAttribute('href') ?? '';
          const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : '';
          const target = id ? document.getElementById(id) : null;
          const main = document.querySelector('main');
          return {
            ok: true as const,
            what: el.outerHTML.slice(0, 200),
            href,
            visible: rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth,
            targetsMain: !!target && !!main && (target === main || main.contains(target) || target.contains(main)),
          };
        });
        expect(focused.ok, `first Tab focused ${focused.what}, expected the skip link`).toBe(true);
        if (!focused.ok) return;
        expect(focused.href, `first Tab focused ${focused.what}, expected a skip link to "#<id of main>"`).toMatch(/^#./);
        expect(focused.targetsMain, `skip link ${focused.href} should lead to <main>`).toBe(true);
        expect(focused.visible, `skip link ${focused.what} is not visible when focused`).toBe(true);

        await page.keyboard.press('Enter');
        const inMain = await page.evaluate(() => {
          const main = document.querySelector('main');
          const el = document.activeElement;
          return { ok: !!main && !!el && main.contains(el), what: el ? el.outerHTML.slice(0, 120) : 'nothing' };
        });
        expect(inMain.ok, `after following the skip link, focus is on ${inMain.what}, not in <main>`).toBe(true);
      } finally {
        await context.close();
      }
    },
  );
});

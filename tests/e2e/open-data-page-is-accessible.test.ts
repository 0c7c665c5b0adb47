/** axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing on the open data page, at a phone and a desktop viewport. */
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.ts';
import { useSite } from '../support/e2e.ts';

const open = useSite();

describe('the open data page', () => {
  it.each(['phone', 'desktop'] as const)('has no axe violations at the %s viewport', async (viewport) => {
    const context = await open.site.context(viewport, { bypassCSP: true });
    try {
      const page = await context.newPage();
      expect((await page.goto(open.site.server.url('/du-lieu/'), { waitUntil: 'load' }))?.status()).toBe(200);
      const { violations } = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

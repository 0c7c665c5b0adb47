/**
 * axe-core finds no WCAG 2.0/2.1/2.2 A and AA violations on one page of each template,
 * at a phone viewport and at a desktop one.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe.ts';
import type { ViewportName } from '../support/browser.ts';
import { useSite } from '../support/e2e.ts';
import { templatePages } from '../support/templates.ts';

const VIEWPORT_NAMES: ViewportName[] = ['phone', 'desktop'];

const open = useSite();

describe.each(VIEWPORT_NAMES)('axe at the %s viewport', (viewport) => {
  let context: BrowserContext;

  beforeAll(async () => {
    // bypassCSP: a strict Content-Security-Policy on the page must not stop axe from being injected.
    context = await open.site.context(viewport, { bypassCSP: true });
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each(templatePages().map((t) => [t.name, t] as const))('%s', async (_name, template) => {
    const page = await context.newPage();
    try {
      const response = await page.goto(open.site.server.url(template.path), { waitUntil: 'load' });
      expect(response?.status(), `status of ${template.path}`).toBe(template.status);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const { violations } = await runAxe(page);
      expect(violations, `${template.path} at ${viewport}:\n${formatViolations(violations)}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

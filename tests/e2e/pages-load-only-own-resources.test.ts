/**
 * Loading a page of each template fetches nothing from another origin, and every resource it
 * fetches from this site loads (no 404 stylesheet, font or image).
 */
import type { Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from '../support/e2e.ts';
import { templatePages } from '../support/templates.ts';

describe('page resources', () => {
  const open = useSite();

  it.each(templatePages().map((t) => [t.name, t] as const))('%s', async (_name, template) => {
    const context = await open.site.context('desktop');
    const failed: string[] = [];
    const onResponse = (response: Response): void => {
      if (response.request().isNavigationRequest()) return;
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    };
    try {
      const page = await context.newPage();
      page.on('response', onResponse);
      page.on('requestfailed', (request) => {
        if (new URL(request.url()).origin === open.site.server.origin) failed.push(`failed ${request.url()}`);
      });
      const before = open.site.foreignRequests.length;
      await page.goto(open.site.server.url(template.path), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const foreign = open.site.foreignRequests.slice(before);
      expect(foreign, `requests to other origins:\n${foreign.join('\n')}`).toEqual([]);
      expect(failed, `resources that did not load on ${template.path}:\n${failed.join('\n')}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

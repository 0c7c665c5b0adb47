/**
 * Served by real nginx with the site's Content-Security-Policy, no page template triggers a CSP
 * violation or a console error in Chromium: its inline scripts and styles are hashed, its own
 * scripts run (the profile's copy and share buttons, the poster's print button), and a search runs
 * to the end, Pagefind's WebAssembly included.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, VIEWPORTS } from '../support/browser.ts';
import { startNginx, type LocalNginx } from '../support/nginx.ts';
import { openSearch } from '../support/search.ts';
import { firstProfile, templatePages } from '../support/templates.ts';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

describe('the CSP in Chromium', () => {
  let nginx: LocalNginx;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  beforeAll(async () => {
    nginx = await startNginx();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: VIEWPORTS.desktop });
    await context.route((url) => url.origin !== nginx.origin, (route) => route.abort('blockedbyclient'));
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (e) => window.__cspViolations?.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
        true,
      );
    });
  });
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
  });

  /** Open a page (and do `act` on it); return the violations and console errors seen. */
  async function problemsOn(path: string, status: number, act: (page: Page) => Promise<void> = async () => {}): Promise<string[]> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      // The 404 page's own status is logged as an error by Chromium; that one is expected.
      if (m.type() === 'error' && !(status === 404 && /status of 404/.test(m.text()))) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    try {
      const res = await page.goto(nginx.url(path), { waitUntil: 'load' });
      expect(res?.status(), path).toBe(status);
      expect(res?.headers()['content-security-policy'], path).toBeTruthy();
      await act(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      problems.push(...(await page.evaluate(() => window.__cspViolations ?? [])).map((v) => `violation: ${v}`));
    } finally {
      await page.close();
    }
    return problems;
  }

  const pages = [...templatePages(), { name: 'poster', path: `/mo-hinh/${firstProfile().slug}/#ap-phich`, status: 200 }];
  it.each(pages.map((t) => [t.name, t] as const))('%s', async (_name, template) => {
    expect(await problemsOn(template.path, template.status)).toEqual([]);
  });

  it('search, with Pagefind and its WebAssembly', async () => {
    const word = firstProfile().data.title.split(/\s+/)[0] ?? 'mô';
    const url = `/tim-kiem/?q=${encodeURIComponent(word)}`;
    const fetched: string[] = [];
    const problems = await problemsOn(url, 200, async (page) => {
      page.on('response', (r) => fetched.push(new URL(r.url()).pathname));
      await openSearch(page, nginx.origin, url);
      expect(await page.locator('[data-search-results] .result-title a').count()).toBeGreaterThan(0);
    });
    expect(problems).toEqual([]);
    expect(fetched.some((p) => /^\/pagefind\/wasm\..+\.pagefind$/.test(p)), `Pagefind's wasm among ${fetched.join(', ')}`).toBe(true);
  });
});

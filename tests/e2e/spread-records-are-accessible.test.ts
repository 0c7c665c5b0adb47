/**
 * The pages that show where a model spread (its list, small map and stages on the profile page;
 * the counts on field, province and statistics pages) pass axe at phone and desktop sizes. The
 * shipped content records no spread, so a copy of the project gets synthetic records
 * (tests/support/spread-fixture.ts) and is built once for this file.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveLocality } from '../../src/lib/locality.ts';
import { formatViolations, runAxe } from '../support/axe.ts';
import { launchChromium, VIEWPORTS } from '../support/browser.ts';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { startStaticServer, type StaticServer } from '../support/server.ts';
import { addSpreadRecords, spreadFixture } from '../support/spread-fixture.ts';
import { firstProfile } from '../support/templates.ts';

const profile = firstProfile();
const located = resolveLocality(profile.data.locality);
if (!located.ok) throw new Error(`${profile.file}: locality does not resolve`);
const fixture = spreadFixture(located.value.province.code, profile.data.recognitions[0]?.year ?? 2000);
const PAGES = [`/mo-hinh/${profile.slug}/`, `/linh-vuc/${profile.data.fields[0]}/`, `/dia-phuong/${located.value.province.slug}/`, '/thong-ke/'];

describe('spread records in Chromium', () => {
  let site: FixtureSite;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    site = await buildFixtureSite('spread-axe', (root) => addSpreadRecords(root, profile.slug, fixture));
    server = await startStaticServer(site.dist);
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.remove();
  });

  it.each(PAGES.flatMap((p) => (['phone', 'desktop'] as const).map((v) => [p, v] as const)))('axe finds nothing on %s (%s)', async (sitePath, viewport) => {
    const context = await browser.newContext({ viewport: VIEWPORTS[viewport] });
    try {
      await context.route((url) => url.origin !== server.origin, (route) => route.abort('blockedbyclient'));
      const page = await context.newPage();
      expect((await page.goto(server.url(sitePath), { waitUntil: 'load' }))?.status()).toBe(200);
      if (sitePath.startsWith('/mo-hinh/')) expect(await page.locator('section[aria-labelledby="nhan-rong"]').count()).toBe(1);
      const { violations } = await runAxe(page);
      expect(violations, `${sitePath}:\n${formatViolations(violations)}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

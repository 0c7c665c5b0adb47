/**
 * The pages that show where a model spread (its list, small map and stages on the profile page;
 * the counts on field, province and statistics pages) pass axe at phone and desktop sizes. The
 * shipped content records no spread, so a copy of the project gets synthetic records
 * (tests/support/spread-fixture.ts) and is built once for this file.
 */
import { describe, expect, it } from 'vitest';
import { resolveLocality } from '../../src/lib/locality.ts';
import { formatViolations, runAxe } from '../support/axe.ts';
import { VIEWPORTS } from '../support/browser.ts';
import { useFixtureSite } from '../support/e2e.ts';
import { addSpreadRecords, spreadFixture } from '../support/spread-fixture.ts';
import { firstProfile } from '../support/templates.ts';

const profile = firstProfile();
const located = resolveLocality(profile.data.locality);
if (!located.ok) throw new Error(`${profile.file}: locality does not resolve`);
const fixture = spreadFixture(located.value.province.code, profile.data.recognitions[0]?.year ?? 2000);
const PAGES = [`/mo-hinh/${profile.slug}/`, `/linh-vuc/${profile.data.fields[0]}/`, `/dia-phuong/${located.value.province.slug}/`, '/thong-ke/'];

describe('spread records in Chromium', () => {
  const open = useFixtureSite('spread-axe', (root) => addSpreadRecords(root, profile.slug, fixture));

  it.each(PAGES.flatMap((p) => (['phone', 'desktop'] as const).map((v) => [p, v] as const)))('axe finds nothing on %s (%s)', async (sitePath, viewport) => {
    const { browser, server } = open;
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

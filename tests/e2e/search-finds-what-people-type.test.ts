/**
 * The search page, in Chromium over the built site, finds exemplars the way people in Vietnam
 * type: with or without diacritics, with đ typed as d, decomposed (NFD) input, former and current
 * place names, several words, with filters. Each query must return its profile in the top three.
 * The profiles are checked against content/ first, so a row cannot silently test nothing.
 */
import { describe, expect, it } from 'vitest';
import { useSitePage } from '../support/e2e.ts';
import { contentCatalog } from '../support/catalog.ts';
import { openSearch, resultPaths } from '../support/search.ts';
import { QUERY_TABLE as ROWS, searchUrl } from '../support/search-queries.ts';
import { foldForSearch } from '../../src/lib/text.ts';
import { profileRecord } from '../../src/lib/search/profile-record.ts';

describe('the query table', () => {
  it('has at least 20 rows, each naming a published profile that holds the query words', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(20);
    const catalog = contentCatalog();
    const problems = ROWS.flatMap((row) => {
      const profile = catalog.profileById.get(row.expect);
      if (!profile) return [`${row.what}: no published profile ${row.expect}`];
      const r = profileRecord(profile);
      const text = foldForSearch([r.title, r.unit, r.summary, r.locality, r.formerLocality, ...r.places, ...r.fields, ...r.text].join(' '));
      const words = String(row.query.q ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map(foldForSearch);
      const missing = words.filter((w) => !text.includes(w));
      return missing.length ? [`${row.what}: ${row.expect} does not contain ${missing.join(', ')}`] : [];
    });
    expect(problems).toEqual([]);
  });
});

describe('search in Chromium', () => {
  const open = useSitePage('desktop');

  it.each(ROWS.map((r) => [r.what, r] as const))('%s', async (_what, row) => {
    const url = searchUrl(row.query);
    await openSearch(open.page, open.site.server.origin, url);
    const paths = await resultPaths(open.page);
    expect(paths.slice(0, 3), `${decodeURIComponent(url)} → ${paths.join(', ') || 'no results'}`).toContain(`/mo-hinh/${row.expect}/`);
  });

  it('marks the matched words in the accented title, whatever the typing', async () => {
    await openSearch(open.page, open.site.server.origin, searchUrl({ q: 'duong pho' }));
    const marks = await open.page.$$eval('[data-search-results] .result-title mark', (ms) => ms.map((m) => m.textContent));
    expect(marks).toContain('đường');
    expect(marks).toContain('phố');
  });

  it('says which word matched nothing instead of dropping it silently', async () => {
    await openSearch(open.page, open.site.server.origin, searchUrl({ q: 'rau zzyzx' }));
    expect(await open.page.textContent('[data-search-unmatched]')).toContain('zzyzx');
    expect((await resultPaths(open.page)).length).toBeGreaterThan(0);
  });

  it('shows an empty state with suggestions when nothing matches', async () => {
    await openSearch(open.page, open.site.server.origin, searchUrl({ q: 'zzyzx qqxq' }));
    expect(await resultPaths(open.page)).toEqual([]);
    expect(await open.page.isVisible('[data-search-empty]')).toBe(true);
    expect(await open.page.textContent('[data-search-status]')).toContain('Không có kết quả');
    const links = await open.page.$$eval('[data-search-empty] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(3);
  });

  it("finds by today's province name all its exemplars, and by each former province name all that were in it", async () => {
    const catalog = contentCatalog();
    for (const province of catalog.provincesWithProfiles) {
      const expected = province.profiles.map((p) => p.url).sort();
      await openSearch(open.page, open.site.server.origin, searchUrl({ q: province.unit.name }));
      // Load every page of results.
      while (await open.page.isVisible('[data-search-more]')) {
        const before = (await resultPaths(open.page)).length;
        await open.page.click('[data-search-more]');
        await open.page.waitForFunction((n) => document.querySelectorAll('[data-search-results] .result').length > n, before);
      }
      const shown = new Set(await resultPaths(open.page));
      expect([...shown].filter((p) => expected.includes(p)).sort(), `today's name ${province.unit.name}`).toEqual(expected);
      for (const former of province.formerProvinces) {
        const formerProfiles = province.profiles.filter((p) => p.locality.former.province.code === former.code).map((p) => p.url);
        if (formerProfiles.length === 0) continue;
        await openSearch(open.page, open.site.server.origin, searchUrl({ q: former.name, 'tinh-cu': foldForSearch(former.name).replace(/\s+/g, '-') }));
        const status = await open.page.textContent('[data-search-status]');
        expect(status, `former name ${former.name}`).toContain(`${formerProfiles.length} kết quả`);
      }
    }
  });
});

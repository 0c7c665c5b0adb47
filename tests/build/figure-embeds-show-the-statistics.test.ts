/**
 * Figure embeds (/nhung/thong-ke/…): the two maps, each chart of /thong-ke/ and each province's
 * own charts, as embed pages — canonical to the full page, noindex, every link absolute and opening
 * the site in a new tab — with the numbers counted straight from content/, and an oEmbed document
 * each.
 */
import { describe, expect, it } from 'vitest';
import { CHART_IDS } from '../../src/lib/stats/counts.ts';
import { contentCatalog } from '../support/catalog.ts';
import { pageAt, requireDist } from '../support/dist.ts';
import { meta } from '../support/page-kinds.ts';
import { absoluteUrl, BASE_URL } from '../support/site.ts';
import { countInLabel, expectedChartCounts, expectedProvinceCounts, readCount } from '../support/stats.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST } from '../support/paths.ts';

requireDist();
const catalog = contentCatalog();
const local = (href: string) => href.slice(BASE_URL.length);

const figures = new Map<string, string>([
  ['/nhung/thong-ke/ban-do/', '/thong-ke/'],
  ['/nhung/thong-ke/ban-do-tinh-cu/', '/thong-ke/tinh-cu/'],
  ...CHART_IDS.map((id) => [`/nhung/thong-ke/bieu-do/${id}/`, '/thong-ke/'] as [string, string]),
  ...catalog.provincesWithProfiles.map((p) => [`/nhung/thong-ke/${p.unit.slug}/`, p.url ?? ''] as [string, string]),
]);

describe('figure embeds', () => {
  it.each([...figures])('%s is an embed of %s, opening the site in a new tab', (embedPath, fullPath) => {
    const page = pageAt(embedPath);
    expect(page, `${embedPath} is not built`).toBeDefined();
    const { doc } = page!;
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(absoluteUrl(fullPath));
    expect(meta(page!, 'robots')).toBe('noindex');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    const links = doc.querySelectorAll('a[href]');
    expect(links.length).toBeGreaterThan(2);
    for (const a of links) {
      expect(a.getAttribute('href')!.startsWith(`${BASE_URL}/`), a.toString()).toBe(true);
      expect(a.getAttribute('target'), a.toString()).toBe('_blank');
      expect(a.getAttribute('rel')?.split(/\s+/)).toContain('noopener');
    }
    expect(doc.querySelectorAll('link[rel="stylesheet"], script[src]')).toHaveLength(0);
  });

  it.each([
    ['/thong-ke/', 'thong-ke/ban-do'],
    ['/thong-ke/tinh-cu/', 'thong-ke/ban-do-tinh-cu'],
  ])('%s advertises the oEmbed document of its map', (pagePath, doc) => {
    expect(existsSync(path.join(DIST, 'oembed', `${doc}.json`))).toBe(true);
    const link = pageAt(pagePath)!.doc.querySelector('link[type="application/json+oembed"]')?.getAttribute('href');
    expect(link).toBe(absoluteUrl(`/oembed/${doc}.json`));
  });

  it.each(CHART_IDS)('national chart "%s" counts what the content holds', (id) => {
    const page = pageAt(`/nhung/thong-ke/bieu-do/${id}/`)!;
    const bars = new Map(page.doc.querySelectorAll('svg a').map((a) => [local(a.getAttribute('href') ?? ''), countInLabel(a.getAttribute('aria-label') ?? '')]));
    expect([...bars].sort()).toEqual([...(expectedChartCounts()[id] ?? new Map())].sort());
  });

  it.each(catalog.provincesWithProfiles.map((p) => p.unit.slug))('the charts of %s count that province’s exemplars', (slug) => {
    const page = pageAt(`/nhung/thong-ke/${slug}/`)!;
    const expected = expectedChartCounts(slug);
    for (const id of CHART_IDS) {
      const figure = page.doc.querySelector(`section[aria-labelledby="h-${id}"]`);
      const want = [...(expected[id] ?? new Map()).values()].sort((a, b) => a - b);
      const rows = figure ? figure.querySelectorAll('tbody td.num').map((td) => readCount(td.text)).sort((a, b) => a - b) : [];
      expect(rows, `chart ${id} of ${slug}`).toEqual(want);
    }
  });

  it.each([34, 63] as const)('the %s-province map names every province with its count', (level) => {
    const page = pageAt(level === 34 ? '/nhung/thong-ke/ban-do/' : '/nhung/thong-ke/ban-do-tinh-cu/')!;
    const regions = page.doc.querySelectorAll('svg a.province-map__region');
    expect(regions).toHaveLength(level);
    const counts = expectedProvinceCounts(level);
    for (const r of regions) expect(countInLabel(r.getAttribute('aria-label') ?? '')).toBe(counts.get(r.getAttribute('data-code') ?? '') ?? 0);
  });
});

/**
 * The maps of /thong-ke/ (today's 34 provinces) and /thong-ke/tinh-cu/ (the 63 before 1 July 2025)
 * have one region per province, each a link with an accessible name that names the province and its
 * count (as counted here from content/), each link resolving to a built page (and its fragment);
 * Hoàng Sa and Trường Sa are labelled; the geometry's attribution is shown.
 */
import { describe, expect, it } from 'vitest';
import { currentProvinces, formerProvincesOf, oldProvince } from '../../src/lib/locality.ts';
import { pageAt, requireDist, resolveSitePath, loadPage } from '../support/dist.ts';
import { countInLabel, expectedProvinceCounts } from '../support/stats.ts';

const MAPS = [
  { level: 34 as const, path: '/thong-ke/', names: new Map(currentProvinces().map((p) => [p.code, p.name])) },
  {
    level: 63 as const,
    path: '/thong-ke/tinh-cu/',
    names: new Map(
      currentProvinces()
        .flatMap((p) => formerProvincesOf(p.code))
        .map((u) => [u.code, oldProvince(u.code)?.name ?? u.name]),
    ),
  },
];

describe.each(MAPS)('the map of $level provinces at $path', ({ level, path, names }) => {
  requireDist();
  const page = pageAt(path);
  const regions = page?.doc.querySelectorAll('svg.province-map__svg a.province-map__region') ?? [];
  const counts = expectedProvinceCounts(level);

  it(`has ${level} regions, one per province code`, () => {
    expect(page, `${path} is not built`).toBeDefined();
    const codes = regions.map((a) => a.getAttribute('data-code') ?? '').sort();
    expect(codes).toEqual([...names.keys()].sort());
  });

  it('names each region with its province and its count of exemplars', () => {
    for (const a of regions) {
      const code = a.getAttribute('data-code') ?? '';
      const label = a.getAttribute('aria-label') ?? '';
      expect(label, `region ${code}`).toContain(names.get(code) ?? '?');
      expect(countInLabel(label), `count in "${label}"`).toBe(counts.get(code) ?? 0);
    }
  });

  it('links each region to a built page', () => {
    for (const a of regions) {
      const href = a.getAttribute('href') ?? '';
      const [sitePath = '', fragment] = href.split('#');
      const resolved = resolveSitePath(sitePath);
      expect(resolved.ok, `${href}: ${resolved.ok ? '' : resolved.reason}`).toBe(true);
      if (resolved.ok && fragment) expect(loadPage(resolved.file).doc.getElementById(fragment), `${href}: no #${fragment}`).not.toBeNull();
    }
  });

  it('labels Hoàng Sa and Trường Sa and shows the attribution', () => {
    const svg = page?.doc.querySelector('svg.province-map__svg');
    expect(svg?.text).toContain('Quần đảo Hoàng Sa');
    expect(svg?.text).toContain('Quần đảo Trường Sa');
    expect(page?.doc.querySelector('.province-map__attribution')?.text).toMatch(/Thang Le Quoc.*dvhcvn/s);
  });
});

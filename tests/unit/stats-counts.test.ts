import { describe, expect, it } from 'vitest';
import { CHART_IDS, statsCharts } from '../../src/lib/stats/counts.ts';
import { currentMapEntries, formerMapEntries, NO_PAGE_HREF } from '../../src/lib/stats/map-data.ts';
import { yearEndReports } from '../../src/lib/stats/year-end.ts';
import { parseState } from '../../src/lib/search/state.ts';
import { SEARCH_PATH } from '../../src/lib/search/state.ts';
import { contentCatalog } from '../support/catalog.ts';

const catalog = contentCatalog();
const charts = statsCharts(catalog);

describe('statistics charts', () => {
  it('come in the agreed order, one per id', () => {
    expect(charts.map((c) => c.id)).toEqual([...CHART_IDS]);
  });

  it('link each search bar to the search with exactly that one filter', () => {
    for (const chart of charts) {
      for (const bar of chart.bars) {
        if (!bar.href.startsWith(SEARCH_PATH)) continue;
        const state = parseState(new URL(bar.href, 'https://x.invalid').search);
        expect(state.filters, bar.href).toEqual({ [chart.id]: [bar.key] });
      }
    }
  });

  it('count each exemplar once in the charts where it has exactly one value', () => {
    for (const id of ['tinh', 'tinh-cu', 'doi-tuong', 'loai'] as const) {
      const chart = charts.find((c) => c.id === id);
      expect(chart?.bars.reduce((sum, b) => sum + b.count, 0), id).toBe(catalog.profiles.length);
    }
  });

  it('order bars by count, most first, years by year', () => {
    for (const chart of charts.filter((c) => ['linh-vuc', 'tinh', 'tinh-cu'].includes(c.id))) {
      const counts = chart.bars.map((b) => b.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    const years = charts.find((c) => c.id === 'nam')?.bars.map((b) => Number(b.key)) ?? [];
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });
});

describe('a province’s own charts', () => {
  const province = catalog.provincesWithProfiles[0]!;
  const own = statsCharts(catalog, province);

  it('count only the province’s exemplars', () => {
    for (const id of ['tinh', 'tinh-cu', 'doi-tuong', 'loai'] as const) {
      const chart = own.find((c) => c.id === id);
      expect(chart?.bars.reduce((sum, b) => sum + b.count, 0), id).toBe(province.profiles.length);
    }
  });

  it('link every bar to the search filtered by the province and the bar’s value', () => {
    for (const chart of own) {
      for (const bar of chart.bars) {
        expect(bar.href.startsWith(SEARCH_PATH), bar.href).toBe(true);
        const state = parseState(new URL(bar.href, 'https://x.invalid').search);
        expect(state.filters, bar.href).toEqual({ ...{ tinh: [province.unit.slug] }, [chart.id]: [bar.key] });
      }
    }
  });
});

describe('map entries', () => {
  it('give every province a link: its page when it has exemplars, the locality tree otherwise', () => {
    for (const e of currentMapEntries(catalog)) {
      expect(e.href === NO_PAGE_HREF).toBe(e.count === 0);
      expect(e.label.startsWith(`${e.name}: `)).toBe(true);
    }
  });

  it('count the former provinces so that they add up to today’s', () => {
    const former = formerMapEntries(catalog);
    expect(former.reduce((s, e) => s + e.count, 0)).toBe(catalog.profiles.length);
    expect(currentMapEntries(catalog).reduce((s, e) => s + e.count, 0)).toBe(catalog.profiles.length);
  });
});

describe('year-end summaries', () => {
  const reports = yearEndReports(catalog);

  it('list only the province’s exemplars recognised that year, and all of them', () => {
    for (const r of reports) {
      const expected = r.province.profiles.filter((p) => p.years.includes(r.year));
      expect(new Set(r.profiles)).toEqual(new Set(expected));
      for (const g of r.byField) for (const row of g.rows) expect(row.recognitions.every((x) => x.recognition.year === r.year)).toBe(true);
    }
  });

  it('exist for every year of every province with exemplars, and only those', () => {
    const expected = catalog.provincesWithProfiles.flatMap((p) => [...new Set(p.profiles.flatMap((x) => x.years))].map((y) => `${p.unit.slug}/${y}`));
    expect(reports.map((r) => `${r.province.unit.slug}/${r.year}`).sort()).toEqual(expected.sort());
  });
});

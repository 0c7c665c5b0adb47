/**
 * Every chart of /thong-ke/ — its bars (their accessible names) and its table — gives, for each
 * link, the number of published exemplars counted here straight from content/, and links to a page
 * that is built (or to the search with that filter).
 */
import { describe, expect, it } from 'vitest';
import { pageAt, requireDist, resolveSitePath } from '../support/dist.ts';
import { chartSection, expectedChartCounts } from '../support/stats.ts';

describe('/thong-ke/ charts count what the content holds', () => {
  requireDist();
  const page = pageAt('/thong-ke/');
  const expected = expectedChartCounts();

  it('is built', () => {
    expect(page).toBeDefined();
  });

  it.each(Object.keys(expected))('chart "%s": bars and table equal the content’s counts', (id) => {
    if (!page) return;
    const want = [...(expected[id] ?? new Map<string, number>()).entries()].sort();
    const { bars, rows } = chartSection(page, id);
    expect([...bars.entries()].sort(), `bars of chart ${id}`).toEqual(want);
    expect([...rows.entries()].sort(), `table of chart ${id}`).toEqual(want);
    for (const href of bars.keys()) {
      const sitePath = href.split(/[?#]/)[0] ?? '';
      expect(resolveSitePath(sitePath).ok, `${href} is not a built page`).toBe(true);
    }
  });
});

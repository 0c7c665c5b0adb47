/**
 * One search as the page runs it, against a small in-memory stand-in for Pagefind's browser API:
 * facet counts that leave out the facet's own choice, exact words ahead of prefix matches, and
 * the result view read from Pagefind's metadata.
 */
import { describe, expect, it } from 'vitest';
import { facetCounts, resultView, searchResults, type FilterCounts, type PagefindApi, type PagefindResponse } from '../../src/lib/search/engine.ts';
import { foldForSearch } from '../../src/lib/text.ts';
import { emptyState, type SearchState } from '../../src/lib/search/state.ts';

interface Doc {
  id: string;
  words: string;
  filters: Record<string, string[]>;
}

const DOCS: Doc[] = [
  { id: 'kinh-doanh', words: 'kinh doanh kinh doanh kinh doanh kinh doanh', filters: { 'linh-vuc': ['kinh-te'], nam: ['2017'] } },
  { id: 'doan-thanh-nien', words: 'doan thanh nien', filters: { 'linh-vuc': ['xa-hoi'], nam: ['2023'] } },
  { id: 'rau', words: 'rau huu co', filters: { 'linh-vuc': ['kinh-te', 'nong-thon'], nam: ['2023'] } },
  { id: 'lua', words: 'lua chat luong cao', filters: { 'linh-vuc': ['nong-thon'], nam: ['2017'] } },
];

/** Counts of every known value among `docs` (zero where none), for the filters in `keys`. */
function countsOf(docs: readonly Doc[], keys?: ReadonlySet<string>): FilterCounts {
  const out: FilterCounts = {};
  for (const d of DOCS) for (const [k, vs] of Object.entries(d.filters)) for (const v of vs) if (!keys || keys.has(k)) (out[k] ??= {})[v] = 0;
  for (const d of docs) for (const [k, vs] of Object.entries(d.filters)) for (const v of vs) if (!keys || keys.has(k)) (out[k] as Record<string, number>)[v]! += 1;
  return out;
}

/**
 * Pagefind's behaviour in miniature: every word a prefix match, quotes for whole words, results by
 * the number of matching words (so a page repeating "doanh" outranks one saying "doan" once),
 * filters as { key: { any: [...] } }, combined, and counts only for the filters whose data is
 * loaded: all after filters(), else those a search has used.
 */
function fakePagefind(log: string[] = []): PagefindApi {
  const loaded = new Set<string>();
  return {
    async options() {},
    async filters() {
      log.push('filters()');
      for (const d of DOCS) for (const k of Object.keys(d.filters)) loaded.add(k);
      return countsOf(DOCS);
    },
    async search(term, options = {}) {
      log.push(`search(${JSON.stringify(term)}, ${JSON.stringify(options.filters ?? {})})`);
      for (const k of Object.keys(options.filters ?? {})) loaded.add(k);
      const byFilter = DOCS.filter((d) =>
        Object.entries(options.filters ?? {}).every(([k, f]) => f.any.some((v) => d.filters[k]?.includes(v))),
      );
      let matched = byFilter;
      const score = new Map<string, number>();
      if (term !== null) {
        const exact = /^"(.*)"$/.exec(term);
        const terms = (exact ? exact[1]! : term).split(' ').map(foldForSearch);
        matched = byFilter.filter((d) => {
          const words = d.words.split(' ');
          const hits = terms.map((t) => words.filter((w) => (exact ? w === t : w.startsWith(t))).length);
          score.set(d.id, hits.reduce((a, b) => a + b, 0));
          return hits.every((h) => h > 0);
        });
        matched.sort((a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
      }
      const response: PagefindResponse = {
        results: matched.map((d) => ({
          id: d.id,
          score: score.get(d.id) ?? 1,
          data: async () => ({ url: `/mo-hinh/${d.id}/`, content: d.words, meta: { title: d.id }, filters: d.filters }),
        })),
        unfilteredResultCount: matched.length,
        filters: countsOf(matched, loaded),
        totalFilters: countsOf(DOCS, loaded),
      };
      return response;
    },
  };
}

const state = (over: Partial<SearchState>): SearchState => ({ ...emptyState(), ...over });
const ids = async (s: SearchState, api = fakePagefind()) => (await searchResults(api, s))?.map((r) => r.id);

describe('searchResults', () => {
  it('puts pages holding the typed word whole ahead of pages with longer words', async () => {
    expect(await ids(state({ q: 'doan' }))).toEqual(['doan-thanh-nien', 'kinh-doanh']);
  });

  it('keeps Pagefind’s order for a chosen sort', async () => {
    expect(await ids(state({ q: 'doan', sort: 'moi-nhat' }))).toEqual(['kinh-doanh', 'doan-thanh-nien']);
  });

  it('filters: values of a facet are alternatives, facets combine', async () => {
    expect(await ids(state({ filters: { 'linh-vuc': ['xa-hoi', 'nong-thon'] } }))).toEqual(['doan-thanh-nien', 'rau', 'lua']);
    expect(await ids(state({ filters: { 'linh-vuc': ['nong-thon'], nam: ['2023'] } }))).toEqual(['rau']);
  });

  it('asks Pagefind nothing when nothing is asked, and loads no filter data on the way to results', async () => {
    const log: string[] = [];
    expect(await ids(emptyState(), fakePagefind(log))).toEqual([]);
    await ids(state({ q: 'rau' }), fakePagefind(log));
    expect(log.some((l) => l === 'filters()')).toBe(false);
  });
});

describe('facetCounts', () => {
  it('counts a facet as if none of its values were chosen, and the others under all choices', async () => {
    const counts = await facetCounts(fakePagefind(), state({ filters: { 'linh-vuc': ['nong-thon'], nam: ['2023'] } }));
    // linh-vuc counted under nam=2023 only; nam counted under linh-vuc=nong-thon only.
    expect(counts['linh-vuc']).toEqual({ 'kinh-te': 1, 'xa-hoi': 1, 'nong-thon': 1 });
    expect(counts.nam).toEqual({ '2017': 1, '2023': 1 });
  });

  it('counts a facet over the whole site when it is the only choice and there are no words', async () => {
    const counts = await facetCounts(fakePagefind(), state({ filters: { nam: ['2017'] } }));
    expect(counts.nam).toEqual({ '2017': 2, '2023': 2 });
    expect(counts['linh-vuc']).toEqual({ 'kinh-te': 1, 'xa-hoi': 0, 'nong-thon': 1 });
  });

  it('counts every facet over the whole site when nothing is asked', async () => {
    const log: string[] = [];
    const counts = await facetCounts(fakePagefind(log), emptyState());
    expect(counts.nam).toEqual({ '2017': 2, '2023': 2 });
    expect(log).toEqual(['filters()']);
  });

  it('counts every facet over a query’s results, loading the filter data Pagefind needs for that', async () => {
    const counts = await facetCounts(fakePagefind(), state({ q: 'rau' }));
    expect(counts['linh-vuc']).toEqual({ 'kinh-te': 1, 'xa-hoi': 0, 'nong-thon': 1 });
    expect(counts.nam).toEqual({ '2017': 0, '2023': 1 });
  });
});

describe('resultView', () => {
  it('reads what a result shows from Pagefind’s metadata', () => {
    const view = resultView({
      url: '/mo-hinh/a/',
      content: 'Nội dung',
      meta: { title: 'Tiêu đề', unit: 'Đơn vị', kind: 'mo-hinh', years: '2017, 2023', image: '/_astro/a.webp', image_alt: 'Ảnh' },
      filters: {},
    });
    expect(view).toMatchObject({ url: '/mo-hinh/a/', title: 'Tiêu đề', unit: 'Đơn vị', kind: 'mo-hinh', years: '2017, 2023', summary: '' });
    expect(view.image).toEqual({ src: '/_astro/a.webp', alt: 'Ảnh' });
    expect(view.content).toContain('2017');
    expect(resultView({ url: '/b/', content: '', meta: {}, filters: {} }).image).toBeUndefined();
  });
});

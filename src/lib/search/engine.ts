/**
 * One search, as the search page runs it against Pagefind's browser API (passed in, so the unit
 * tests can pass a fake): the results for the state, then for every facet the count of results
 * each of its values would give. A facet's counts leave out its own chosen values, so the other
 * values of a facet stay visible and countable once one is chosen (values within a facet are
 * alternatives).
 */
import { BUNDLE_FILTER } from './bundles.ts';
import { FACETS, type FacetKey } from './facets.ts';
import { META } from './meta.ts';
import { hasFilters, toPagefindFilters, toPagefindSort, type PagefindFilters, type SearchState } from './state.ts';
import { normalizeQuery, wordsOf } from './query.ts';

/** The performance mark the search page sets when its first results are on screen (read by the benchmark). */
export const FIRST_RESULTS_MARK = 'tim-kiem:ket-qua-dau-tien';
/** The mark set when the page's first search is complete: Pagefind's results and the facet counts. */
export const SEARCH_DONE_MARK = 'tim-kiem:xong';

/** The part of Pagefind's browser API (pagefind.js, 1.x) the search page uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init?(): Promise<void>;
  preload?(term: string, options?: PagefindSearchOptions): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
  /** Adds another bundle's index to this one (src/lib/search/bundles.ts). */
  mergeIndex?(path: string, options?: Record<string, unknown>): Promise<void>;
}

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export type FacetCounts = Record<FacetKey, Record<string, number>>;

const emptyCounts = (): FacetCounts => Object.fromEntries(FACETS.map((key) => [key, {}])) as FacetCounts;

/**
 * The results for a state, best first (or in the chosen order); their data is loaded page by page
 * later. Empty when nothing is asked. Resolves null when Pagefind dropped the search.
 *
 * `bundles` is the number of Pagefind bundles merged into `api`, which hold whole years, oldest
 * first (src/lib/search/bundles.ts). Pagefind orders merged results by score alone, so a search
 * sorted by year asks each bundle in turn (its records carry their bundle as a filter) and puts
 * the answers one after another: newest bundle first for "newest first".
 */
export async function searchResults(api: PagefindApi, state: SearchState, bundles = 1): Promise<PagefindResult[] | null> {
  const q = normalizeQuery(state.q) || null;
  if (!q && !hasFilters(state)) return [];
  const filters = toPagefindFilters(state);
  const sort = toPagefindSort(state);
  if (sort && bundles > 1) {
    const order = Array.from({ length: bundles }, (_, i) => String(i + 1));
    if (Object.values(sort)[0] === 'desc') order.reverse();
    const parts = await Promise.all(order.map((b) => api.search(q, { filters: { ...filters, [BUNDLE_FILTER]: { any: [b] } }, sort })));
    if (parts.some((p) => !p)) return null;
    return parts.flatMap((p) => p?.results ?? []);
  }
  const main = await api.search(q, { filters, sort });
  if (!main) return null;
  return q && !sort ? exactFirst(api, q, filters, main.results) : main.results;
}

/**
 * For every facet, the number of results each of its values would give. Pagefind counts only the
 * filters whose data it has loaded, and loads a filter's data only when a search uses it; so the
 * first call loads them all (pagefind.filters()). The search page asks for counts after it has
 * drawn the first results, so that this data is never on the way to them.
 */
export async function facetCounts(api: PagefindApi, state: SearchState): Promise<FacetCounts> {
  const totals = await api.filters();
  const q = normalizeQuery(state.q) || null;
  const counts = emptyCounts();
  const fromTotals = (key: FacetKey) => ({ ...(totals[key] ?? {}) });
  if (!q && !hasFilters(state)) {
    for (const key of FACETS) counts[key] = fromTotals(key);
    return counts;
  }
  const chosen = FACETS.filter((key) => (state.filters[key]?.length ?? 0) > 0);
  const main = await api.search(q, { filters: toPagefindFilters(state) });
  for (const key of FACETS) if (!chosen.includes(key)) counts[key] = { ...(main?.filters[key] ?? {}) };
  await Promise.all(
    chosen.map(async (key) => {
      const others = toPagefindFilters(state, key);
      if (!q && Object.keys(others).length === 0) {
        counts[key] = fromTotals(key);
        return;
      }
      const response = await api.search(q, { filters: others });
      counts[key] = { ...(response?.filters[key] ?? {}) };
    }),
  );
  return counts;
}

/** Words whose exact-match search is worth running; more would only add work. */
const MAX_EXACT_TERMS = 8;

/**
 * Pagefind matches every query word as a prefix too ("doan" also finds "doanh"), and a page that
 * repeats the longer word can outrank the page holding the very word typed. So results that hold
 * more of the query's words whole come first; among equals Pagefind's order stands. A word in
 * quotes is a whole-word search in Pagefind, diacritics folded as usual.
 */
async function exactFirst(
  api: PagefindApi,
  q: string,
  filters: PagefindFilters,
  results: PagefindResult[],
): Promise<PagefindResult[]> {
  const words = [...new Set(wordsOf(q))].slice(0, MAX_EXACT_TERMS);
  if (results.length < 2 || words.length === 0) return results;
  const exact = await Promise.all(words.map((w) => api.search(`"${w}"`, { filters })));
  const hits = new Map<string, number>();
  for (const response of exact) for (const r of response?.results ?? []) hits.set(r.id, (hits.get(r.id) ?? 0) + 1);
  if (hits.size === 0) return results;
  return results
    .map((r, i) => ({ r, i, n: hits.get(r.id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.r);
}

/** What a result shows, from its Pagefind data. */
export interface ResultView {
  url: string;
  title: string;
  unit: string;
  summary: string;
  kind: string;
  subject: string;
  locality: string;
  former: string;
  fields: string;
  years: string;
  image?: { src: string; alt: string };
  /** Every word the index holds for it, to tell which query words it matched. */
  content: string;
}

export function resultView(fragment: PagefindFragment): ResultView {
  const m = (key: string) => fragment.meta[key] ?? '';
  const image = m(META.image);
  return {
    url: fragment.url,
    title: m(META.title),
    unit: m(META.unit),
    summary: m(META.summary),
    kind: m(META.kind),
    subject: m(META.subject),
    locality: m(META.locality),
    former: m(META.former),
    fields: m(META.fields),
    years: m(META.years),
    ...(image ? { image: { src: image, alt: m(META.imageAlt) } } : {}),
    content: [fragment.content, m(META.years)].join(' '),
  };
}

/**
 * The state of a search — query, chosen facet values, sort — and its URL, so that a search can be
 * shared, bookmarked, reloaded and walked back and forth with the browser's buttons:
 * /tim-kiem/?q=rau+huu+co&linh-vuc=nong-thon-moi&linh-vuc=y-te&sap-xep=moi-nhat
 * Values within a facet are alternatives (any of them); facets combine (all of them).
 */
import {
  DEFAULT_SORT,
  FACETS,
  QUERY_PARAM,
  SORT_PARAM,
  YEAR_SORT,
  isSortKey,
  type FacetKey,
  type SortKey,
} from './facets.ts';
import { normalizeQuery } from './query.ts';
import { routes } from '../routes.ts';

export const SEARCH_PATH = routes.search;

export interface SearchState {
  q: string;
  /** Chosen values per facet, sorted; a facet with none is absent. */
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortKey;
}

export const emptyState = (): SearchState => ({ q: '', filters: {}, sort: DEFAULT_SORT });

/** Facet values are slugs, codes or years: anything else in a URL is dropped. */
const VALUE = /^[a-z0-9][a-z0-9-]{0,79}$/;
const MAX_VALUES = 50;

/** Read a state from a URL's query string; unknown or malformed parameters are ignored. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = normalizeQuery(params.get(QUERY_PARAM) ?? '');
  const sort = params.get(SORT_PARAM);
  if (sort && isSortKey(sort)) state.sort = sort;
  for (const key of FACETS) {
    const values = params
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim().toLowerCase())
      .filter((v) => VALUE.test(v));
    if (values.length > 0) state.filters[key] = [...new Set(values)].sort().slice(0, MAX_VALUES);
  }
  return state;
}

/** The query string of a state, in a fixed order so that equal states give equal URLs. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = normalizeQuery(state.q);
  if (q) params.set(QUERY_PARAM, q);
  for (const key of FACETS) for (const value of [...new Set(state.filters[key] ?? [])].sort()) params.append(key, value);
  if (state.sort !== DEFAULT_SORT) params.set(SORT_PARAM, state.sort);
  return params;
}

/** The search page's URL for a state: "/tim-kiem/" or "/tim-kiem/?q=…". */
export function stateToUrl(state: SearchState, path = SEARCH_PATH): string {
  const query = stateToParams(state).toString();
  return query ? `${path}?${query}` : path;
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return stateToParams(a).toString() === stateToParams(b).toString();
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some((key) => (state.filters[key]?.length ?? 0) > 0);
}

/** Nothing asked yet: no words, no facet value. */
export function isBlank(state: SearchState): boolean {
  return !normalizeQuery(state.q) && !hasFilters(state);
}

/** A copy of the state with one facet value switched on or off. */
export function toggleValue(state: SearchState, key: FacetKey, value: string, on: boolean): SearchState {
  const current = new Set(state.filters[key] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const filters = { ...state.filters };
  if (current.size > 0) filters[key] = [...current].sort();
  else delete filters[key];
  return { ...state, filters };
}

export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * The state's facets as Pagefind filters — each facet matches any of its values, facets combine —
 * leaving out `except` (used to count a facet's values as if none of them were chosen).
 */
export function toPagefindFilters(state: SearchState, except?: FacetKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of FACETS) {
    const values = state.filters[key];
    if (key !== except && values && values.length > 0) out[key] = { any: [...values] };
  }
  return out;
}

/** The Pagefind sort for a state; without words, relevance means nothing, so newest first. */
export function toPagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  if (state.sort === 'moi-nhat') return { [YEAR_SORT]: 'desc' };
  if (state.sort === 'cu-nhat') return { [YEAR_SORT]: 'asc' };
  return normalizeQuery(state.q) ? undefined : { [YEAR_SORT]: 'desc' };
}

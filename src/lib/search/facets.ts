/**
 * The facets of the search page. Each is a Pagefind filter with the same name, and the name of its
 * URL parameter: /tim-kiem/?linh-vuc=nong-thon-moi&nam=2017. Values are stable slugs, codes or years;
 * labels come from the catalog and src/i18n/vi.ts, never from the index.
 */
import type { UIKey } from '../../i18n/vi.ts';

export const FACETS = ['linh-vuc', 'tinh', 'tinh-cu', 'loai', 'doi-tuong', 'nam', 'ke-hoach'] as const;
export type FacetKey = (typeof FACETS)[number];

export const FACET_LABEL_KEYS: Record<FacetKey, UIKey> = {
  'linh-vuc': 'search.facet.linh-vuc',
  tinh: 'search.facet.tinh',
  'tinh-cu': 'search.facet.tinh-cu',
  loai: 'search.facet.loai',
  'doi-tuong': 'search.facet.doi-tuong',
  nam: 'search.facet.nam',
  'ke-hoach': 'search.facet.ke-hoach',
};

/** Relevance, or by year of recognition (latest year of the profile), newest or oldest first. */
export const SORTS = ['lien-quan', 'moi-nhat', 'cu-nhat'] as const;
export type SortKey = (typeof SORTS)[number];
export const DEFAULT_SORT: SortKey = 'lien-quan';

export const SORT_LABEL_KEYS: Record<SortKey, UIKey> = {
  'lien-quan': 'search.sort.lien-quan',
  'moi-nhat': 'search.sort.moi-nhat',
  'cu-nhat': 'search.sort.cu-nhat',
};

/** The Pagefind sort key that holds a profile's latest year of recognition. */
export const YEAR_SORT = 'nam';

/** URL parameters of the search page besides the facets. */
export const QUERY_PARAM = 'q';
export const SORT_PARAM = 'sap-xep';

export const isFacetKey = (key: string): key is FacetKey => (FACETS as readonly string[]).includes(key);
export const isSortKey = (key: string): key is SortKey => (SORTS as readonly string[]).includes(key);

/** Facet values in display order with their labels, as the search page hands them to its script. */
export type FacetLabels = Record<FacetKey, [value: string, label: string][]>;

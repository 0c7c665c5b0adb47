/**
 * Pagination of lists: the first page lives at the list's own URL (/mo-hinh/), the next ones at
 * /mo-hinh/trang/2/, /mo-hinh/trang/3/… Pure: routes call it from getStaticPaths.
 */

/**
 * Cards a page: 24 fill 8 rows of the 3-column grid, 12 of the 2-column one. Each list page also
 * carries the site's header, footer and head (~8 KB); at 12 cards a page that was ~0.7 KB more for
 * every card on every list, which a profile is on five or six of (issue 13: dist per profile).
 * Page numbers are positions in a list that grows, not permanent links: a profile's URL is.
 */
export const PAGE_SIZE = 24;

/** Rows of a table per page (a plan's appendix): rows are compact, cards are not. */
export const TABLE_PAGE_SIZE = 100;

/** The URL segment between the list and the page number. */
export const PAGE_SEGMENT = 'trang';

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  /** Number of pages (at least 1, even for an empty list). */
  total: number;
  /** Number of items over all pages. */
  itemCount: number;
  url: string;
  prevUrl?: string;
  nextUrl?: string;
  /** URL of each page, index 0 = page 1. */
  urls: string[];
}

/** "/mo-hinh/", 1 → "/mo-hinh/"; "/mo-hinh/", 3 → "/mo-hinh/trang/3/". */
export function pageUrl(base: string, number: number): string {
  if (!base.endsWith('/')) throw new Error(`pageUrl: the base "${base}" must end with "/"`);
  return number <= 1 ? base : `${base}${PAGE_SEGMENT}/${number}/`;
}

/** The rest parameter of a paginated route: undefined for page 1, "trang/2" for page 2. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `${PAGE_SEGMENT}/${number}`;
}

/** Split `items` into pages. An empty list still has one (empty) page, so its URL exists. */
export function paginate<T>(items: readonly T[], base: string, pageSize: number = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`paginate: page size must be a positive integer, got ${pageSize}`);
  const total = Math.max(1, Math.ceil(items.length / pageSize));
  const urls = Array.from({ length: total }, (_, i) => pageUrl(base, i + 1));
  return urls.map((url, i) => ({
    items: items.slice(i * pageSize, (i + 1) * pageSize),
    number: i + 1,
    total,
    itemCount: items.length,
    url,
    prevUrl: i > 0 ? urls[i - 1] : undefined,
    nextUrl: i + 1 < total ? urls[i + 1] : undefined,
    urls,
  }));
}

/** Which page (1-based) holds the item at `index` (0-based). */
export function pageOfIndex(index: number, pageSize: number = PAGE_SIZE): number {
  return Math.floor(index / pageSize) + 1;
}

/**
 * Page numbers to show in a pager: all of them when there are few, otherwise the first, the last
 * and a window around the current one, with null where numbers are skipped.
 */
export function pagerItems(current: number, total: number, window = 1): (number | null)[] {
  if (total <= 7) return Array.from({ length: total }, (_, i) => i + 1);
  const shown = new Set([1, total]);
  for (let n = current - window; n <= current + window; n++) if (n >= 1 && n <= total) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev > 1) out.push(null);
    out.push(n);
  });
  return out;
}

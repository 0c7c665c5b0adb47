/**
 * One search record per published profile: what the index holds about it (profile content only —
 * no navigation, footer or page furniture), the filters and sort key it is found by, and the
 * metadata a result shows. The build writes the records (src/pages/tim-kiem/ban-ghi/[phan].json.ts), the
 * search step indexes them (src/lib/search/write-index.ts), and the benchmark feeds synthetic
 * ones through the same path.
 */
import { z } from 'zod';
import { FACETS, YEAR_SORT, type FacetKey } from './facets.ts';
import { META } from './meta.ts';
import { dBarFoldings } from './query.ts';

/**
 * Pagefind word weights (0–10; body text is 1). The title and the unit are what people remember;
 * place names come next, since people search by where an exemplar is.
 */
export const WEIGHTS = { title: 10, unit: 7, locality: 3, text: 1 } as const;

const filtersSchema = z.strictObject(
  Object.fromEntries(FACETS.map((key) => [key, z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/))])) as Record<
    FacetKey,
    z.ZodArray<z.ZodString>
  >,
);

export const searchRecordSchema = z.strictObject({
  /** Site path of the profile: "/mo-hinh/<slug>/". */
  url: z.string().regex(/^\/[a-z0-9/-]*\/$/),
  title: z.string().min(1),
  unit: z.string().min(1),
  summary: z.string(),
  kind: z.string().min(1),
  subject: z.string().min(1),
  /** Today's locality in running text: "xã Liên Sơn, tỉnh Phú Thọ". */
  locality: z.string().min(1),
  /** The units before 1 July 2025, smallest first: "xã Thành Lập, huyện Lương Sơn, tỉnh Hòa Bình". */
  formerLocality: z.string(),
  /** Further place names to match: the address and the names as the source writes them. */
  places: z.array(z.string()),
  fields: z.array(z.string()),
  years: z.array(z.number().int()),
  /** Everything else that describes the profile: plans, movement, appendix row, figures, body. */
  text: z.array(z.string()),
  filters: filtersSchema,
  /** Latest year of recognition, the key of the "by year" sort. */
  sortYear: z.number().int(),
  image: z.strictObject({ src: z.string().min(1), alt: z.string() }).optional(),
});
export type SearchRecord = z.infer<typeof searchRecordSchema>;

export const searchRecordsSchema = z.array(searchRecordSchema);

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A searchable block of a record: its text, its word weight, and the result metadata it also gives. */
export interface RecordBlock {
  text: string;
  weight: number;
  meta?: string;
}

/**
 * Everything of a record that is searched, at its weight. Pagefind's document (recordHtml) and the
 * quick index (quick-index.ts) are both made from these, so they search the same words.
 */
export function recordBlocks(record: SearchRecord): RecordBlock[] {
  return [
    { text: record.title, weight: WEIGHTS.title, meta: META.title },
    { text: record.unit, weight: WEIGHTS.unit, meta: META.unit },
    { text: record.locality, weight: WEIGHTS.locality, meta: META.locality },
    { text: record.formerLocality, weight: WEIGHTS.locality, meta: META.former },
    ...record.places.map((text) => ({ text, weight: WEIGHTS.locality })),
    { text: record.summary, weight: WEIGHTS.text, meta: META.summary },
    { text: record.fields.join(', '), weight: WEIGHTS.text, meta: META.fields },
    ...record.text.map((text) => ({ text, weight: WEIGHTS.text })),
  ];
}

/** A block of text at a weight, followed by the folded forms of its đ-words at the same weight. */
function weighted(text: string, weight: number, meta?: string): string {
  if (!text.trim()) return '';
  const metaAttr = meta ? ` data-pagefind-meta="${meta}"` : '';
  const block = `<p data-pagefind-weight="${weight}"${metaAttr}>${escapeHtml(text)}</p>`;
  const folded = dBarFoldings(text);
  // The folded copy is index-only: results show the accented metadata, never this block.
  return folded.length > 0 ? `${block}<p data-pagefind-weight="${weight}">${escapeHtml(folded.join(' '))}</p>` : block;
}

/** Metadata given inline (not also indexed as a text block of its own). */
const inlineMeta = (key: string, value: string): string =>
  value ? `<span data-pagefind-meta="${key}:${escapeHtml(value.replace(/\s+/g, ' '))}"></span>` : '';

/**
 * The HTML document Pagefind indexes for a record. It is never served: it exists so that the
 * record's parts get Pagefind weights, filters, sort and metadata through Pagefind's own attributes.
 */
export function recordHtml(record: SearchRecord, extraFilters: Readonly<Record<string, string>> = {}): string {
  const parts = [
    ...recordBlocks(record).map((b) => weighted(b.text, b.weight, b.meta)),
    inlineMeta(META.kind, record.kind),
    inlineMeta(META.subject, record.subject),
    inlineMeta(META.years, record.years.join(', ')),
    record.image
      ? `<img data-pagefind-meta="${META.image}[src], ${META.imageAlt}[alt]" src="${escapeHtml(record.image.src)}" alt="${escapeHtml(record.image.alt)}">`
      : '',
    ...FACETS.flatMap((key) => record.filters[key].map((v) => `<span data-pagefind-filter="${key}:${v}"></span>`)),
    // Filters of the index rather than of the profile (its bundle: bundles.ts).
    ...Object.entries(extraFilters).map(([key, v]) => `<span data-pagefind-filter="${key}:${escapeHtml(v)}"></span>`),
    `<span data-pagefind-sort="${YEAR_SORT}:${record.sortYear}"></span>`,
  ];
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(record.title)}</title></head><body><main data-pagefind-body>${parts.join('')}</main></body></html>`;
}

/**
 * How dates, numbers, citations and unit names are written on the site. Pure functions.
 */
import type { PartialDate, PlanData } from '../schema/index.ts';
import { t } from '../i18n/vi.ts';
import { classicToneStyle } from './text.ts';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "2026-11-25" → "25/11/2026". */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`formatDate: expected YYYY-MM-DD, got "${iso}"`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** A date the source gives in full, in part or by year only: "26/12/2017", "tháng 3/2023", "năm 2023". */
export function formatPartialDate(date: PartialDate): string {
  if (date.month !== undefined && date.day !== undefined) return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
  if (date.month !== undefined) return t('date.month', { month: date.month, year: date.year });
  return t('date.year', { year: date.year });
}

/** The machine-readable form for <time datetime>: "2017-12-26", "2023-03", "2023". */
export function partialDateTime(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad2(date.month)}`;
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

export const isFullDate = (date: PartialDate): boolean => date.month !== undefined && date.day !== undefined;

/** Sort key for partial dates: a missing month or day sorts first within its year or month. */
export const partialDateKey = (date: PartialDate): string => `${date.year}-${pad2(date.month ?? 0)}-${pad2(date.day ?? 0)}`;

type PlanCitable = Pick<PlanData, 'number' | 'date' | 'issuer'>;

/**
 * The way Vietnamese documents cite a plan:
 * "Kế hoạch số 162/KH-UBND ngày 26/12/2017 của Ủy ban nhân dân tỉnh Hòa Bình";
 * without a number or a full date: "Kế hoạch của Ủy ban nhân dân thành phố Hòa Bình (tháng 3/2023)".
 */
export function planCitation(plan: PlanCitable): string {
  const parts = [plan.number ? t('plan.numbered', { number: plan.number }) : t('plan.kind')];
  const full = isFullDate(plan.date);
  if (full) parts.push(t('plan.onDate', { date: formatPartialDate(plan.date) }));
  parts.push(t('plan.of', { issuer: plan.issuer }));
  if (!full) parts.push(t('plan.partialDate', { date: formatPartialDate(plan.date) }));
  return parts.join(' ');
}

/** Short name of a plan for tables and lists: "Kế hoạch số 162/KH-UBND" or "Kế hoạch (tháng 3/2023)". */
export function planShortName(plan: PlanCitable): string {
  if (plan.number) return t('plan.numbered', { number: plan.number });
  return `${t('plan.kind')} ${t('plan.partialDate', { date: formatPartialDate(plan.date) })}`;
}

const numberFormat = new Intl.NumberFormat('vi-VN');

/** 1234567.5 → "1.234.567,5". Years and codes are not numbers in this sense: print them as they are. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** Words that name the type of an administrative unit, longest first so "thành phố" wins over "thành". */
const UNIT_TYPES = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'phường', 'huyện', 'quận', 'tỉnh', 'xã'];

/**
 * A unit's full name as it reads inside a sentence: "Huyện Kỳ Sơn" → "huyện Kỳ Sơn".
 * Only the type word is lowered; the proper name is left alone.
 */
export function unitInText(fullName: string): string {
  const lower = fullName.toLocaleLowerCase('vi');
  const type = UNIT_TYPES.find((w) => lower.startsWith(`${w} `));
  return type ? type + fullName.slice(type.length) : fullName;
}

/** A unit's full name at the start of a line or heading: "xã Liên Sơn" → "Xã Liên Sơn". */
export function unitAsHeading(fullName: string): string {
  return upperFirst(unitInText(fullName));
}

/** The name without its type word, for sorting: "thành phố Hòa Bình" → "Hòa Bình". */
export function unitBareName(fullName: string): string {
  const lower = fullName.toLocaleLowerCase('vi');
  const type = UNIT_TYPES.find((w) => lower.startsWith(`${w} `));
  return type ? fullName.slice(type.length + 1).trim() : fullName;
}

export function upperFirst(s: string): string {
  const first = s.codePointAt(0);
  if (first === undefined) return s;
  const ch = String.fromCodePoint(first);
  return ch.toLocaleUpperCase('vi') + s.slice(ch.length);
}

/** Join names the Vietnamese way: "a, b, c". */
export function joinList(items: readonly string[]): string {
  return items.join(t('common.listSeparator'));
}

/** Split a text field into paragraphs on blank lines (or single line breaks, which editors use the same way). */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n|\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** A figure's value with its unit: 1200 + "m²" → "1.200 m²". */
export function formatFigure(value: number | string, unit?: string): string {
  const v = typeof value === 'number' ? formatNumber(value) : value;
  return unit ? `${v} ${unit}` : v;
}

/** "Tiêu đề — Trang 2 — Site" style page titles are composed by the layout; this adds the page part. */
export function withPageNumber(title: string, page: number): string {
  return page > 1 ? `${title}${t('site.titleSeparator')}${t('site.pageNumber', { page })}` : title;
}

// ---------------------------------------------------------------------------------------------
// The site's own style for text editors type: one date form, one accent style.

/** "9/1/2021" → "09/01/2021" inside any text; "…/3/2023" (a blank in the source) and numbers like "15/2018/NĐ-CP" are left alone. */
export function padDatesInText(text: string): string {
  return text.replace(/(?<![\d/.,])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, (whole, d: string, m: string, y: string) => {
    const day = Number(d);
    const month = Number(m);
    if (day < 1 || day > 31 || month < 1 || month > 12) return whole;
    return `${pad2(day)}/${pad2(month)}/${y}`;
  });
}

/**
 * The site's words in its one style: NFC, dates dd/mm/yyyy, tone marks in the classic place
 * ("Hòa", "Thủy", as the source plans write them; src/lib/text.ts classicToneStyle).
 * A document's title quoted exactly as written is the one exception: show it inside
 * <cite data-as-written> (see src/components/AsWritten.astro), never through this function.
 */
export function siteText(text: string): string {
  return padDatesInText(classicToneStyle(text));
}

/**
 * `siteText` over every string of plain data (objects and arrays, recursively), leaving other
 * objects (image metadata, dates) as they are. Keys in `keep` are copied unchanged.
 */
export function siteTextDeep<T>(value: T, keep: ReadonlySet<string> = KEEP_KEYS): T {
  if (typeof value === 'string') return siteText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => siteTextDeep(v, keep)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = keep.has(k) ? v : siteTextDeep(v, keep);
    return out as T;
  }
  return value;
}

/** Addresses, never prose (identifiers and codes are ASCII, which neither rule touches). */
const KEEP_KEYS: ReadonlySet<string> = new Set(['src', 'href', 'url', 'email', 'phone']);

/** A quotation kept exactly as written in Markdown/MDX text: <q>…</q> or <cite>…</cite>. */
const QUOTED = /<(q|cite)\b[^>]*>[\s\S]*?<\/\1>/g;

/** `siteText` on a line of body text, leaving <q>…</q> and <cite>…</cite> quotations as written. */
export function siteTextOutsideQuotes(line: string): string {
  let out = '';
  let last = 0;
  for (const m of line.matchAll(QUOTED)) {
    out += siteText(line.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + siteText(line.slice(last));
}

/**
 * The publisher's names as the site shows them, the locality it serves after each:
 * { name: "Ban Thi đua – Khen thưởng tỉnh Hòa Bình", parent: "Sở Nội vụ tỉnh Hòa Bình" }.
 */
export function publisherNames(publisher: { name: string; parent?: string | undefined; locality?: string | undefined }): { name: string; parent?: string } {
  const at = (s: string) => (publisher.locality ? `${s} ${unitInText(publisher.locality)}` : s);
  return { name: at(publisher.name), ...(publisher.parent ? { parent: at(publisher.parent) } : {}) };
}

/** The publisher on one line: "Ban Thi đua – Khen thưởng tỉnh Hòa Bình · Sở Nội vụ tỉnh Hòa Bình". */
export function publisherLine(publisher: Parameters<typeof publisherNames>[0]): string {
  const n = publisherNames(publisher);
  return [n.name, n.parent].filter(Boolean).join(' · ');
}

/**
 * The "Trích dẫn" text of a profile: how a newspaper or a report should cite it.
 *
 *   Ủy ban nhân dân tỉnh Hòa Bình (2017). Kế hoạch số 162/KH-UBND ngày 26/12/2017, Phụ lục,
 *   số thứ tự 5. Trang “Mô hình, điển hình tiên tiến”: https://…/mo-hinh/…/. Cập nhật ngày 25/11/2026.
 *
 * Pure functions; the dates are the source's own (a plan dated only "…/3/2023" is cited as
 * "tháng 3/2023", never with an invented day).
 */
import type { PartialDate, PlanData, Recognition } from '../schema/index.ts';
import { viLinks } from '../i18n/vi-links.ts';

/** What a citation needs of a plan. Astro entries' data and ProfileData both fit. */
export type CitablePlan = Pick<PlanData, 'number' | 'date' | 'issuer'>;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "2026-11-25" → "25/11/2026". */
export function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`ngày phải có dạng NNNN-TT-NN / expected YYYY-MM-DD, got "${iso}"`);
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** A plan's date with its Vietnamese lead word: "ngày 26/12/2017", "tháng 3/2023", "năm 2023". */
export function datePhrase(date: PartialDate): string {
  if (date.month !== undefined && date.day !== undefined) return `${viLinks['citation.dated']} ${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
  if (date.month !== undefined) return `${viLinks['citation.month']} ${date.month}/${date.year}`;
  return `${viLinks['citation.year']} ${date.year}`;
}

/**
 * The plan as documents name it: "Kế hoạch số 162/KH-UBND ngày 26/12/2017";
 * one published without a number: "Kế hoạch (không ghi số) tháng 3/2023".
 */
export function planReference(plan: Pick<PlanData, 'number' | 'date'>): string {
  const head = plan.number ? `${viLinks['citation.planNumbered']} ${plan.number.trim()}` : viLinks['citation.planUnnumbered'];
  return `${head} ${datePhrase(plan.date)}`;
}

export interface CitationInput {
  plan: CitablePlan;
  /** The recognition's appendix row (Số TT). Omit to cite the plan alone. */
  row?: Recognition['row'];
  /** Absolute permanent URL of the cited page. */
  url: string;
  /** YYYY-MM-DD the page was last updated (profile.updated). */
  updated: string;
  /** site.name */
  siteName: string;
}

/** One citation, one line. NFC, no trailing spaces. */
export function buildCitation({ plan, row, url, updated, siteName }: CitationInput): string {
  const source = [planReference(plan)];
  if (row !== undefined) source.push(viLinks['citation.appendix'], `${viLinks['citation.row']} ${row}`);
  const text = [
    `${plan.issuer.trim()} (${plan.date.year}).`,
    `${source.join(', ')}.`,
    `${viLinks['citation.page']} “${siteName.trim()}”: ${url}.`,
    `${viLinks['citation.updated']} ${formatIsoDate(updated)}.`,
  ].join(' ');
  return text.normalize('NFC');
}

export interface ProfileCitationInput {
  recognitions: readonly Pick<Recognition, 'plan' | 'row' | 'year'>[];
  /** Plan data by slug (recognition.plan). */
  plans: ReadonlyMap<string, CitablePlan> | Readonly<Record<string, CitablePlan>>;
  url: string;
  updated: string;
  siteName: string;
}

function lookup(plans: ProfileCitationInput['plans'], slug: string): CitablePlan | undefined {
  return plans instanceof Map ? plans.get(slug) : (plans as Readonly<Record<string, CitablePlan>>)[slug];
}

/**
 * One citation per recognition, oldest plan first (a profile listed in two plans cites both).
 * Throws on a recognition whose plan is unknown: the content check should have caught it.
 */
export function profileCitations(input: ProfileCitationInput): string[] {
  const recs = [...input.recognitions].sort((a, b) => a.year - b.year || a.plan.localeCompare(b.plan) || a.row - b.row);
  return recs.map((r) => {
    const plan = lookup(input.plans, r.plan);
    if (!plan) throw new Error(`trích dẫn: không tìm thấy kế hoạch "${r.plan}" / citation: unknown plan "${r.plan}"`);
    return buildCitation({ plan, row: r.row, url: input.url, updated: input.updated, siteName: input.siteName });
  });
}

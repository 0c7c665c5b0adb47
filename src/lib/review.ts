/**
 * "Cần xem lại" (to review): what a tool could not work out is left in the content as a clearly
 * marked value instead of a guess. The content check reports each one — a warning in a draft, an
 * error once the profile is published — so nothing unreviewed reaches the site.
 */

/** Text values start with this: "cần xem lại: không rõ lĩnh vực (“Nông nghiệp”)". */
export const REVIEW_PREFIX = 'cần xem lại';
/** Slug-valued fields (a field, a plan, the subject…) hold this instead. */
export const REVIEW_SLUG = 'can-xem-lai';

/** A marked text value saying what to check. */
export function reviewText(why: string): string {
  return `${REVIEW_PREFIX}: ${why}`.normalize('NFC');
}

export function isReviewValue(value: unknown): value is string {
  return typeof value === 'string' && (value === REVIEW_SLUG || value.normalize('NFC').toLowerCase().startsWith(REVIEW_PREFIX));
}

export interface ReviewMark {
  path: (string | number)[];
  value: string;
}

/** Every marked value in a parsed document, with its path ("locality.commune.name"). */
export function findReviewMarks(data: unknown, path: (string | number)[] = []): ReviewMark[] {
  if (isReviewValue(data)) return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((v, i) => findReviewMarks(v, [...path, i]));
  if (data !== null && typeof data === 'object')
    return Object.entries(data as Record<string, unknown>).flatMap(([k, v]) => findReviewMarks(v, [...path, k]));
  return [];
}

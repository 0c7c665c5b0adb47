/**
 * What the statistics pages must show, computed straight from the content files (tests/support/
 * content.ts) and the gazetteer — never through src/lib/stats/ — and readers of the built pages.
 */
import { resolveLocality, type ResolvedLocality } from '../../src/lib/locality.ts';
import { slugify } from '../../src/lib/text.ts';
import { publishedProfiles, type Profile } from './content.ts';
import type { BuiltPage } from './dist.ts';

export interface Located {
  profile: Profile;
  loc: ResolvedLocality;
}

/** Every published profile with its locality resolved by the gazetteer. */
export function locatedProfiles(): Located[] {
  return publishedProfiles().map((profile) => {
    const r = resolveLocality(profile.data.locality);
    if (!r.ok) throw new Error(`${profile.file}: locality does not resolve: ${r.issues.map((i) => i.en).join('; ')}`);
    return { profile, loc: r.value };
  });
}

/** Count of distinct profiles per key. */
function tally(items: Located[], keysOf: (x: Located) => Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of items) for (const key of new Set(keysOf(x))) out.set(key, (out.get(key) ?? 0) + 1);
  return out;
}

/**
 * For each chart of /thong-ke/ (by its section id): the expected count per bar link; with a
 * province slug, the counts of that province's exemplars only (keys are then the national links).
 */
export function expectedChartCounts(provinceSlug?: string): Record<string, Map<string, number>> {
  const all = locatedProfiles().filter((x) => provinceSlug === undefined || x.loc.province.slug === provinceSlug);
  return {
    'linh-vuc': tally(all, (x) => x.profile.data.fields.map((f) => `/linh-vuc/${f}/`)),
    tinh: tally(all, (x) => [`/dia-phuong/${x.loc.province.slug}/`]),
    'tinh-cu': tally(all, (x) => [`/tim-kiem/?tinh-cu=${slugify(x.loc.former.province.name)}`]),
    nam: tally(all, (x) => x.profile.data.recognitions.map((r) => `/tim-kiem/?nam=${r.year}`)),
    'doi-tuong': tally(all, (x) => [`/tim-kiem/?doi-tuong=${x.profile.data.subject}`]),
    loai: tally(all, (x) => [`/tim-kiem/?loai=${x.profile.data.kind}`]),
    'ke-hoach': tally(all, (x) => x.profile.data.recognitions.map((r) => `/ke-hoach/${r.plan}/`)),
  };
}

/** Province code → number of published profiles, for today's provinces or the former ones. */
export function expectedProvinceCounts(level: 34 | 63): Map<string, number> {
  return tally(locatedProfiles(), (x) => [level === 34 ? x.loc.province.code : x.loc.former.province.code]);
}

/** "1.234" → 1234. */
export const readCount = (text: string): number => Number(text.replace(/[.\s]/g, ''));

/**
 * The number in an accessible name such as "tỉnh Phú Thọ: 47 mô hình, điển hình" or a bar's
 * "Năm 2017 12 mô hình, điển hình" (0 for "chưa có").
 */
export function countInLabel(label: string): number {
  const m = /(?:^|\s)([\d.]+) (?:mô hình|lần)/.exec(label);
  return m?.[1] ? readCount(m[1]) : 0;
}

/** Bar links and table rows of one chart section of a built page: href → count. */
export function chartSection(page: BuiltPage, id: string): { bars: Map<string, number>; rows: Map<string, number> } {
  const section = page.doc.querySelector(`section[aria-labelledby="${id}"]`);
  if (!section) throw new Error(`${page.path}: no chart section "${id}"`);
  const bars = new Map<string, number>();
  for (const a of section.querySelectorAll('svg a')) bars.set(a.getAttribute('href') ?? '', countInLabel(a.getAttribute('aria-label') ?? ''));
  const rows = new Map<string, number>();
  for (const tr of section.querySelectorAll('tbody tr')) {
    const href = tr.querySelector('th a')?.getAttribute('href') ?? '';
    rows.set(href, readCount(tr.querySelector('td.num')?.text ?? ''));
  }
  return { bars, rows };
}

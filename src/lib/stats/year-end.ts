/**
 * The year-end summary (báo cáo tổng kết) of a province: the exemplars recognised in one year, by
 * field, with their plan and appendix row; the counts; and the replications recorded that year.
 * One per today's province and year that has exemplars. Pure: built from the catalog.
 */
import { KINDS, SUBJECTS, type Kind, type Subject } from '../../schema/index.ts';
import type { Catalog, EntryTypes, FieldNode, ProfileNode, ProvinceNode, RecognitionRef } from '../catalog.ts';
import type { ResolvedReplication } from './spread.ts';
import { yearEndUrl } from './routes.ts';

export interface YearEndRow<E extends EntryTypes = EntryTypes> {
  profile: ProfileNode<E>;
  /** The profile's recognitions of that year (usually one). */
  recognitions: RecognitionRef<E>[];
}

export interface YearEndReport<E extends EntryTypes = EntryTypes> {
  province: ProvinceNode<E>;
  year: number;
  url: string;
  /** The exemplars recognised that year, in the catalog's (alphabetical) order. */
  profiles: ProfileNode<E>[];
  /** Fields in the catalog's order; a profile with several fields is under each. */
  byField: { field: FieldNode<E>; rows: YearEndRow<E>[] }[];
  counts: { total: number; kinds: Record<Kind, number>; subjects: Record<Subject, number> };
  /** Replications of the province's models dated that year. */
  replications: { profile: ProfileNode<E>; replication: ResolvedReplication }[];
}

const reportsMemo = new WeakMap<object, YearEndReport<EntryTypes>[]>();

/**
 * Every province-and-year that has exemplars (provinces in catalog order, years ascending),
 * computed once per catalog: each
 * province page names its own, and at 100,000 profiles computing them all again for each of the
 * thousands of list pages took seconds a page.
 */
export function yearEndReports<E extends EntryTypes>(catalog: Catalog<E>): YearEndReport<E>[] {
  const known = reportsMemo.get(catalog);
  if (known) return known as YearEndReport<E>[];
  const reports = computeYearEndReports(catalog);
  reportsMemo.set(catalog, reports as YearEndReport<EntryTypes>[]);
  return reports;
}

function computeYearEndReports<E extends EntryTypes>(catalog: Catalog<E>): YearEndReport<E>[] {
  const reports: YearEndReport<E>[] = [];
  for (const province of catalog.provincesWithProfiles) {
    const years = [...new Set(province.profiles.flatMap((p) => p.years))].sort((a, b) => a - b);
    for (const year of years) reports.push(yearEndReport(catalog, province, year));
  }
  return reports;
}

export function yearEndReport<E extends EntryTypes>(catalog: Catalog<E>, province: ProvinceNode<E>, year: number): YearEndReport<E> {
  const inProvince = new Set(province.profiles);
  const profiles = catalog.profiles.filter((p) => inProvince.has(p) && p.years.includes(year));
  const rowOf = (p: ProfileNode<E>): YearEndRow<E> => ({
    profile: p,
    recognitions: p.recognitions.filter((r) => r.recognition.year === year),
  });
  const byField = catalog.fields
    .map((field) => ({ field, rows: profiles.filter((p) => p.fields.includes(field)).map(rowOf) }))
    .filter((g) => g.rows.length > 0);
  const count = <K extends string>(keys: readonly K[], of: (p: ProfileNode<E>) => K) =>
    Object.fromEntries(keys.map((k) => [k, profiles.filter((p) => of(p) === k).length])) as Record<K, number>;
  const replications = catalog.profiles
    .filter((p) => inProvince.has(p))
    .flatMap((profile) => profile.replications.filter((r) => r.record.date.year === year).map((replication) => ({ profile, replication })));
  return {
    province,
    year,
    url: yearEndUrl(province.unit.slug, year),
    profiles,
    byField,
    counts: { total: profiles.length, kinds: count(KINDS, (p) => p.data.kind), subjects: count(SUBJECTS, (p) => p.data.subject) },
    replications,
  };
}

/**
 * The counts behind /thong-ke/: published exemplars by field, today's province, former province,
 * year of recognition, subject, kind and plan. Each bar carries the URL of the page that lists the
 * same exemplars (a list page where one exists, otherwise the search with that filter in its URL).
 * Pure: built from the catalog.
 */
import { KINDS, SUBJECTS } from '../../schema/index.ts';
import { compareVi, type Catalog, type EntryTypes, type ProfileNode } from '../catalog.ts';
import { unitAsHeading, unitBareName } from '../format.ts';
import { routes } from '../routes.ts';
import { emptyState, stateToUrl } from '../search/state.ts';
import type { FacetKey } from '../search/facets.ts';
import { slugify } from '../text.ts';
import { t } from '../../i18n/vi.ts';

export interface Bar {
  /** Stable key: a slug, code or year. */
  key: string;
  label: string;
  count: number;
  href: string;
}

export const CHART_IDS = ['linh-vuc', 'tinh', 'tinh-cu', 'nam', 'doi-tuong', 'loai', 'ke-hoach'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ChartData {
  /** Also the fragment id of the chart's section on /thong-ke/. */
  id: ChartId;
  title: string;
  /** One sentence for <desc>: what is counted and how. */
  description: string;
  /** Header of the table's first column. */
  category: string;
  /** What a bar counts: exemplars (the default) or replication records. */
  measure?: 'exemplars' | 'records';
  bars: Bar[];
}

/** The search page with one facet value chosen: /tim-kiem/?nam=2017. */
export function searchUrl(facet: FacetKey, value: string): string {
  return stateToUrl({ ...emptyState(), filters: { [facet]: [value] } });
}

/** The value of the search's "former province" facet for a profile (as its search record writes it). */
export const formerProvinceKey = (p: Pick<ProfileNode, 'locality'>): string => slugify(p.locality.former.province.name);

/** Most first; equal counts in Vietnamese alphabetical order of the name (without "tỉnh", "thành phố"). */
const byCountThenName = (a: Bar, b: Bar): number => b.count - a.count || compareVi(unitBareName(a.label), unitBareName(b.label));

/** Bars of the profiles grouped by a key; each profile counts once per key it has. */
function groupBars<E extends EntryTypes>(
  profiles: readonly ProfileNode<E>[],
  keysOf: (p: ProfileNode<E>) => readonly string[],
  describe: (key: string, first: ProfileNode<E>) => { label: string; href: string },
): Bar[] {
  const groups = new Map<string, { first: ProfileNode<E>; ids: Set<string> }>();
  for (const p of profiles) {
    for (const key of keysOf(p)) {
      let g = groups.get(key);
      if (!g) {
        g = { first: p, ids: new Set() };
        groups.set(key, g);
      }
      g.ids.add(p.id);
    }
  }
  return [...groups.entries()].map(([key, g]) => ({ key, count: g.ids.size, ...describe(key, g.first) }));
}

export function statsCharts<E extends EntryTypes>(catalog: Catalog<E>): ChartData[] {
  const profiles = catalog.profiles;
  const chart = (id: ChartId, bars: Bar[]): ChartData => ({
    id,
    title: t(`stats.chart.${id}`),
    description: t(`stats.chartDesc.${id}`, { total: profiles.length }),
    category: t(`stats.category.${id}`),
    bars,
  });

  const fields = catalog.fields
    .filter((f) => f.profiles.length > 0)
    .map((f) => ({ key: f.id, label: f.data.name, count: f.profiles.length, href: f.url }))
    .sort(byCountThenName);

  const provinces = catalog.provincesWithProfiles
    .map((p) => ({ key: p.unit.slug, label: p.unit.name, count: p.profiles.length, href: p.url ?? routes.localities }))
    .sort(byCountThenName);

  const former = groupBars(
    profiles,
    (p) => [formerProvinceKey(p)],
    (key, p) => ({ label: unitAsHeading(p.locality.former.province.fullName), href: searchUrl('tinh-cu', key) }),
  ).sort(byCountThenName);

  const years = groupBars(
    profiles,
    (p) => p.years.map(String),
    (key) => ({ label: key, href: searchUrl('nam', key) }),
  ).sort((a, b) => Number(a.key) - Number(b.key));

  const subjects = SUBJECTS.filter((s) => catalog.bySubject[s].length > 0).map((s) => ({
    key: s,
    label: t(`subject.${s}`),
    count: catalog.bySubject[s].length,
    href: searchUrl('doi-tuong', s),
  }));

  const kinds = KINDS.filter((k) => catalog.byKind[k].length > 0).map((k) => ({
    key: k,
    label: t(`kind.${k}`),
    count: catalog.byKind[k].length,
    href: searchUrl('loai', k),
  }));

  // Newest plan first, as the plan list shows them.
  const plans = catalog.plans
    .map((plan) => ({ plan, count: new Set(plan.rows.map((r) => r.profile.id)).size }))
    .filter((x) => x.count > 0)
    .map(({ plan, count }) => ({ key: plan.id, label: `${plan.shortName} — ${plan.data.issuer}`, count, href: plan.url }));

  return [
    chart('linh-vuc', fields),
    chart('tinh', provinces),
    chart('tinh-cu', former),
    chart('nam', years),
    chart('doi-tuong', subjects),
    chart('loai', kinds),
    chart('ke-hoach', plans),
  ];
}

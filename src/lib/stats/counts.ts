/**
 * The counts behind /thong-ke/: published exemplars by field, today's province, former province,
 * year of recognition, subject, kind and plan. Each bar carries the URL of the page that lists the
 * same exemplars (a list page where one exists, otherwise the search with that filter in its URL).
 * Pure: built from the catalog.
 */
import { KINDS, SUBJECTS } from '../../schema/index.ts';
import { compareVi, type Catalog, type EntryTypes, type ProfileNode, type ProvinceNode } from '../catalog.ts';
import { unitAsHeading, unitBareName } from '../format.ts';
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

/** The search page with facet values chosen: /tim-kiem/?nam=2017 (and &tinh=… within a province). */
export function searchUrl(facet: FacetKey, value: string, scope?: { province: string }): string {
  const filters: Partial<Record<FacetKey, string[]>> = { [facet]: [value] };
  if (scope && facet !== 'tinh') filters.tinh = [scope.province];
  return stateToUrl({ ...emptyState(), filters });
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

/**
 * The charts of the whole site, or of one of today's provinces (for a province's own figures): then
 * every bar links to the search with the province's filter too, since list pages are site-wide.
 */
export function statsCharts<E extends EntryTypes>(catalog: Catalog<E>, province?: ProvinceNode<E>): ChartData[] {
  const profiles = province ? catalog.profiles.filter((p) => p.province === province) : catalog.profiles;
  const scope = province ? { province: province.unit.slug } : undefined;
  /** A list page when it lists exactly these exemplars, else the search. */
  const link = (facet: FacetKey, key: string, listUrl?: string) => (!scope && listUrl ? listUrl : searchUrl(facet, key, scope));
  const chart = (id: ChartId, bars: Bar[]): ChartData => ({
    id,
    title: t(`stats.chart.${id}`),
    description: t(`stats.chartDesc.${id}`, { total: profiles.length }),
    category: t(`stats.category.${id}`),
    bars,
  });

  const fields = groupBars(
    profiles,
    (p) => p.fields.map((f) => f.id),
    (key) => {
      const field = catalog.fieldById.get(key);
      return { label: field?.data.name ?? key, href: link('linh-vuc', key, field?.url) };
    },
  ).sort(byCountThenName);

  const provinces = groupBars(
    profiles,
    (p) => [p.province.unit.slug],
    (_key, p) => ({ label: p.province.unit.name, href: link('tinh', p.province.unit.slug, p.province.url) }),
  ).sort(byCountThenName);

  const former = groupBars(
    profiles,
    (p) => [formerProvinceKey(p)],
    (key, p) => ({ label: unitAsHeading(p.locality.former.province.fullName), href: link('tinh-cu', key) }),
  ).sort(byCountThenName);

  const years = groupBars(
    profiles,
    (p) => p.years.map(String),
    (key) => ({ label: key, href: link('nam', key) }),
  ).sort((a, b) => Number(a.key) - Number(b.key));

  const subjects = SUBJECTS.map((s) => ({
    key: s,
    label: t(`subject.${s}`),
    count: profiles.filter((p) => p.data.subject === s).length,
    href: link('doi-tuong', s),
  })).filter((b) => b.count > 0);

  const kinds = KINDS.map((k) => ({
    key: k,
    label: t(`kind.${k}`),
    count: profiles.filter((p) => p.data.kind === k).length,
    href: link('loai', k),
  })).filter((b) => b.count > 0);

  // Newest plan first, as the plan list shows them.
  const planOrder = new Map(catalog.plans.map((plan, i) => [plan.id, i]));
  const plans = groupBars(
    profiles,
    (p) => p.recognitions.map((r) => r.plan.id),
    (key) => {
      const plan = catalog.planById.get(key);
      return { label: plan ? `${plan.shortName} — ${plan.data.issuer}` : key, href: link('ke-hoach', key, plan?.url) };
    },
  ).sort((a, b) => (planOrder.get(a.key) ?? 0) - (planOrder.get(b.key) ?? 0));

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

/**
 * What agencies can embed: a card per published profile and a list per field, today's province,
 * commune with exemplars, plan and movement, plus the latest. One description per embed, used by
 * the embed pages (/nhung/…), the oEmbed documents (/oembed/….json), the builder and the
 * <link rel="alternate"> on the full pages. Profiles come from the catalog only (no drafts).
 */
import type { Catalog, EntryTypes, ProfileNode } from '../catalog.ts';
import type { CacheKeys } from '../build/cache-keys.ts';
import {
  communeOgImage,
  fieldOgImage,
  planOgImage,
  profileOgImage,
  provinceOgImage,
  siteOgImage,
  type OgImage,
} from '../og-cards.ts';
import { todayLocalityLabel } from '../catalog.ts';
import { statsCharts, type ChartData } from '../stats/counts.ts';
import type { MapLevel } from '../stats/map.ts';
import { statsRoutes } from '../stats/routes.ts';
import { unitAsHeading, unitInText } from '../format.ts';
import { routes } from '../routes.ts';
import { site } from '../../site.config.ts';
import { t } from '../../i18n/vi.ts';

export type EmbedKind = 'profile' | 'field' | 'province' | 'commune' | 'plan' | 'movement' | 'latest' | 'figure';

/** What a figure embed draws: a province map, or charts (the whole country's or one province's). */
export type EmbedFigure = { type: 'map'; level: MapLevel } | { type: 'charts'; charts: ChartData[] };

export const EMBED_ROOT = '/nhung/';
export const OEMBED_ROOT = '/oembed/';
/** Rows a list embed carries; readers choose how many to show (EMBED_DEFAULT_ITEMS without a choice). */
export const EMBED_MAX_ITEMS = 20;
export const EMBED_DEFAULT_ITEMS = 5;

export interface EmbedTarget<E extends EntryTypes = EntryTypes> {
  kind: EmbedKind;
  /** Site path of the embed page: "/nhung/mo-hinh/<slug>/". */
  path: string;
  /** Site path of the full page it shows (its canonical). */
  pagePath: string;
  title: string;
  description: string;
  /** The card's profile. */
  profile?: ProfileNode<E>;
  /** A list's profiles, in the full page's order (at most EMBED_MAX_ITEMS). */
  profiles: ProfileNode<E>[];
  /** How many profiles the full page lists. */
  total: number;
  /** The full page's preview image, from the function that page uses. */
  og: OgImage;
  /** A figure embed's drawing (kind 'figure'). */
  figure?: EmbedFigure;
}

/** "/nhung/linh-vuc/y-te/" → "/oembed/linh-vuc/y-te.json". */
export function oembedPath(embedPath: string): string {
  return `${OEMBED_ROOT}${embedPath.slice(EMBED_ROOT.length).replace(/\/$/, '')}.json`;
}

/** The embed of a full page: "/linh-vuc/y-te/" → "/nhung/linh-vuc/y-te/". */
export const embedPathOf = (pagePath: string): string => `${EMBED_ROOT}${pagePath.replace(/^\//, '')}`;

function list<E extends EntryTypes>(
  kind: EmbedKind,
  path: string,
  pagePath: string,
  title: string,
  description: string,
  profiles: readonly ProfileNode<E>[],
  og: OgImage,
): EmbedTarget<E> {
  const unique = [...new Set(profiles)];
  return { kind, path, pagePath, title, description, profiles: unique.slice(0, EMBED_MAX_ITEMS), total: unique.length, og };
}

export function profileTarget<E extends EntryTypes>(p: ProfileNode<E>): EmbedTarget<E> {
  return {
    kind: 'profile',
    path: embedPathOf(p.url),
    pagePath: p.url,
    title: p.data.title,
    description: p.data.summary,
    profile: p,
    profiles: [p],
    total: 1,
    og: profileOgImage(p),
  };
}

/** Every embed the site publishes. */
export function embedTargets<E extends EntryTypes>(catalog: Catalog<E>): EmbedTarget<E>[] {
  return [
    list('latest', `${EMBED_ROOT}moi-nhat/`, routes.home, t('home.latest'), site.tagline, catalog.latest, siteOgImage()),
    ...catalog.profiles.map(profileTarget),
    ...catalog.fields.map((f) => list('field', embedPathOf(f.url), f.url, f.data.name, f.data.description, f.profiles, fieldOgImage(f))),
    ...catalog.provincesWithProfiles.map((p) =>
      list('province', embedPathOf(p.url ?? ''), p.url ?? '', unitAsHeading(p.unit.fullName), unitAsHeading(p.unit.fullName), p.profiles, provinceOgImage(p)),
    ),
    ...catalog.communes.map((c) => {
      const name = `${unitAsHeading(c.unit.fullName)}, ${unitInText(c.province.unit.fullName)}`;
      return list('commune', embedPathOf(c.url), c.url, name, name, c.profiles, communeOgImage(c));
    }),
    ...catalog.plans.map((p) => list('plan', embedPathOf(p.url), p.url, p.shortName, p.citation, p.rows.map((r) => r.profile), planOgImage(p))),
    ...catalog.movements.map((m) => list('movement', embedPathOf(m.url), m.url, m.data.name, m.data.description, m.profiles, siteOgImage())),
    ...figureTargets(catalog),
  ];
}

export const FIGURE_ROOT = `${EMBED_ROOT}thong-ke/`;

/**
 * The statistics an agency can show on its portal: the two maps, each national chart, and each
 * province's charts (its own figures), drawn by the same components as /thong-ke/.
 */
export function figureTargets<E extends EntryTypes>(catalog: Catalog<E>): EmbedTarget<E>[] {
  const total = catalog.profiles.length;
  const figure = (path: string, pagePath: string, title: string, description: string, drawing: EmbedFigure, og: OgImage): EmbedTarget<E> => ({
    kind: 'figure',
    path,
    pagePath,
    title,
    description,
    profiles: [],
    total,
    og,
    figure: drawing,
  });
  return [
    figure(`${FIGURE_ROOT}ban-do/`, statsRoutes.index, t('stats.map.title34'), t('stats.map.desc34'), { type: 'map', level: 34 }, siteOgImage()),
    figure(`${FIGURE_ROOT}ban-do-tinh-cu/`, statsRoutes.formerMap, t('stats.map.title63'), t('stats.map.desc63'), { type: 'map', level: 63 }, siteOgImage()),
    ...statsCharts(catalog).map((chart) =>
      figure(`${FIGURE_ROOT}bieu-do/${chart.id}/`, statsRoutes.index, chart.title, chart.description, { type: 'charts', charts: [chart] }, siteOgImage()),
    ),
    ...catalog.provincesWithProfiles.map((p) => ({
      ...figure(
        `${FIGURE_ROOT}${p.unit.slug}/`,
        p.url ?? statsRoutes.index,
        t('embed.figures.province', { province: unitAsHeading(p.unit.fullName) }),
        t('embed.figures.provinceDesc', { province: unitInText(p.unit.fullName) }),
        { type: 'charts', charts: statsCharts(catalog, p) },
        provinceOgImage(p),
      ),
      total: p.profiles.length,
    })),
  ];
}

const byPageMemo = new WeakMap<object, Map<string, EmbedTarget>>();

/** The embed of a full page (by its site path, the first page of a list), if it has one. */
export function embedOfPage<E extends EntryTypes>(catalog: Catalog<E>, pagePath: string): EmbedTarget<E> | undefined {
  let byPage = byPageMemo.get(catalog) as Map<string, EmbedTarget<E>> | undefined;
  if (!byPage) {
    // A page advertises its list or card; figures of the same page are offered by the builder.
    byPage = new Map(
      embedTargets(catalog)
        .filter((e) => e.kind !== 'figure' || e.path === `${FIGURE_ROOT}ban-do/` || e.path === `${FIGURE_ROOT}ban-do-tinh-cu/`)
        .map((e) => [e.pagePath, e]),
    );
    byPageMemo.set(catalog, byPage as Map<string, EmbedTarget>);
  }
  return byPage.get(pagePath);
}

/** One line under a profile's title: unit, today's locality, years. */
export function profileLine<E extends EntryTypes>(p: ProfileNode<E>): string {
  return `${p.data.unit} · ${todayLocalityLabel(p)} · ${p.years.join(', ')}`;
}

/**
 * An embed page's or oEmbed document's incremental-build key: the profiles it shows and the
 * count it names. None for a figure, which counts every profile on the site (always rendered).
 */
export function embedTargetKey<E extends EntryTypes>(keys: CacheKeys<E>, target: EmbedTarget<E>): string | undefined {
  if (target.kind === 'figure') return undefined;
  return keys.page(`embed:${target.path}`, target.profile ? [target.profile] : target.profiles, String(target.total));
}

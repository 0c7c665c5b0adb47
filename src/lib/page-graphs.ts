/**
 * The JSON-LD of each kind of page, from the site model (src/lib/catalog.ts) and the pure
 * builders in src/lib/structured-data.ts. Each function returns a GraphBuilder: BaseLayout calls
 * it with what only the layout knows for sure (the canonical URL, the breadcrumb trail it shows,
 * the preview image), so the structured data always agrees with the visible page.
 */
import type { Graph } from 'schema-dts';
import type { EntryTypes, PlanNode, PlanRow, ProfileNode } from './catalog.ts';
import {
  collectionJsonLd,
  pageJsonLd,
  planJsonLd,
  profileJsonLd,
  type Crumb as JsonLdCrumb,
  type ListEntry,
  type PhotoRef,
  type PlanRef,
  type SiteIdentity,
} from './structured-data.ts';
import { publisherNames, unitInText } from './format.ts';
import { absoluteUrl } from './permalink.ts';
import { routes } from './routes.ts';
import { site } from '../site.config.ts';
import { t } from '../i18n/vi.ts';

export type { ListEntry } from './structured-data.ts';

export const siteIdentity: SiteIdentity = {
  baseUrl: site.baseUrl,
  name: site.name,
  publisher: { ...publisherNames(site.publisher), ...(site.publisher.locality ? { areaServed: site.publisher.locality } : {}) },
  logo: site.logo,
  lang: site.lang,
};

/** What the layout passes to a page's graph builder. */
export interface PageContext {
  /** Absolute canonical URL of the page. */
  url: string;
  /** The trail from the home page to this page, as the breadcrumbs show it; undefined on the home page. */
  breadcrumbs?: JsonLdCrumb[];
  /** Absolute URL of the page's Open Graph image. */
  ogImage: string;
}

export type GraphBuilder = (page: PageContext) => Graph;

/** A visible breadcrumb trail (after "Trang chủ", the last item being this page) as JSON-LD crumbs. */
export function breadcrumbTrail(items: readonly { label: string; href?: string }[], pageUrl: string): JsonLdCrumb[] {
  return [
    { name: t('site.home'), url: absoluteUrl(routes.home) },
    ...items.map((c) => ({ name: c.label, url: absoluteUrl(c.href ?? pageUrl) })),
  ];
}

/** Any page without a richer model: home, about, a source article, 404. */
export function webPageGraph(name: string): GraphBuilder {
  return ({ url, breadcrumbs }) => pageJsonLd(siteIdentity, url, name, breadcrumbs);
}

const planRef = <E extends EntryTypes>(plan: PlanNode<E>): PlanRef => ({ url: absoluteUrl(plan.url), data: plan.data });

/** A profile: the subject (Person or Organization), its recognitions and plans, its locality. */
export function profileGraph<E extends EntryTypes>(profile: ProfileNode<E>, photos: readonly PhotoRef[] = []): GraphBuilder {
  return ({ url, breadcrumbs, ogImage }) =>
    profileJsonLd({
      site: siteIdentity,
      url,
      profile: profile.data,
      plans: new Map(profile.recognitions.map((r) => [r.plan.id, planRef(r.plan)])),
      fieldNames: profile.fields.map((f) => f.data.name),
      currentLocality: {
        province: { name: unitInText(profile.province.unit.fullName), code: profile.province.unit.code },
        ...(profile.commune ? { commune: { name: unitInText(profile.commune.unit.fullName), code: profile.commune.unit.code } } : {}),
      },
      ogImage,
      ...(photos.length > 0 ? { photos } : {}),
      ...(breadcrumbs ? { breadcrumbs } : {}),
    });
}

/** A plan: the Legislation and the exemplars its appendix lists, in row order. */
/**
 * A plan page; `rows` are the appendix rows the page shows (all of them by default), starting at
 * position `firstPosition` of the whole appendix.
 */
export function planGraph<E extends EntryTypes>(plan: PlanNode<E>, rows: readonly PlanRow<E>[] = plan.rows, firstPosition = 1): GraphBuilder {
  return ({ url, breadcrumbs, ogImage }) =>
    planJsonLd({
      site: siteIdentity,
      url,
      plan: plan.data,
      ogImage,
      items: rows.map((r) => ({ name: r.profile.data.title, url: absoluteUrl(r.profile.url) })),
      firstPosition,
      total: plan.rows.length,
      ...(breadcrumbs ? { breadcrumbs } : {}),
    });
}

export interface ListGraphInput {
  name: string;
  description?: string;
  /** The entries shown on this page, in order. */
  items: readonly ListEntry[];
  /** For a paginated list: this page's number and size, and the length of the whole list. */
  page?: { number: number; size: number; itemCount: number };
}

/** A list page: a CollectionPage whose main entity is the ItemList of what it shows. */
export function listGraph(input: ListGraphInput): GraphBuilder {
  return ({ url, breadcrumbs, ogImage }) =>
    collectionJsonLd({
      site: siteIdentity,
      url,
      name: input.name,
      ...(input.description ? { description: input.description } : {}),
      items: input.items.map((i) => ({ name: i.name, url: absoluteUrl(i.url) })),
      ogImage,
      ...(input.page ? { firstPosition: (input.page.number - 1) * input.page.size + 1, total: input.page.itemCount } : {}),
      ...(breadcrumbs ? { breadcrumbs } : {}),
    });
}

/** List entries for profiles: their titles and pages. */
export const profileEntries = <E extends EntryTypes>(profiles: readonly ProfileNode<E>[]): ListEntry[] =>
  profiles.map((p) => ({ name: p.data.title, url: p.url }));

/**
 * Which feeds the site publishes, from the catalog's published profiles only: the whole site, each
 * field, each of today's provinces with exemplars, each plan. Each feed is served twice, as RSS 2.0
 * (/rss/<path>.xml) and JSON Feed 1.1 (/rss/<path>.json).
 */
import type { Catalog, EntryTypes, ProfileNode } from '../catalog.ts';
import { profileOgImage } from '../og-cards.ts';
import { absoluteUrl } from '../permalink.ts';
import { routes } from '../routes.ts';
import { unitAsHeading } from '../format.ts';
import { site } from '../../site.config.ts';
import { t } from '../../i18n/vi.ts';
import type { FeedDocument, FeedEntry } from './feeds.ts';

/** Most recently updated profiles a feed carries; readers poll for news, not the archive. */
export const FEED_LIMIT = 50;

/** "/rss/linh-vuc/nong-nghiep" → "/rss/linh-vuc/nong-nghiep.xml" and ".json". */
export const rssPath = (base: string): string => `${base}.xml`;
export const jsonFeedPath = (base: string): string => `${base}.json`;

export const siteFeedBase = '/rss/index';
export const fieldFeedBase = (slug: string): string => `/rss/linh-vuc/${slug}`;
export const provinceFeedBase = (slug: string): string => `/rss/dia-phuong/${slug}`;
export const planFeedBase = (slug: string): string => `/rss/ke-hoach/${slug}`;

export interface SiteFeed {
  /** Site path without extension, e.g. "/rss/linh-vuc/nong-nghiep". */
  base: string;
  /** Site path of the HTML page the feed follows. */
  page: string;
  doc: FeedDocument;
}

export function feedEntry<E extends EntryTypes>(p: ProfileNode<E>): FeedEntry {
  return {
    url: absoluteUrl(p.url),
    title: p.data.title,
    summary: p.data.summary,
    updated: p.data.updated,
    categories: p.fields.map((f) => ({ name: f.data.name, url: absoluteUrl(f.url) })),
    image: absoluteUrl(profileOgImage(p).path),
  };
}

/** Newest `updated` first; the catalog's (alphabetical) order among equals; at most FEED_LIMIT. */
export function newestFirst<E extends EntryTypes>(profiles: readonly ProfileNode<E>[]): ProfileNode<E>[] {
  const order = new Map(profiles.map((p, i) => [p, i]));
  return [...new Set(profiles)]
    .sort((a, b) => b.data.updated.localeCompare(a.data.updated) || (order.get(a) ?? 0) - (order.get(b) ?? 0))
    .slice(0, FEED_LIMIT);
}

function make<E extends EntryTypes>(
  base: string,
  page: string,
  title: string,
  description: string,
  profiles: readonly ProfileNode<E>[],
  emptyUpdated: string,
): SiteFeed {
  return {
    base,
    page,
    doc: {
      title,
      description,
      pageUrl: absoluteUrl(page),
      rssUrl: absoluteUrl(rssPath(base)),
      jsonUrl: absoluteUrl(jsonFeedPath(base)),
      language: site.lang,
      publisher: [site.publisher.name, site.publisher.parent].filter(Boolean).join(', '),
      copyright: t('feeds.copyright', { site: site.name }),
      emptyUpdated,
      entries: newestFirst(profiles).map(feedEntry),
    },
  };
}

/** A fixed date for feeds with no entries, so that an unchanged site builds the same bytes. */
const EPOCH = '2000-01-01';

export function siteFeed<E extends EntryTypes>(catalog: Catalog<E>): SiteFeed {
  return make(siteFeedBase, routes.home, t('feeds.site.title'), site.tagline, catalog.profiles, EPOCH);
}

/** Every feed of the site. */
export function allFeeds<E extends EntryTypes>(catalog: Catalog<E>): SiteFeed[] {
  return [
    siteFeed(catalog),
    ...catalog.fields.map((f) => make(fieldFeedBase(f.id), f.url, t('feeds.field.title', { name: f.data.name }), f.data.description, f.profiles, EPOCH)),
    ...catalog.provincesWithProfiles.map((p) => {
      const name = unitAsHeading(p.unit.fullName);
      return make(provinceFeedBase(p.unit.slug), p.url ?? routes.localities, t('feeds.province.title', { name }), name, p.profiles, EPOCH);
    }),
    ...catalog.plans.map((p) =>
      make(planFeedBase(p.id), p.url, t('feeds.plan.title', { name: p.shortName }), p.citation, p.rows.map((r) => r.profile), p.data.updated),
    ),
  ];
}

const byPageMemo = new WeakMap<object, Map<string, SiteFeed>>();

/** The feed a page advertises with <link rel="alternate">, by the page's site path (first page of a list). */
export function feedOfPage<E extends EntryTypes>(catalog: Catalog<E>, page: string): SiteFeed | undefined {
  let byPage = byPageMemo.get(catalog);
  if (!byPage) {
    byPage = new Map(allFeeds(catalog).map((f) => [f.page, f]));
    byPageMemo.set(catalog, byPage);
  }
  return byPage.get(page);
}

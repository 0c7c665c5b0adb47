/**
 * RSS 2.0 and JSON Feed 1.1 from one description of a feed. The `feed` library writes the RSS
 * (XML escaping, CDATA splitting); JSON Feed 1.1 is plain JSON written here from the same entries,
 * because the library still writes JSON Feed version 1 (no `authors`, no `language`).
 * Pure: entries come in as plain values, so tests can feed it any text.
 */
import { Feed } from 'feed';
import { escapeHtml } from '../html.ts';

/** One profile as a feed item; every URL absolute. */
export interface FeedEntry {
  /** The profile's permanent URL: link and guid. */
  url: string;
  title: string;
  /** Plain text (the profile's summary). */
  summary: string;
  /** The profile's `updated` date, YYYY-MM-DD. */
  updated: string;
  categories: { name: string; url: string }[];
  /** The page's Open Graph image (PNG). */
  image: string;
}

export interface FeedDocument {
  title: string;
  description: string;
  /** The HTML page the feed follows (absolute). */
  pageUrl: string;
  /** The feed's own absolute URLs. */
  rssUrl: string;
  jsonUrl: string;
  language: string;
  publisher: string;
  copyright: string;
  /** The feed's date when it has no entries (YYYY-MM-DD), e.g. the plan's `updated`. */
  emptyUpdated: string;
  entries: FeedEntry[];
}

/** Midnight UTC of a YYYY-MM-DD date. */
const dayOf = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** The newest `updated` of the entries: the feed's date, so the same content gives the same bytes. */
export function feedUpdated(entries: readonly FeedEntry[]): string | undefined {
  return entries.reduce<string | undefined>((max, e) => (max === undefined || e.updated > max ? e.updated : max), undefined);
}

/** RSS 2.0. Summaries are plain text, escaped to HTML, so a reader shows "<" and "&" as written. */
export function rssFeed(doc: FeedDocument): string {
  const updated = feedUpdated(doc.entries) ?? doc.emptyUpdated;
  const feed = new Feed({
    title: doc.title,
    description: doc.description,
    link: doc.pageUrl,
    id: doc.pageUrl,
    language: doc.language,
    copyright: doc.copyright,
    generator: false,
    updated: dayOf(updated),
    feedLinks: { rss: doc.rssUrl, json: doc.jsonUrl },
  });
  for (const e of doc.entries) {
    // No id/guid given: the library then writes <guid isPermaLink="true"> with the link.
    feed.addItem({
      title: e.title,
      link: e.url,
      date: dayOf(e.updated),
      description: escapeHtml(e.summary),
      category: e.categories.map((c) => ({ name: c.name, domain: c.url })),
      enclosure: { url: e.image, type: 'image/png' },
    });
  }
  return feed.rss2();
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_text: string;
  date_modified: string;
  tags: string[];
  image: string;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1): plain-text content, id = the permanent URL. */
export function jsonFeed(doc: FeedDocument): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: doc.title,
    home_page_url: doc.pageUrl,
    feed_url: doc.jsonUrl,
    description: doc.description,
    language: doc.language,
    authors: [{ name: doc.publisher, url: new URL('/', doc.pageUrl).href }],
    items: doc.entries.map((e) => ({
      id: e.url,
      url: e.url,
      title: e.title,
      summary: e.summary,
      content_text: e.summary,
      date_modified: `${e.updated}T00:00:00Z`,
      tags: e.categories.map((c) => c.name),
      image: e.image,
    })),
  };
}

/** Feeds: /rss/<path>.xml (RSS 2.0) and /rss/<path>.json (JSON Feed 1.1); see src/lib/feeds/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../site-data.ts';
import { allFeeds, jsonFeedPath, rssPath } from '../../lib/feeds/catalog-feeds.ts';
import { jsonFeed, rssFeed, type FeedDocument } from '../../lib/feeds/feeds.ts';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return allFeeds(catalog).flatMap((feed) => [
    { params: { path: rssPath(feed.base).slice('/rss/'.length) }, props: { doc: feed.doc, format: 'rss' as const } },
    { params: { path: jsonFeedPath(feed.base).slice('/rss/'.length) }, props: { doc: feed.doc, format: 'json' as const } },
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: FeedDocument; format: 'rss' | 'json' }> = ({ props }) =>
  props.format === 'rss'
    ? new Response(rssFeed(props.doc), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
    : new Response(`${JSON.stringify(jsonFeed(props.doc), null, 2)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });

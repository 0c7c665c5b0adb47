/**
 * Every feed under /rss/ parses strictly (well-formed XML read by a feed parser; JSON Feed 1.1 with
 * the spec's required keys); its items are the newest published profiles of the group it follows,
 * with absolute links, the permanent URL as guid, dates and the OG image; the matching page
 * advertises it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { xmlErrors } from '../support/xml.ts';
import { contentCatalog } from '../support/catalog.ts';
import { readProfiles } from '../support/content.ts';
import { pageAt, requireDist } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';
import { absoluteUrl } from '../support/site.ts';
import { FEED_LIMIT } from '../../src/lib/feeds/catalog-feeds.ts';
import type { ProfileNode } from '../../src/lib/catalog.ts';

requireDist();
const catalog = contentCatalog();

/** Every feed the site must publish, derived from the catalog: base path, page, profiles. */
const expected: { base: string; page: string; profiles: ProfileNode[] }[] = [
  { base: '/rss/index', page: '/', profiles: catalog.profiles },
  ...catalog.fields.map((f) => ({ base: `/rss/linh-vuc/${f.id}`, page: f.url, profiles: f.profiles })),
  ...catalog.provincesWithProfiles.map((p) => ({ base: `/rss/dia-phuong/${p.unit.slug}`, page: p.url ?? '', profiles: p.profiles })),
  ...catalog.plans.map((p) => ({ base: `/rss/ke-hoach/${p.id}`, page: p.url, profiles: [...new Set(p.rows.map((r) => r.profile))] })),
];
const drafts = new Set(readProfiles().filter((p) => p.data.draft).map((p) => absoluteUrl(`/mo-hinh/${p.slug}/`)));

/** The items a feed must carry: the group's newest profiles, FEED_LIMIT at most; ties may fall either way at the cut. */
function checkItems(urls: string[], profiles: ProfileNode[]): void {
  const byUrl = new Map(profiles.map((p) => [absoluteUrl(p.url), p]));
  expect(urls.length).toBe(Math.min(FEED_LIMIT, profiles.length));
  expect(new Set(urls).size).toBe(urls.length);
  for (const url of urls) {
    expect(drafts.has(url), `${url} is a draft`).toBe(false);
    expect(byUrl.has(url), `${url} is not a published profile of this group`).toBe(true);
  }
  const included = urls.map((u) => byUrl.get(u)!.data.updated);
  const oldestIncluded = included.reduce((a, b) => (a < b ? a : b), '9999');
  for (const p of profiles) if (!urls.includes(absoluteUrl(p.url))) expect(p.data.updated <= oldestIncluded).toBe(true);
  // Newest first.
  expect([...included].sort().reverse()).toEqual(included);
}

describe('feeds', () => {
  it.each(expected.map((e) => [e.base, e] as const))('%s.xml is strict RSS 2.0 with the group’s newest published profiles', (_, e) => {
    const file = path.join(DIST, `${e.base}.xml`);
    expect(existsSync(file), `${file} missing`).toBe(true);
    const xml = readFileSync(file, 'utf8');
    expect(xmlErrors(xml)).toEqual([]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0"/);
    const feed = parseFeed(xml);
    expect(feed.url).toBe(absoluteUrl(e.page));
    expect(feed.language).toBe('vi');
    const urls = feed.items.map((i) => i.url ?? '');
    checkItems(urls, e.profiles);
    for (const item of feed.items) {
      const profile = e.profiles.find((p) => absoluteUrl(p.url) === item.url)!;
      expect(item.id).toBe(item.url);
      expect(item.title).toBe(profile.data.title);
      expect(item.published?.toISOString().slice(0, 10)).toBe(profile.data.updated);
      expect(item.categories.map((c) => c.label ?? c.term)).toEqual(profile.fields.map((f) => f.data.name));
      expect(item.media[0]?.url).toMatch(/^https?:\/\/.+\/og\/.+\.png$/);
    }
    if (feed.items.length > 0) expect(xml).toContain('isPermaLink="true"');
  });

  it.each(expected.map((e) => [e.base, e] as const))('%s.json is a JSON Feed 1.1 with the same items', (_, e) => {
    const feed = JSON.parse(readFileSync(path.join(DIST, `${e.base}.json`), 'utf8'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(Array.isArray(feed.items)).toBe(true);
    expect(feed.feed_url).toBe(absoluteUrl(`${e.base}.json`));
    expect(feed.home_page_url).toBe(absoluteUrl(e.page));
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof item.content_text === 'string' || typeof item.content_html === 'string').toBe(true);
      expect(item.id).toBe(item.url);
      expect(Number.isNaN(Date.parse(item.date_modified))).toBe(false);
      expect(item.image).toMatch(/^https?:\/\/.+\/og\/.+\.png$/);
    }
    checkItems(feed.items.map((i: { url: string }) => i.url), e.profiles);
  });

  it.each(expected.map((e) => [e.page, e] as const))('%s advertises its feeds', (_, e) => {
    const page = pageAt(e.page);
    expect(page).toBeDefined();
    const links = page!.doc.querySelectorAll('link[rel="alternate"]').map((l) => `${l.getAttribute('type')} ${l.getAttribute('href')}`);
    expect(links).toContain(`application/rss+xml ${absoluteUrl(`${e.base}.xml`)}`);
    expect(links).toContain(`application/feed+json ${absoluteUrl(`${e.base}.json`)}`);
  });
});

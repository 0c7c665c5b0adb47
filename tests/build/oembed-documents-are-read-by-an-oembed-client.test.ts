/**
 * Every page that has an embed advertises an oEmbed document, and an oEmbed client library
 * (@extractus/oembed-extractor, by auto-discovery, against the built site served locally: its
 * fetcher maps the site's base URL to the local server) reads it: version 1.0, type rich, title,
 * provider, author, the page's OG image as thumbnail with its size, width/height, and html that
 * is an iframe of an existing embed page. Every document under /oembed/ is reached this way.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '@extractus/oembed-extractor';
import { parse } from 'node-html-parser';
import { contentCatalog } from '../support/catalog.ts';
import { meta } from '../support/page-kinds.ts';
import { pageAt, requireDist, resolveSitePath } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';
import { BASE_URL, absoluteUrl } from '../support/site.ts';
import { startStaticServer, type StaticServer } from '../support/server.ts';

requireDist();
const catalog = contentCatalog();
/** Full pages that must advertise an oEmbed document → the embed page it frames. */
const pages: [string, string][] = [
  ['/', '/nhung/moi-nhat/'],
  ...[...catalog.profiles, ...catalog.fields, ...catalog.communes, ...catalog.plans, ...catalog.movements].map(
    (n) => [n.url, `/nhung${n.url}`] as [string, string],
  ),
  ...catalog.provincesWithProfiles.map((p) => [p.url ?? '', `/nhung${p.url}`] as [string, string]),
  // The statistics pages embed as their maps.
  ['/thong-ke/', '/nhung/thong-ke/ban-do/'],
  ['/thong-ke/tinh-cu/', '/nhung/thong-ke/ban-do-tinh-cu/'],
];

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => server?.close());

/** fetch, with the site's base URL served by the local server. */
const fetcher = (url: string): Promise<Response> => fetch(url.startsWith(`${BASE_URL}/`) ? server.origin + url.slice(BASE_URL.length) : url);

const sitePathOf = (url: string): string => {
  expect(url.startsWith(`${BASE_URL}/`), `${url} is not absolute on ${BASE_URL}`).toBe(true);
  return url.slice(BASE_URL.length);
};

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : [path.join(dir, n)]));
}

describe('oEmbed', () => {
  const reached = new Set<string>();

  it.each(pages)('%s is embedded by an oEmbed client', async (pagePath, embedPath) => {
    const data = (await extract(absoluteUrl(pagePath), {}, fetcher)) as unknown as Record<string, unknown>;
    expect(data.method).toBe('auto-discovery');
    expect(data).toMatchObject({ version: '1.0', type: 'rich', provider_url: `${BASE_URL}/`, thumbnail_width: 1200, thumbnail_height: 630 });
    for (const key of ['title', 'provider_name', 'author_name', 'html']) expect(typeof data[key], key).toBe('string');
    for (const key of ['width', 'height']) expect(Number.isInteger(data[key]) && (data[key] as number) > 0, key).toBe(true);
    // The thumbnail is the page's own preview image.
    const page = pageAt(pagePath)!;
    expect(data.thumbnail_url).toBe(meta(page, 'og:image'));
    expect(resolveSitePath(sitePathOf(String(data.thumbnail_url))).ok).toBe(true);
    // The html is one iframe of an existing embed page, titled, lazy, with a fixed height.
    const html = parse(String(data.html));
    const frames = html.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0]!;
    expect(frame.getAttribute('src')).toBe(absoluteUrl(embedPath));
    expect(pageAt(embedPath)).toBeDefined();
    expect(frame.getAttribute('title')).toBe(data.title);
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('height')).toBe(String(data.height));
    const link = page.doc.querySelector('link[type="application/json+oembed"]')!.getAttribute('href')!;
    reached.add(sitePathOf(link));
  });

  it('reaches every document under /oembed/', () => {
    // The build's precompressed copies (.gz, for nginx's gzip_static) are the same documents.
    const files = walk(path.join(DIST, 'oembed'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `/${path.relative(DIST, f).split(path.sep).join('/')}`);
    expect(files.sort()).toEqual([...reached].sort());
  });
});

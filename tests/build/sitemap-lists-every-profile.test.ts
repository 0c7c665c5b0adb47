/**
 * The sitemap (sitemap-index.xml and the sitemaps it names) lists every published profile,
 * and every URL it lists is a built page on the site's base URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedProfiles } from '../support/content.ts';
import { requireDist, resolveSitePath } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';
import { BASE_URL, absoluteUrl } from '../support/site.ts';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) =>
    (m[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
  );
}

/** Site paths of the URLs listed by the sitemap index's sitemaps. */
function sitemapUrls(): { urls: string[]; problems: string[] } {
  const problems: string[] = [];
  const index = path.join(DIST, 'sitemap-index.xml');
  if (!existsSync(index)) return { urls: [], problems: ['dist/sitemap-index.xml is missing'] };
  const urls: string[] = [];
  for (const sitemap of locs(readFileSync(index, 'utf8'))) {
    if (!sitemap.startsWith(`${BASE_URL}/`)) {
      problems.push(`sitemap-index.xml names ${sitemap}, not on ${BASE_URL}`);
      continue;
    }
    const file = path.join(DIST, decodeURI(sitemap.slice(BASE_URL.length)));
    if (!existsSync(file)) {
      problems.push(`sitemap-index.xml names ${sitemap}, but dist has no such file`);
      continue;
    }
    urls.push(...locs(readFileSync(file, 'utf8')));
  }
  return { urls, problems };
}

describe('sitemap', () => {
  requireDist();
  const { urls, problems } = sitemapUrls();

  it('is readable', () => {
    expect(problems).toEqual([]);
    expect(urls.length).toBeGreaterThan(0);
  });

  it('lists every published profile', () => {
    const listed = new Set(urls);
    const missing = publishedProfiles()
      .map((p) => absoluteUrl(`/mo-hinh/${p.slug}/`))
      .filter((u) => !listed.has(u));
    expect(missing, `profiles missing from the sitemap:\n${missing.join('\n')}`).toEqual([]);
  });

  it('lists only built pages on the base URL, and not the 404 page', () => {
    const bad = urls.flatMap((u) => {
      if (!u.startsWith(`${BASE_URL}/`)) return [`${u}: not on ${BASE_URL}`];
      const sitePath = u.slice(BASE_URL.length);
      if (/^\/404(?:\.html|\/)?$/.test(sitePath)) return [`${u}: the 404 page`];
      const resolved = resolveSitePath(sitePath);
      return resolved.ok ? [] : [`${u}: ${resolved.reason}`];
    });
    expect(bad, bad.join('\n')).toEqual([]);
  });
});

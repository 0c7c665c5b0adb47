/**
 * Posters (/mo-hinh/<slug>/ap-phich/): one per published profile, a bare print view — not indexed,
 * canonical to the profile's permanent URL, left out of the sitemap — showing the title and unit
 * and carrying a QR code made at build time (inline SVG, no image request, no script needed).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedProfiles } from '../support/content.ts';
import { pageAt, requireDist, squash } from '../support/dist.ts';
import { canonicalOf, meta } from '../support/page-kinds.ts';
import { DIST } from '../support/paths.ts';
import { absoluteUrl } from '../support/site.ts';

/** Every <loc> of every sitemap file. */
function sitemapText(): string {
  const index = readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
  return [...index.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((m) => path.join(DIST, new URL(m[1] ?? '').pathname))
    .filter((f) => existsSync(f))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

describe('poster pages', () => {
  requireDist();
  const profiles = publishedProfiles();
  const sitemap = sitemapText();

  it.each(profiles.map((p) => [p.slug, p] as const))('%s', (_slug, profile) => {
    const posterPath = `/mo-hinh/${profile.slug}/ap-phich/`;
    const page = pageAt(posterPath);
    expect(page, `${posterPath} is not built`).toBeDefined();
    const doc = page!.doc;
    expect(meta(page!, 'robots')).toBe('noindex');
    expect(canonicalOf(page!)).toBe(absoluteUrl(`/mo-hinh/${profile.slug}/`));
    expect(sitemap).not.toContain(absoluteUrl(posterPath));
    expect(squash(doc.querySelector('h1')?.textContent ?? '')).toBe(profile.data.title);
    expect(squash(doc.querySelector('main')?.textContent ?? '')).toContain(profile.data.unit);
    expect(doc.querySelector('.site-header, nav, footer.site-footer'), 'site chrome on a poster').toBeNull();
    const qr = doc.querySelector('svg[role="img"]');
    expect(qr?.querySelector('path')?.getAttribute('d')?.length ?? 0, 'no QR code').toBeGreaterThan(100);
  });
});

/**
 * The A4 poster of a profile is part of its page, the poster view (#ap-phich, shown and printed
 * alone there: tests/e2e/poster-prints-one-a4-page-with-a-working-qr.test.ts): every published
 * profile's page carries it, hidden until opened, with the title, the unit and a QR code of the
 * permanent URL made at build time (inline SVG, no image request, no script needed), and links to
 * it. The old poster address, /mo-hinh/<slug>/ap-phich/, leads there permanently: one pattern rule
 * in `_redirects` and in the nginx map covers every profile (nginx's real 301:
 * nginx-redirects-aliases-with-301.test.ts), and each poster page that was published
 * (src/data/poster-pages.json) has a redirect page (noindex, canonical to the profile, not in the
 * sitemap) for hosts without redirect rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { qrPng } from '../../src/lib/qr.ts';
import { publishedPosterSlugs } from '../../src/lib/redirects.ts';
import { publishedProfiles } from '../support/content.ts';
import { pageAt, redirectTarget, requireDist, squash } from '../support/dist.ts';
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

/** The rule lines of a redirect file (not its comments). */
const ruleLines = (file: string): string[] =>
  readFileSync(path.join(DIST, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));

describe('the poster', () => {
  requireDist();
  const profiles = publishedProfiles();
  const sitemap = sitemapText();

  const published = new Set(publishedPosterSlugs);

  it.each(profiles.map((p) => [p.slug, p] as const))('%s: is the poster view of the profile page, and its old URL, if it had one, redirects there', (_slug, profile) => {
    const profilePath = `/mo-hinh/${profile.slug}/`;
    const page = pageAt(profilePath);
    expect(page, `${profilePath} is not built`).toBeDefined();
    const view = page!.doc.querySelector('#ap-phich');
    expect(view, 'no poster view').toBeTruthy();
    const poster = view!.querySelector('.poster');
    expect(squash(poster?.querySelector('.poster__title')?.textContent ?? '')).toBe(profile.data.title);
    expect(squash(poster?.textContent ?? '')).toContain(profile.data.unit);
    const url = absoluteUrl(profilePath);
    expect(squash(poster?.querySelector('.poster__url')?.textContent ?? '')).toBe(url);
    // The QR code is the one made for the permanent URL (decoded from the print: the e2e test).
    const qr = poster?.querySelector('.poster__qr img');
    expect(qr?.getAttribute('src'), 'no QR code of the permanent URL').toBe(`data:image/png;base64,${qrPng(url, { errorCorrection: 'Q' }).toString('base64')}`);
    expect(qr?.getAttribute('alt')?.trim(), 'the QR code has no alt text').toBeTruthy();
    expect(page!.doc.querySelectorAll('main a[href="#ap-phich"]').length, 'no link to the poster').toBeGreaterThan(0);

    // Every poster page that was published, under this slug or one of its aliases, leads here.
    for (const slug of [profile.slug, ...profile.data.aliases].filter((s) => published.has(s))) {
      const oldPath = `/mo-hinh/${slug}/ap-phich/`;
      const old = pageAt(oldPath);
      expect(old, `${oldPath} has no redirect page`).toBeDefined();
      expect(redirectTarget(old!)).toBe(`${profilePath}#ap-phich`);
      expect(meta(old!, 'robots')).toBe('noindex');
      expect(canonicalOf(old!)).toBe(url);
      expect(sitemap).not.toContain(absoluteUrl(oldPath));
    }
    // A profile that never had a poster page gets none: the pattern rules below cover its address.
    if (!published.has(profile.slug)) expect(pageAt(`${profilePath}ap-phich/`)).toBeUndefined();
  });

  it('has a redirect page for each published poster page whose profile is still published, and for no other', () => {
    const answering = new Set(profiles.flatMap((p) => [p.slug, ...p.data.aliases]));
    for (const slug of publishedPosterSlugs) {
      expect(pageAt(`/mo-hinh/${slug}/ap-phich/`) !== undefined, slug).toBe(answering.has(slug));
    }
  });

  it('has its old URLs covered by one 301 pattern in _redirects and in the nginx map', () => {
    expect(ruleLines('_redirects')).toEqual(expect.arrayContaining(['/mo-hinh/:slug/ap-phich/ /mo-hinh/:slug/#ap-phich 301', '/mo-hinh/:slug/ap-phich /mo-hinh/:slug/#ap-phich 301']));
    expect(ruleLines('nginx-redirects.conf')).toContain('~^/mo-hinh/(?<dhtt_slug>[a-z0-9-]+)/ap-phich/?$ "/mo-hinh/$dhtt_slug/#ap-phich";');
  });
});

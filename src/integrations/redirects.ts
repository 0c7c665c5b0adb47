/**
 * Permanent URLs: after the build, every old slug listed in a profile's `aliases` gets
 *   - a static page at /mo-hinh/<old>/ (meta refresh, canonical, a visible Vietnamese link),
 *   - a 301 rule in dist/_redirects (Netlify, Cloudflare Pages),
 *   - a 301 rule in dist/nginx-redirects.conf (an nginx `map` to include).
 * Every old poster page that was published, /mo-hinh/<slug>/ap-phich/ (src/data/poster-pages.json),
 * gets a static page too, and one pattern rule in each file covers every profile's: it leads to the
 * profile's poster view, /mo-hinh/<slug>/#ap-phich (the profile page prints as the A4 poster there;
 * issue 13). Profiles added since never had a poster page, so they need no page of their own.
 * The builders live in src/lib/redirects.ts; this only feeds them the content and dist/.
 * The build fails if an alias is invalid, shadows a live slug, or lands on a page that exists.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readProfileAliases } from '../lib/content-check.ts';
import { currentSlugOf, posterRedirects, profileRedirects, publishedPosterSlugs, writeRedirectFiles } from '../lib/redirects.ts';
import { profileUrl } from '../lib/routes.ts';
import { viLinks } from '../i18n/vi-links.ts';
import { site } from '../site.config.ts';

/** Old profile paths ("/mo-hinh/<alias>/") found in the content under `root`. */
export function aliasPaths(root: string): Set<string> {
  return new Set(readProfileAliases(root).flatMap((p) => p.aliases.map(profileUrl)));
}

/**
 * Whether a page belongs in the sitemap: not a redirect from an old slug. `page` is an absolute
 * URL, as @astrojs/sitemap passes it.
 */
export function inSitemap(page: string, oldPaths: ReadonlySet<string>): boolean {
  return !oldPaths.has(new URL(page).pathname);
}

export default function redirects(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'redirects',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const profiles = readProfileAliases(root);
        const rules = profileRedirects(profiles, profileUrl);
        const posters = posterRedirects(publishedPosterSlugs, profileUrl, currentSlugOf(profiles));
        const titles = new Map(profiles.map((p) => [profileUrl(p.slug), p.title]));
        for (const r of posters.rules) titles.set(r.to, `${viLinks['poster.pageTitle']}: ${titles.get(r.to.replace(/#.*$/, '')) ?? ''}`);
        const { pages } = await writeRedirectFiles(rules, fileURLToPath(dir), { baseUrl: site.baseUrl, siteName: site.name, titles, families: [posters] });
        logger.info(`${pages} đường dẫn cũ chuyển hướng (bí danh, áp phích cũ) / old URLs redirected (aliases, old posters: pages, _redirects, nginx-redirects.conf)`);
      },
    },
  };
}

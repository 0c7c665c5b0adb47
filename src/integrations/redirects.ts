/**
 * Permanent URLs: after the build, every old slug listed in a profile's `aliases` gets
 *   - a static page at /mo-hinh/<old>/ (meta refresh, canonical, a visible Vietnamese link),
 *   - a 301 rule in dist/_redirects (Netlify, Cloudflare Pages),
 *   - a 301 rule in dist/nginx-redirects.conf (an nginx `map` to include).
 * The builders live in src/lib/redirects.ts; this only feeds them the content and dist/.
 * The build fails if an alias is invalid, shadows a live slug, or lands on a page that exists.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readProfileAliases } from '../lib/content-check.ts';
import { profileRedirects, writeRedirectFiles } from '../lib/redirects.ts';
import { profilePosterUrl, profileUrl } from '../lib/routes.ts';
import { site } from '../site.config.ts';

/** Old profile paths ("/mo-hinh/<alias>/") found in the content under `root`. */
export function aliasPaths(root: string): Set<string> {
  return new Set(readProfileAliases(root).flatMap((p) => p.aliases.map(profileUrl)));
}

/**
 * Whether a page belongs in the sitemap: not a redirect from an old slug, not a poster (a print
 * view whose canonical is the profile). `page` is an absolute URL, as @astrojs/sitemap passes it.
 */
export function inSitemap(page: string, oldPaths: ReadonlySet<string>): boolean {
  const path = new URL(page).pathname;
  if (oldPaths.has(path)) return false;
  const slug = /^\/mo-hinh\/([^/]+)\/ap-phich\/$/.exec(path)?.[1];
  return !(slug && path === profilePosterUrl(slug));
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
        const titles = new Map(profiles.map((p) => [profileUrl(p.slug), p.title]));
        const { pages } = await writeRedirectFiles(rules, fileURLToPath(dir), { baseUrl: site.baseUrl, siteName: site.name, titles });
        logger.info(`${pages} đường dẫn cũ chuyển hướng / old URLs redirected (pages, _redirects, nginx-redirects.conf)`);
      },
    },
  };
}

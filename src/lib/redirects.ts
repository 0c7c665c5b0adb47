/**
 * Permanent URLs: a profile keeps its URL forever. When its slug changes, the old slug goes into
 * `aliases` and every old URL keeps working, three ways at once (and so does every old poster URL,
 * /mo-hinh/<slug>/ap-phich/, now the profile page's poster view: posterRedirects):
 *   - a static page at the old path (meta refresh + canonical + a visible Vietnamese link), which
 *     works on any static host and tells search engines where the page now lives;
 *   - `_redirects` rules (Netlify, Cloudflare Pages) for a real HTTP 301;
 *   - an nginx `map` include for a real HTTP 301 on the province's own server.
 * Pure builders plus one writer (writeRedirectFiles) for an integration's astro:build:done.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SLUG_PATTERN } from '../schema/common.ts';
import { viLinks } from '../i18n/vi-links.ts';
import posterPages from '../data/poster-pages.json' with { type: 'json' };

export interface AliasSource {
  slug: string;
  aliases: readonly string[];
}

/** One redirect between site paths, e.g. { from: "/mo-hinh/cu/", to: "/mo-hinh/moi/" }. */
export interface RedirectRule {
  from: string;
  to: string;
}

/** The profile's path; the same rule as src/lib/routes.ts profileUrl (kept here so this file stands alone). */
export const defaultProfilePath = (slug: string): string => `/mo-hinh/${slug}/`;

/**
 * Redirect rules from every profile's aliases. Throws (with every problem listed) on an alias that
 * is not a slug, equals a live slug, or is claimed by two profiles: a redirect there would hide a
 * page or send readers to the wrong one. Sorted by old path, so output files diff cleanly.
 */
export function profileRedirects(profiles: readonly AliasSource[], pathOf: (slug: string) => string = defaultProfilePath): RedirectRule[] {
  const live = new Set(profiles.map((p) => p.slug));
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const p of profiles) {
    for (const alias of p.aliases) {
      if (!SLUG_PATTERN.test(alias)) problems.push(`"${p.slug}": bí danh "${alias}" không phải đường dẫn hợp lệ / alias is not a valid slug`);
      else if (live.has(alias)) problems.push(`"${p.slug}": bí danh "${alias}" trùng đường dẫn của một hồ sơ đang có / alias is the slug of a live profile`);
      else if (owner.has(alias) && owner.get(alias) !== p.slug) problems.push(`bí danh "${alias}" thuộc cả "${owner.get(alias)}" và "${p.slug}" / alias claimed by two profiles`);
      owner.set(alias, owner.get(alias) ?? p.slug);
    }
  }
  if (problems.length > 0) throw new Error(`Chuyển hướng không hợp lệ / invalid redirects:\n  ${problems.join('\n  ')}`);
  return [...owner.entries()]
    .map(([alias, slug]) => ({ from: pathOf(alias), to: pathOf(slug) }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * A family of redirects that the server files write once, as a pattern, instead of one line per
 * path; each path still gets its static page (hosts that only serve files). `netlify` is a
 * `_redirects` pair with `:placeholders` (written with and without the trailing slash); `nginx` is
 * a regex key and a value of the `map`, the value quoted (it may hold "#").
 */
export interface RedirectFamily {
  rules: readonly RedirectRule[];
  netlify: { from: string; to: string };
  nginx: { from: string; to: string };
}

/** The id of the poster view in a profile page: /mo-hinh/<slug>/#ap-phich shows and prints only the A4 poster. */
export const POSTER_VIEW_ID = 'ap-phich';

/**
 * The old poster pages, /mo-hinh/<slug>/ap-phich/: the profile page now prints as the poster at its
 * poster view (#ap-phich), so each old poster URL redirects there, permanently. `oldSlugs` are the
 * slugs whose poster page was published (src/data/poster-pages.json: publishedPosterSlugs); each
 * gets an exact rule, and so a static page, to the poster view of the profile that now has that slug
 * or that alias (`currentSlug`; a slug no profile answers to any more gets none). The pattern rules
 * send every other /mo-hinh/<slug>/ap-phich/ to /mo-hinh/<slug>/#ap-phich. Sorted by old path.
 */
export function posterRedirects(
  oldSlugs: readonly string[],
  pathOf: (slug: string) => string = defaultProfilePath,
  currentSlug: (slug: string) => string | undefined = (slug) => slug,
): RedirectFamily {
  const profile = pathOf(':slug');
  return {
    rules: [...oldSlugs]
      .sort()
      .flatMap((slug) => {
        const now = currentSlug(slug);
        return now === undefined ? [] : [{ from: `${pathOf(slug)}${POSTER_VIEW_ID}/`, to: `${pathOf(now)}#${POSTER_VIEW_ID}` }];
      }),
    netlify: { from: `${profile}${POSTER_VIEW_ID}/`, to: `${profile}#${POSTER_VIEW_ID}` },
    nginx: {
      from: `~^${pathOf('(?<dhtt_slug>[a-z0-9-]+)')}${POSTER_VIEW_ID}/?$`,
      to: `"${pathOf('$dhtt_slug')}#${POSTER_VIEW_ID}"`,
    },
  };
}

/** The slugs whose own poster page, /mo-hinh/<slug>/ap-phich/, was published (src/data/poster-pages.json). */
export const publishedPosterSlugs: readonly string[] = posterPages.slugs;

/** The profile a slug names today: its own slug, or the slug of the profile that lists it in `aliases`. */
export function currentSlugOf(profiles: readonly AliasSource[]): (slug: string) => string | undefined {
  const now = new Map<string, string>();
  for (const p of profiles) for (const alias of p.aliases) now.set(alias, p.slug);
  for (const p of profiles) now.set(p.slug, p.slug);
  return (slug) => now.get(slug);
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface RedirectPageOptions {
  /** Absolute site base URL, no trailing slash (site.baseUrl). */
  baseUrl: string;
  /** Title of the target page, shown in the link when known. */
  targetTitle?: string;
  siteName?: string;
}

/**
 * The static page at a redirect's old path. The target is absolute in the canonical link (what
 * search engines keep) and root-relative in the refresh and the link (works on any mirror).
 */
export function redirectPageHtml(rule: RedirectRule, options: RedirectPageOptions): string {
  const base = options.baseUrl.replace(/\/+$/, '');
  // The canonical URL is the page, without the view a fragment opens in it.
  const canonical = `${base}${rule.to.replace(/#.*$/, '')}`;
  const to = escapeHtml(rule.to);
  const linkText = escapeHtml(options.targetTitle ?? canonical);
  const title = escapeHtml(options.siteName ? `${viLinks['redirect.title']} — ${options.siteName}` : viLinks['redirect.title']);
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta http-equiv="refresh" content="0; url=${to}">
</head>
<body>
<p>${escapeHtml(viLinks['redirect.moved'])} <a href="${to}">${linkText}</a>.</p>
<p>${escapeHtml(viLinks['redirect.update'])}</p>
</body>
</html>
`.normalize('NFC');
}

/** Both spellings of an old path: with and without the trailing slash. */
function variants(path: string): string[] {
  const bare = path.replace(/\/+$/, '');
  return bare && bare !== path ? [path, bare] : [path];
}

/** `_redirects` (Netlify, Cloudflare Pages): one "old new 301" line per old spelling, then one pair per family. */
export function netlifyRedirects(rules: readonly RedirectRule[], families: readonly RedirectFamily[] = []): string {
  const lines = ['# Đường dẫn cũ của hồ sơ → đường dẫn hiện nay (tạo tự động khi build; đừng sửa tay).'];
  for (const r of rules) for (const from of variants(r.from)) lines.push(`${from} ${r.to} 301`);
  for (const f of families) for (const from of variants(f.netlify.from)) lines.push(`${from} ${f.netlify.to} 301`);
  return `${lines.join('\n')}\n`;
}

/** An nginx `map` of old paths to new ones, with how to use it. */
export function nginxRedirectMap(rules: readonly RedirectRule[], variable = '$dhtt_redirect', families: readonly RedirectFamily[] = []): string {
  const header = [
    '# Đường dẫn cũ của hồ sơ → đường dẫn hiện nay (tạo tự động khi build; đừng sửa tay).',
    '# Old profile paths → current paths. Generated at build time; do not edit.',
    '#',
    '# The server blocks in deploy/nginx/ include it and apply it (dist/_nginx/server.conf). Otherwise:',
    '# in the http {} block',
    '#     include /path/to/dist/nginx-redirects.conf;',
    '# and in the site\'s server {} block',
    `#     if (${variable}) { return 301 ${variable}; }`,
    '# With many long paths nginx may ask for a larger "map_hash_bucket_size" (e.g. 128).',
  ];
  // Exact paths first; nginx tries a map's regexes (families) only when no exact path matches.
  const body = [
    ...rules.flatMap((r) => variants(r.from).map((from) => `    ${from} ${r.to};`)),
    ...families.map((f) => `    ${f.nginx.from} ${f.nginx.to};`),
  ];
  return `${header.join('\n')}\nmap $uri ${variable} {\n    default "";\n${body.join('\n')}\n}\n`;
}

export interface WriteRedirectsOptions extends RedirectPageOptions {
  /** Titles of target pages by path, for the link text. */
  titles?: ReadonlyMap<string, string>;
  /** File names; defaults "_redirects" and "nginx-redirects.conf". */
  netlifyFile?: string;
  nginxFile?: string;
  /** Write the static pages too (default true). False when Astro routes already build them. */
  pages?: boolean;
  /** Redirect families: a static page per rule, one pattern each in `_redirects` and the nginx map. */
  families?: readonly RedirectFamily[];
}

/**
 * Write the redirect pages (<outDir>/<old path>/index.html), `_redirects` and the nginx include.
 * Refuses to overwrite a page the site itself built at an old path.
 */
export async function writeRedirectFiles(rules: readonly RedirectRule[], outDir: string, options: WriteRedirectsOptions): Promise<{ pages: number }> {
  const pages = options.pages ?? true;
  const families = options.families ?? [];
  const pageRules = pages ? [...rules, ...families.flatMap((f) => f.rules)] : [];
  for (const r of pageRules) {
    if (!r.from.startsWith('/') || r.from.includes('..')) throw new Error(`redirect: "${r.from}" is not a clean site path`);
    const file = join(outDir, r.from, 'index.html');
    if (existsSync(file)) throw new Error(`redirect: ${r.from} đã có trang thật, không ghi đè / a built page already exists at ${r.from}`);
    await mkdir(dirname(file), { recursive: true });
    const targetTitle = options.titles?.get(r.to);
    await writeFile(file, redirectPageHtml(r, { ...options, ...(targetTitle ? { targetTitle } : {}) }), 'utf8');
  }
  await writeFile(join(outDir, options.netlifyFile ?? '_redirects'), netlifyRedirects(rules, families), 'utf8');
  await writeFile(join(outDir, options.nginxFile ?? 'nginx-redirects.conf'), nginxRedirectMap(rules, undefined, families), 'utf8');
  return { pages: pageRules.length };
}

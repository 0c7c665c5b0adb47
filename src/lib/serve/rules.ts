/**
 * How the built site is served: the ONE definition of caching, framing, CORS, MIME types and
 * security headers. The nginx include (src/lib/serve/nginx.ts) and the static hosts' `_headers`
 * (src/lib/serve/static-hosts.ts) are generated from it at build time, and the tests compare what a
 * real nginx answers with `headersFor()` below, so the three cannot drift apart.
 *
 * Paths follow the URL contract: embeds under /nhung/, feeds under /rss/, oEmbed documents under
 * /oembed/, open data files under /du-lieu/, Astro's hashed assets under /_astro/, Pagefind under
 * /pagefind/ (and /pagefind-2/, … on a site large enough for several bundles: src/lib/search/bundles.ts)
 * and the quick search index under /tim-kiem/nhanh/<hash>/.
 */

/** Cache-Control values, by how a file changes. */
export const CACHE = {
  /** The name changes when the content does: keep it for a year, never ask again. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, Pagefind's entry files: always ask the server (a 304 is cheap); links to hashed files stay right. */
  revalidate: 'public, max-age=0, must-revalidate',
  /** Feeds, open data, oEmbed: readers and aggregators may keep them an hour. */
  data: 'public, max-age=3600, must-revalidate',
  /** Images and other files whose names do not change: a day. */
  files: 'public, max-age=86400, must-revalidate',
} as const;

export type CacheKind = keyof typeof CACHE;

/** One class of paths, with what the server says about them. First matching rule wins. */
export interface PathRule {
  name: string;
  /** Matches the request path (decoded, no query). Written so that JavaScript and PCRE (nginx) read it alike. */
  pattern: RegExp;
  cache: CacheKind;
  /** Access-Control-Allow-Origin: * (feeds, oEmbed, open data files). */
  cors?: boolean;
  /** Other sites may put the page in an iframe (embeds). */
  framable?: boolean;
  /** MIME types that differ here from the site-wide table (extension → type). */
  types?: Readonly<Record<string, string>>;
  /** The editors' CMS (Decap) at /admin/: its own Content-Security-Policy (see contentSecurityPolicy). */
  editor?: boolean;
}

/** Files of a build that are for the server or the host, never for readers. */
export const PRIVATE_FILES = /^\/(?:_nginx\/|_headers$|_redirects$|nginx-redirects\.conf$)/;

/** A path that ends in "/" or ".html": a page. */
const PAGE = '(?:/|\\.html)$';

export const PATH_RULES: readonly PathRule[] = [
  { name: 'hashed assets', pattern: /^\/_astro\//, cache: 'immutable' },
  // Pagefind names its index, fragment, filter and meta files by their content; its entry files
  // (pagefind.js, pagefind-entry.json, the wasm) keep their names and must be revalidated.
  { name: 'search index (hashed)', pattern: /^\/pagefind(?:-\d+)?\/.+\.pf_(?:meta|index|fragment|filter)$/, cache: 'immutable' },
  { name: 'search index (entry)', pattern: /^\/pagefind(?:-\d+)?\//, cache: 'revalidate' },
  { name: 'quick index', pattern: /^\/tim-kiem\/nhanh\/[0-9a-f]{6,}\//, cache: 'immutable' },
  { name: 'embed pages', pattern: /^\/nhung\//, cache: 'revalidate', framable: true },
  // Decap CMS (src/integrations/cms.ts): its file names do not change with its version.
  { name: 'CMS (editors)', pattern: /^\/admin\//, cache: 'revalidate', editor: true },
  {
    name: 'feeds',
    pattern: /^\/rss\//,
    cache: 'data',
    cors: true,
    types: { xml: 'application/rss+xml', json: 'application/feed+json' },
  },
  { name: 'oEmbed', pattern: /^\/oembed\//, cache: 'data', cors: true, types: { json: 'application/json+oembed' } },
  { name: 'open data page', pattern: new RegExp(`^/du-lieu/(?:.*${PAGE.slice(0, -1)})?$`), cache: 'revalidate' },
  { name: 'open data files', pattern: /^\/du-lieu\//, cache: 'data', cors: true },
  { name: 'pages', pattern: new RegExp(PAGE), cache: 'revalidate' },
  { name: 'feeds and data elsewhere', pattern: /\.(?:xml|json|txt|csv)$/, cache: 'revalidate' },
  { name: 'other files', pattern: /^\//, cache: 'files' },
];

/** The rule a request path falls under (the last rule matches every path). */
export function ruleFor(path: string): PathRule {
  const rule = PATH_RULES.find((r) => r.pattern.test(path));
  if (!rule) throw new Error(`no serving rule for "${path}"`);
  return rule;
}

/** Content types by extension, for every kind of file the site ships. Text types get "; charset=utf-8". */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  map: 'application/json',
  webmanifest: 'application/manifest+json',
  xml: 'application/xml',
  xsl: 'application/xslt+xml',
  txt: 'text/plain',
  csv: 'text/csv',
  // The CMS's configuration (/admin/config.yml).
  yml: 'text/yaml',
  ics: 'text/calendar',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  zip: 'application/zip',
  wasm: 'application/wasm',
  // Pagefind's own files: gzip data its script unpacks; never to be sniffed or compressed again.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Types that are text: served with "; charset=utf-8" and worth compressing. */
export const TEXT_TYPES: readonly string[] = [
  'text/html',
  'text/css',
  'text/javascript',
  'text/plain',
  'text/csv',
  'text/yaml',
  'text/calendar',
  'application/json',
  'application/feed+json',
  'application/json+oembed',
  'application/manifest+json',
  'application/xml',
  'application/rss+xml',
  'application/xslt+xml',
  'image/svg+xml',
];

const extOf = (path: string): string => /\.([a-z0-9_]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';

/** The Content-Type the server sends for a file path ("/rss/index.json" → "application/feed+json; charset=utf-8"). */
export function contentTypeFor(path: string): string {
  const ext = extOf(path.endsWith('/') ? `${path}index.html` : path);
  const type = ruleFor(path).types?.[ext] ?? MIME_TYPES[ext] ?? 'application/octet-stream';
  return TEXT_TYPES.includes(type) ? `${type}; charset=utf-8` : type;
}

/** Whether a built file is text worth compressing (by extension): nginx gzips it, on the fly or from a .gz sibling. */
export function isCompressible(path: string): boolean {
  const type = MIME_TYPES[extOf(path)];
  return type !== undefined && TEXT_TYPES.includes(type);
}

/**
 * Files the build writes one of per profile, commune, field…: the pages (HTML), the oEmbed
 * documents and the quick search index's card files (tim-kiem/nhanh/<hash>/d/<n>.json, ~0.6 KB,
 * a few fetched per search). nginx compresses them on the fly (gzip on, level 5: well under a
 * millisecond for a 40 KB page) instead of from a .gz sibling, which would add a fifth to a
 * quarter again to the output of every profile (issue 13: dist per profile; the card files' .gz
 * took ~0.4 KB a profile).
 */
const PER_ENTRY = /(?:^|\/)(?:[^/]+\.html|oembed\/.+\.json|tim-kiem\/nhanh\/[^/]+\/d\/[^/]+\.json)$/;

/**
 * Whether the build writes a precompressed .gz sibling for nginx's gzip_static (at maximum
 * compression, once): the compressible files every page shares or readers fetch whole — styles,
 * scripts, search index entry files, feeds, open data, the sitemap, SVG — but not the pages,
 * oEmbed documents and quick index card files (PER_ENTRY). Paths with or without the leading "/".
 */
export function isPrecompressed(path: string): boolean {
  return isCompressible(path) && !PER_ENTRY.test(path.replace(/^\/+/, ''));
}

/** sha256 sources ('sha256-…') the pages need, found by scanning the built HTML (src/lib/serve/inline.ts). */
export interface InlineHashes {
  /** Inline <script> elements that run. */
  scripts: readonly string[];
  /** Inline <style> elements. */
  styles: readonly string[];
  /** Inline event handler attributes (need 'unsafe-hashes'). */
  scriptAttributes: readonly string[];
  /** style="" attributes (need 'unsafe-hashes'). */
  styleAttributes: readonly string[];
}

export const NO_INLINE: InlineHashes = { scripts: [], styles: [], scriptAttributes: [], styleAttributes: [] };

const quoted = (hashes: readonly string[]): string[] => hashes.map((h) => `'${h}'`);

/**
 * The Content-Security-Policy: everything from the site's own origin, inline code only by hash,
 * WebAssembly for Pagefind ('wasm-unsafe-eval'), no plugins, no <base> or form targets elsewhere.
 * `framable` opens frame-ancestors to every site (embed pages) instead of none.
 */
export function contentSecurityPolicy(inline: InlineHashes, { framable = false, editor = false }: { framable?: boolean; editor?: boolean } = {}): string {
  const unsafeHashes = (attrs: readonly string[]): string[] => (attrs.length > 0 ? ["'unsafe-hashes'", ...quoted(attrs)] : []);
  if (editor) {
    // Decap CMS, for editors only (/admin/, noindex): a React app that injects its styles at run
    // time ('unsafe-inline' styles), compiles its config validator ('unsafe-eval'), previews
    // uploads (blob:) and, when editing on the editor's own computer, talks to decap-server on
    // 127.0.0.1 (npm run cms). Its scripts still come only from this site.
    return [
      "default-src 'self'",
      "script-src 'self' 'unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self' http://127.0.0.1:* http://localhost:*",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
  }
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...quoted(inline.scripts), ...unsafeHashes(inline.scriptAttributes)]],
    ['style-src', ["'self'", ...quoted(inline.styles), ...unsafeHashes(inline.styleAttributes)]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', [framable ? '*' : "'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`).join('; ');
}

/** Headers every response carries, whatever the path. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Web Share and clipboard stay allowed: the profile pages' share and copy buttons use them.
  'Permissions-Policy': 'accelerometer=(), autoplay=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
};

/** HSTS, sent over HTTPS only (the TLS example). No includeSubDomains: an agency's other hosts may still be plain HTTP. */
export const HSTS = 'max-age=31536000';

/** Every header (but Content-Type and HSTS) the server sends for a path, by the rules above. */
export function headersFor(path: string, inline: InlineHashes): Record<string, string> {
  const rule = ruleFor(path);
  return {
    'Cache-Control': CACHE[rule.cache],
    ...COMMON_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(inline, { framable: rule.framable ?? false, editor: rule.editor ?? false }),
    ...(rule.framable ? {} : { 'X-Frame-Options': 'DENY' }),
    ...(rule.cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
  };
}

/** Names of the headers `headersFor` may send; a test checks the absent ones are absent. */
export const MANAGED_HEADERS: readonly string[] = [
  'Cache-Control',
  ...Object.keys(COMMON_HEADERS),
  'Content-Security-Policy',
  'X-Frame-Options',
  'Access-Control-Allow-Origin',
];

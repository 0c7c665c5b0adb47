/**
 * nginx configuration, generated from the serving rules (src/lib/serve/rules.ts):
 *   - `serverInclude()`  → dist/_nginx/server.conf, the inside of the site's server {} block
 *     (MIME types, gzip, 404 page, alias redirects, one location per rule with its headers). It
 *     holds the CSP hashes of this build, so the build writes it next to the pages it describes.
 *   - `httpInclude()`    → dist/_nginx/http.conf, what must sit in the http {} block (the HSTS map).
 *   - `siteConf()`       → the server block an agency installs (deploy/nginx/*.conf, committed) and
 *     the one `npm run serve:nginx` and the tests run: it only names paths and includes the above.
 *   - `mainConf()`       → a whole nginx.conf for a local run in a temporary prefix folder.
 */
import { CACHE, COMMON_HEADERS, contentSecurityPolicy, HSTS, MIME_TYPES, PATH_RULES, PRIVATE_FILES, TEXT_TYPES, type InlineHashes, type PathRule } from './rules.ts';

/** The nginx variable the alias map (src/lib/redirects.ts nginxRedirectMap) sets. */
export const REDIRECT_VARIABLE = '$dhtt_redirect';
const HSTS_VARIABLE = '$dhtt_hsts';

/** Where the build writes the nginx includes, relative to dist/. */
export const NGINX_DIR = '_nginx';
export const SERVER_INCLUDE = `${NGINX_DIR}/server.conf`;
export const HTTP_INCLUDE = `${NGINX_DIR}/http.conf`;
export const REDIRECTS_INCLUDE = 'nginx-redirects.conf';

const GENERATED = [
  '# Tạo tự động khi build từ src/lib/serve/rules.ts; đừng sửa tay, hãy build lại.',
  '# Generated at build time from src/lib/serve/rules.ts; do not edit, rebuild instead.',
];

/** A value in double quotes for nginx ("\" and '"' escaped). */
const q = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A regular expression as an nginx quoted string: JavaScript's "\/" written "/" (PCRE reads both
 * alike), and a backslash doubled only where nginx would read it as an escape (\" \' \\ \t \r \n).
 */
export const nginxRegex = (re: RegExp): string =>
  `"${re.source.replace(/\\([\s\S])|"/g, (_all, escaped?: string) => {
    if (escaped === undefined) return '\\"';
    if (escaped === '/') return '/';
    if (!/["'\\trn]/.test(escaped)) return `\\${escaped}`;
    return `\\\\${escaped === '"' || escaped === '\\' ? '\\' : ''}${escaped}`;
  })}"`;

function typesBlock(overrides: Readonly<Record<string, string>> = {}, indent = '    '): string[] {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries({ ...MIME_TYPES, ...overrides })) byType.set(type, [...(byType.get(type) ?? []), ext]);
  return [`${indent}types {`, ...[...byType].map(([type, exts]) => `${indent}    ${type} ${exts.join(' ')};`), `${indent}}`];
}

function locationBlock(rule: PathRule, inline: InlineHashes): string[] {
  const lines = [`# ${rule.name}`, `location ~ ${nginxRegex(rule.pattern)} {`];
  if (rule.types) lines.push(...typesBlock(rule.types, '    '));
  // add_header in a location replaces every add_header above it: each location lists them all.
  const headers: [string, string][] = [
    ['Cache-Control', CACHE[rule.cache]],
    ...Object.entries(COMMON_HEADERS),
    ['Content-Security-Policy', contentSecurityPolicy(inline, { framable: rule.framable ?? false, editor: rule.editor ?? false })],
    ...(rule.framable ? [] : ([['X-Frame-Options', 'DENY']] as [string, string][])),
    ...(rule.cors ? ([['Access-Control-Allow-Origin', '*']] as [string, string][]) : []),
  ];
  for (const [name, value] of headers) lines.push(`    add_header ${name} ${q(value)} always;`);
  lines.push(`    add_header Strict-Transport-Security ${HSTS_VARIABLE} always;`);
  lines.push('}');
  return lines;
}

/** dist/_nginx/server.conf: the body of the site's server {} block. */
export function serverInclude(inline: InlineHashes): string {
  const lines = [
    ...GENERATED,
    '# Include inside the server {} block, after root. See docs/deploy.vi.md.',
    '',
    'index index.html;',
    'absolute_redirect off;',
    'server_tokens off;',
    'charset utf-8;',
    // text/html is in charset_types and gzip_types already; naming it again makes nginx warn.
    `charset_types ${TEXT_TYPES.filter((t) => t !== 'text/html').join(' ')};`,
    'default_type application/octet-stream;',
    ...typesBlock({}, ''),
    '',
    '# Precompressed .gz files written by the build (styles, scripts, data), gzip on the fly for the rest (pages, oEmbed).',
    'gzip on;',
    'gzip_static on;',
    'gzip_vary on;',
    'gzip_proxied any;',
    'gzip_comp_level 5;',
    'gzip_min_length 256;',
    `gzip_types ${TEXT_TYPES.filter((t) => t !== 'text/html').join(' ')};`,
    '',
    "# The site's own 404 page, with status 404 (also for a folder without a page, 403 by default).",
    'error_page 404 /404.html;',
    'error_page 403 =404 /404.html;',
    '',
    '# Old profile addresses (aliases) → current ones, as real 301s (map in nginx-redirects.conf).',
    `if (${REDIRECT_VARIABLE}) {`,
    `    return 301 ${REDIRECT_VARIABLE};`,
    '}',
    '',
    '# Files for the server and static hosts, not for readers.',
    `location ~ ${nginxRegex(PRIVATE_FILES)} {`,
    '    return 404;',
    '}',
    '',
  ];
  for (const rule of PATH_RULES) lines.push(...locationBlock(rule, inline), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** dist/_nginx/http.conf: HSTS only over HTTPS (an empty value sends no header). */
export function httpInclude(): string {
  return [
    ...GENERATED,
    '# Include inside the http {} block (deploy/nginx/*.conf do).',
    '',
    `map $scheme ${HSTS_VARIABLE} {`,
    `    https ${q(HSTS)};`,
    '    default "";',
    '}',
    '',
  ].join('\n');
}

export interface SiteConfOptions {
  /** Absolute path of the built site (dist/). */
  root: string;
  serverName: string;
  /** `listen` arguments, e.g. ["80", "[::]:80"] or ["127.0.0.1:8080"]. */
  listen: readonly string[];
  /** TLS certificate and key: adds `ssl` to every listen and the HTTP→HTTPS server. */
  tls?: { certificate: string; key: string };
  /** Where the build's includes are (default: root). Tests point the redirects elsewhere. */
  includeDir?: string;
  redirectsFile?: string;
  /** Lines placed first, as comments (what to replace before use). */
  comment?: readonly string[];
}

/** The site's nginx configuration, for the http {} block (Debian: /etc/nginx/sites-available/). */
export function siteConf(options: SiteConfOptions): string {
  const dir = (options.includeDir ?? options.root).replace(/\/+$/, '');
  const root = options.root.replace(/\/+$/, '');
  // "listen … ssl http2" rather than "http2 on": Debian 12's nginx (1.22) predates the latter.
  const ssl = options.tls ? ' ssl http2' : '';
  const lines = [
    ...(options.comment ?? []).map((c) => (c ? `# ${c}` : '#')),
    ...(options.comment?.length ? [''] : []),
    `include ${dir}/${HTTP_INCLUDE};`,
    `include ${options.redirectsFile ?? `${dir}/${REDIRECTS_INCLUDE}`};`,
    '',
  ];
  // Plain HTTP on port 80 answers with a redirect to HTTPS (when HTTPS is on the usual port 443).
  const redirectListen = options.tls ? options.listen.filter((l) => /(?:^|:)443$/.test(l)).map((l) => l.replace(/443$/, '80')) : [];
  if (redirectListen.length > 0) {
    lines.push(
      'server {',
      ...redirectListen.map((l) => `    listen ${l};`),
      `    server_name ${options.serverName};`,
      '    return 301 https://$host$request_uri;',
      '}',
      '',
    );
  }
  lines.push(
    'server {',
    ...options.listen.map((l) => `    listen ${l}${ssl};`),
    `    server_name ${options.serverName};`,
    `    root ${root};`,
  );
  if (options.tls) {
    lines.push(
      `    ssl_certificate ${options.tls.certificate};`,
      `    ssl_certificate_key ${options.tls.key};`,
      '    ssl_protocols TLSv1.2 TLSv1.3;',
      '    ssl_session_cache shared:dhtt_ssl:10m;',
    );
  }
  lines.push(`    include ${dir}/${SERVER_INCLUDE};`, '}', '');
  return lines.join('\n');
}

export interface MainConfOptions {
  /** The temporary prefix folder: pid, logs and temp paths go there. */
  prefix: string;
  /** Path of the site configuration to include (siteConf output). */
  siteFile: string;
  /** The user name to run workers as when started by root (nginx ignores it otherwise). */
  user?: string;
  accessLog?: boolean;
}

/** A whole nginx.conf for a local, foreground run in `prefix`. */
export function mainConf({ prefix, siteFile, user, accessLog = false }: MainConfOptions): string {
  const p = prefix.replace(/\/+$/, '');
  return [
    'daemon off;',
    'worker_processes 1;',
    ...(user ? [`user ${user};`] : []),
    `pid ${p}/nginx.pid;`,
    `error_log ${p}/error.log warn;`,
    'events {',
    '    worker_connections 1024;',
    '}',
    'http {',
    `    access_log ${accessLog ? `${p}/access.log` : 'off'};`,
    `    client_body_temp_path ${p}/client_body;`,
    `    proxy_temp_path ${p}/proxy;`,
    `    fastcgi_temp_path ${p}/fastcgi;`,
    `    uwsgi_temp_path ${p}/uwsgi;`,
    `    scgi_temp_path ${p}/scgi;`,
    '    sendfile on;',
    '    tcp_nopush on;',
    '    keepalive_timeout 65;',
    '    map_hash_bucket_size 128;',
    `    include ${siteFile};`,
    '}',
    '',
  ].join('\n');
}

/**
 * The serving rules (src/lib/serve/rules.ts) for static hosts:
 *   - `_headers` for Netlify and Cloudflare Pages, written from the list of built files. Both hosts
 *     ADD the headers of every rule a path matches, so the headers that differ between paths
 *     (caching, framing, CORS) are written for non-overlapping patterns: a folder whose files all
 *     get the same headers becomes "/folder/*", other files are named one by one. The headers
 *     every path gets are written once, for "/*".
 *   - the GitHub Pages workflow: GitHub Pages cannot set headers at all (no CSP, no caching rules,
 *     no 301s; the alias pages' meta refresh still works).
 * `_redirects` is written by the redirects integration (src/lib/redirects.ts), from the same aliases
 * as the nginx map.
 */
import { COMMON_HEADERS, headersFor, PRIVATE_FILES, type InlineHashes } from './rules.ts';

/** Cloudflare Pages reads at most this many rules from _headers. */
export const CLOUDFLARE_MAX_RULES = 100;

/** The URL a built file answers at: "a/index.html" → "/a/", "a/b.css" → "/a/b.css". */
export function urlOfFile(relPath: string): string {
  const p = `/${relPath.split('\\').join('/')}`;
  return p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p;
}

/** The headers that depend on the path (all but the common ones), as one comparable string. */
function specific(url: string, inline: InlineHashes): [string, string][] {
  return Object.entries(headersFor(url, inline)).filter(([name]) => !(name in COMMON_HEADERS));
}

interface Folder {
  files: string[];
  folders: Map<string, Folder>;
}

const newFolder = (): Folder => ({ files: [], folders: new Map() });

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/**
 * Non-overlapping header rules for the built files (`relPaths`, relative to dist/, "/" separated).
 * Precompressed .gz siblings and the server's own files are left out.
 */
export function headerRules(relPaths: readonly string[], inline: InlineHashes): HeaderRule[] {
  const tree = newFolder();
  for (const rel of relPaths) {
    if (rel.endsWith('.gz') || PRIVATE_FILES.test(`/${rel}`)) continue;
    const parts = rel.split('/');
    let node = tree;
    for (const part of parts.slice(0, -1)) {
      let next = node.folders.get(part);
      if (!next) node.folders.set(part, (next = newFolder()));
      node = next;
    }
    node.files.push(parts[parts.length - 1] ?? '');
  }
  const rules: HeaderRule[] = [];
  const key = (h: [string, string][]): string => JSON.stringify(h);
  /** Every URL under a folder, with its headers. */
  const urls = (node: Folder, base: string): [string, [string, string][]][] => [
    ...node.files.map((f): [string, [string, string][]] => {
      const url = urlOfFile(`${base}${f}`.slice(1));
      return [url, specific(url, inline)];
    }),
    ...[...node.folders].flatMap(([name, sub]) => urls(sub, `${base}${name}/`)),
  ];
  const visit = (node: Folder, base: string): void => {
    const all = urls(node, base);
    const kinds = new Set(all.map(([, h]) => key(h)));
    if (base !== '/' && kinds.size === 1 && all[0]) {
      rules.push({ pattern: `${base}*`, headers: all[0][1] });
      return;
    }
    for (const f of [...node.files].sort()) {
      const url = urlOfFile(`${base}${f}`.slice(1));
      rules.push({ pattern: url, headers: specific(url, inline) });
    }
    for (const [name, sub] of [...node.folders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) visit(sub, `${base}${name}/`);
  };
  visit(tree, '/');
  return rules;
}

/** The `_headers` file (Netlify, Cloudflare Pages). */
export function headersFile(relPaths: readonly string[], inline: InlineHashes): { text: string; rules: number } {
  const rules = headerRules(relPaths, inline);
  const lines = [
    '# Tiêu đề HTTP cho Netlify / Cloudflare Pages, tạo tự động khi build từ src/lib/serve/rules.ts; đừng sửa tay.',
    '# HTTP headers for Netlify / Cloudflare Pages, generated at build time from src/lib/serve/rules.ts; do not edit.',
    '/*',
    ...Object.entries(COMMON_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const rule of rules) lines.push(rule.pattern, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  return { text: `${lines.join('\n')}\n`, rules: rules.length + 1 };
}

/** The GitHub Pages workflow (deploy/github-pages/pages.yml; copy it to .github/workflows/). */
export function githubPagesWorkflow(): string {
  return `# Dựng trang và đăng lên GitHub Pages mỗi lần đẩy lên nhánh main.
# Builds the site and publishes it on GitHub Pages on every push to main.
#
# Cách dùng / use: copy this file to .github/workflows/pages.yml; in the repository's
# Settings → Pages choose "GitHub Actions"; in Settings → Variables set SITE_URL to the
# site's real address (or set baseUrl in src/site.config.ts).
#
# GitHub Pages cannot set HTTP headers: no Content-Security-Policy, no caching rules, no real
# 301s (old profile addresses still lead on, through their redirect pages). Prefer nginx
# (deploy/nginx/) or a host that reads _headers (Netlify, Cloudflare Pages).
# Tạo từ src/lib/serve/static-hosts.ts (npm run deploy:files); đừng sửa tay.
name: pages

on:
  push:
    branches: [main]
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: true

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci --no-audit --no-fund
      # What earlier builds made (after npm ci, which empties node_modules/): preview images, the
      # content store with the rendered bodies, the content check's memo, and the incremental
      # build's pages (node_modules/.astro); a build then redoes only what changed.
      - uses: actions/cache@v4
        with:
          path: |
            node_modules/.cache
            node_modules/.astro
          key: build-cache-\${{ github.sha }}
          restore-keys: build-cache-
      - run: npm run build
        env:
          SITE_URL: \${{ vars.SITE_URL }}
      - uses: actions/upload-pages-artifact@v3
        with:
          path: dist
  deploy:
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}

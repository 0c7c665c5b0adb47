/**
 * Reading the built site (dist/) the way a static host serves it:
 * "/a/b/" is dist/a/b/index.html, "/robots.txt" is dist/robots.txt.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST, rel } from './paths.ts';

export interface BuiltPage {
  /** Absolute file path in dist/. */
  file: string;
  /** Site path the file is served at: "/", "/mo-hinh/abc/", "/404.html". */
  path: string;
  html: string;
  doc: HTMLElement;
}

/** Fails with a clear message when the site has not been built. */
export function requireDist(): void {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error(`${rel(DIST)}/index.html not found: build the site first ("npm run build"; "npm test" does it for you).`);
  }
}

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

let allFilesMemo: string[] | undefined;
/** Every file in dist/, sorted, absolute paths. */
export function listDistFiles(): string[] {
  requireDist();
  allFilesMemo ??= walk(DIST, []).sort();
  return allFilesMemo;
}

/**
 * The CMS at /admin/ is the editors' tool, not a page of the site: Decap's script app (a page with
 * one script and no content of ours), kept out of the sitemap and robots' reach (noindex). The
 * site's page tests (HTML validity, links, no-script reading pages, preview tags…) do not apply to
 * it; tests/build/cms-admin-is-self-hosted.test.ts and tests/e2e/cms-editor-creates-a-draft.test.ts
 * test it instead.
 */
const ADMIN = path.join(DIST, 'admin') + path.sep;

export function listHtmlFiles(): string[] {
  return listDistFiles().filter((f) => f.endsWith('.html') && !f.startsWith(ADMIN));
}

/** The site path a built file answers to. */
export function pagePathOf(file: string): string {
  const relPath = path.relative(DIST, file).split(path.sep).join('/');
  if (relPath === 'index.html') return '/';
  if (relPath.endsWith('/index.html')) return `/${relPath.slice(0, -'index.html'.length)}`;
  return `/${relPath}`;
}

/** Parse HTML keeping <pre> and <noscript> as markup, so their links and ids are seen. */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false, blockTextElements: { script: true, style: true } });
}

const pageMemo = new Map<string, BuiltPage>();
export function loadPage(file: string): BuiltPage {
  let page = pageMemo.get(file);
  if (!page) {
    const html = readFileSync(file, 'utf8');
    page = { file, path: pagePathOf(file), html, doc: parseHtml(html) };
    pageMemo.set(file, page);
  }
  return page;
}

export function allPages(): BuiltPage[] {
  return listHtmlFiles().map(loadPage);
}

/** The built page at a site path, or undefined. */
export function pageAt(sitePath: string): BuiltPage | undefined {
  const resolved = resolveSitePath(sitePath);
  return resolved.ok && resolved.file.endsWith('.html') ? loadPage(resolved.file) : undefined;
}

/**
 * Astro writes a small stub for each redirect (e.g. an old slug listed in `aliases`):
 * a meta refresh to the page's real URL. It is not a page of its own.
 */
export function redirectTarget(page: BuiltPage): string | undefined {
  const meta = page.doc.querySelector('meta[http-equiv="refresh"]');
  const content = meta?.getAttribute('content');
  if (!content) return undefined;
  const m = /url\s*=\s*['"]?([^'"]+)/i.exec(content);
  return m?.[1]?.trim();
}

/**
 * Embed pages (/nhung/<kind>/…) are framed views of other pages for agencies' portals: canonical to
 * the full page, noindex, no site chrome. They have their own checks (tests/build/embed-*.test.ts);
 * the builder (/nhung/ itself) is a site page like any other.
 */
export const isEmbedPage = (page: Pick<BuiltPage, 'path'>): boolean => /^\/nhung\/.+\/$/.test(page.path);

/** The site's own pages: not redirect stubs, not embed pages. */
export function contentPages(): BuiltPage[] {
  return allPages().filter((p) => redirectTarget(p) === undefined && !isEmbedPage(p));
}

export type Resolution = { ok: true; file: string } | { ok: false; reason: string };

/**
 * Resolve a site path (no origin, no query, no fragment; may be percent-encoded) to a file in dist/,
 * as a static host would: "/x/" → x/index.html; "/x.txt" → x.txt. A directory named without its
 * trailing slash is reported: the URL contract always writes the slash.
 */
export function resolveSitePath(sitePath: string): Resolution {
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath);
  } catch {
    return { ok: false, reason: 'malformed percent-encoding' };
  }
  if (!decoded.startsWith('/')) return { ok: false, reason: 'not an absolute site path' };
  const target = path.join(DIST, ...decoded.split('/').filter(Boolean));
  if (target !== DIST && !target.startsWith(DIST + path.sep)) return { ok: false, reason: 'points outside dist/' };
  if (decoded.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return existsSync(index) ? { ok: true, file: index } : { ok: false, reason: `no ${rel(index)}` };
  }
  if (!existsSync(target)) return { ok: false, reason: `no ${rel(target)}` };
  if (statSync(target).isDirectory()) {
    return { ok: false, reason: `"${sitePath}" is a folder: write it with a trailing slash ("${sitePath}/")` };
  }
  return { ok: true, file: target };
}

/** Every id (and legacy <a name>) a page defines: the targets of "#fragment" links. */
const idMemo = new Map<string, Set<string>>();
export function idsOf(page: BuiltPage): Set<string> {
  let ids = idMemo.get(page.file);
  if (!ids) {
    ids = new Set<string>();
    for (const el of page.doc.querySelectorAll('[id]')) {
      const id = el.getAttribute('id');
      if (id) ids.add(id);
    }
    for (const el of page.doc.querySelectorAll('a[name]')) {
      const name = el.getAttribute('name');
      if (name) ids.add(name);
    }
    idMemo.set(page.file, ids);
  }
  return ids;
}

/** Collapse whitespace, for comparing visible text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

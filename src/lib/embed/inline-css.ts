/**
 * Embed pages carry their styles inside the page. The site links its stylesheets of 1 KB or more
 * (astro.config.mjs: build.inlineStylesheets with a CSS-only assetsInlineLimit): a reader's browser
 * fetches each once for every page, and the thousands of pages of a large site do not each carry a
 * copy. An embed page is
 * different: it is one document in another site's iframe, which must read without fetching
 * anything else (no stylesheet, no font). After the build, each embed page's
 * `<link rel="stylesheet" href="/_astro/…">` is replaced by a `<style>` holding the file.
 * The CSP hashes are computed afterwards (serveFiles() comes last), so they cover these styles.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The embed pages: every page under /nhung/ but the builder (/nhung/ itself). */
export const isEmbedPagePath = (sitePath: string): boolean => /^\/nhung\/.+\/(?:index\.html)?$/.test(sitePath);

const LINK = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/**
 * Replace each same-site stylesheet link of `html` with a <style> holding `readCss(href)`. Links to
 * other origins are left alone (the site has none). A `</style` inside the CSS would end the
 * element early: refused.
 */
export function inlineStylesheets(html: string, readCss: (href: string) => string): string {
  return html.replace(LINK, (tag) => {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href || !href.startsWith('/') || href.startsWith('//')) return tag;
    const css = readCss(href).trim();
    if (/<\/style/i.test(css)) throw new Error(`inline CSS: ${href} contains "</style"`);
    return `<style>${css}</style>`;
  });
}

export interface InlineReport {
  pages: number;
  stylesheets: number;
}

/** Inline the stylesheets of every embed page under `dist`. */
export function inlineEmbedStylesheets(dist: string): InlineReport {
  const report: InlineReport = { pages: 0, stylesheets: 0 };
  const cache = new Map<string, string>();
  const readCss = (href: string): string => {
    const file = path.join(dist, decodeURI(href.split(/[?#]/)[0]!));
    if (!cache.has(file)) cache.set(file, readFileSync(file, 'utf8'));
    report.stylesheets += 1;
    return cache.get(file)!;
  };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html' && isEmbedPagePath(`/${path.relative(dist, full).split(path.sep).join('/')}`)) {
        const html = readFileSync(full, 'utf8');
        const out = inlineStylesheets(html, readCss);
        if (out !== html) {
          writeFileSync(full, out);
          report.pages += 1;
        }
      }
    }
  };
  walk(path.join(dist, 'nhung'));
  return report;
}

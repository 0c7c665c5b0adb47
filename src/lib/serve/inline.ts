/**
 * The inline code of the built pages, as the Content-Security-Policy must know it: the sha256 of
 * every inline <script> that runs, every <style> element, and of any inline event handler or
 * style="" attribute. Read from the built HTML itself (after every other build step), so a script
 * another part of the build adds is hashed without anyone listing it.
 *
 * Data blocks (<script type="application/ld+json">, "application/json", …) are not run by the
 * browser and the CSP does not apply to them: they get no hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { InlineHashes } from './rules.ts';

/** Script types a browser runs (the HTML standard's JavaScript MIME types, "module", or none). */
const RUNNABLE = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/;

export const sha256Source = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
/** An opening tag (attribute values may hold ">"). */
const TAG = /<[a-z][a-z0-9-]*\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ATTRIBUTE = /\s([a-z][a-z0-9_:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;

function attribute(attrs: string, name: string): string | undefined {
  for (const m of attrs.matchAll(ATTRIBUTE)) if (m[1]?.toLowerCase() === name) return m[2] ?? m[3] ?? m[4] ?? '';
  return undefined;
}

/** Decode the character references an attribute value may hold (the browser hashes the decoded value). */
function decodeEntities(value: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return named[ref.toLowerCase()] ?? all;
  });
}

export interface InlineFound {
  scripts: Set<string>;
  styles: Set<string>;
  scriptAttributes: Set<string>;
  styleAttributes: Set<string>;
}

export const emptyFound = (): InlineFound => ({ scripts: new Set(), styles: new Set(), scriptAttributes: new Set(), styleAttributes: new Set() });

/** Add the hashes of one page's inline code to `found`. */
export function scanHtml(html: string, found: InlineFound = emptyFound()): InlineFound {
  const text = html.replace(COMMENT, '');
  for (const m of text.matchAll(SCRIPT)) {
    const attrs = m[1] ?? '';
    if (attribute(attrs, 'src') !== undefined) continue;
    const type = (attribute(attrs, 'type') ?? '').trim().toLowerCase();
    if (RUNNABLE.test(type)) found.scripts.add(sha256Source(m[2] ?? ''));
  }
  for (const m of text.matchAll(STYLE)) found.styles.add(sha256Source(m[2] ?? ''));
  // Attributes are looked for outside script and style bodies only.
  const markup = text.replace(SCRIPT, '<script>').replace(STYLE, '<style>');
  for (const tag of markup.matchAll(TAG)) {
    for (const a of tag[0].matchAll(ATTRIBUTE)) {
      const name = a[1]?.toLowerCase() ?? '';
      const value = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      if (/^on[a-z]+$/.test(name)) found.scriptAttributes.add(sha256Source(value));
      else if (name === 'style') found.styleAttributes.add(sha256Source(value));
    }
  }
  return found;
}

/**
 * What one page's scan found, by the sha1 of the page's bytes: a rebuild that kept most pages as
 * they were scans only the pages that changed (src/lib/serve/write.ts keeps it between builds).
 */
export type PageScan = [scripts: string[], styles: string[], scriptAttributes: string[], styleAttributes: string[]];
export interface ScanMemo {
  get(key: string): PageScan | undefined;
  set(key: string, scan: PageScan): void;
}

/** The hashes of every HTML file given, sorted (so the headers of two identical builds are identical). */
export function inlineHashes(htmlFiles: readonly string[], memo?: ScanMemo): InlineHashes {
  const found = emptyFound();
  for (const file of htmlFiles) {
    const bytes = readFileSync(file);
    if (!memo) {
      scanHtml(bytes.toString('utf8'), found);
      continue;
    }
    const key = createHash('sha1').update(bytes).digest('base64url');
    let page = memo.get(key);
    if (!page) {
      const one = scanHtml(bytes.toString('utf8'));
      page = [[...one.scripts], [...one.styles], [...one.scriptAttributes], [...one.styleAttributes]];
      memo.set(key, page);
    }
    page[0].forEach((h) => found.scripts.add(h));
    page[1].forEach((h) => found.styles.add(h));
    page[2].forEach((h) => found.scriptAttributes.add(h));
    page[3].forEach((h) => found.styleAttributes.add(h));
  }
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return {
    scripts: sorted(found.scripts),
    styles: sorted(found.styles),
    scriptAttributes: sorted(found.scriptAttributes),
    styleAttributes: sorted(found.styleAttributes),
  };
}

/**
 * What kind of page a site path is, by the URL contract (src/lib/routes.ts), and the page's
 * head data as a link-preview crawler reads it: meta tags and JSON-LD.
 */
import type { BuiltPage } from './dist.ts';

export type PageKind = 'profile' | 'plan' | 'field' | 'province' | 'commune' | 'list' | 'other';

const PATTERNS: readonly [PageKind, RegExp][] = [
  ['list', /^\/mo-hinh\/(?:trang\/\d+\/)?$/],
  ['profile', /^\/mo-hinh\/[^/]+\/$/],
  ['plan', /^\/ke-hoach\/[^/]+\/$/],
  ['list', /^\/(?:ke-hoach|linh-vuc|dia-phuong|phong-trao|nguon)\/$/],
  ['field', /^\/linh-vuc\/[^/]+\/$/],
  ['list', /^\/linh-vuc\/[^/]+\/trang\/\d+\/$/],
  ['list', /^\/dia-phuong\/[^/]+\/trang\/\d+\/$/],
  ['list', /^\/dia-phuong\/[^/]+\/[^/]+\/trang\/\d+\/$/],
  ['province', /^\/dia-phuong\/[^/]+\/$/],
  ['commune', /^\/dia-phuong\/[^/]+\/[^/]+\/$/],
  ['list', /^\/phong-trao\/[^/]+\/$/],
  ['list', /^\/phong-trao\/[^/]+\/trang\/\d+\/$/],
];

export function pageKind(sitePath: string): PageKind {
  return PATTERNS.find(([, re]) => re.test(sitePath))?.[0] ?? 'other';
}

/** Field, province and commune pages are lists of exemplars too. */
export const LIST_KINDS: ReadonlySet<PageKind> = new Set(['list', 'field', 'province', 'commune']);

/** The content of <meta property|name="key">, or undefined; the first one when repeated. */
export function meta(page: BuiltPage, key: string): string | undefined {
  const el = page.doc.querySelectorAll('meta').find((m) => m.getAttribute('property') === key || m.getAttribute('name') === key);
  return el?.getAttribute('content');
}

export function canonicalOf(page: BuiltPage): string | undefined {
  return page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
}

export type JsonNode = Record<string, unknown>;

/** Every JSON-LD block of the page, parsed; a block that does not parse throws, naming the page. */
export function jsonLdBlocks(page: BuiltPage): unknown[] {
  return page.doc.querySelectorAll('script[type="application/ld+json"]').map((s, i) => {
    try {
      return JSON.parse(s.textContent) as unknown;
    } catch (error) {
      throw new Error(`${page.path}: JSON-LD block ${i + 1} does not parse: ${String(error)}`);
    }
  });
}

/** Every object node in the JSON-LD, nested ones included. */
export function jsonLdNodes(data: unknown): JsonNode[] {
  const out: JsonNode[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      out.push(v as JsonNode);
      Object.values(v).forEach(walk);
    }
  };
  walk(data);
  return out;
}

export const typesOf = (node: JsonNode): string[] => {
  const t = node['@type'];
  return Array.isArray(t) ? t.map(String) : t === undefined ? [] : [String(t)];
};

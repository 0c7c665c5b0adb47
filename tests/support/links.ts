/**
 * The URLs a built page points at, and which of them stay on this site.
 */
import type { BuiltPage } from './dist.ts';
import { BASE_ORIGIN } from './site.ts';

export interface PageUrl {
  /** e.g. "a[href]", "img[srcset]". */
  where: string;
  value: string;
  /** A short rendering of the element, for messages. */
  element: string;
}

/** Attributes that name another resource, as tag → attributes. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  object: ['data'],
  embed: ['src'],
  form: ['action'],
  area: ['href'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Meta tags whose content is a URL on this site (or should be). */
const SHARE_META = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

/** "a.jpg 1x, b.jpg 2x" → ["a.jpg", "b.jpg"], following the HTML srcset parsing rules. */
export function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i] ?? '')) i++;
    let url = '';
    while (i < srcset.length && !/\s/.test(srcset[i] ?? '')) url += srcset[i++];
    if (!url) break;
    if (url.endsWith(',')) {
      urls.push(url.replace(/,+$/, ''));
      continue;
    }
    urls.push(url);
    while (i < srcset.length && srcset[i] !== ',') i++; // descriptors ("480w", "2x")
  }
  return urls;
}

export function describe(el: { tagName: string; outerHTML: string }): string {
  const html = el.outerHTML.replace(/\s+/g, ' ');
  const open = html.slice(0, html.indexOf('>') + 1) || html;
  return open.length > 160 ? `${open.slice(0, 157)}...` : open;
}

export function urlsOf(page: BuiltPage): PageUrl[] {
  const out: PageUrl[] = [];
  for (const [tag, attrs] of Object.entries(URL_ATTRIBUTES)) {
    for (const el of page.doc.querySelectorAll(tag)) {
      for (const attr of attrs) {
        const value = el.getAttribute(attr);
        if (value === undefined) continue;
        const values = attr === 'srcset' ? srcsetUrls(value) : [value.trim()];
        for (const v of values) out.push({ where: `${tag}[${attr}]`, value: v, element: describe(el) });
      }
    }
  }
  // Share previews: crawlers fetch these, so they must exist too.
  for (const el of page.doc.querySelectorAll('meta[content]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
    if (!SHARE_META.has(key)) continue;
    out.push({ where: `meta[${key}]`, value: (el.getAttribute('content') ?? '').trim(), element: describe(el) });
  }
  return out;
}

export type Target =
  | { kind: 'internal'; path: string; fragment: string | undefined }
  | { kind: 'external'; url: string }
  | { kind: 'other'; scheme: string };

/**
 * Classify a URL found on the page at `pagePath`. Absolute URLs on the site's own origin
 * (canonical links, for one) are internal.
 */
export function classify(value: string, pagePath: string): Target {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return { kind: 'other', scheme };
  // A dummy origin stands for this site while resolving relative URLs.
  const here = new URL(pagePath, 'http://this.site.invalid');
  const url = new URL(value, here);
  const own = url.origin === here.origin || url.origin === BASE_ORIGIN;
  if (!own) return { kind: 'external', url: url.href };
  const fragment = url.hash ? url.hash.slice(1) : undefined;
  return { kind: 'internal', path: url.pathname, fragment };
}

/**
 * Pages load nothing from any other origin: scripts, styles, images, fonts, frames and media come
 * from this site. Links a reader follows (<a href>) and rel=canonical/alternate may point anywhere.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPages, listDistFiles, requireDist } from '../support/dist.ts';
import { classify, urlsOf } from '../support/links.ts';
import { rel } from '../support/paths.ts';
import { listing } from '../support/report.ts';

/** Link relations that make the browser fetch (or connect to) the URL. */
const FETCHING_RELS = new Set([
  'stylesheet',
  'preload',
  'prefetch',
  'modulepreload',
  'preconnect',
  'dns-prefetch',
  'prerender',
  'icon',
  'apple-touch-icon',
  'apple-touch-icon-precomposed',
  'mask-icon',
  'manifest',
]);

function isForeign(url: string, pagePath: string): boolean {
  const target = classify(url, pagePath);
  return target.kind === 'external';
}

describe('no requests to other origins', () => {
  requireDist();

  it('in HTML: no script, style, image, font, frame or media from elsewhere', () => {
    const found: string[] = [];
    for (const page of allPages()) {
      for (const url of urlsOf(page)) {
        // Links a reader follows, forms, and share-preview metadata are not requests the page makes.
        if (url.where === 'a[href]' || url.where === 'area[href]' || url.where === 'form[action]') continue;
        if (url.where.startsWith('meta[')) continue;
        if (url.where === 'link[href]') {
          const rels = (/\brel="([^"]*)"/.exec(url.element)?.[1] ?? '').toLowerCase().split(/\s+/);
          if (!rels.some((r) => FETCHING_RELS.has(r))) continue;
        }
        if (isForeign(url.value, page.path)) found.push(`${page.path}: ${url.where}="${url.value}"`);
      }
      for (const el of page.doc.querySelectorAll('[style], style')) {
        const css = el.tagName === 'STYLE' ? el.textContent : (el.getAttribute('style') ?? '');
        for (const m of css.matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")\s]+)/gi)) {
          found.push(`${page.path}: CSS url(${m[1]}) in <${el.tagName.toLowerCase()}>`);
        }
      }
    }
    expect(found.length, listing('request(s) to other origins', found)).toBe(0);
  });

  it('in CSS files: no @import or url() from elsewhere', () => {
    const found: string[] = [];
    for (const file of listDistFiles().filter((f) => f.endsWith('.css'))) {
      const css = readFileSync(file, 'utf8');
      for (const m of css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/gi)) {
        found.push(`${rel(file)}: ${m[1]}`);
      }
    }
    expect(found.length, listing('request(s) to other origins', found)).toBe(0);
  });
});

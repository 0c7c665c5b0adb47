/**
 * Reading pages (profiles and the lists that lead to them) work without JavaScript and ship none,
 * but for a few known enhancements: no <script> elements and no inline event handlers, except
 *   - JSON-LD data blocks (<script type="application/ld+json">): data, never executed;
 *   - the tiny inline modules named by `data-enhance` below, each allowed only on its own pages,
 *     which add a button where it can work (copy the citation, the Web Share sheet, print the
 *     poster). Modules run after parsing; without them the page is complete
 *     (tests/e2e/works-without-javascript.test.ts, tests/e2e/citation-copy-button.test.ts).
 * Any other script, an external one (src=…), a classic script or an oversized one fails.
 */
import { describe, expect, it } from 'vitest';
import { contentPages, requireDist } from '../support/dist.ts';
import { describe as describeElement } from '../support/links.ts';
import { listing } from '../support/report.ts';

/** Profiles, lists and the other reading sections of the URL contract. */
const READING = /^\/(?:mo-hinh|linh-vuc|dia-phuong|ke-hoach|phong-trao|nguon|gioi-thieu)\//;
const DATA_BLOCK_TYPES = new Set(['application/ld+json']);

const PROFILE = /^\/mo-hinh\/(?!trang\/)[^/]+\/$/;
const POSTER = /^\/mo-hinh\/[^/]+\/ap-phich\/$/;
/** data-enhance value → the pages it may appear on. */
const ENHANCEMENTS: Readonly<Record<string, RegExp>> = {
  'citation-copy': PROFILE,
  'web-share': PROFILE,
  'poster-print': POSTER,
};
/** "Tiny": an inline enhancement larger than this should be reconsidered, not allowed. */
const MAX_INLINE_BYTES = 2048;

describe('reading pages', () => {
  requireDist();
  const pages = contentPages().filter((p) => READING.test(p.path));

  it('exist', () => {
    expect(pages.some((p) => p.path.startsWith('/mo-hinh/'))).toBe(true);
  });

  it('carry no <script> but data blocks and the known inline enhancements, and no inline event handlers', () => {
    const found: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const script of page.doc.querySelectorAll('script')) {
        const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
        if (DATA_BLOCK_TYPES.has(type)) continue;
        const where = `${page.path}: ${describeElement(script)}`;
        const name = script.getAttribute('data-enhance');
        const allowedOn = name === undefined ? undefined : ENHANCEMENTS[name];
        if (!name || !allowedOn) found.push(`${where} (not a known enhancement)`);
        else if (!allowedOn.test(page.path)) found.push(`${where} (${name} does not belong on this page)`);
        else if (type !== 'module') found.push(`${where} (must be type="module", which runs after parsing)`);
        else if (script.getAttribute('src') !== undefined) found.push(`${where} (must be inline, not loaded from a file)`);
        else if (Buffer.byteLength(script.textContent) > MAX_INLINE_BYTES) found.push(`${where} (${Buffer.byteLength(script.textContent)} bytes, more than ${MAX_INLINE_BYTES})`);
        else if (seen.has(name)) found.push(`${where} (twice on one page)`);
        seen.add(name ?? '');
      }
      for (const el of page.doc.querySelectorAll('*')) {
        const handlers = Object.keys(el.attributes).filter((a) => /^on[a-z]+$/i.test(a));
        if (handlers.length > 0) found.push(`${page.path}: ${handlers.join(', ')} on ${describeElement(el)}`);
      }
    }
    expect(found.length, listing('script(s) on reading pages', found)).toBe(0);
  });

  it('give every profile the citation copy and share enhancements, and nothing else', () => {
    const profiles = pages.filter((p) => PROFILE.test(p.path));
    expect(profiles.length).toBeGreaterThan(0);
    const wrong = profiles.flatMap((page) => {
      const names = page.doc
        .querySelectorAll('script[data-enhance]')
        .map((s) => s.getAttribute('data-enhance'))
        .sort();
      return names.join(',') === 'citation-copy,web-share' ? [] : [`${page.path}: ${names.join(', ') || 'none'}`];
    });
    expect(wrong).toEqual([]);
  });
});

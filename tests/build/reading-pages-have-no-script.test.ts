/**
 * Reading pages (profiles and the lists that lead to them) work without JavaScript and ship none,
 * but for one known module of enhancements: no <script> elements and no inline event handlers,
 * except
 *   - JSON-LD data blocks (<script type="application/ld+json">): data, never executed;
 *   - on profile pages only, the profile enhancements (src/scripts/profile-enhancements.ts: copy
 *     the citation, the Web Share sheet, print the poster), one small module file of the site's
 *     own (/_astro/…), the same on every profile page and cached, which adds buttons where they
 *     can work. Modules run after parsing; without it the page is complete
 *     (tests/e2e/works-without-javascript.test.ts, tests/e2e/citation-copy-button.test.ts).
 * Any other script, an inline one, a classic script, another file or an oversized one fails.
 */
import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentPages, requireDist, resolveSitePath } from '../support/dist.ts';
import { describe as describeElement } from '../support/links.ts';
import { listing } from '../support/report.ts';

/** Profiles, lists and the other reading sections of the URL contract. */
const READING = /^\/(?:mo-hinh|linh-vuc|dia-phuong|ke-hoach|phong-trao|nguon|gioi-thieu)\//;
const DATA_BLOCK_TYPES = new Set(['application/ld+json']);

const PROFILE = /^\/mo-hinh\/(?!trang\/)[^/]+\/$/;
/** The enhancements' file: bundled by the build into /_astro/. */
const OWN_MODULE = /^\/_astro\/[^/]+\.js$/;
/** "Small": enhancements larger than this should be reconsidered, not allowed. */
const MAX_MODULE_BYTES = 4096;

describe('reading pages', () => {
  requireDist();
  const pages = contentPages().filter((p) => READING.test(p.path));

  it('exist', () => {
    expect(pages.some((p) => p.path.startsWith('/mo-hinh/'))).toBe(true);
  });

  it('carry no <script> but data blocks and, on profiles, the enhancements module, and no inline event handlers', () => {
    const found: string[] = [];
    for (const page of pages) {
      for (const script of page.doc.querySelectorAll('script')) {
        const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
        if (DATA_BLOCK_TYPES.has(type)) continue;
        const where = `${page.path}: ${describeElement(script)}`;
        const src = script.getAttribute('src');
        if (!PROFILE.test(page.path)) found.push(`${where} (no script belongs on this page)`);
        else if (type !== 'module') found.push(`${where} (must be type="module", which runs after parsing)`);
        else if (src === undefined || !OWN_MODULE.test(src)) found.push(`${where} (must be the site's own module file, not inline code or another file)`);
        else if (script.textContent.trim()) found.push(`${where} (a module file with inline code)`);
      }
      for (const el of page.doc.querySelectorAll('*')) {
        const handlers = Object.keys(el.attributes).filter((a) => /^on[a-z]+$/i.test(a));
        if (handlers.length > 0) found.push(`${page.path}: ${handlers.join(', ')} on ${describeElement(el)}`);
      }
    }
    expect(found.length, listing('script(s) on reading pages', found)).toBe(0);
  });

  it('give every profile the same small enhancements module, once', () => {
    const profiles = pages.filter((p) => PROFILE.test(p.path));
    expect(profiles.length).toBeGreaterThan(0);
    const srcs = new Set<string>();
    const wrong = profiles.flatMap((page) => {
      const modules = page.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '');
      modules.forEach((s) => srcs.add(s));
      return modules.length === 1 ? [] : [`${page.path}: ${modules.length} module files`];
    });
    expect(wrong).toEqual([]);
    expect([...srcs]).toHaveLength(1);
    const file = resolveSitePath([...srcs][0]!);
    expect(file.ok && existsSync(file.file)).toBe(true);
    expect(file.ok ? statSync(file.file).size : Infinity).toBeLessThanOrEqual(MAX_MODULE_BYTES);
  });
});

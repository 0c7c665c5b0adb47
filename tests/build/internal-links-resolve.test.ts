/**
 * Every internal URL in every built page (a/link href, img/source src and srcset, …) names a file
 * in dist/, and every #fragment names an id on its target page.
 */
import { describe, expect, it } from 'vitest';
import { allPages, idsOf, loadPage, requireDist, resolveSitePath } from '../support/dist.ts';
import { classify, urlsOf } from '../support/links.ts';
import { rel } from '../support/paths.ts';
import { listing } from '../support/report.ts';

describe('internal links', () => {
  requireDist();

  it('resolve to files in dist/, fragments included', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of allPages()) {
      for (const url of urlsOf(page)) {
        const target = classify(url.value, page.path);
        if (target.kind !== 'internal') continue;
        checked++;
        const where = `${rel(page.file)}: ${url.where}="${url.value}"`;
        const resolved = resolveSitePath(target.path);
        if (!resolved.ok) {
          broken.push(`${where} → ${resolved.reason}`);
          continue;
        }
        if (target.fragment === undefined || target.fragment === '' || target.fragment === 'top') continue;
        if (!resolved.file.endsWith('.html')) continue;
        let fragment: string;
        try {
          fragment = decodeURIComponent(target.fragment);
        } catch {
          broken.push(`${where} → malformed percent-encoding in the fragment`);
          continue;
        }
        if (!idsOf(loadPage(resolved.file)).has(fragment)) {
          broken.push(`${where} → no id="${fragment}" on ${rel(resolved.file)}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(broken.length, listing('broken internal link(s)', broken)).toBe(0);
  });
});

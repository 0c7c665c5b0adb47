/**
 * Administrative unit names read one way: "xã Cao Phong", "phường Hòa Bình", "huyện Kim Bôi" in
 * lists and sentences, capitalised only where a heading or a breadcrumb begins with them. Checked on
 * every link to a locality page and every list item of the locality pages.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { contentPages, requireDist, squash } from '../support/dist.ts';
import { listing } from '../support/report.ts';

const CAPITALISED_UNIT = /^(Xã|Phường|Thị trấn|Thị xã|Huyện|Quận|Đặc khu)\s\p{Lu}/u;

/** Headings and breadcrumbs begin with a capital; nothing else does for a unit's type word. */
function inHeadingOrTrail(el: HTMLElement): boolean {
  for (let p: HTMLElement | null = el; p; p = p.parentNode) {
    if (/^H[1-6]$/.test(p.tagName ?? '')) return true;
    if (p.tagName === 'NAV' && /breadcrumb|vị trí/i.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('aria-label') ?? ''}`)) return true;
  }
  return false;
}

describe('unit names in lists and sentences', () => {
  requireDist();

  it('begin with a lower-case type word outside headings and breadcrumbs', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const page of contentPages()) {
      const main = page.doc.querySelector('main');
      if (!main) continue;
      const links = main.querySelectorAll('a[href^="/dia-phuong/"]');
      const items = page.path.startsWith('/dia-phuong/') ? main.querySelectorAll('li') : [];
      for (const el of [...links, ...items]) {
        if (inHeadingOrTrail(el)) continue;
        checked++;
        const text = squash(el.textContent);
        if (CAPITALISED_UNIT.test(text)) bad.push(`${page.path}: "${text.slice(0, 80)}"`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(bad, listing('unit names capitalised inside a list or sentence', bad)).toEqual([]);
  });
});

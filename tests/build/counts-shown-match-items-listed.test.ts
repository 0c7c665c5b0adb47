/**
 * Every count the site shows agrees with what it lists: a count beside a link equals the
 * exemplars on the linked page (all its pages); the home page's figures equal the entries on the
 * pages they link to; a collapsed group of empty entries holds as many as its summary says; and
 * no list shows "0" outside such a group (empty entries are grouped, not listed among the rest).
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { contentPages, pageAt, requireDist, squash, type BuiltPage } from '../support/dist.ts';
import { listing } from '../support/report.ts';

/** Exemplar cards on a list page and on every page after it (rel="next"). */
function cardsFrom(path: string): number {
  let n = 0;
  const seen = new Set<string>();
  let next: string | undefined = path;
  while (next && !seen.has(next)) {
    seen.add(next);
    const page = pageAt(next);
    if (!page) throw new Error(`no built page at ${next}`);
    const main = page.doc.querySelector('main');
    n += main?.querySelectorAll('article.card').length ?? 0;
    next = main?.querySelector('a[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return n;
}

const insideDetails = (el: HTMLElement): boolean => {
  for (let p = el.parentNode; p; p = p.parentNode) if (p.tagName === 'DETAILS') return true;
  return false;
};

/** The link a count belongs to: the first link of its list item or card. */
function linkOf(el: HTMLElement): string | undefined {
  for (let p: HTMLElement | null = el.parentNode; p; p = p.parentNode) {
    if (p.tagName === 'LI' || p.tagName === 'ARTICLE') return p.querySelector('a[href]')?.getAttribute('href') ?? undefined;
  }
  return undefined;
}

/** Entries each page a home figure links to lists (outside any collapsed group of empty ones). */
const LISTED: Record<string, (page: BuiltPage) => number> = {
  '/mo-hinh/': () => cardsFrom('/mo-hinh/'),
  '/linh-vuc/': (page) => page.doc.querySelectorAll('main .field-card').filter((el) => !insideDetails(el)).length,
  '/ke-hoach/': (page) => page.doc.querySelectorAll('main .plans > li').length,
  '/dia-phuong/': (page) => page.doc.querySelectorAll('main .tree .communes > li').length,
};

describe('counts shown match the items listed', () => {
  requireDist();
  const pages = contentPages();

  it('a count beside a link equals the exemplars listed on the linked page', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll('main [data-count]')) {
        const href = linkOf(el)?.split('#')[0];
        if (!href?.startsWith('/')) continue;
        const shown = Number(el.getAttribute('data-count'));
        const listed = cardsFrom(href);
        checked++;
        if (shown !== listed) bad.push(`${page.path}: "${squash(el.textContent)}" beside ${href}, which lists ${listed}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(bad, listing('counts that disagree with their page', bad)).toEqual([]);
  });

  it("the home page's figures equal the entries on the pages they link to", () => {
    const home = pageAt('/')!;
    const stats = home.doc.querySelectorAll('main .stat').flatMap((stat) => {
      const href = stat.querySelector('dt a')?.getAttribute('href');
      const value = Number((stat.querySelector('dd')?.textContent ?? '').replace(/\D/g, ''));
      return href ? [{ href, value, label: squash(stat.querySelector('dt')?.textContent ?? '') }] : [];
    });
    expect(stats.length).toBeGreaterThan(0);
    const bad = stats.flatMap(({ href, value, label }) => {
      const count = LISTED[href];
      if (!count) return [`"${label}" links to ${href}: this test does not know what that page lists; add it to LISTED`];
      const listed = count(pageAt(href)!);
      return listed === value ? [] : [`"${label}" shows ${value}; ${href} lists ${listed}`];
    });
    expect(bad).toEqual([]);
    // The fields listed on the home page are the fields the figure counts.
    const fieldStat = stats.find((s) => s.href === '/linh-vuc/');
    const homeFields = home.doc.querySelectorAll('main section[aria-labelledby="theo-linh-vuc"] li').length;
    if (fieldStat) expect(homeFields).toBe(fieldStat.value);
  });

  it('a collapsed group of empty entries holds as many as its summary says', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const group of page.doc.querySelectorAll('details[data-empty-group]')) {
        const n = Number(group.getAttribute('data-empty-group'));
        const items = group.querySelector('ul, ol')?.childNodes.filter((c) => (c as HTMLElement).tagName === 'LI').length ?? 0;
        const summary = squash(group.querySelector('summary')?.textContent ?? '');
        if (items !== n || !summary.startsWith(`${n} `)) bad.push(`${page.path}: "${summary}" holds ${items}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no list shows a zero count outside a collapsed group', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const el of page.doc.querySelectorAll('main [data-count="0"]')) if (!insideDetails(el)) bad.push(`${page.path}: ${squash(el.parentNode?.textContent ?? '')}`);
      const main = page.doc.querySelector('main');
      if (main) {
        const copy = main.clone() as HTMLElement;
        for (const d of copy.querySelectorAll('details')) d.remove();
        const m = /(?<![\d.,])0 mô hình/.exec(squash(copy.textContent));
        if (m) bad.push(`${page.path}: "…${squash(copy.textContent).slice(Math.max(0, m.index - 40), m.index + 30)}…"`);
      }
    }
    expect(bad, listing('zero counts shown', bad)).toEqual([]);
  });
});

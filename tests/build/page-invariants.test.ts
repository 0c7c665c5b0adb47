/**
 * What every built page carries: lang="vi", one <h1>, a <title>, a meta description, a canonical
 * URL on the site's base URL ending in the page's own path, breadcrumbs (all but home), NFC text.
 */
import { describe, expect, it } from 'vitest';
import { contentPages, requireDist, squash, type BuiltPage } from '../support/dist.ts';
import { BASE_URL } from '../support/site.ts';
import { listing } from '../support/report.ts';

/** The first place where the text is not NFC, with some context, or undefined. */
function firstNonNfc(text: string): string | undefined {
  if (text === text.normalize('NFC')) return undefined;
  const nfc = text.normalize('NFC');
  let i = 0;
  while (i < text.length && text[i] === nfc[i]) i++;
  const snippet = text.slice(Math.max(0, i - 30), i + 30).replace(/\s+/g, ' ');
  return `offset ${i}: "…${snippet}…" (${JSON.stringify(text.slice(i, i + 3))})`;
}

/** A breadcrumb trail: a <nav> named or classed as breadcrumbs. */
function breadcrumbNav(page: BuiltPage) {
  const pattern = /breadcrumb|đường dẫn|vị trí|bạn đang ở|điều hướng phân cấp/i;
  return page.doc.querySelectorAll('nav').find((nav) => {
    const labelledBy = nav.getAttribute('aria-labelledby');
    const labelText = labelledBy
      ? labelledBy
          .split(/\s+/)
          .map((id) => page.doc.getElementById(id)?.textContent ?? '')
          .join(' ')
      : '';
    const names = [nav.getAttribute('aria-label'), labelText, nav.getAttribute('class'), nav.getAttribute('id')];
    return names.some((n) => n && pattern.test(n));
  });
}

type Check = (page: BuiltPage) => string | undefined;

const CHECKS: Record<string, Check> = {
  'has <html lang="vi">': ({ doc }) => {
    const lang = doc.querySelector('html')?.getAttribute('lang');
    return lang === 'vi' ? undefined : `<html lang> is ${JSON.stringify(lang ?? null)}, expected "vi"`;
  },

  'has exactly one non-empty <h1>': ({ doc }) => {
    const h1s = doc.querySelectorAll('h1');
    if (h1s.length !== 1) return `${h1s.length} <h1> elements, expected exactly 1`;
    return squash(h1s[0]?.textContent ?? '') ? undefined : 'the <h1> is empty';
  },

  'has one non-empty <title>': ({ doc }) => {
    // An inline SVG may carry its own <title> (its accessible name); only the document's counts.
    const titles = doc.querySelectorAll('title').filter((t) => !t.closest('svg'));
    if (titles.length !== 1) return `${titles.length} <title> elements, expected 1`;
    return squash(titles[0]?.textContent ?? '') ? undefined : 'the <title> is empty';
  },

  'has one non-empty meta description': ({ doc }) => {
    const metas = doc.querySelectorAll('meta[name="description"]');
    if (metas.length !== 1) return `${metas.length} <meta name="description">, expected 1`;
    return squash(metas[0]?.getAttribute('content') ?? '') ? undefined : 'the meta description is empty';
  },

  "has a canonical URL on the site's base URL ending in its own path": (page) => {
    const links = page.doc.querySelectorAll('link[rel="canonical"]');
    const href = links[0]?.getAttribute('href');
    if (links.length !== 1 || !href) return `${links.length} <link rel="canonical" href>, expected exactly 1`;
    // The 404 page is served at any path; its own file is /404.html (Astro may also name it /404/).
    const own = page.path === '/404.html' ? ['/404.html', '/404/'] : [page.path];
    return own.some((p) => href === BASE_URL + p) ? undefined : `canonical is "${href}", expected "${BASE_URL}${own[0]}"`;
  },

  'has breadcrumbs (all pages but home)': (page) =>
    page.path === '/' || breadcrumbNav(page)
      ? undefined
      : 'no breadcrumbs <nav> (a <nav> whose aria-label, label, class or id names it as breadcrumbs)',

  'is Unicode NFC': (page) => {
    const where = firstNonNfc(page.html);
    return where ? `text is not NFC at ${where}` : undefined;
  },
};

describe('every built page', () => {
  requireDist();
  const pages = contentPages();

  it('exists', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it.each(Object.entries(CHECKS))('%s', (_name, check) => {
    const failures = pages.flatMap((page) => {
      const problem = check(page);
      return problem ? [`${page.path}: ${problem}`] : [];
    });
    expect(failures.length, listing('page(s)', failures)).toBe(0);
  });
});

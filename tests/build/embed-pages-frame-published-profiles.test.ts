/**
 * Embed pages (/nhung/…): a card for every published profile and a list for every field, today's
 * province, commune with exemplars, plan and movement, plus the latest; each is a minimal page with
 * the site's name, canonical to the full page, noindex, every link to the site opening in a new tab
 * (target=_blank rel=noopener), no external resources and at most one small inline script.
 */
import { describe, expect, it } from 'vitest';
import { contentCatalog } from '../support/catalog.ts';
import { readProfiles } from '../support/content.ts';
import { allPages, isEmbedPage, pageAt, requireDist } from '../support/dist.ts';
import { absoluteUrl, BASE_URL } from '../support/site.ts';
import { meta } from '../support/page-kinds.ts';
import { EMBED_MAX_ITEMS } from '../../src/lib/embed/targets.ts';

requireDist();
const catalog = contentCatalog();
const embeds = allPages().filter(isEmbedPage);

/** Every embed the site must have: embed path → full page path. */
const expected = new Map<string, string>([
  ['/nhung/moi-nhat/', '/'],
  ...catalog.profiles.map((p) => [`/nhung${p.url}`, p.url] as [string, string]),
  ...catalog.fields.map((f) => [`/nhung${f.url}`, f.url] as [string, string]),
  ...catalog.provincesWithProfiles.map((p) => [`/nhung${p.url}`, p.url ?? ''] as [string, string]),
  ...catalog.communes.map((c) => [`/nhung${c.url}`, c.url] as [string, string]),
  ...catalog.plans.map((p) => [`/nhung${p.url}`, p.url] as [string, string]),
  ...catalog.movements.map((m) => [`/nhung${m.url}`, m.url] as [string, string]),
]);
// Figures (/nhung/thong-ke/…) have their own test: figure-embeds-show-the-statistics.
const isFigure = (path: string) => path.startsWith('/nhung/thong-ke/');

describe('embed pages', () => {
  it('exist for every published profile and every list, and for nothing else', () => {
    expect(embeds.map((p) => p.path).filter((p) => !isFigure(p)).sort()).toEqual([...expected.keys()].sort());
    const drafts = readProfiles().filter((p) => p.data.draft);
    for (const d of drafts) expect(pageAt(`/nhung/mo-hinh/${d.slug}/`)).toBeUndefined();
  });

  it.each([...expected])('%s is canonical to %s, noindex, and opens the site in a new tab', (embedPath, fullPath) => {
    const page = pageAt(embedPath)!;
    const { doc } = page;
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(absoluteUrl(fullPath));
    expect(meta(page, 'robots')).toBe('noindex');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('.brand a')?.textContent.trim()).toBeTruthy();
    const links = doc.querySelectorAll('a[href]');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')!.startsWith(`${BASE_URL}/`), a.toString()).toBe(true);
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')?.split(/\s+/)).toContain('noopener');
    }
    expect(links.some((a) => a.getAttribute('href') === absoluteUrl(fullPath))).toBe(true);
    // Readable without script: no external script, no stylesheet or font to fetch, one small inline script.
    expect(doc.querySelectorAll('link[rel="stylesheet"], script[src]')).toHaveLength(0);
    const scripts = doc.querySelectorAll('script');
    expect(scripts.length).toBeLessThanOrEqual(1);
    for (const s of scripts) expect(Buffer.byteLength(s.textContent)).toBeLessThan(1024);
  });

  it('show each profile of a list as a link to its permanent URL, in the full page’s order', () => {
    for (const field of catalog.fields) {
      const page = pageAt(`/nhung${field.url}`)!;
      const hrefs = page.doc.querySelectorAll('.items h2 a').map((a) => a.getAttribute('href'));
      expect(hrefs).toEqual(field.profiles.slice(0, hrefs.length).map((p) => absoluteUrl(p.url)));
      expect(hrefs.length).toBe(Math.min(field.profiles.length, EMBED_MAX_ITEMS));
    }
  });
});

/**
 * Open Graph images: every og:image a page names is a file in dist/ that is a real 1200×630 PNG,
 * and the sharing rule of src/lib/og-cards.ts holds exactly:
 * - each profile, field, province and plan page owns an image at /og/<its path>.png, distinct
 *   (by name and by bytes) from every other page's and from the site's card;
 * - a commune page borrows its province's image; the later pages of a paginated field, province
 *   or plan borrow the first page's; every other page shows the site's card;
 * - dist/og/ holds nothing else: no image that no page names.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listSlugs, publishedProfiles } from '../support/content.ts';
import { contentPages, listDistFiles, pageAt, requireDist, resolveSitePath } from '../support/dist.ts';
import { meta, pageKind, type PageKind } from '../support/page-kinds.ts';
import { DIST } from '../support/paths.ts';
import { BASE_URL } from '../support/site.ts';

/** Pages that own their card (the first page of a paginated field, province or plan). */
const OWN_CARD: ReadonlySet<PageKind> = new Set(['profile', 'plan', 'field', 'province']);

/** The page whose card a page borrows, or undefined for the site's card. */
function lender(pagePath: string): string | undefined {
  const commune = /^(\/dia-phuong\/[^/]+\/)[^/]+\/$/.exec(pagePath);
  if (commune && pageKind(pagePath) === 'commune') return commune[1];
  // A later page of a list keeps its first page's (a commune's first page borrows its province's).
  return /^(\/(?:linh-vuc|dia-phuong|phong-trao|ke-hoach|nguon)\/(?:[^/]+\/){1,2})trang\/\d+\/$/.exec(pagePath)?.[1];
}

describe('Open Graph images', () => {
  requireDist();
  const pages = contentPages();
  const imageOf = new Map(pages.map((p) => [p.path, (meta(p, 'og:image') ?? '').slice(BASE_URL.length)]));
  const siteCard = imageOf.get('/');

  it('exist in dist/ and are 1200×630 PNGs', async () => {
    const bad: string[] = [];
    for (const image of new Set(imageOf.values())) {
      const resolved = resolveSitePath(image);
      if (!resolved.ok) {
        bad.push(`${image}: ${resolved.reason}`);
        continue;
      }
      const info = await sharp(resolved.file).metadata();
      if (info.format !== 'png' || info.width !== 1200 || info.height !== 630) bad.push(`${image}: ${info.format} ${info.width}×${info.height}`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('are there for every published profile and every plan in content/', () => {
    const expected = [...publishedProfiles().map((p) => `/mo-hinh/${p.slug}/`), ...listSlugs('plans').map((s) => `/ke-hoach/${s}/`)];
    const missing = expected.filter((p) => !pageAt(p) || !imageOf.get(p));
    expect(missing).toEqual([]);
  });

  it('are owned, one each and distinct, by each profile, field, province and plan page', () => {
    const own = pages.filter((p) => OWN_CARD.has(pageKind(p.path)));
    expect(new Set(own.map((p) => pageKind(p.path)))).toEqual(OWN_CARD);
    const misplaced = own.filter((p) => imageOf.get(p.path) !== `/og${p.path.replace(/\/$/, '')}.png`).map((p) => `${p.path}: ${imageOf.get(p.path)}`);
    expect(misplaced).toEqual([]);
    const byBytes = new Map<string, string[]>();
    for (const page of [...own, ...(pageAt('/') ? [pageAt('/')!] : [])]) {
      const resolved = resolveSitePath(imageOf.get(page.path) ?? '');
      if (!resolved.ok) continue;
      const hash = createHash('sha256').update(readFileSync(resolved.file)).digest('hex');
      byBytes.set(hash, [...(byBytes.get(hash) ?? []), page.path]);
    }
    const same = [...byBytes.values()].filter((paths) => paths.length > 1).map((paths) => paths.join(' = '));
    expect(same, `pages whose own images have the same bytes:\n${same.join('\n')}`).toEqual([]);
  });

  it('are borrowed by every other page: a commune its province\'s, a later list page its first page\'s, the rest the site\'s', () => {
    expect(pages.some((p) => pageKind(p.path) === 'commune')).toBe(true);
    const wrong = pages.flatMap((page) => {
      if (OWN_CARD.has(pageKind(page.path))) return [];
      const from = lender(page.path);
      const expected = from ? imageOf.get(from) : siteCard;
      return expected && imageOf.get(page.path) === expected ? [] : [`${page.path}: ${imageOf.get(page.path)}, expected ${expected} (${from ?? 'the site card'})`];
    });
    expect(wrong).toEqual([]);
  });

  it('are all named by some page: dist/og/ holds no unused image', () => {
    const named = new Set([...imageOf.values(), ...contentPages().map((p) => (meta(p, 'og:image') ?? '').slice(BASE_URL.length))]);
    const files = listDistFiles()
      .map((f) => `/${path.relative(DIST, f).split(path.sep).join('/')}`)
      .filter((f) => f.startsWith('/og/') && f.endsWith('.png'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !named.has(f))).toEqual([]);
  });
});

/**
 * Open Graph images: every og:image a page names is a file in dist/ that is a real 1200×630 PNG,
 * and each profile, field, locality (province, commune) and plan page has its own image, distinct
 * from every other page's; the other pages share the site's card.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { listSlugs, publishedProfiles } from '../support/content.ts';
import { contentPages, pageAt, requireDist, resolveSitePath } from '../support/dist.ts';
import { meta, pageKind, type PageKind } from '../support/page-kinds.ts';
import { BASE_URL } from '../support/site.ts';

/** Pages that get their own card (the first page of a paginated field or province). */
const OWN_CARD: ReadonlySet<PageKind> = new Set(['profile', 'plan', 'field', 'province', 'commune']);

describe('Open Graph images', () => {
  requireDist();
  const pages = contentPages().filter((p) => pageKind(p.path) !== 'poster');
  const imageOf = new Map(pages.map((p) => [p.path, (meta(p, 'og:image') ?? '').slice(BASE_URL.length)]));

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
    const missing = expected.filter((path) => !pageAt(path) || !imageOf.get(path));
    expect(missing).toEqual([]);
  });

  it('are distinct for each profile, field, locality and plan page', () => {
    const own = pages.filter((p) => OWN_CARD.has(pageKind(p.path)));
    expect(new Set(own.map((p) => pageKind(p.path)))).toEqual(OWN_CARD);
    const byImage = new Map<string, string[]>();
    const byBytes = new Map<string, string[]>();
    for (const page of own) {
      const image = imageOf.get(page.path) ?? '';
      byImage.set(image, [...(byImage.get(image) ?? []), page.path]);
      const resolved = resolveSitePath(image);
      if (!resolved.ok) continue;
      const hash = createHash('sha256').update(readFileSync(resolved.file)).digest('hex');
      byBytes.set(hash, [...(byBytes.get(hash) ?? []), page.path]);
    }
    const shared = [...byImage.values(), ...byBytes.values()].filter((paths) => paths.length > 1).map((paths) => paths.join(' = '));
    expect(shared, `pages sharing an image:\n${shared.join('\n')}`).toEqual([]);
    const site = imageOf.get('/');
    expect(own.filter((p) => imageOf.get(p.path) === site).map((p) => p.path)).toEqual([]);
  });

  it('fall back to the site card on the other pages, and a paginated list keeps its first page\'s card', () => {
    const site = imageOf.get('/');
    const wrong = pages.flatMap((page) => {
      if (OWN_CARD.has(pageKind(page.path))) return [];
      const first = /^(\/(?:linh-vuc|dia-phuong|phong-trao|ke-hoach|nguon)\/(?:[^/]+\/){1,2})trang\/\d+\/$/.exec(page.path)?.[1];
      const expected = first ? imageOf.get(first) : site;
      return imageOf.get(page.path) === expected ? [] : [`${page.path}: ${imageOf.get(page.path)}, expected ${expected}`];
    });
    expect(wrong).toEqual([]);
  });
});

/**
 * The URL contract: every section and every content entry has its page, at an ASCII,
 * lowercase, trailing-slash URL.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSlugs } from '../support/content.ts';
import { contentPages, requireDist, resolveSitePath } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';

const SECTIONS = ['/', '/mo-hinh/', '/linh-vuc/', '/dia-phuong/', '/ke-hoach/', '/phong-trao/', '/gioi-thieu/', '/404.html', '/robots.txt', '/sitemap-index.xml'];

function missing(paths: string[]): string[] {
  return paths.flatMap((p) => {
    const r = resolveSitePath(p);
    return r.ok ? [] : [`${p}: ${r.reason}`];
  });
}

describe('URL contract', () => {
  requireDist();

  it('every section page exists', () => {
    expect(missing(SECTIONS)).toEqual([]);
  });

  it.each([
    ['field', 'fields', '/linh-vuc/'],
    ['plan', 'plans', '/ke-hoach/'],
    ['movement', 'movements', '/phong-trao/'],
    ['article', 'articles', '/nguon/'],
  ] as const)('every %s in content/%s has a page under %s', (_what, collection, prefix) => {
    const slugs = listSlugs(collection);
    expect(slugs.length, `content/${collection} is empty`).toBeGreaterThan(0);
    expect(missing(slugs.map((s) => `${prefix}${s}/`))).toEqual([]);
  });

  it('every page URL is lowercase ASCII with a trailing slash (404.html aside)', () => {
    const bad = contentPages()
      .map((p) => p.path)
      .filter((p) => p !== '/404.html' && !/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/.test(p));
    expect(bad).toEqual([]);
  });

  it('full texts under /van-ban/ are named after a plan: /van-ban/<plan-slug>.txt', () => {
    const dir = path.join(DIST, 'van-ban');
    const plans = new Set(listSlugs('plans'));
    const texts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
    const strays = texts.filter((f) => !plans.has(f.slice(0, -'.txt'.length)));
    expect(strays, `files in dist/van-ban/ that name no plan in content/plans: ${strays.join(', ')}`).toEqual([]);
  });
});

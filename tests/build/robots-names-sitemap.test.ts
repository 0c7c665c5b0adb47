/** robots.txt exists and points crawlers at the sitemap index on the site's base URL. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireDist } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';
import { BASE_URL } from '../support/site.ts';

describe('robots.txt', () => {
  requireDist();
  const file = path.join(DIST, 'robots.txt');

  it('exists', () => {
    expect(existsSync(file), 'dist/robots.txt').toBe(true);
  });

  it('names the sitemap index', () => {
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const sitemaps = [...text.matchAll(/^\s*sitemap\s*:\s*(\S+)\s*$/gim)].map((m) => m[1]);
    expect(sitemaps).toContain(`${BASE_URL}/sitemap-index.xml`);
    expect(existsSync(path.join(DIST, 'sitemap-index.xml')), 'dist/sitemap-index.xml').toBe(true);
  });

  it('also serves the index at the conventional /sitemap.xml', () => {
    const index = path.join(DIST, 'sitemap-index.xml');
    const alias = path.join(DIST, 'sitemap.xml');
    expect(existsSync(alias), 'dist/sitemap.xml').toBe(true);
    expect(readFileSync(alias, 'utf8')).toBe(readFileSync(index, 'utf8'));
  });
});

/**
 * /admin/ in the built site: the CMS page, its generated configuration and every script it loads
 * are files of this site (no CDN); the page is Vietnamese and asks not to be indexed, and the
 * sitemap does not list it. (The page itself is left out of the site's page tests: see
 * tests/support/dist.ts.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { decapFiles } from '../../src/lib/cms/admin.ts';
import { requireDist } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';

describe('/admin/', () => {
  requireDist();
  const admin = path.join(DIST, 'admin');

  it('loads the CMS from this site only, with its configuration', () => {
    const html = readFileSync(path.join(admin, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="vi">/);
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    const srcs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(srcs.length).toBeGreaterThan(0);
    for (const src of srcs) {
      expect(src, `${src} must be a path on this site`).toMatch(/^\/admin\//);
      expect(existsSync(path.join(DIST, src)), `${src} is not in dist/`).toBe(true);
    }
    const config = parseYaml(readFileSync(path.join(admin, 'config.yml'), 'utf8')) as { locale: string; collections: { name: string }[] };
    expect(config.locale).toBe('vi');
    expect(config.collections.map((c) => c.name)).toContain('profiles');
  });

  it('ships every chunk Decap loads, and no source maps', () => {
    for (const f of decapFiles()) expect(existsSync(path.join(admin, f)), f).toBe(true);
    const main = readFileSync(path.join(admin, 'decap-cms.js'), 'utf8');
    expect(main).not.toMatch(/unpkg\.com|cdn\.jsdelivr|cdnjs/);
    expect(existsSync(path.join(admin, 'decap-cms.js.map'))).toBe(false);
  });

  it('is not in the sitemap', () => {
    const sitemaps = ['sitemap-index.xml', 'sitemap-0.xml'].map((f) => path.join(DIST, f)).filter(existsSync);
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const f of sitemaps) expect(readFileSync(f, 'utf8')).not.toContain('/admin/');
  });
});

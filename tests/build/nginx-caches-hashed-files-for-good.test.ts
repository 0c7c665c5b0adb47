/**
 * Files whose names change with their content (Astro's /_astro/, Pagefind's hashed index files,
 * the quick index folder) are cached for a year as immutable; pages and Pagefind's entry files
 * (fixed names, pointing to the hashed ones) are revalidated every time, so a new build is seen at once.
 */
import { describe, expect, it } from 'vitest';
import { CACHE } from '../../src/lib/serve/rules.ts';
import { listDistFiles } from '../support/dist.ts';
import { httpGet, urlOf, useNginx } from '../support/nginx.ts';
import { DIST } from '../support/paths.ts';
import { templatePages } from '../support/templates.ts';

const rels = (): string[] => listDistFiles().map((f) => f.slice(DIST.length + 1).split('\\').join('/'));

describe('caching by nginx', () => {
  const open = useNginx();
  const cacheOf = async (path: string): Promise<string | undefined> => (await httpGet(open.nginx.url(path), {}, 'HEAD')).headers['cache-control'];

  it('hashed assets, Pagefind hashed files and the quick index are immutable', async () => {
    const groups = [/^_astro\/.+\.css$/, /^_astro\/.+\.woff2$/, /^_astro\/.+\.js$/, /^pagefind\/.+\.pf_meta$/, /^pagefind\/fragment\//, /^pagefind\/index\//, /^tim-kiem\/nhanh\/[0-9a-f]+\//];
    for (const re of groups) {
      const rel = rels().find((r) => re.test(r) && !r.endsWith('.gz'));
      expect(rel, `a built file matching ${re}`).toBeDefined();
      const cache = await cacheOf(urlOf(rel ?? ''));
      expect(cache, rel).toBe(CACHE.immutable);
      expect(cache).toContain('immutable');
    }
  });

  it('pages and Pagefind entry files are revalidated', async () => {
    for (const path of [...templatePages().filter((t) => t.status === 200).map((t) => t.path), '/tim-kiem/', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      const cache = await cacheOf(path);
      expect(cache, path).toBe(CACHE.revalidate);
      expect(cache).not.toContain('immutable');
    }
    const wasm = rels().find((r) => /^pagefind\/wasm\..+\.pagefind$/.test(r));
    expect(await cacheOf(urlOf(wasm ?? ''))).toBe(CACHE.revalidate);
  });
});

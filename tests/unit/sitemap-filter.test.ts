/** The sitemap leaves out old slugs (they redirect), nothing else. */
import { describe, expect, it } from 'vitest';
import { inSitemap } from '../../src/integrations/redirects.ts';

const BASE = 'https://dienhinhtientien.example.vn';
const OLD = new Set(['/mo-hinh/ten-cu/']);

describe('inSitemap', () => {
  it('keeps ordinary pages, profiles included', () => {
    for (const path of ['/', '/mo-hinh/', '/mo-hinh/ten-moi/', '/linh-vuc/nong-thon-moi/', '/mo-hinh/trang/2/']) {
      expect(inSitemap(`${BASE}${path}`, OLD), path).toBe(true);
    }
  });

  it('leaves out an old slug', () => {
    expect(inSitemap(`${BASE}/mo-hinh/ten-cu/`, OLD)).toBe(false);
  });

  it('keeps a profile whose own slug happens to be "ap-phich"', () => {
    expect(inSitemap(`${BASE}/mo-hinh/ap-phich/`, OLD)).toBe(true);
  });
});

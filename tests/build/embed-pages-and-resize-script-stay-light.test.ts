/**
 * What an agency's reader downloads for an embed: every embed page, HTML with its CSS (inline, or
 * any stylesheet it links), gzipped, stays within 20 KB before images; the resize script within 2 KB.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allPages, isEmbedPage, requireDist } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';

requireDist();
const gz = (data: string | Buffer): number => gzipSync(data, { level: 9 }).length;

describe('embed weight', () => {
  it('every embed page is at most 20 KB gzipped, HTML and CSS together (a map: 60 KB, the map budget)', () => {
    const heavy: string[] = [];
    const embeds = allPages().filter(isEmbedPage);
    const budget = (p: string) => (p.startsWith('/nhung/thong-ke/ban-do') ? 60 : 20) * 1024;
    expect(embeds.length).toBeGreaterThan(0);
    for (const page of embeds) {
      const css = page.doc
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => readFileSync(path.join(DIST, l.getAttribute('href') ?? ''), 'utf8'));
      const bytes = gz(page.html) + css.reduce((n, c) => n + gz(c), 0);
      if (bytes > budget(page.path)) heavy.push(`${page.path}: ${bytes} B`);
    }
    expect(heavy).toEqual([]);
  });

  it('the resize script is at most 2 KB gzipped', () => {
    expect(gz(readFileSync(path.join(DIST, 'nhung', 'nhung.js')))).toBeLessThanOrEqual(2048);
  });
});

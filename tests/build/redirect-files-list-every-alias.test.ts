/**
 * Permanent URLs in the built site: dist/_redirects and dist/nginx-redirects.conf hold exactly one
 * 301 rule per old slug in content/ (both spellings, with and without the trailing slash), and the
 * one pattern for the old poster URLs (tests/build/poster-is-a-view-of-the-profile-page…), each
 * old URL has a redirect page to its profile. (The content may have no aliases yet:
 * tests/build/renamed-profile-keeps-its-old-url.test.ts renames a profile in a copy.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedProfiles } from '../support/content.ts';
import { pageAt, redirectTarget, requireDist } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';

const rules = (file: string, re: RegExp): string[] =>
  readFileSync(path.join(DIST, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => re.test(l));

describe('redirect files', () => {
  requireDist();
  const expected = publishedProfiles()
    .flatMap((p) => p.data.aliases.map((alias) => ({ from: `/mo-hinh/${alias}/`, to: `/mo-hinh/${p.slug}/` })))
    .sort((a, b) => (a.from < b.from ? -1 : 1));

  it('exist', () => {
    expect(existsSync(path.join(DIST, '_redirects'))).toBe(true);
    expect(existsSync(path.join(DIST, 'nginx-redirects.conf'))).toBe(true);
  });

  it('_redirects has a 301 for each alias and the old posters\' pattern, and nothing else', () => {
    const want = [
      ...expected.flatMap((r) => [`${r.from} ${r.to} 301`, `${r.from.slice(0, -1)} ${r.to} 301`]),
      '/mo-hinh/:slug/ap-phich/ /mo-hinh/:slug/#ap-phich 301',
      '/mo-hinh/:slug/ap-phich /mo-hinh/:slug/#ap-phich 301',
    ];
    expect(rules('_redirects', /^\//).sort()).toEqual(want.sort());
  });

  it('the nginx map has an entry for each alias and nothing else (besides the old posters\' regex)', () => {
    const text = readFileSync(path.join(DIST, 'nginx-redirects.conf'), 'utf8');
    expect(text).toMatch(/^map \$uri \$\w+ \{$/m);
    const want = expected.flatMap((r) => [`${r.from} ${r.to};`, `${r.from.slice(0, -1)} ${r.to};`]);
    expect(rules('nginx-redirects.conf', /^\//).sort()).toEqual(want.sort());
  });

  it('each old URL has a redirect page to its profile', () => {
    const wrong = expected.filter((r) => {
      const page = pageAt(r.from);
      return !page || redirectTarget(page) !== r.to;
    });
    expect(wrong).toEqual([]);
  });
});

/** Every published profile has exactly one page at /mo-hinh/<slug>/; drafts and strays have none. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProfiles, publishedProfiles } from '../support/content.ts';
import { loadPage, redirectTarget, requireDist } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';

/** /mo-hinh/trang/N/ holds the paginated list, not a profile. */
const LIST_FOLDERS = new Set(['trang']);

describe('profile pages', () => {
  requireDist();
  const published = publishedProfiles();
  const profileDir = path.join(DIST, 'mo-hinh');

  it('the content has published profiles', () => {
    expect(published.length).toBeGreaterThan(0);
  });

  it('each published profile has a page at /mo-hinh/<slug>/', () => {
    const missing = published
      .map((p) => p.slug)
      .filter((slug) => !existsSync(path.join(profileDir, slug, 'index.html')));
    expect(missing, `profiles without a page: ${missing.join(', ')}`).toEqual([]);
  });

  it('no draft profile is built', () => {
    const built = readProfiles()
      .filter((p) => p.data.draft)
      .map((p) => p.slug)
      .filter((slug) => existsSync(path.join(profileDir, slug)));
    expect(built, `draft profiles that were published: ${built.join(', ')}`).toEqual([]);
  });

  it('there is no profile page without a profile (old slugs only redirect to the current one)', () => {
    const slugs = new Set(published.map((p) => p.slug));
    const aliasOf = new Map<string, string>();
    for (const p of published) for (const alias of p.data.aliases) aliasOf.set(alias, p.slug);

    const stray: string[] = [];
    for (const entry of readdirSync(profileDir, { withFileTypes: true })) {
      if (!entry.isDirectory() || LIST_FOLDERS.has(entry.name) || slugs.has(entry.name)) continue;
      const index = path.join(profileDir, entry.name, 'index.html');
      const current = aliasOf.get(entry.name);
      if (current && existsSync(index)) {
        const target = redirectTarget(loadPage(index));
        if (target && new URL(target, 'http://x.invalid').pathname === `/mo-hinh/${current}/`) continue;
        stray.push(`/mo-hinh/${entry.name}/ (an alias of ${current}, but not a redirect to /mo-hinh/${current}/)`);
      } else {
        stray.push(`/mo-hinh/${entry.name}/`);
      }
    }
    expect(stray, `pages under /mo-hinh/ with no published profile:\n${stray.join('\n')}`).toEqual([]);
  });
});

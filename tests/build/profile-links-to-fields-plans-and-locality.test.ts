/**
 * A profile page leads on to the pages about it: each of its fields, each plan that recognised it,
 * and its place in the locality tree.
 */
import { describe, expect, it } from 'vitest';
import { publishedProfiles } from '../support/content.ts';
import { pageAt, requireDist, type BuiltPage } from '../support/dist.ts';
import { classify } from '../support/links.ts';

/** Paths of the internal pages linked from the page's <main> (the whole page if it has none). */
function linkedPaths(page: BuiltPage): Set<string> {
  const scope = page.doc.querySelector('main') ?? page.doc;
  const paths = new Set<string>();
  for (const a of scope.querySelectorAll('a[href]')) {
    const target = classify(a.getAttribute('href') ?? '', page.path);
    if (target.kind === 'internal') paths.add(decodeURI(target.path));
  }
  return paths;
}

describe('profile pages link to their fields, plans and locality', () => {
  requireDist();
  const profiles = publishedProfiles();

  it.each(profiles.map((p) => [p.slug, p] as const))('%s', (slug, profile) => {
    const page = pageAt(`/mo-hinh/${slug}/`);
    expect(page, `no built page for profile ${slug}`).toBeDefined();
    if (!page) return;
    const links = linkedPaths(page);
    const missing: string[] = [];
    for (const field of profile.data.fields) {
      if (!links.has(`/linh-vuc/${field}/`)) missing.push(`field page /linh-vuc/${field}/`);
    }
    for (const plan of new Set(profile.data.recognitions.map((r) => r.plan))) {
      if (!links.has(`/ke-hoach/${plan}/`)) missing.push(`plan page /ke-hoach/${plan}/`);
    }
    if (![...links].some((p) => /^\/dia-phuong\/[^/]+\/(?:[^/]+\/)?$/.test(p))) {
      missing.push('a locality page /dia-phuong/<province>/[<commune>/]');
    }
    expect(missing, `${page.path} (content/profiles/${slug}/index.mdx) has no link to:\n${missing.join('\n')}`).toEqual([]);
  });
});

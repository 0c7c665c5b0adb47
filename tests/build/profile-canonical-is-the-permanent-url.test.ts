/**
 * A profile's permanent URL is the same everywhere it is printed: the canonical link, og:url, the
 * JSON-LD page and subject, the citation, the share links, the poster's QR code and the canonical of
 * the old poster URL's redirect page (for the profiles that had a poster page). It is
 * /mo-hinh/<folder name>/ on the site's base URL, for every published profile in content/.
 */
import { describe, expect, it } from 'vitest';
import { publishedProfiles } from '../support/content.ts';
import { pageAt, requireDist } from '../support/dist.ts';
import { canonicalOf, jsonLdBlocks, jsonLdNodes, meta, typesOf } from '../support/page-kinds.ts';
import { absoluteUrl } from '../support/site.ts';
import { publishedPosterSlugs } from '../../src/lib/redirects.ts';

describe('profile permanent URLs', () => {
  requireDist();

  it.each(publishedProfiles().map((p) => [p.slug] as const))('%s', (slug) => {
    const permanent = absoluteUrl(`/mo-hinh/${slug}/`);
    const page = pageAt(`/mo-hinh/${slug}/`);
    expect(page, 'not built').toBeDefined();
    expect(canonicalOf(page!)).toBe(permanent);
    expect(meta(page!, 'og:url')).toBe(permanent);

    const nodes = jsonLdBlocks(page!).flatMap(jsonLdNodes);
    const profilePage = nodes.find((n) => typesOf(n).includes('ProfilePage'));
    expect(profilePage?.['@id']).toBe(permanent);
    expect(profilePage?.url).toBe(permanent);
    const subject = nodes.find((n) => typesOf(n).some((t) => t === 'Person' || t === 'Organization') && n['@id'] === `${permanent}#doi-tuong`);
    expect(subject?.url).toBe(permanent);

    expect(page!.doc.querySelector('[data-citation] .citation__url a')?.getAttribute('href')).toBe(permanent);
    for (const a of page!.doc.querySelectorAll('[data-share] a[href^="https:"]')) expect(a.getAttribute('href')).toContain(encodeURIComponent(permanent));

    expect(page!.doc.querySelector('#ap-phich .poster__url')?.textContent?.replace(/\s+/g, '')).toBe(permanent);
    if (publishedPosterSlugs.includes(slug)) {
      const oldPoster = pageAt(`/mo-hinh/${slug}/ap-phich/`);
      expect(oldPoster && canonicalOf(oldPoster)).toBe(permanent);
    }
  });
});

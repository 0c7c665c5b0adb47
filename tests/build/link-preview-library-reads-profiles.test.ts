/**
 * What a newspaper CMS sees when an editor pastes a profile's URL: each built profile page is
 * handed, as an HTML string, to open-graph-scraper (a widely used link-preview library), with the
 * network switched off, and what it reports must be the profile's title, summary, permanent URL
 * and its own 1200×630 preview image (a file that exists in dist/).
 */
import ogs from 'open-graph-scraper';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishedProfiles } from '../support/content.ts';
import { pageAt, requireDist, resolveSitePath } from '../support/dist.ts';
import { absoluteUrl, BASE_URL } from '../support/site.ts';

describe('a link-preview library (open-graph-scraper) reading profile pages', () => {
  requireDist();
  // Parsing a string must never fetch: fail loudly if the library tries.
  beforeAll(() => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('network access during a link-preview parse')));
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });

  it.each(publishedProfiles().map((p) => [p.slug, p] as const))('%s', async (slug, profile) => {
    const page = pageAt(`/mo-hinh/${slug}/`);
    expect(page, 'not built').toBeDefined();
    const { error, result } = await ogs({ html: page!.html });
    expect(error).toBe(false);
    expect(result.ogTitle).toBe(profile.data.title);
    expect(result.ogDescription).toBe(profile.data.summary);
    expect(result.ogUrl).toBe(absoluteUrl(`/mo-hinh/${slug}/`));
    expect(result.ogType).toBe('article');
    expect(result.ogLocale).toBe('vi_VN');
    expect(result.twitterCard).toBe('summary_large_image');

    const [image, ...more] = result.ogImage ?? [];
    expect(more).toEqual([]);
    expect(image).toMatchObject({ url: absoluteUrl(`/og/mo-hinh/${slug}.png`), type: 'image/png', width: '1200', height: '630' });
    expect(image?.alt).toContain(profile.data.title);
    expect(resolveSitePath(image!.url.slice(BASE_URL.length)).ok, `${image?.url} is not in dist/`).toBe(true);
    // X takes title and image from Open Graph: no twitter:title / twitter:image copies.
    expect(result.twitterTitle).toBeUndefined();
    expect(result.twitterImage).toBeUndefined();

    // It also reads the JSON-LD: the page is the profile's.
    const graph = (result.jsonLD ?? []).flatMap((b) => ((b as { '@graph'?: { '@type': string; url?: string }[] })['@graph'] ?? []));
    expect(graph.find((n) => n['@type'] === 'ProfilePage')?.url).toBe(absoluteUrl(`/mo-hinh/${slug}/`));
  });
});

/**
 * Photos: where a profile has photos, the page serves them responsive (AVIF and WebP at several
 * widths through astro:assets, with `sizes`), shows the caption, credit and licence, and links to
 * the original for press use; the JSON-LD names the credit and licence too. No profile in content/
 * has photos (no source gives any), so a copy of the project gets a synthetic one
 * (tests/support/fixture-site.ts); content/ is never touched.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml, squash } from '../support/dist.ts';
import { buildFixtureSite, editFrontmatter, type FixtureSite } from '../support/fixture-site.ts';
import { srcsetUrls } from '../support/links.ts';
import { firstProfile } from '../support/templates.ts';
import { validateJsonLd } from '../unit/schema-org-vocabulary.ts';

const profile = firstProfile();
const PHOTO = {
  src: './anh-thu-nghiem.jpg',
  alt: 'Ảnh thử nghiệm: ruộng rau của hợp tác xã',
  caption: 'Ruộng rau hữu cơ (ảnh thử nghiệm)',
  credit: 'Nguyễn Văn Ảnh',
  licence: 'CC BY 4.0',
  original: 'https://example.org/anh-goc/ruong-rau.jpg',
};
const WIDTH = 1600;

async function addPhoto(root: string): Promise<void> {
  const dir = path.join(root, 'content', 'profiles', profile.slug);
  await sharp({ create: { width: WIDTH, height: 1000, channels: 3, background: '#5a8f3c' } })
    .jpeg()
    .toFile(path.join(dir, PHOTO.src));
  const file = path.join(dir, 'index.mdx');
  editFrontmatter(file, (doc) => doc.set('images', [PHOTO]));
}

describe('a profile with a photo', () => {
  let site: FixtureSite;
  let page: ReturnType<typeof parseHtml>;
  beforeAll(async () => {
    site = await buildFixtureSite('photo', addPhoto);
  }, 180_000);
  afterAll(() => site?.remove());

  const doc = () => (page ??= parseHtml(readFileSync(path.join(site.dist, 'mo-hinh', profile.slug, 'index.html'), 'utf8')));

  it('serves it as a <picture> with AVIF and WebP sources at several widths, with sizes', () => {
    const picture = doc().querySelector('figure picture');
    expect(picture, 'no <picture> in a <figure>').toBeTruthy();
    const types = picture?.querySelectorAll('source').map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const source of picture?.querySelectorAll('source') ?? []) {
      expect(source.getAttribute('sizes')).toBeTruthy();
      const urls = srcsetUrls(source.getAttribute('srcset') ?? '');
      expect(urls.length, 'one width only').toBeGreaterThanOrEqual(3);
      for (const u of urls) expect(existsSync(path.join(site.dist, u)), `${u} is not in dist/`).toBe(true);
    }
    const img = picture?.querySelector('img');
    expect(img?.getAttribute('alt')).toBe(PHOTO.alt);
    expect(img?.getAttribute('width')).toBeTruthy();
    expect(img?.getAttribute('height')).toBeTruthy();
  });

  it('shows the caption, credit and licence, and links to the original', () => {
    const figure = doc().querySelectorAll('figure').find((f) => f.querySelector('picture'));
    const caption = squash(figure?.querySelector('figcaption')?.textContent ?? '');
    for (const part of [PHOTO.caption, PHOTO.credit, PHOTO.licence]) expect(caption).toContain(part);
    const links = figure?.querySelectorAll('figcaption a').map((a) => a.getAttribute('href'));
    expect(links).toContain(PHOTO.original);
  });

  it('names the photo, its credit and licence in the JSON-LD', () => {
    const graph = JSON.parse(doc().querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(validateJsonLd(graph)).toEqual([]);
    const subject = (graph['@graph'] as { '@type': string; image?: unknown[] }[]).find((n) => n['@type'] === 'Person' || n['@type'] === 'Organization');
    expect(subject?.image).toEqual([
      expect.objectContaining({ '@type': 'ImageObject', creditText: PHOTO.credit, caption: PHOTO.caption, acquireLicensePage: PHOTO.original }),
    ]);
  });
});

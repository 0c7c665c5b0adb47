/**
 * A result shows a thumbnail of the profile's first photo when it has one, and the neutral icon of
 * its kind when not. No profile in content/ has photos, so a copy of the project gets a synthetic
 * one (tests/support/fixture-site.ts); content/ is never touched.
 */
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { editFrontmatter } from '../support/fixture-site.ts';
import { useFixtureSite } from '../support/e2e.ts';
import { openSearch } from '../support/search.ts';
import { publishedProfiles } from '../support/content.ts';

const [withPhoto, without] = publishedProfiles();

async function addPhoto(root: string): Promise<void> {
  if (!withPhoto) throw new Error('no published profile');
  const dir = path.join(root, 'content', 'profiles', withPhoto.slug);
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3c7a8f' } })
    .jpeg()
    .toFile(path.join(dir, 'anh-thu-nghiem.jpg'));
  const file = path.join(dir, 'index.mdx');
  editFrontmatter(file, (doc) => doc.set('images', [{ src: './anh-thu-nghiem.jpg', alt: 'Ảnh thử nghiệm', credit: 'Ảnh thử nghiệm' }]));
}

describe('result thumbnails', () => {
  const fixture = useFixtureSite('search-photo', addPhoto);

  it('show a small copy of the first photo, built with the site', async () => {
    const page = await fixture.browser.newPage();
    const url = `/tim-kiem/?q=${encodeURIComponent(withPhoto?.data.title ?? '')}`;
    await openSearch(page, fixture.server.origin, url);
    const item = page.locator('[data-search-results] .result', { has: page.locator(`a[href="/mo-hinh/${withPhoto?.slug}/"]`) });
    const img = item.locator('.result-thumb img');
    await img.waitFor();
    const src = (await img.getAttribute('src')) ?? '';
    expect(src).toMatch(/^\/_astro\/.+\.webp$/);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(160);
    expect(await img.getAttribute('alt')).toBe('');
    await page.close();
  });

  it('show the icon of the kind for a profile without photos', async () => {
    const page = await fixture.browser.newPage();
    await openSearch(page, fixture.server.origin, `/tim-kiem/?q=${encodeURIComponent(without?.data.title ?? '')}`);
    const item = page.locator('[data-search-results] .result', { has: page.locator(`a[href="/mo-hinh/${without?.slug}/"]`) });
    const icons = await item.locator('.result-thumb svg').evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')));
    expect(icons).toEqual([without?.data.kind]);
    expect(await item.locator('.result-thumb img').count()).toBe(0);
    await page.close();
  });
});

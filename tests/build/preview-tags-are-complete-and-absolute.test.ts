/**
 * Preview cards: every built page carries what a newspaper CMS or a social network reads —
 * <title>, meta description, canonical, Open Graph and Twitter card tags — with absolute URLs on
 * the site's base URL, og:url equal to the canonical URL, and the image's type, size and alt text.
 * X takes title, description and image from Open Graph (its card markup falls back to it): no
 * twitter:title, twitter:description or twitter:image copies.
 */
import { describe, expect, it } from 'vitest';
import { contentPages, requireDist, squash, type BuiltPage } from '../support/dist.ts';
import { canonicalOf, meta, pageKind } from '../support/page-kinds.ts';
import { BASE_URL } from '../support/site.ts';

const REQUIRED = [
  'og:site_name',
  'og:locale',
  'og:type',
  'og:title',
  'og:description',
  'og:url',
  'og:image',
  'og:image:type',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:card',
  'twitter:image:alt',
] as const;

const isAbsoluteOnSite = (url: string | undefined): boolean => Boolean(url && url.startsWith(`${BASE_URL}/`) && new URL(url).href === url);

function problems(page: BuiltPage): string[] {
  const out: string[] = [];
  const title = squash(page.doc.querySelector('title')?.textContent ?? '');
  if (!title) out.push('no <title>');
  const description = meta(page, 'description');
  if (!description?.trim()) out.push('no meta description');
  const canonical = canonicalOf(page);
  if (!isAbsoluteOnSite(canonical)) out.push(`canonical "${canonical}" is not an absolute URL on ${BASE_URL}`);

  for (const key of REQUIRED) if (!meta(page, key)?.trim()) out.push(`no ${key}`);
  if (out.length > 0) return out;

  if (meta(page, 'og:url') !== canonical) out.push(`og:url "${meta(page, 'og:url')}" is not the canonical "${canonical}"`);
  const image = meta(page, 'og:image');
  if (!isAbsoluteOnSite(image) || !image?.endsWith('.png')) out.push(`og:image "${image}" is not an absolute PNG URL on ${BASE_URL}`);
  for (const copy of ['twitter:title', 'twitter:description', 'twitter:image']) {
    if (meta(page, copy) !== undefined) out.push(`${copy}: a copy of its Open Graph tag, which X reads by itself`);
  }
  if (meta(page, 'og:image:type') !== 'image/png') out.push('og:image:type is not image/png');
  if (meta(page, 'og:image:width') !== '1200' || meta(page, 'og:image:height') !== '630') out.push('og:image size is not 1200×630');
  if (meta(page, 'og:locale') !== 'vi_VN') out.push('og:locale is not vi_VN');
  if (meta(page, 'twitter:card') !== 'summary_large_image') out.push('twitter:card is not summary_large_image');
  if (meta(page, 'og:description') !== description) out.push('og:description differs from the meta description');
  if (!title.includes(meta(page, 'og:title') ?? '\u0000')) out.push(`og:title "${meta(page, 'og:title')}" is not in the <title> "${title}"`);
  const kind = pageKind(page.path);
  const expectedType = kind === 'profile' || kind === 'plan' ? 'article' : undefined;
  if (expectedType && meta(page, 'og:type') !== expectedType) out.push(`og:type is "${meta(page, 'og:type')}", expected "${expectedType}"`);
  return out;
}

describe('preview tags', () => {
  requireDist();
  const pages = contentPages();

  it('cover every page', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('are present, absolute and consistent on every page', () => {
    const failures = pages.flatMap((page) => problems(page).map((p) => `${page.path}: ${p}`));
    expect(failures, `${failures.length} problem(s):\n${failures.join('\n')}`).toEqual([]);
  });
});

/**
 * Open Graph images: one 1200×630 PNG per profile, field, locality and plan page, plus the site's
 * card for every other page, at ogImagePath(page URL) ("/mo-hinh/abc/" → "/og/mo-hinh/abc.png").
 * Rendered through the content-hash cache (src/lib/og-cache.ts), so an unchanged card is a file
 * read on rebuild. OG_CACHE_DIR moves the cache (default node_modules/.cache/og-images).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getOgImage } from '../../lib/og-cache.ts';
import { allOgImages } from '../../lib/og-cards.ts';
import { getCatalog } from '../../site-data.ts';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  // "/og/mo-hinh/abc.png" → "mo-hinh/abc"
  return allOgImages(catalog).map((image) => ({ params: { path: image.path.slice('/og/'.length, -'.png'.length) }, props: { card: image.card } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const cacheDir = process.env.OG_CACHE_DIR || undefined;
  const { png } = await getOgImage(props.card, cacheDir ? { cacheDir } : {});
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

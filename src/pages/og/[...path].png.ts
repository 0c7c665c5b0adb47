/**
 * Open Graph images: one 1200×630 PNG per profile, field, province and plan, plus the site's card,
 * at ogImagePath(page URL) ("/mo-hinh/abc/" → "/og/mo-hinh/abc.png"); other pages borrow one of
 * these (src/lib/og-cards.ts).
 *
 * In `astro build` this route renders nothing itself: its getStaticPaths hands the card list to
 * the og-images integration (src/integrations/og-images.ts), which renders missing cards in a
 * worker pool while the pages render and links the PNGs into dist/og/ at the end. In `astro dev`
 * (no integration listening) it is an ordinary endpoint rendering each image through the cache.
 * OG_CACHE_DIR moves the cache (default node_modules/.cache/og-images).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getOgImage } from '../../lib/og-cache.ts';
import { allOgImages } from '../../lib/og-cards.ts';
import { handOverOgCards } from '../../lib/og/handoff.ts';
import { getCatalog } from '../../site-data.ts';

export const getStaticPaths = (async () => {
  const images = allOgImages(await getCatalog());
  if (handOverOgCards(images.map(({ path, card }) => ({ path, card })))) return [];
  // "/og/mo-hinh/abc.png" → "mo-hinh/abc"
  return images.map((image) => ({ params: { path: image.path.slice('/og/'.length, -'.png'.length) }, props: { card: image.card } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => {
  const cacheDir = process.env.OG_CACHE_DIR || undefined;
  const { png } = await getOgImage(props.card, cacheDir ? { cacheDir } : {});
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

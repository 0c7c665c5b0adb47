/**
 * The search records of the published profiles (src/lib/search/record.ts), written during the build
 * for the Pagefind step (src/integrations/pagefind.ts), which indexes them and then deletes this
 * file: it is a hand-over inside the build, not part of the site.
 */
import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { getCatalog } from '../../site-data.ts';
import { markdownToPlainText } from '../../lib/search/plain-text.ts';
import { profileRecord } from '../../lib/search/profile-record.ts';

/** Thumbnail size in CSS pixels (the result list shows 80 × 80), drawn at 2× for sharp screens. */
const THUMB = 80;

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const records = await Promise.all(
    catalog.profiles.map(async (profile) => {
      const first = profile.data.images[0];
      const image = first
        ? {
            src: (await getImage({ src: first.src, width: THUMB * 2, height: THUMB * 2, fit: 'cover', format: 'webp' })).src,
            alt: first.alt,
          }
        : undefined;
      return profileRecord(profile, { body: markdownToPlainText(profile.entry.body ?? ''), image });
    }),
  );
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

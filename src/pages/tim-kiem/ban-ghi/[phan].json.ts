/**
 * The search records of the published profiles (src/lib/search/record.ts), written during the build
 * for the search step (src/lib/search/write-index.ts), which indexes them and then deletes these
 * files: a hand-over inside the build, not part of the site. Several files of RECORDS_PER_FILE
 * profiles each (1.json, 2.json, …), so that no page of a large site holds every record at once.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getImage } from 'astro:assets';
import { getCatalog, type SiteProfile } from '../../../site-data.ts';
import { markdownToPlainText } from '../../../lib/search/plain-text.ts';
import { entrySource } from '../../../lib/content/body-files.ts';
import { profileRecord } from '../../../lib/search/profile-record.ts';

/** Thumbnail size in CSS pixels (the result list shows 80 × 80), drawn at 2× for sharp screens. */
const THUMB = 80;
const RECORDS_PER_FILE = 2_000;

export const getStaticPaths = (async () => {
  const { profiles } = await getCatalog();
  const files = Math.max(1, Math.ceil(profiles.length / RECORDS_PER_FILE));
  return Array.from({ length: files }, (_, i) => ({
    params: { phan: String(i + 1) },
    props: { from: i * RECORDS_PER_FILE },
  }));
}) satisfies GetStaticPaths;

async function record(profile: SiteProfile) {
  const first = profile.data.images[0];
  const image = first
    ? {
        src: (await getImage({ src: first.src, width: THUMB * 2, height: THUMB * 2, fit: 'cover', format: 'webp' })).src,
        alt: first.alt,
      }
    : undefined;
  return profileRecord(profile, { body: markdownToPlainText(entrySource(profile.entry)), image });
}

export const GET: APIRoute<{ from: number }> = async ({ props }) => {
  const { profiles } = await getCatalog();
  const records = await Promise.all(profiles.slice(props.from, props.from + RECORDS_PER_FILE).map(record));
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

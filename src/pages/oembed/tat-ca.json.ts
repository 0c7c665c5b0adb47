/**
 * Every oEmbed document of the site in one file, for the build only: src/integrations/oembed-files.ts
 * writes each document to its own file, /oembed/<embed path>.json, and removes this one
 * (src/lib/embed/oembed.ts OEMBED_BUNDLE).
 */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../site-data.ts';
import { oembedBundle } from '../../lib/embed/oembed.ts';

export const GET: APIRoute = async () =>
  new Response(oembedBundle(await getCatalog()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

/** oEmbed documents: /oembed/<embed path>.json (src/lib/embed/oembed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCacheKeys, getCatalog } from '../../site-data.ts';
import { OEMBED_ROOT, embedOfPage, embedTargetKey, embedTargets, oembedPath, type EmbedTarget } from '../../lib/embed/targets.ts';
import { oembedDocument } from '../../lib/embed/oembed.ts';

export const getStaticPaths = (async () => {
  const [catalog, keys] = await Promise.all([getCatalog(), getCacheKeys()]);
  // A document answers for a page URL: the charts' figures have none of their own (the builder offers them).
  return embedTargets(catalog)
    .filter((target) => target.kind !== 'figure' || embedOfPage(catalog, target.pagePath)?.path === target.path)
    .map((target) => {
      const cacheKey = embedTargetKey(keys, target);
      return { params: { path: oembedPath(target.path).slice(OEMBED_ROOT.length) }, props: { target }, ...(cacheKey ? { cacheKey } : {}) };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: EmbedTarget }> = ({ props }) =>
  new Response(`${JSON.stringify(oembedDocument(props.target), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });

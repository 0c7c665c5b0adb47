/**
 * oEmbed 1.0 documents (https://oembed.com/, type "rich"), one static JSON file per embed at
 * /oembed/<path>.json, advertised by the full page's <link rel="alternate" type="application/json+oembed">.
 * A CMS that reads oEmbed (WordPress and others) turns a pasted page URL into the iframe snippet.
 */
import type { EntryTypes } from '../catalog.ts';
import { absoluteUrl } from '../permalink.ts';
import { OG_HEIGHT, OG_WIDTH } from '../og-image.ts';
import { site } from '../../site.config.ts';
import { EMBED_HEIGHT, EMBED_WIDTH, iframeSnippet } from './snippet.ts';
import type { EmbedTarget } from './targets.ts';

export interface OembedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  html: string;
  width: number;
  height: number;
}

/** One day: portals re-read the document at most daily. */
export const OEMBED_CACHE_AGE = 86_400;

export function embedHeight(target: Pick<EmbedTarget, 'kind'>): number {
  return target.kind === 'profile' ? EMBED_HEIGHT.card : EMBED_HEIGHT.list;
}

export function oembedDocument<E extends EntryTypes>(target: EmbedTarget<E>): OembedRich {
  const height = embedHeight(target);
  return {
    version: '1.0',
    type: 'rich',
    title: target.title,
    author_name: [site.publisher.name, site.publisher.parent].filter(Boolean).join(', '),
    author_url: absoluteUrl('/'),
    provider_name: site.name,
    provider_url: absoluteUrl('/'),
    cache_age: OEMBED_CACHE_AGE,
    thumbnail_url: absoluteUrl(target.og.path),
    thumbnail_width: OG_WIDTH,
    thumbnail_height: OG_HEIGHT,
    html: iframeSnippet(absoluteUrl(target.path), target.title, height),
    width: EMBED_WIDTH,
    height,
  };
}

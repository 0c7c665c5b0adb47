/**
 * oEmbed 1.0 documents (https://oembed.com/, type "rich"), one static JSON file per embed at
 * /oembed/<path>.json (written after the build from one bundle: OEMBED_BUNDLE below), advertised by the full page's <link rel="alternate" type="application/json+oembed">.
 * A CMS that reads oEmbed (WordPress and others) turns a pasted page URL into the iframe snippet.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Catalog, EntryTypes } from '../catalog.ts';
import { absoluteUrl } from '../permalink.ts';
import { OG_HEIGHT, OG_WIDTH } from '../og-image.ts';
import { site } from '../../site.config.ts';
import { EMBED_HEIGHT, EMBED_WIDTH, iframeSnippet } from './snippet.ts';
import { OEMBED_ROOT, embedOfPage, embedTargets, oembedPath, type EmbedTarget } from './targets.ts';

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

/**
 * The build writes the documents as files after Astro has run (src/integrations/oembed-files.ts):
 * Astro renders them as one bundle, at OEMBED_BUNDLE, rather than one route each. As routes they
 * cost ~2–3 ms of Astro's per-page work each, an entry in its incremental cache and, in every
 * rebuild, a copy from that cache: ~13,000 documents at 10,000 profiles (issue 13). The bundle is a
 * build file only: the integration replaces it by the documents, and no built site has it (`astro
 * dev` serves the bundle alone; the dynamic .json routes never answered there, trailingSlash being
 * "always").
 */
export const OEMBED_BUNDLE = `${OEMBED_ROOT}tat-ca.json`;

/** One oEmbed document as a file: its site path and its bytes. */
export interface OembedFile {
  path: string;
  body: string;
}

/** The embeds that have a document: every one but the charts' figures that no page is the embed of (the builder offers those). */
export function oembedTargets<E extends EntryTypes>(catalog: Catalog<E>): EmbedTarget<E>[] {
  return embedTargets(catalog).filter((target) => target.kind !== 'figure' || embedOfPage(catalog, target.pagePath)?.path === target.path);
}

/** A document's file: compact JSON, as clients read it (~50 bytes less a document than indented). */
export function oembedFile<E extends EntryTypes>(target: EmbedTarget<E>): OembedFile {
  return { path: oembedPath(target.path), body: `${JSON.stringify(oembedDocument(target))}\n` };
}

/** The bundle Astro writes at OEMBED_BUNDLE: every document's file, in the targets' order. */
export function oembedBundle<E extends EntryTypes>(catalog: Catalog<E>): string {
  const files = oembedTargets(catalog).map(oembedFile);
  if (files.some((f) => f.path === OEMBED_BUNDLE)) throw new Error(`oEmbed: một tài liệu trùng đường dẫn ${OEMBED_BUNDLE} / a document has the bundle's path`);
  return JSON.stringify(files);
}

/**
 * Replace the bundle in the built site `outDir` by its documents, one file each (the folders made as
 * needed); resolves with how many. A site without the bundle (a plain build of nothing) is left as it is.
 */
export async function writeOembedFiles(outDir: string): Promise<number> {
  const bundle = join(outDir, ...OEMBED_BUNDLE.split('/'));
  if (!existsSync(bundle)) return 0;
  const files = JSON.parse(await readFile(bundle, 'utf8')) as OembedFile[];
  const made = new Set<string>();
  for (const { path, body } of files) {
    if (!path.startsWith(OEMBED_ROOT) || !path.endsWith('.json') || path.split('/').includes('..')) {
      throw new Error(`oEmbed: "${path}" không phải đường dẫn tài liệu oEmbed / is not an oEmbed document path`);
    }
    const file = join(outDir, ...path.split('/'));
    const folder = dirname(file);
    if (!made.has(folder)) {
      await mkdir(folder, { recursive: true });
      made.add(folder);
    }
    await writeFile(file, body, 'utf8');
  }
  await rm(bundle);
  return files.length;
}

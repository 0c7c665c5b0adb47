/**
 * A content-addressed cache for Open Graph images, so an unchanged card costs a file read.
 *
 * Key = SHA-256 of the card's text (NFC, fixed field order) and the renderer fingerprint (layout
 * version, satori and resvg versions, the font bytes): any change to what decides the pixels
 * gives a new key, and nothing ever needs invalidating by hand. Files are written to a temp name
 * and renamed, so a build killed half-way never leaves a truncated PNG behind for the next one.
 *
 * Two ways to use it (both Astro-agnostic):
 *   getOgImage(card)            → one PNG buffer, e.g. from a static endpoint src/pages/og/[...path].png.ts
 *   writeOgImages(items, dist)  → all PNGs into a folder, e.g. from an integration's astro:build:done
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, resolve, sep } from 'node:path';
import { OG_HEIGHT, OG_WIDTH, ogRendererFingerprint, renderOgImage, type OgCard } from './og-image.ts';

export type { OgCard } from './og-image.ts';

export interface OgCacheOptions {
  /** Where cached PNGs live; default node_modules/.cache/og-images under the working directory. */
  cacheDir?: string;
  /** The renderer; tests pass a counting stub. Default renderOgImage. */
  render?: (card: OgCard) => Promise<Buffer>;
  /** Renderer fingerprint mixed into every key. Default ogRendererFingerprint(). */
  fingerprint?: string;
}

export interface OgImageResult {
  png: Buffer;
  key: string;
  /** True when the PNG came from the cache and nothing was rendered. */
  cached: boolean;
  /** The cache file holding it. */
  file: string;
}

/** node_modules/.cache is where build tools keep caches: ignored by git, kept by CI caches. */
export function defaultOgCacheDir(root: string = process.cwd()): string {
  return join(root, 'node_modules', '.cache', 'og-images');
}

const CARD_FIELDS = ['title', 'unit', 'locality', 'field', 'kindLabel', 'siteName', 'publisher', 'siteUrl'] as const satisfies readonly (keyof OgCard)[];

/** The cache key of a card: stable across runs, field order and Unicode normalisation form. */
export function ogCacheKey(card: OgCard, fingerprint: string = ogRendererFingerprint()): string {
  const canonical = CARD_FIELDS.map((k) => [k, card[k]?.normalize('NFC').replace(/\s+/g, ' ').trim() ?? null]);
  return createHash('sha256').update(fingerprint).update('\n').update(JSON.stringify(canonical)).digest('hex');
}

/** Where the cache keeps the PNG of a key. */
export function ogCacheFile(cacheDir: string, key: string): string {
  return join(cacheDir, key.slice(0, 2), `${key}.png`);
}

/** Write via a sibling temp file and rename: readers see the old file or the whole new one. */
export async function writeFileAtomic(path: string, data: Buffer): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** A PNG whose IHDR says 1200×630: guards against a foreign or damaged file in the cache. */
export function isOgPng(buf: Buffer): boolean {
  return (
    buf.length > 33 &&
    buf.readUInt32BE(0) === 0x89504e47 &&
    buf.readUInt32BE(4) === 0x0d0a1a0a &&
    buf.toString('latin1', 12, 16) === 'IHDR' &&
    buf.readUInt32BE(16) === OG_WIDTH &&
    buf.readUInt32BE(20) === OG_HEIGHT
  );
}

// Identical cards requested at the same time render once.
const inFlight = new Map<string, Promise<OgImageResult>>();

/** The PNG for a card: from the cache when it is there, rendered and stored when it is not. */
export async function getOgImage(card: OgCard, options: OgCacheOptions = {}): Promise<OgImageResult> {
  const cacheDir = options.cacheDir ?? defaultOgCacheDir();
  const key = ogCacheKey(card, options.fingerprint);
  const file = ogCacheFile(cacheDir, key);
  const flightKey = `${cacheDir}\0${key}`;
  const pending = inFlight.get(flightKey);
  if (pending) return pending;

  const job = (async (): Promise<OgImageResult> => {
    try {
      const png = await readFile(file);
      if (isOgPng(png)) return { png, key, cached: true, file };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const png = await (options.render ?? renderOgImage)(card);
    if (!isOgPng(png)) throw new Error(`OG renderer returned something that is not a ${OG_WIDTH}×${OG_HEIGHT} PNG (card "${card.title}")`);
    await writeFileAtomic(file, png);
    return { png, key, cached: false, file };
  })();
  inFlight.set(flightKey, job);
  try {
    return await job;
  } finally {
    inFlight.delete(flightKey);
  }
}

/**
 * Where a page's preview image is published: "/mo-hinh/abc/" → "/og/mo-hinh/abc.png",
 * "/" → "/og/index.png". Use it for both the og:image tag and the file, so they never disagree.
 */
export function ogImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  if (trimmed.split('/').some((s) => s === '..' || s === '.')) throw new Error(`ogImagePath: "${pagePath}" is not a clean site path`);
  return `/og/${trimmed || 'index'}.png`;
}

export interface OgImageItem {
  /** Output path relative to outDir, e.g. "/og/mo-hinh/abc.png" (from ogImagePath). */
  path: string;
  card: OgCard;
}

export interface OgBuildReport {
  written: number;
  /** Taken from the cache. */
  hits: number;
  /** Rendered now. */
  misses: number;
  milliseconds: number;
}

export interface WriteOgImagesOptions extends OgCacheOptions {
  /** Cards in progress at once; default 2 (satori works on the main thread, resvg on the pool). */
  concurrency?: number;
}

/** The file of a site path under outDir; refuses paths that leave it. */
export function outputFile(outDir: string, path: string): string {
  const relPath = normalize(path.replace(/^\/+/, ''));
  if (!relPath || isAbsolute(relPath) || relPath.startsWith(`..${sep}`) || relPath === '..') {
    throw new Error(`writeOgImages: path "${path}" must stay inside the output folder`);
  }
  return resolve(outDir, relPath);
}

/** Write every item's PNG under outDir (creating folders), through the cache. */
export async function writeOgImages(items: readonly OgImageItem[], outDir: string, options: WriteOgImagesOptions = {}): Promise<OgBuildReport> {
  const started = performance.now();
  const seen = new Set<string>();
  for (const item of items) {
    const target = outputFile(outDir, item.path);
    if (seen.has(target)) throw new Error(`writeOgImages: two cards want the same file ${item.path}`);
    seen.add(target);
  }
  const report: OgBuildReport = { written: 0, hits: 0, misses: 0, milliseconds: 0 };
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i];
      if (!item) continue;
      const result = await getOgImage(item.card, options);
      await writeFileAtomic(outputFile(outDir, item.path), result.png);
      report.written++;
      if (result.cached) report.hits++;
      else report.misses++;
    }
  };
  const n = Math.max(1, Math.min(options.concurrency ?? 2, items.length));
  await Promise.all(Array.from({ length: n }, worker));
  report.milliseconds = Math.round(performance.now() - started);
  return report;
}

/**
 * The Open Graph images of a build, off the page-rendering path: start() is handed every card as
 * soon as the catalog is known (before Astro renders the first page), checks the content-hash
 * cache (../og-cache.ts) and sends only the missing cards to a worker pool (pool.ts), which
 * renders them on other cores while the pages render. writeTo() then waits for the pool and puts
 * every image in place under the output folder as a hard link to its cache file (a copy where
 * links are not possible). A warm cache costs a header read and a link per image; no worker starts.
 */
import { copyFile, link, mkdir, open, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isOgPng, ogCacheFile, ogCacheKey, outputFile, type OgCard } from '../og-cache.ts';
import { ogRendererFingerprint, type OgRenderTimings } from '../og-image.ts';
import { OgRenderPool, type OgPoolOptions } from './pool.ts';

export interface OgBuildItem {
  /** Site path of the PNG, e.g. "/og/mo-hinh/abc.png" (ogImagePath). */
  path: string;
  card: OgCard;
}

export interface OgBuildOptions {
  cacheDir: string;
  /** Renderer fingerprint; default ogRendererFingerprint(). */
  fingerprint?: string;
  /** Options of the pool, created only when a card is missing from the cache. */
  pool?: OgPoolOptions;
}

export interface OgBuildReport {
  /** Image files published (one per path). */
  images: number;
  /** Distinct cards among them. */
  cards: number;
  /** Cards found in the cache. */
  hits: number;
  /** Cards rendered in this build. */
  rendered: number;
  /** Workers started (0 when everything was cached). */
  workers: number;
  /** Summed over the rendered cards, milliseconds of worker time. */
  timings: OgRenderTimings;
  /** Bytes of the distinct PNGs. */
  bytes: number;
  /** Wall time from start() until every card was in the cache. */
  milliseconds: number;
}

const HEADER_BYTES = 34;
const CHECK_CONCURRENCY = 16;

/** Size of a valid cached PNG, or undefined when the file is missing or not a 1200×630 PNG. */
async function cachedSize(file: string): Promise<number | undefined> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  try {
    const { size } = await handle.stat();
    const header = Buffer.alloc(HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, HEADER_BYTES, 0);
    return bytesRead === HEADER_BYTES && isOgPng(header) ? size : undefined;
  } finally {
    await handle.close();
  }
}

/** Run fn over items, at most `limit` at a time; the first error rejects. */
async function eachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** fn over items, at most `limit` running at a time; one promise per item, in item order. */
function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R>[] {
  const results = items.map(() => Promise.withResolvers<R>());
  const indices = items.map((_, i) => i);
  void eachLimited(indices, limit, async (i) => {
    try {
      results[i]!.resolve(await fn(items[i] as T));
    } catch (err) {
      results[i]!.reject(err);
    }
  });
  return results.map(({ promise }) => {
    // Awaited in order by the caller, which may stop early; a later failure must not go unhandled.
    promise.catch(() => undefined);
    return promise;
  });
}

/** Hard link target → file (replacing what is there), or copy when the file system refuses. */
async function place(file: string, target: string): Promise<void> {
  await rm(target, { force: true });
  try {
    await link(file, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw err;
    await copyFile(file, target);
  }
}

export class OgBuild {
  private readonly items: readonly OgBuildItem[];
  private readonly files = new Map<string, string>();
  private readonly ready: Promise<OgBuildReport>;
  private readonly options: OgBuildOptions;
  private pool: OgRenderPool | undefined;

  constructor(items: readonly OgBuildItem[], options: OgBuildOptions) {
    this.options = options;
    const started = performance.now();
    const paths = new Set<string>();
    for (const item of items) {
      if (paths.has(item.path)) throw new Error(`og: two cards want the same file ${item.path}`);
      paths.add(item.path);
    }
    this.items = items;
    const fingerprint = options.fingerprint ?? ogRendererFingerprint();
    const cards = new Map<string, OgCard>();
    for (const item of items) {
      const key = ogCacheKey(item.card, fingerprint);
      this.files.set(item.path, ogCacheFile(options.cacheDir, key));
      if (!cards.has(key)) cards.set(key, item.card);
    }
    this.ready = this.fill([...cards], started);
    // Awaited by writeTo(); until then a failure must not surface as an unhandled rejection.
    this.ready.catch(() => undefined);
  }

  private async fill(cards: [string, OgCard][], started: number): Promise<OgBuildReport> {
    const report: OgBuildReport = {
      images: this.items.length,
      cards: cards.length,
      hits: 0,
      rendered: 0,
      workers: 0,
      timings: { layout: 0, rasterise: 0, encode: 0 },
      bytes: 0,
      milliseconds: 0,
    };
    const renders: Promise<void>[] = [];
    // The cache checks run concurrently, but the missing cards go to the pool in card order, so
    // which card renders (and, if the renderer fails, which one is named) does not depend on
    // which file read finished first.
    const sizes = mapLimited(cards, CHECK_CONCURRENCY, ([key]) => cachedSize(ogCacheFile(this.options.cacheDir, key)));
    try {
      for (const [i, [key, card]] of cards.entries()) {
        const size = await sizes[i];
        if (size !== undefined) {
          report.hits++;
          report.bytes += size;
          continue;
        }
        this.pool ??= new OgRenderPool(this.options.pool);
        const job = this.pool.render(card, ogCacheFile(this.options.cacheDir, key)).then((r) => {
          report.rendered++;
          report.bytes += r.bytes;
          report.timings.layout += r.timings.layout;
          report.timings.rasterise += r.timings.rasterise;
          report.timings.encode += r.timings.encode;
        });
        job.catch(() => undefined);
        renders.push(job);
      }
      await Promise.all(renders);
    } finally {
      report.workers = this.pool?.size ?? 0;
      await this.pool?.close();
    }
    report.milliseconds = Math.round(performance.now() - started);
    return report;
  }

  /** Every card in the cache (rendered where missing). Rejects with the first rendering error. */
  finished(): Promise<OgBuildReport> {
    return this.ready;
  }

  /** Wait for the cards, then put every image under outDir at its path. */
  async writeTo(outDir: string): Promise<OgBuildReport> {
    const report = await this.ready;
    const targets = this.items.map((item) => ({ file: this.files.get(item.path) ?? '', target: outputFile(outDir, item.path) }));
    for (const dir of new Set(targets.map((t) => dirname(t.target)))) await mkdir(dir, { recursive: true });
    await eachLimited(targets, CHECK_CONCURRENCY, ({ file, target }) => place(file, target));
    return report;
  }

  /** Stop rendering (a build that failed elsewhere). */
  async close(): Promise<void> {
    await this.pool?.close();
  }
}

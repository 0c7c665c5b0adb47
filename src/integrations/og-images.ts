/**
 * Open Graph images, off the page-rendering path (src/lib/og/): the /og/ route hands the card
 * list over as soon as Astro collects the static paths (src/lib/og/handoff.ts); cards missing from
 * the content-hash cache render in a worker pool while the pages render; at astro:build:done
 * every image is linked (or copied) from the cache into dist/og/. A rendering error fails the
 * build with the card's title. The cache lives in OG_CACHE_DIR, default
 * node_modules/.cache/og-images (keep that folder between CI builds to skip the rendering).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { defaultOgCacheDir } from '../lib/og-cache.ts';
import { OgBuild, type OgBuildReport } from '../lib/og/build.ts';
import { receiveOgCards } from '../lib/og/handoff.ts';

export const NAME = 'og-images';

/** The cache folder of this build: OG_CACHE_DIR, else node_modules/.cache/og-images under root. */
export function ogCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.OG_CACHE_DIR || defaultOgCacheDir(root);
}

export function describeReport(r: OgBuildReport): string {
  const per = (ms: number): string => (r.rendered ? (ms / r.rendered).toFixed(1) : '0');
  const rendered = r.rendered
    ? `, ${r.rendered} vẽ mới trên ${r.workers} luồng (${per(r.timings.layout)} + ${per(r.timings.rasterise)} + ${per(r.timings.encode)} ms/ảnh: bố cục + raster + PNG)`
    : '';
  return `${r.images} ảnh xem trước (${r.cards} thẻ, ${r.hits} có sẵn trong bộ đệm${rendered}), ${Math.round(r.bytes / r.cards / 1024 || 0)} KB/thẻ, xong sau ${(r.milliseconds / 1000).toFixed(1)} s`;
}

export default function ogImages(): AstroIntegration {
  let root = process.cwd();
  let job: OgBuild | undefined;
  let stop: (() => void) | undefined;
  return {
    name: NAME,
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        const cacheDir = ogCacheDir(root);
        stop = receiveOgCards((items) => {
          if (job) throw new Error('og-images: the card list was handed over twice in one build');
          job = new OgBuild(items, { cacheDir });
          logger.info(`${items.length} ảnh xem trước, bộ đệm ${cacheDir}`);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        stop?.();
        if (!job) {
          throw new Error(
            'og-images: route src/pages/og/[...path].png.ts không giao danh sách ảnh / the /og/ route never handed its cards over, so no Open Graph image was written',
          );
        }
        // Worker threads are unref'd: hold the process open while they finish.
        const keepAlive = setInterval(() => undefined, 1000);
        try {
          const report = await job.writeTo(fileURLToPath(dir));
          logger.info(describeReport(report));
        } catch (err) {
          await job.close();
          throw new Error(`Không tạo được ảnh xem trước / Open Graph images failed: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
        } finally {
          clearInterval(keepAlive);
          job = undefined;
        }
      },
    },
  };
}

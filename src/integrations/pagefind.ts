/**
 * Builds the search indexes after the pages (src/lib/search/write-index.ts): the quick index and
 * Pagefind's index, in bundles of at most SEARCH_BUNDLE_SIZE records (src/lib/search/bundles.ts),
 * from the records the build wrote (dist/tim-kiem/ban-ghi/). `astro build` alone produces the whole
 * site, index included.
 *
 * The step runs as a child process (src/lib/search/index-process.ts): on a large site the build's
 * own process holds the whole catalog, and the records, the quick index and Pagefind's service then
 * come beside it rather than on top of its heap. Bundles whose records did not change are copied
 * from the cache of an earlier build, kept in Astro's cache folder (search-index/). Under
 * `npm run build` the step waits until Astro's process has exited (src/lib/build/deferred-steps.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runChildStep } from '../lib/build/child-step.ts';
import { runOrDefer } from '../lib/build/deferred-steps.ts';
import { bundleSizeFrom } from '../lib/search/bundles.ts';
import type { SearchStepReport } from '../lib/search/write-index.ts';

const CHILD = fileURLToPath(new URL('../lib/search/index-process.ts', import.meta.url));
export const NAME = 'pagefind-index';
const WHAT = 'Bước lập chỉ mục tìm kiếm / the search step';

/** Run the search step over siteDir in a child process; rejects with its error output. */
export function runSearchStep(siteDir: string, cacheDir: string, size: number): Promise<SearchStepReport> {
  return runChildStep<SearchStepReport>(CHILD, [siteDir, cacheDir, String(size)], WHAT);
}

/** What the build log says of the search step's report. */
export function describeSearchReport(report: unknown): { info: string[]; warn: string[] } {
  const { pagefind, quick } = report as SearchStepReport;
  const reused = pagefind.reused > 0 ? `, ${pagefind.reused} lấy lại từ bản dựng trước` : '';
  return {
    info: [
      `${pagefind.pages} hồ sơ đã lập chỉ mục tìm kiếm: ${pagefind.bundles} gói (pagefind/…${reused}), ${pagefind.files} tệp, ${Math.round(pagefind.bytes / 1024)} KB; ` +
        `chỉ mục nhanh ${quick.base}: ${quick.files} tệp, ${Math.round(quick.bytes / 1024)} KB`,
    ],
    warn: [],
  };
}

export default function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: NAME,
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Deferred until Astro's process has exited when run by npm run build (src/lib/build/deferred-steps.ts).
        const args = [fileURLToPath(dir), cacheDir, String(bundleSizeFrom())];
        const report = await runOrDefer<SearchStepReport>({ name: NAME, script: CHILD, args, what: WHAT });
        if (!report) return;
        for (const line of describeSearchReport(report).info) logger.info(line);
      },
    },
  };
}

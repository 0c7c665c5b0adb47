/**
 * Builds the search indexes after the pages (src/lib/search/write-index.ts): the quick index and
 * Pagefind's index, in bundles of at most SEARCH_BUNDLE_SIZE records (src/lib/search/bundles.ts),
 * from the records the build wrote (dist/tim-kiem/ban-ghi/). `astro build` alone produces the whole
 * site, index included.
 *
 * The step runs as a child process (src/lib/search/index-process.ts): on a large site the build's
 * own process holds the whole catalog, and the records, the quick index and Pagefind's service then
 * come beside it rather than on top of its heap. Bundles whose records did not change are copied
 * from the cache of an earlier build, kept in Astro's cache folder (search-index/).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleSizeFrom } from '../lib/search/bundles.ts';
import type { SearchStepReport } from '../lib/search/write-index.ts';

const CHILD = fileURLToPath(new URL('../lib/search/index-process.ts', import.meta.url));

/** Run the search step over siteDir in a child process; rejects with its error output. */
export function runSearchStep(siteDir: string, cacheDir: string, size: number): Promise<SearchStepReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, siteDir, cacheDir, String(size)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) {
        try {
          resolve(JSON.parse(out) as SearchStepReport);
        } catch {
          reject(new Error(`Pagefind: báo cáo không đọc được / unreadable report from the search step: ${out.slice(0, 200)}`));
        }
        return;
      }
      reject(new Error(`Bước lập chỉ mục tìm kiếm thất bại / the search step failed (${signal ?? `exit ${code}`}):\n${err.trim()}`));
    });
  });
}

export default function pagefindIndex(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pagefind, quick } = await runSearchStep(fileURLToPath(dir), cacheDir, bundleSizeFrom());
        const reused = pagefind.reused > 0 ? `, ${pagefind.reused} lấy lại từ bản dựng trước` : '';
        logger.info(
          `${pagefind.pages} hồ sơ đã lập chỉ mục tìm kiếm: ${pagefind.bundles} gói (pagefind/…${reused}), ${pagefind.files} tệp, ${Math.round(pagefind.bytes / 1024)} KB; ` +
            `chỉ mục nhanh ${quick.base}: ${quick.files} tệp, ${Math.round(quick.bytes / 1024)} KB`,
        );
      },
    },
  };
}

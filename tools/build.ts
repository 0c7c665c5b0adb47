/**
 * npm run build — builds the site from content/ into dist/, all or nothing (src/lib/build/atomic.ts):
 * the last good dist/ is replaced only when the whole build has succeeded. Extra arguments go to
 * `astro build` (e.g. --verbose).
 */
import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import path from 'node:path';
import { atomicBuild } from '../src/lib/build/atomic.ts';
import { NAME as SEARCH, describeSearchReport } from '../src/integrations/pagefind.ts';
import { NAME as SERVE, describeServeReport } from '../src/integrations/serve.ts';

const root = process.cwd();
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * The build holds the whole catalog in one process, ~32 KB of heap per profile. V8's default limit
 * (~3.3 GB on the 24 GB benchmark machine) stops a 100,000-profile build during page rendering
 * (BENCHMARKS.md), so unless NODE_OPTIONS sets a limit, the heap may grow to half the machine's
 * memory, at most 6 GB: the whole process tree then stays within 8 GB.
 */
function heapLimit(): string[] {
  if (/--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '')) return [];
  const mb = Math.max(2048, Math.min(6144, Math.floor(totalmem() / 2 ** 20 / 2)));
  return [`--max-old-space-size=${mb}`];
}

// The search step and the serving files run after `astro build` has exited (src/lib/build/deferred-steps.ts).
const code = await atomicBuild(root, process.execPath, [...heapLimit(), astro, 'build', ...process.argv.slice(2)], {
  reporters: { [SEARCH]: describeSearchReport, [SERVE]: describeServeReport },
});
if (code !== 0) {
  const kept = existsSync(path.join(root, 'dist', 'index.html'));
  process.stderr.write(
    kept
      ? 'Bản dựng không thành công; thư mục dist/ vẫn giữ bản dựng tốt gần nhất. (build failed; dist/ keeps the last good build)\n'
      : 'Bản dựng không thành công; chưa có bản dựng nào trong dist/. (build failed; there is no earlier build in dist/)\n',
  );
}
process.exit(code);

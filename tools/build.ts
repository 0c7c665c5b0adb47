/**
 * npm run build — builds the site from content/ into dist/, all or nothing (src/lib/build/atomic.ts):
 * the last good dist/ is replaced only when the whole build has succeeded. Extra arguments go to
 * `astro build` (e.g. --verbose).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { atomicBuild } from '../src/lib/build/atomic.ts';

const root = process.cwd();
const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const code = await atomicBuild(root, process.execPath, [astro, 'build', ...process.argv.slice(2)]);
if (code !== 0) {
  const kept = existsSync(path.join(root, 'dist', 'index.html'));
  process.stderr.write(
    kept
      ? 'Bản dựng không thành công; thư mục dist/ vẫn giữ bản dựng tốt gần nhất. (build failed; dist/ keeps the last good build)\n'
      : 'Bản dựng không thành công; chưa có bản dựng nào trong dist/. (build failed; there is no earlier build in dist/)\n',
  );
}
process.exit(code);

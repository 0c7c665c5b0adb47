/**
 * Write the committed deployment files (deploy/nginx/*.conf, deploy/github-pages/pages.yml) from
 * src/lib/serve/. Run after changing the serving rules: npm run deploy:files
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deployFiles } from '../src/lib/serve/deploy-files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [path, text] of deployFiles()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`đã ghi / wrote ${path}`);
}

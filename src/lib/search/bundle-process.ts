/**
 * One Pagefind bundle indexed in a process of its own (write-index.ts writeSearchBundles, when
 * several bundles are indexed side by side): each process has its own Pagefind service.
 *
 *   node src/lib/search/bundle-process.ts <documents .json> <output folder>
 */
import { readFileSync } from 'node:fs';
import { childStepMain } from '../build/child-step.ts';
import { indexDocuments, type IndexDocument } from './write-index.ts';

const [input, outputPath] = process.argv.slice(2);
if (!input || !outputPath) {
  process.stderr.write('usage: node src/lib/search/bundle-process.ts <documents .json> <output folder>\n');
  process.exit(2);
}
await childStepMain(() => indexDocuments(JSON.parse(readFileSync(input, 'utf8')) as IndexDocument[], outputPath));

/**
 * The search step (write-index.ts buildSearch) as a process of its own, started by the build
 * (src/integrations/pagefind.ts) once the pages are written: the records, the quick index and
 * Pagefind's bundles then take memory beside the build's, never on top of its heap
 * (src/lib/build/child-step.ts).
 *
 *   node src/lib/search/index-process.ts <site folder> <cache folder> <records per bundle>
 */
import { childStepMain } from '../build/child-step.ts';
import { buildSearch } from './write-index.ts';

const [siteDir, cacheDir, size] = process.argv.slice(2);
if (!siteDir || !cacheDir || !size) {
  process.stderr.write('usage: node src/lib/search/index-process.ts <site folder> <cache folder> <records per bundle>\n');
  process.exit(2);
}
await childStepMain(() => buildSearch(siteDir, { cacheDir, size: Number(size) }));

/**
 * The search step (write-index.ts buildSearch) as a process of its own, started by the build
 * (src/integrations/pagefind.ts) once the pages are written: the records, the quick index and
 * Pagefind's bundles then take memory beside the build's, never on top of its heap, and give it
 * back when the step ends.
 *
 *   node src/lib/search/index-process.ts <site folder> <cache folder> <records per bundle>
 *
 * Prints its report as one line of JSON on stdout; errors go to stderr with exit code 1.
 */
import { buildSearch } from './write-index.ts';

const [siteDir, cacheDir, size] = process.argv.slice(2);
if (!siteDir || !cacheDir || !size) {
  process.stderr.write('usage: node src/lib/search/index-process.ts <site folder> <cache folder> <records per bundle>\n');
  process.exit(2);
}
try {
  const report = await buildSearch(siteDir, { cacheDir, size: Number(size) });
  process.stdout.write(`${JSON.stringify(report)}\n`);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}

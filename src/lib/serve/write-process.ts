/**
 * The serving files (write.ts writeServeFiles) as a process of its own, started by the build
 * (src/integrations/serve.ts): it reads every built file (CSP hashes, .gz siblings), and at
 * 100,000 profiles that work, on top of the build's heap, ran it out of memory
 * (src/lib/build/child-step.ts).
 *
 *   node src/lib/serve/write-process.ts <site folder> <options as JSON>
 */
import { childStepMain } from '../build/child-step.ts';
import { writeServeFiles, type ServeOptions } from './write.ts';

const [siteDir, options] = process.argv.slice(2);
if (!siteDir || !options) {
  process.stderr.write('usage: node src/lib/serve/write-process.ts <site folder> <options as JSON>\n');
  process.exit(2);
}
await childStepMain(() => writeServeFiles(siteDir, JSON.parse(options) as ServeOptions));

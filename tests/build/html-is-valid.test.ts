/**
 * Every built HTML page is valid HTML according to the W3C Nu validator (vnu-jar), run once over
 * all pages. Warnings are not reported; errors are, one line each: file:line:column message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listHtmlFiles, requireDist } from '../support/dist.ts';
import { rel } from '../support/paths.ts';
import { listing } from '../support/report.ts';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const require = createRequire(import.meta.url);

function vnuJar(): string {
  const jar = path.join(path.dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
  if (!existsSync(jar)) throw new Error(`The Nu validator is missing at ${jar}: run "npm ci".`);
  return jar;
}

function format(m: VnuMessage): string {
  const file = m.url?.startsWith('file:') ? rel(fileURLToPath(m.url)) : (m.url ?? '?');
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} ${m.message}${extract}`;
}

describe('HTML validity', () => {
  requireDist();

  it('the Nu validator finds no errors in any built page', () => {
    const files = listHtmlFiles();
    expect(files.length).toBeGreaterThan(0);
    const run = spawnSync('java', ['-jar', vnuJar(), '--errors-only', '--no-langdetect', '--format', 'json', '--exit-zero-always', ...files], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    if (run.error) throw new Error(`Could not run java (Java 17 is needed for the Nu validator): ${run.error.message}`);
    let messages: VnuMessage[];
    try {
      // vnu writes its JSON report to stderr.
      messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
    } catch {
      throw new Error(`The Nu validator did not report JSON (exit ${run.status}):\n${run.stderr}\n${run.stdout}`);
    }
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    expect(errors.length, listing('HTML error(s)', errors.map(format), 60)).toBe(0);
  });
});

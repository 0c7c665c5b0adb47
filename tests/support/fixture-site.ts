/**
 * A throw-away copy of the project, changed by a test and built into its own folder: for tests
 * that need the site built from content that must never be in content/ (a renamed profile, a
 * synthetic photo). The copy lives under the OS temp folder; only node_modules is shared (linked),
 * and Astro's and Vite's caches are pointed into the copy, so nothing of the repository's dist/,
 * content/ or caches is written. The OG image cache is shared on purpose: it is content-addressed,
 * so a card rendered for the real site is a hit here too.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument, type Document } from 'yaml';
import { ROOT } from './paths.ts';

export interface FixtureSite {
  /** The copy's project root. */
  root: string;
  /** Its built site. */
  dist: string;
  /** The build's output, for failure messages. */
  log: string;
  remove(): void;
}

const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content'];

/** Run a command, collecting its output; resolves with the exit code (null when killed). */
export function run(command: string, args: string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, CI: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, log });
    });
  });
}

/** A throw-away copy of the project (sources and content; node_modules linked), under the OS temp folder. */
export function copyProject(name: string): { root: string; remove(): void } {
  const root = mkdtempSync(path.join(tmpdir(), `dhtt-${name}-`));
  for (const entry of [...COPIED, 'tools']) cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface BuildCopyOptions {
  /** Where the site is written; default <root>/dist. */
  outDir?: string;
  /** Astro's cache folder (the incremental build keeps its pages there); default <root>/.cache/astro. */
  cacheDir?: string;
  logLevel?: 'info' | 'warn';
}

/** Build a project copy with Astro's API. Throws with the build log on failure. */
export async function buildCopy(root: string, options: BuildCopyOptions = {}): Promise<{ dist: string; log: string }> {
  const dist = options.outDir ?? path.join(root, 'dist');
  const script = path.join(root, 'build-fixture.mjs');
  writeFileSync(
    script,
    `import { build } from 'astro';
await build({
  root: ${JSON.stringify(root)},
  outDir: ${JSON.stringify(dist)},
  cacheDir: ${JSON.stringify(options.cacheDir ?? path.join(root, '.cache', 'astro'))},
  vite: { cacheDir: ${JSON.stringify(path.join(root, '.cache', 'vite'))} },
  logLevel: ${JSON.stringify(options.logLevel ?? 'warn')},
});
`,
  );
  // process.execPath is the project's Node 24 (the npm scripts put node_modules/.bin first).
  const { code, log } = await run(process.execPath, [script], root, 170_000);
  if (code !== 0) throw new Error(`Building the fixture site in ${root} failed (exit ${code}):\n${log}`);
  return { dist, log };
}

/** Copy the project, let `change` edit the copy, build it. Throws with the build log on failure. */
export async function buildFixtureSite(name: string, change: (root: string) => void | Promise<void>): Promise<FixtureSite> {
  const { root, remove } = copyProject(name);
  try {
    await change(root);
    const { dist, log } = await buildCopy(root);
    return { root, dist, log, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * Change the front matter of an MDX file of a project copy, keeping its comments and layout; the
 * body stays as it is unless `body` replaces it.
 */
export function editFrontmatter(file: string, edit: (doc: Document) => void, body?: string): void {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file}: no frontmatter`);
  const doc = parseDocument(m[1] ?? '');
  edit(doc);
  writeFileSync(file, `---\n${String(doc).trimEnd()}\n---\n${body ?? m[2] ?? ''}`);
}

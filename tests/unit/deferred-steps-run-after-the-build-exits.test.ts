/**
 * The heavy post-build steps (search indexes, serving files) that the integrations defer when the
 * build is run by `npm run build` (src/lib/build/deferred-steps.ts, atomic.ts): they run after the
 * build's own process has exited, so the two processes' memory never adds up; in the order they
 * were recorded (the serving files last, they hash the final HTML); and a failing one leaves the
 * last good dist/ exactly as it was. Without the variable (a plain `astro build`) a step runs at once.
 *
 * The "build" here is a small script standing in for `astro build`: it writes a page into its
 * --outDir and records two steps, as the integrations do from their astro:build:done hooks.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { atomicBuild } from '../../src/lib/build/atomic.ts';
import { DEFERRED_STEPS_ENV, runOrDefer } from '../../src/lib/build/deferred-steps.ts';
import { treeDigests } from '../support/tree.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'deferred-steps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CHILD_STEP = path.resolve('src/lib/build/child-step.ts');
const DEFERRED = path.resolve('src/lib/build/deferred-steps.ts');

function script(name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, body);
  return file;
}

/**
 * A step: appends its name to <site>/steps.log, with whether the build process (its pid in
 * <site>/build.pid) was still alive; fails when its name is in FAIL_STEP.
 */
const STEP = script(
  'step.mts',
  `import { appendFileSync, readFileSync } from 'node:fs';
import { childStepMain } from ${JSON.stringify(CHILD_STEP)};
const [site, name] = process.argv.slice(2);
await childStepMain(() => {
  const pid = Number(readFileSync(site + '/build.pid', 'utf8'));
  let alive = true;
  try { process.kill(pid, 0); } catch { alive = false; }
  appendFileSync(site + '/steps.log', name + (alive ? ' while the build ran' : ' after the build exited') + '\\n');
  if (process.env.FAIL_STEP === name) throw new Error('bước hỏng / broken step');
  return { name };
});
`,
);

/** Stands in for \`astro build\`: writes index.html into --outDir, then defers two steps. */
const BUILD = script(
  'build.mts',
  `import { mkdirSync, writeFileSync } from 'node:fs';
import { runOrDefer } from ${JSON.stringify(DEFERRED)};
const args = process.argv.slice(2);
const out = args[args.indexOf('--outDir') + 1];
mkdirSync(out, { recursive: true });
writeFileSync(out + '/index.html', '<p>' + (process.env.PAGE ?? 'trang') + '</p>');
writeFileSync(out + '/build.pid', String(process.pid));
for (const name of ['search', 'serve']) {
  await runOrDefer({ name, script: ${JSON.stringify(STEP)}, args: [out, name], what: 'Bước ' + name + ' / step ' + name });
}
`,
);

function project(name: string): string {
  const root = path.join(dir, name);
  mkdirSync(root, { recursive: true });
  return root;
}

async function build(root: string, env: Record<string, string> = {}): Promise<{ code: number; reports: unknown[] }> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const reports: unknown[] = [];
  try {
    const code = await atomicBuild(root, process.execPath, [BUILD], {
      reporters: { search: (r) => (reports.push(r), { info: [], warn: [] }), serve: (r) => (reports.push(r), { info: [], warn: [] }) },
    });
    return { code, reports };
  } finally {
    for (const key of Object.keys(env)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

describe('deferred post-build steps', () => {
  it('run after the build process has exited, in the order they were recorded, before the site replaces dist/', { timeout: 60_000 }, async () => {
    const root = project('ok');
    const { code, reports } = await build(root);
    expect(code).toBe(0);
    expect(readFileSync(path.join(root, 'dist', 'steps.log'), 'utf8')).toBe('search after the build exited\nserve after the build exited\n');
    expect(reports).toEqual([{ name: 'search' }, { name: 'serve' }]);
    expect(existsSync(path.join(root, '.build', 'next'))).toBe(false);
    expect(existsSync(path.join(root, '.build', 'deferred-steps.json'))).toBe(false);
  });

  it('leave the last good dist/ byte-identical when one of them fails, and run no step after it', { timeout: 60_000 }, async () => {
    const root = project('fails');
    expect((await build(root, { PAGE: 'bản tốt' })).code).toBe(0);
    const before = treeDigests(path.join(root, 'dist'));
    const failed = await build(root, { PAGE: 'bản hỏng', FAIL_STEP: 'search' });
    expect(failed.code).not.toBe(0);
    expect(failed.reports).toEqual([]);
    expect(treeDigests(path.join(root, 'dist'))).toEqual(before);
    expect(existsSync(path.join(root, '.build', 'next'))).toBe(false);
    // The next build starts from a clean state and succeeds.
    expect((await build(root, { PAGE: 'bản mới' })).code).toBe(0);
    expect(readFileSync(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('<p>bản mới</p>');
  });

  it('run at once when the build was not asked to defer them (a plain astro build)', { timeout: 60_000 }, async () => {
    const site = project('plain');
    writeFileSync(path.join(site, 'build.pid'), String(process.pid));
    const env = { ...process.env };
    delete env[DEFERRED_STEPS_ENV];
    const report = await runOrDefer({ name: 'search', script: STEP, args: [site, 'search'], what: 'search' }, env);
    expect(report).toEqual({ name: 'search' });
    expect(readFileSync(path.join(site, 'steps.log'), 'utf8')).toBe('search while the build ran\n');
  });
});

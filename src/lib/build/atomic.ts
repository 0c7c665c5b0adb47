/**
 * An all-or-nothing build: Astro builds into a staging folder beside dist/, and only a build that
 * finished without error replaces dist/. A build that fails, is interrupted (Ctrl-C) or killed
 * leaves the last good dist/ exactly as it was; the next build clears what it left behind.
 *
 * Layout, under the project root:
 *   dist/               the last good site (what is served and tested)
 *   .build/next/        the build in progress
 *   .build/previous/    the site being replaced, for the instant between the two renames
 *   .build/trash/       replaced sites, deleted by a background process (a site of 10,000
 *                       profiles is ~90,000 files: deleting them took ~25 s of every build)
 *   .build/deferred-steps.json
 *                       the heavy post-build steps the integrations recorded instead of running
 *                       them (deferred-steps.ts): run once `astro build` has exited, in their
 *                       order, before the swap; a failing one fails the build like any error.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEFERRED_STEPS_ENV, runDeferredSteps, type StepReporter } from './deferred-steps.ts';

/**
 * Set for the build to the last good dist/, which the build never changes: unchanged files take
 * their .gz from there instead of being compressed again (src/integrations/serve.ts).
 */
export const PREVIOUS_BUILD_ENV = 'DHTT_PREVIOUS_BUILD';

export interface BuildPaths {
  dist: string;
  next: string;
  previous: string;
  trash: string;
  deferred: string;
}

export function buildPaths(root: string): BuildPaths {
  return {
    dist: path.join(root, 'dist'),
    next: path.join(root, '.build', 'next'),
    previous: path.join(root, '.build', 'previous'),
    trash: path.join(root, '.build', 'trash'),
    deferred: path.join(root, '.build', 'deferred-steps.json'),
  };
}

/**
 * Put the tree back in a known state before a build: if an earlier build was stopped between
 * its two renames (dist/ gone, the previous site set aside), the previous site comes back.
 */
export function recover(paths: BuildPaths): void {
  if (!existsSync(paths.dist) && existsSync(paths.previous)) renameSync(paths.previous, paths.dist);
  discard(paths, paths.previous);
  discard(paths, paths.next);
  rmSync(paths.deferred, { force: true });
  // What an earlier background deletion did not finish (the machine was stopped, say).
  if (existsSync(paths.trash)) for (const name of readdirSync(paths.trash)) deleteInBackground(path.join(paths.trash, name));
}

/** Move `dir` into the trash (one rename) and delete it there without waiting. */
export function discard(paths: BuildPaths, dir: string): void {
  if (!existsSync(dir)) return;
  mkdirSync(paths.trash, { recursive: true });
  const target = path.join(paths.trash, `${path.basename(dir)}-${process.pid}-${Date.now()}`);
  renameSync(dir, target);
  deleteInBackground(target);
}

/** A detached process removes `dir`; this one does not wait for it. */
function deleteInBackground(dir: string): void {
  const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], {
    detached: true,
    stdio: 'ignore',
  });
  child.on('error', () => rmSync(dir, { recursive: true, force: true }));
  child.unref();
}

/** Swap a finished build in: two renames, no copying, so dist/ is never half-written. */
export function promote(paths: BuildPaths): void {
  if (!existsSync(path.join(paths.next, 'index.html'))) {
    throw new Error(`the build finished but wrote no index.html in ${paths.next}; dist/ was left as it was`);
  }
  if (existsSync(paths.dist)) renameSync(paths.dist, paths.previous);
  renameSync(paths.next, paths.dist);
  discard(paths, paths.previous);
}

export interface AtomicBuildOptions {
  /** Print the report of each deferred step, by the name of the integration that recorded it. */
  reporters?: Readonly<Record<string, StepReporter>>;
}

/**
 * Run `command args… --outDir <next>` in `root`, then the steps its integrations deferred
 * (deferred-steps.ts), after it has exited, then promote. Resolves with the exit code.
 * SIGINT/SIGTERM stop the build and leave dist/ untouched; so does a failing deferred step.
 */
export async function atomicBuild(root: string, command: string, args: readonly string[], options: AtomicBuildOptions = {}): Promise<number> {
  const paths = buildPaths(root);
  recover(paths);
  mkdirSync(path.dirname(paths.next), { recursive: true });
  const code = await new Promise<number>((resolve) => {
    const env = {
      ...process.env,
      ...(existsSync(path.join(paths.dist, 'index.html')) ? { [PREVIOUS_BUILD_ENV]: paths.dist } : {}),
      [DEFERRED_STEPS_ENV]: paths.deferred,
    };
    const child = spawn(command, [...args, '--outDir', paths.next], { cwd: root, stdio: 'inherit', env });
    const stop = (signal: NodeJS.Signals) => () => child.kill(signal);
    const onInt = stop('SIGINT');
    const onTerm = stop('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('close', (code, signal) => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(code === 0 && signal === null ? 0 : (code ?? 130));
    });
  });
  try {
    if (code !== 0) return code;
    // The build's process has exited: its memory is back before these steps take theirs.
    await runDeferredSteps(paths.deferred, options.reporters ?? {});
    promote(paths);
    return 0;
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 1;
  } finally {
    rmSync(paths.deferred, { force: true });
    if (existsSync(paths.next)) discard(paths, paths.next);
  }
}

/**
 * Heavy post-build steps (the search indexes, the serving files) deferred until the build's own
 * process has exited. Those steps run as child processes (child-step.ts), but from Astro's
 * astro:build:done hooks, while Astro's process still holds its whole heap (~7.8 GB RSS at 100,000
 * profiles): the two processes' memory added up (11.6 GB, BENCHMARKS.md). When the build is run by
 * `npm run build` (atomic.ts), DEFERRED_STEPS_ENV names a JSON file: the integrations record their
 * step there instead of running it, and atomicBuild runs the recorded steps, in the order they were
 * recorded, once `astro build` has exited and before the new site replaces dist/. The peak is then
 * the larger of the two, not their sum. A plain `astro build` (no such variable) runs the steps in
 * its hooks, as before, and produces the same site.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { runChildStep } from './child-step.ts';

export const DEFERRED_STEPS_ENV = 'DHTT_DEFERRED_STEPS';

/** One recorded step: a child-step script, its arguments, and who reports its result. */
export interface DeferredStep {
  /** The integration whose step it is; its reporter prints the step's report. */
  name: string;
  script: string;
  args: string[];
  /** Said in the error when the step fails (Vietnamese / English). */
  what: string;
}

export function readDeferredSteps(file: string): DeferredStep[] {
  if (!existsSync(file)) return [];
  return JSON.parse(readFileSync(file, 'utf8')) as DeferredStep[];
}

/**
 * Run `step` as a child process now, or, when the build defers its heavy steps (DEFERRED_STEPS_ENV
 * is set), append it to the recorded list. Resolves with the step's report, or undefined when it
 * was deferred.
 */
export async function runOrDefer<T>(step: DeferredStep, env: NodeJS.ProcessEnv = process.env): Promise<T | undefined> {
  const file = env[DEFERRED_STEPS_ENV];
  if (!file) return runChildStep<T>(step.script, step.args, step.what);
  writeFileSync(file, `${JSON.stringify([...readDeferredSteps(file), step], null, 1)}\n`);
  return undefined;
}

export type StepReporter = (report: unknown) => { info: string[]; warn: string[] };

/**
 * Run the steps recorded in `file`, one after another in their order; each report goes to its
 * integration's reporter (by name) and is printed. Rejects at the first step that fails.
 */
export async function runDeferredSteps(
  file: string,
  reporters: Readonly<Record<string, StepReporter>>,
  print: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
): Promise<number> {
  const steps = readDeferredSteps(file);
  for (const step of steps) {
    // A line when the step starts: the log shows (and the benchmark times, build-log.ts) each step apart.
    print(`[${step.name}] ${step.what}: bắt đầu / started`);
    const report = await runChildStep<unknown>(step.script, step.args, step.what);
    const lines = reporters[step.name]?.(report);
    for (const line of lines?.info ?? []) print(`[${step.name}] ${line}`);
    for (const line of lines?.warn ?? []) print(`[${step.name}] (cảnh báo / warning) ${line}`);
  }
  return steps.length;
}

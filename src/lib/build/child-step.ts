/**
 * A build step run as a Node process of its own, after the pages: on a large site the build's
 * process holds the whole catalog (~3.3 GB of heap at 100,000 profiles), and a step that reads
 * every built file then works in a fresh heap beside it instead of on top of it, and gives its
 * memory back when it ends. The step prints its report as one line of JSON on stdout, its errors
 * on stderr, and exits non-zero on failure (src/lib/search/index-process.ts,
 * src/lib/serve/write-process.ts).
 */
import { spawn } from 'node:child_process';

/** Run `script` with `args` on this Node; resolves with its JSON report, rejects with its error output. */
export function runChildStep<T>(script: string, args: readonly string[], what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) {
        try {
          resolve(JSON.parse(out) as T);
        } catch {
          reject(new Error(`${what}: báo cáo không đọc được / unreadable report: ${out.slice(0, 200)}`));
        }
        return;
      }
      reject(new Error(`${what}: thất bại / failed (${signal ?? `exit ${code}`}):\n${err.trim()}`));
    });
  });
}

/** The body of a child step: run `step`, print its report as JSON, or its error and exit 1. */
export async function childStepMain(step: () => Promise<unknown> | unknown): Promise<void> {
  try {
    process.stdout.write(`${JSON.stringify(await step())}\n`);
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  }
}

/**
 * Run one build command and measure it: wall time, CPU time of the whole process tree (from the
 * shell's `times`, which counts every descendant the build waited for), peak resident memory of
 * the tree (sampled from /proc), and the log lines with their arrival times and, at the lines
 * that cut phases, the tree's CPU so far.
 */
import { spawn } from 'node:child_process';
import { isMarker, type LogLine } from './build-log.ts';
import { peakMemorySampler, treeCpuSeconds } from './process-tree.ts';

export interface BuildRun {
  code: number | null;
  wallMs: number;
  cpuS: number;
  peakRssBytes: number;
  lines: LogLine[];
}

/** "0m7.310s" → 7.31 */
const seconds = (s: string) => {
  const m = /(\d+)m([\d.]+)s/.exec(s);
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
};

export function runBuild(cwd: string, argv: readonly string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = 4 * 3600_000): Promise<BuildRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    // The shell runs the build, then reports its children's CPU time on fd 3.
    const child = spawn('/bin/sh', ['-c', '"$@"; code=$?; times >&3; exit $code', 'sh', ...argv], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const memory = peakMemorySampler(child.pid!);
    const lines: LogLine[] = [];
    let inPages = false;
    // Lines may arrive split across chunks: keep each stream's unfinished last line.
    const pending = { out: '', err: '' };
    const onData = (stream: 'out' | 'err') => (buf: Buffer) => {
      const at = performance.now() - t0;
      const parts = (pending[stream] + buf.toString()).split('\n');
      pending[stream] = parts.pop() ?? '';
      for (const text of parts) {
        if (!text.trim()) continue;
        if (/generating static routes/.test(text)) inPages = true;
        const marker = isMarker(text, inPages);
        if (inPages && /✓ Completed in/.test(text)) inPages = false;
        lines.push(marker ? { at, cpu: treeCpuSeconds(child.pid!), text } : { at, text });
      }
    };
    child.stdout!.on('data', onData('out'));
    child.stderr!.on('data', onData('err'));
    let times = '';
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (b: Buffer) => (times += b.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      for (const rest of [pending.out, pending.err]) if (rest.trim()) lines.push({ at: performance.now() - t0, text: rest });
      const wallMs = performance.now() - t0;
      const peakRssBytes = memory.stop();
      const [, childrenLine = ''] = times.trim().split('\n');
      const [user = '', sys = ''] = childrenLine.trim().split(/\s+/);
      resolve({ code, wallMs, cpuS: seconds(user) + seconds(sys), peakRssBytes, lines });
    });
  });
}

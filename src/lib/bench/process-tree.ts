/**
 * What a command costs, measured from /proc (Linux): the CPU time and the resident memory of its
 * whole process tree — the build, Astro's workers, Pagefind's service, sharp's threads — not just
 * of the process we started.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface Proc {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime, in clock ticks: the process and its reaped children. */
  ticks: number;
  rssKb: number;
}

/** Linux's USER_HZ: 100 on every platform Node supports here. */
const TICKS_PER_SECOND = 100;

function readProc(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may contain spaces: state is field 3.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const num = (i: number) => Number(f[i - 3] ?? 0);
    const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return { pid, ppid: num(4), ticks: num(14) + num(15) + num(16) + num(17), rssKb: Number(rss ?? 0) };
  } catch {
    return undefined; // ended between the listing and the read
  }
}

/** The live processes of the tree rooted at `root`. */
export function processTree(root: number): Proc[] {
  const all = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is Proc => p !== undefined);
  const children = new Map<number, Proc[]>();
  for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out: Proc[] = [];
  const top = all.find((p) => p.pid === root);
  const stack = top ? [top] : [];
  while (stack.length) {
    const p = stack.pop()!;
    out.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

/** CPU seconds used so far by the tree (live processes and the children they have reaped). */
export function treeCpuSeconds(root: number): number {
  return processTree(root).reduce((s, p) => s + p.ticks, 0) / TICKS_PER_SECOND;
}

/** Resident memory of the tree now, in bytes. */
export function treeRssBytes(root: number): number {
  return processTree(root).reduce((s, p) => s + p.rssKb, 0) * 1024;
}

/** Samples the tree's memory every `everyMs` until stopped; reports the peak. */
export function peakMemorySampler(root: number, everyMs = 100): { stop(): number } {
  let peak = treeRssBytes(root);
  const timer = setInterval(() => (peak = Math.max(peak, treeRssBytes(root))), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

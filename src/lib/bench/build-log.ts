/**
 * Reading a build's time out of Astro's own log: the phases it announces (content sync, bundling,
 * page generation, each integration's closing line) and the per-page times it prints while
 * generating ("├─ /mo-hinh/x/index.html (+12ms)"), grouped by route.
 */

export interface LogLine {
  /** Milliseconds since the build started, when the line arrived. */
  at: number;
  /** CPU seconds of the build's process tree when the line arrived, where sampled. */
  cpu?: number;
  text: string;
}

export interface Phase {
  name: string;
  wallMs: number;
  cpuS?: number;
}

/** Lines that start a phase: the phase runs until the next marker. */
const MARKERS: [RegExp, string][] = [
  [/\[content\] Syncing content/, 'content load'],
  [/\[content\] Synced content/, 'types and build info'],
  [/Building static entrypoints/, 'bundling (Vite)'],
  [/generating static routes/, 'page rendering'],
];
// "10:00:07 [pagefind-index] …", or with a level first: "10:00:07 [WARN] [base-url-guard] …"
const INTEGRATION_END = /^\S*\s*(?:\[(?:WARN|ERROR|INFO|DEBUG)\]\s*)?\[([^\]]+)\]\s/;
const DONE = /\[build\] Complete!/;

/** Is this line one the phases are cut at (worth sampling CPU for)? */
export function isMarker(text: string, inPages: boolean): boolean {
  const plain = stripAnsi(text);
  return MARKERS.some(([re]) => re.test(plain)) || DONE.test(plain) || (inPages && /✓ Completed in/.test(plain)) || (!inPages && INTEGRATION_END.test(plain));
}

export const stripAnsi = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * Phases from the log: startup until the first marker; each marker's phase until the next; after
 * page rendering, each integration's time ends at its own closing log line.
 */
export function phasesOf(lines: readonly LogLine[], totalMs: number, totalCpuS?: number): Phase[] {
  const cuts: { at: number; cpu?: number; name: string }[] = [{ at: 0, cpu: 0, name: 'startup and content check' }];
  let afterPages = false;
  let inPages = false;
  for (const line of lines) {
    const text = stripAnsi(line.text);
    const marker = MARKERS.find(([re]) => re.test(text));
    if (marker) {
      cuts.push({ at: line.at, ...(line.cpu !== undefined ? { cpu: line.cpu } : {}), name: marker[1] });
      inPages = marker[1].startsWith('page rendering');
      continue;
    }
    if (inPages && /✓ Completed in/.test(text)) {
      inPages = false;
      afterPages = true;
      cuts.push({ at: line.at, ...(line.cpu !== undefined ? { cpu: line.cpu } : {}), name: '' });
      continue;
    }
    if (DONE.test(text)) {
      cuts.push({ at: line.at, ...(line.cpu !== undefined ? { cpu: line.cpu } : {}), name: 'finishing' });
      continue;
    }
    const integration = afterPages ? INTEGRATION_END.exec(text)?.[1] : undefined;
    if (integration && integration !== 'build') {
      // The interval that ends here was this integration's: name the open cut after it.
      const open = cuts.at(-1)!;
      if (open.name === '') open.name = integration;
      cuts.push({ at: line.at, ...(line.cpu !== undefined ? { cpu: line.cpu } : {}), name: '' });
    }
  }
  cuts.push({ at: totalMs, ...(totalCpuS !== undefined ? { cpu: totalCpuS } : {}), name: 'end' });
  const phases: Phase[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const name = a.name || 'other';
    const cpuS = a.cpu !== undefined && b.cpu !== undefined ? Math.max(0, b.cpu - a.cpu) : undefined;
    const prev = phases.find((p) => p.name === name);
    if (prev) {
      prev.wallMs += b.at - a.at;
      if (cpuS !== undefined) prev.cpuS = (prev.cpuS ?? 0) + cpuS;
    } else phases.push({ name, wallMs: b.at - a.at, ...(cpuS !== undefined ? { cpuS } : {}) });
  }
  return phases.filter((p) => p.wallMs > 0 || (p.cpuS ?? 0) > 0);
}

/** The route a built file belongs to: "/mo-hinh/x/ap-phich/index.html" → "/mo-hinh/*\/ap-phich". */
export function routeOf(file: string): string {
  const parts = file.replace(/^\/+/, '').replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  const kept = parts.map((s, i) => (i === 0 || /^(ap-phich|trang|nhung|thong-ke)$/.test(s) ? s : '*'));
  const last = parts.at(-1)!;
  const ext = /\.[a-z0-9]+$/i.exec(last)?.[0];
  if (ext && kept.length > 1) kept[kept.length - 1] = `*${ext}`;
  return `/${kept.join('/')}`;
}

/** Milliseconds of page generation per route, from the "├─ /path (+12ms)" lines. */
export function renderTimeByRoute(lines: readonly LogLine[]): Map<string, { pages: number; ms: number }> {
  const out = new Map<string, { pages: number; ms: number }>();
  for (const line of lines) {
    const m = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(stripAnsi(line.text));
    if (!m) continue;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const route = routeOf(m[1]!);
    const r = out.get(route) ?? { pages: 0, ms: 0 };
    r.pages++;
    r.ms += ms;
    out.set(route, r);
  }
  return out;
}

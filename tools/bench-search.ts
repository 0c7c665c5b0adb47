/**
 * What search costs a reader at scale. Generates N clearly synthetic profiles (default 10,000,
 * titles marked "[Dữ liệu thử]") as search records into a temporary folder — never into
 * content/ — indexes them with the site's own Pagefind step (src/lib/search/write-index.ts), next
 * to a copy of the built site (the real /tim-kiem/ page and its script), serves that on 127.0.0.1
 * like a static host (gzip for text, long caching for hashed assets), and loads
 * /tim-kiem/?q=<two words> in headless Chromium:
 *   - bytes transferred (CDP: encoded bytes of every response, headers included) from navigation
 *     to the first results on screen, and to the complete page (facet counts included);
 *   - time from navigation to first results (the page's performance mark);
 * cold (empty cache) and with the site's CSS and fonts cached (a reader arriving from another
 * page), several runs each, medians. Also: index size, indexing time and peak memory (this
 * process and Pagefind's indexing service), and a second search on the loaded page.
 *
 *   npm run build && node tools/bench-search.ts [--count 10000] [--runs 5] [--query "huu co"]
 *     [--concurrency 16] (records handed to Pagefind at once) [--keep]
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { CDPSession } from 'playwright-core';
import { folderSize, linkSearchIndex, writeQuickIndex, writeSearchIndex } from '../src/lib/search/write-index.ts';
import { FIRST_RESULTS_MARK, SEARCH_DONE_MARK } from '../src/lib/search/engine.ts';
import type { FacetLabels } from '../src/lib/search/facets.ts';
import type { SearchRecord } from '../src/lib/search/record.ts';
import { stateToUrl, emptyState } from '../src/lib/search/state.ts';
import { currentCommunesOf, currentProvinces, type CurrentCommune } from '../src/lib/locality.ts';
import { slugify } from '../src/lib/text.ts';
import { FAMILY, GIVEN, MIDDLE, UNIT_KINDS, seededRandom } from '../src/lib/bench/vocabulary.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { CONTENT_TYPES } from '../tests/support/server.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    runs: { type: 'string', default: '5' },
    query: { type: 'string', default: 'huu co' },
    concurrency: { type: 'string', default: '16' },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const runs = Number(values.runs);
const query = values.query;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
if (!existsSync(join(DIST, 'tim-kiem', 'index.html'))) {
  console.error('bench-search: dist/tim-kiem/index.html not found; build the site first ("npm run build").');
  process.exit(1);
}

// ------------------------------------------------------------------ synthetic records

// Deterministic pseudo-random choices over the shared synthetic vocabulary, so runs compare.
const { rand, pick, int, phrases } = seededRandom(20261125);

/** The page's own facet values (fields, plans, …), so the filters are real ones. */
function pageLabels(): FacetLabels {
  const html = readFileSync(join(DIST, 'tim-kiem', 'index.html'), 'utf8');
  const json = /<script type="application\/json" id="cau-hinh-tim-kiem">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('dist/tim-kiem/index.html has no search config');
  return (JSON.parse(json) as { labels: FacetLabels }).labels;
}

function syntheticRecords(n: number): SearchRecord[] {
  const labels = pageLabels();
  const fields = labels['linh-vuc'].map(([v, l]) => ({ id: v, name: l }));
  const plans = labels['ke-hoach'].map(([v]) => v);
  const provinces = currentProvinces().map((p) => ({ p, communes: currentCommunesOf(p.code).filter((c) => c.former.length > 0) }));
  return Array.from({ length: n }, (_, i): SearchRecord => {
    const { p: province, communes } = pick(provinces);
    const commune: CurrentCommune | undefined = communes.length ? pick(communes) : undefined;
    const former = commune ? pick(commune.former) : undefined;
    const formerUnits = former ? [former.fullName, former.district?.fullName, former.province.fullName].filter((s): s is string => Boolean(s)) : [province.fullName];
    const personal = rand() < 0.3;
    const unit = personal ? `${rand() < 0.5 ? 'Ông' : 'Bà'} ${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}` : `${pick(UNIT_KINDS)} ${commune?.name ?? province.name}`;
    const years = [int(2010, 2025)];
    if (rand() < 0.15) years.push(int(years[0]! + 1, 2026));
    const fieldPicks = [...new Set([pick(fields), ...(rand() < 0.4 ? [pick(fields)] : [])])];
    const plan = pick(plans);
    const title = `[Dữ liệu thử] ${phrases(int(1, 2))}`;
    return {
      url: `/mo-hinh/du-lieu-thu-${i}/`,
      title,
      unit,
      summary: `Mô hình “${title}” của ${unit} (${formerUnits.join(', ')}) là mô hình ${phrases(int(2, 3))}, được nhân rộng theo kế hoạch số ${int(1, 300)}/KH-UBND năm ${years[0]}.`,
      kind: rand() < 0.7 ? 'mo-hinh' : 'dien-hinh',
      subject: personal ? 'ca-nhan' : rand() < 0.85 ? 'tap-the' : 'ho-gia-dinh',
      locality: [commune?.fullName, province.fullName].filter(Boolean).join(', '),
      formerLocality: formerUnits.join(', '),
      places: [`xóm ${pick(GIVEN)}, ${formerUnits[0]}`],
      fields: fieldPicks.map((f) => f.name),
      years,
      text: [`Kế hoạch số ${int(1, 300)}/KH-UBND ngày ${int(1, 28)}/${int(1, 12)}/${years[0]} của Ủy ban nhân dân ${province.fullName}`, `${unit} — ${title}`],
      filters: {
        'linh-vuc': fieldPicks.map((f) => f.id),
        tinh: [province.slug],
        'tinh-cu': [slugify(former?.province.name ?? province.name)],
        loai: [rand() < 0.7 ? 'mo-hinh' : 'dien-hinh'],
        'doi-tuong': [personal ? 'ca-nhan' : 'tap-the'],
        nam: years.map(String),
        'ke-hoach': [plan],
      },
      sortYear: Math.max(...years),
    };
  });
}

// ------------------------------------------------------------------ indexing, with peak memory

/** Peak resident memory (VmHWM, KB) of this process's child processes (Pagefind's service). */
function childPeakKb(): number {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      peak = Math.max(peak, Number(hwm ?? 0));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return peak;
}

const work = mkdtempSync(join(tmpdir(), 'bench-search-'));
const site = join(work, 'site');
console.log(`bench-search: ${count} synthetic profiles, ${runs} runs, query "${query}", work dir ${work}`);
cpSync(DIST, site, { recursive: true, filter: (src) => !src.startsWith(join(DIST, 'pagefind')) });

const records = syntheticRecords(count);
let servicePeakKb = 0;
const sampler = setInterval(() => (servicePeakKb = Math.max(servicePeakKb, childPeakKb())), 100);
const t0 = performance.now();
const report = await writeSearchIndex(records, join(site, 'pagefind'), { concurrency: Number(values.concurrency) });
const indexMs = performance.now() - t0;
clearInterval(sampler);
const t1 = performance.now();
const quick = writeQuickIndex(records, site);
const quickMs = performance.now() - t1;
// The copied page points at the real quick index: point it at the synthetic one, as the build does.
linkSearchIndex(site, quick);

const sizeOf = (p: string) => (statSync(p).isDirectory() ? folderSize(p).bytes : statSync(p).size);
const parts = readdirSync(join(site, 'pagefind')).map((name) => [name, sizeOf(join(site, 'pagefind', name))] as const);

// ------------------------------------------------------------------ a static host

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);
const gzipCache = new Map<string, Buffer>();

function serve(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = join(site, decodeURIComponent(url.pathname));
  if (!file.startsWith(site)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end();
  const ext = extname(file).toLowerCase();
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
    // Hashed build assets never change; pages and the index are revalidated.
    'cache-control': url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  let body: Buffer = readFileSync(file);
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    let gz = gzipCache.get(file);
    if (!gz) gzipCache.set(file, (gz = gzipSync(body, { level: 6 })));
    body = gz;
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers).end(body);
}

/** Share of CPU time spent busy, over all cores, during the next `ms`. */
async function cpuBusy(ms: number): Promise<number> {
  const total = () => cpus().reduce((acc, c) => ({ idle: acc.idle + c.times.idle, all: acc.all + Object.values(c.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
  const a = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = total();
  return 1 - (b.idle - a.idle) / Math.max(1, b.all - a.all);
}

// Indexing leaves the machine busy for a while (Pagefind's service exiting, the kernel writing
// the index out): wait until it is quiet, so the browser runs are measured on an idle machine.
{
  const waitStart = performance.now();
  let busy = await cpuBusy(1000);
  while (busy > 0.1 && performance.now() - waitStart < 60_000) busy = await cpuBusy(1000);
  console.log(`waited ${((performance.now() - waitStart) / 1000).toFixed(0)} s for the machine to be quiet (CPU ${(busy * 100).toFixed(0)} % busy)`);
}

const server = createServer(serve);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// ------------------------------------------------------------------ the browser

interface Visit {
  firstResultsMs: number;
  bytesToFirst: number;
  bytesToDone: number;
  requestsToFirst: number;
  byKind: Record<string, number>;
  /** When each step ended, in ms from navigation. */
  timeline: Record<string, number>;
  nextSearchMs: number;
}

const kindOf = (url: string): string => {
  const path = new URL(url).pathname;
  if (path.startsWith('/tim-kiem/nhanh/')) return path.includes('/d/') ? 'quick index: result cards' : 'quick index: words';
  if (path.startsWith('/pagefind/fragment/')) return 'index: results data';
  if (path.startsWith('/pagefind/index/')) return 'index: word chunks';
  if (path.startsWith('/pagefind/filter/')) return 'index: filter data';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'index: metadata';
  if (path.startsWith('/pagefind/')) return 'Pagefind runtime (JS + wasm)';
  if (path.endsWith('.woff2')) return 'fonts';
  if (path.endsWith('.js')) return 'search page script';
  return 'page, CSS, images';
};

/** Responses as CDP reports them: encoded (wire) bytes with headers, and when they finished. */
function recordNetwork(cdp: CDPSession) {
  const started = new Map<string, { url: string; at: number }>();
  const done: { url: string; bytes: number; at: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => started.set(e.requestId, { url: e.request.url, at: e.timestamp }));
  cdp.on('Network.loadingFinished', (e) => {
    const s = started.get(e.requestId);
    if (s) done.push({ url: s.url, bytes: e.encodedDataLength, at: e.timestamp });
  });
  return { started, done };
}

const searchUrl = stateToUrl({ ...emptyState(), q: query });
const SECOND_QUERY = 'nuoi ong';
const secondUrl = stateToUrl({ ...emptyState(), q: SECOND_QUERY });
const browser = await launchChromium();

async function visit(warmShell: boolean): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    if (warmShell) {
      // A reader coming from another page of the site: its CSS and fonts are in the cache.
      await page.goto(`${origin}/gioi-thieu/`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const net = recordNetwork(cdp);
    await page.goto(origin + searchUrl);
    await page.waitForFunction((want) => document.querySelector<HTMLElement>('[data-search]')?.dataset.url === want, searchUrl, { timeout: 60_000 });
    const mark = await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN, FIRST_RESULTS_MARK);
    const timeline: Record<string, number> = await page.evaluate((done) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const end = (test: (path: string) => boolean) => {
        const ends = res.filter((r) => test(new URL(r.name).pathname)).map((r) => r.responseEnd);
        return ends.length ? Math.max(...ends) : NaN;
      };
      return {
        'first paint': performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        'page parsed': nav?.domContentLoadedEventEnd ?? NaN,
        'pagefind.js': end((p) => p === '/pagefind/pagefind.js'),
        'metadata + wasm': Math.max(end((p) => p.endsWith('.pf_meta')), end((p) => p.startsWith('/pagefind/wasm.'))),
        'quick index words': end((p) => p.startsWith('/tim-kiem/nhanh/') && p.includes('/t/')),
        'quick index cards': end((p) => p.startsWith('/tim-kiem/nhanh/') && p.includes('/d/')),
        'word chunks': end((p) => p.startsWith('/pagefind/index/')),
        'complete (Pagefind results and counts)': performance.getEntriesByName(done)[0]?.startTime ?? NaN,
      };
    }, SEARCH_DONE_MARK);
    timeline['first results'] = mark;
    if (Number.isNaN(mark)) throw new Error(`no results for "${query}": choose another query`);
    // CDP times are seconds on the browser's monotonic clock; the document request starts the page's clock.
    const docStart = [...net.started.values()].find((s) => s.url === origin + searchUrl)?.at ?? 0;
    const cutoff = docStart + mark / 1000;
    const first = net.done.filter((d) => d.at <= cutoff + 0.001);
    const byKind: Record<string, number> = {};
    for (const d of first) byKind[kindOf(d.url)] = (byKind[kindOf(d.url)] ?? 0) + d.bytes;

    // A second search on the loaded page: the runtime and metadata are in memory already.
    const nextSearchMs = await page.evaluate(async (want) => {
      const root = document.querySelector<HTMLElement>('[data-search]');
      const input = document.querySelector<HTMLInputElement>('#tu-khoa');
      const form = input?.form;
      if (!root || !input || !form) return NaN;
      const t = performance.now();
      input.value = new URLSearchParams(want.split('?')[1]).get('q') ?? '';
      form.requestSubmit();
      await new Promise<void>((resolve) => {
        const check = () => (root.dataset.url === want && root.dataset.status === 'done' ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t;
    }, secondUrl);

    return {
      firstResultsMs: mark,
      bytesToFirst: first.reduce((a, d) => a + d.bytes, 0),
      bytesToDone: net.done.filter((d) => d.at >= docStart).reduce((a, d) => a + d.bytes, 0),
      requestsToFirst: first.length,
      byKind,
      timeline,
      nextSearchMs,
    };
  } finally {
    await context.close();
  }
}

/**
 * The floor: the same page with its scripts removed (its HTML, CSS and fonts, no search at all),
 * cold, on the same machine in the same run: time to its first paint and to its load event.
 */
const FLOOR_PATH = '/bench-floor/';
{
  const html = readFileSync(join(site, 'tim-kiem', 'index.html'), 'utf8').replace(/<script type="module"[^>]*><\/script>|<script data-quick-start>[\s\S]*?<\/script>/g, '');
  mkdirSync(join(site, 'bench-floor'), { recursive: true });
  writeFileSync(join(site, 'bench-floor', 'index.html'), html);
}

async function visitBaseline(): Promise<{ firstPaint: number; load: number }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(origin + FLOOR_PATH + searchUrl.slice(searchUrl.indexOf('?')), { waitUntil: 'load' });
    return await page.evaluate(async () => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const firstPaint = await new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
          if (fcp) resolve(fcp.startTime);
        }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(NaN), 5000);
      });
      return { firstPaint, load: nav?.loadEventEnd ?? NaN };
    });
  } finally {
    await context.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const results: Record<'cold' | 'warm', Visit[]> = { cold: [], warm: [] };
const baseline: { firstPaint: number; load: number }[] = [];
try {
  if (runs > 0) await visit(false); // Chromium's own first start-up, not measured.
  for (let i = 0; i < runs; i++) {
    baseline.push(await visitBaseline());
    results.cold.push(await visit(false));
    results.warm.push(await visit(true));
  }
} finally {
  await browser.close();
  server.close();
}

const resultCount = records.length;
console.log('');
console.log(`index: ${report.pages} records, ${report.files} files, ${kb(report.bytes)} (pagefind/)`);
for (const [name, bytes] of parts) console.log(`  ${name.padEnd(34)} ${kb(bytes).padStart(12)}`);
console.log(`quick index: ${quick.files} files (${quick.buckets} word buckets, ${report.pages} cards), ${kb(quick.bytes)}, built in ${(quickMs / 1000).toFixed(1)} s`);
console.log(`indexing: ${(indexMs / 1000).toFixed(1)} s; peak RSS: this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, Pagefind service ${(servicePeakKb / 1024).toFixed(0)} MB`);
console.log(`machine: load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} at the end`);
const floorPaint = median(baseline.map((b) => b.firstPaint));
console.log('');
console.log(`the same page cold without its script (no search: the floor), median of ${baseline.length} runs: first paint ${floorPaint.toFixed(0)} ms, load ${median(baseline.map((b) => b.load)).toFixed(0)} ms`);
for (const [name, visits] of Object.entries(results)) {
  console.log('');
  console.log(`${name === 'cold' ? 'cold cache' : 'site CSS and fonts cached (arriving from another page)'}, median of ${visits.length} runs, /tim-kiem/?q=${query}:`);
  console.log(`  time to first results   ${median(visits.map((v) => v.firstResultsMs)).toFixed(0)} ms  (runs: ${visits.map((v) => v.firstResultsMs.toFixed(0)).join(', ')})`);
  const first = median(visits.map((v) => v.firstResultsMs));
  console.log(`  first results ÷ the floor's first paint: ${(first / floorPaint).toFixed(2)} (${(first - floorPaint).toFixed(0)} ms after it)`);
  console.log(`  bytes to first results  ${kb(median(visits.map((v) => v.bytesToFirst)))} in ${median(visits.map((v) => v.requestsToFirst))} responses`);
  const kinds = [...new Set(visits.flatMap((v) => Object.keys(v.byKind)))].sort();
  for (const k of kinds) console.log(`    ${k.padEnd(30)} ${kb(median(visits.map((v) => v.byKind[k] ?? 0))).padStart(10)}`);
  console.log(`  bytes with facet counts ${kb(median(visits.map((v) => v.bytesToDone)))}`);
  const steps = Object.keys(visits[0]?.timeline ?? {});
  console.log(`  timeline (ms from navigation): ${steps.map((k) => `${k} ${median(visits.map((v) => v.timeline[k] ?? NaN)).toFixed(0)}`).join(', ')}`);
  console.log(`  a second search ("${SECOND_QUERY}") on the loaded page, results and counts: ${median(visits.map((v) => v.nextSearchMs)).toFixed(0)} ms`);
}
console.log(`\n(${resultCount} synthetic profiles; nothing was written outside ${work})`);

if (values.keep) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });

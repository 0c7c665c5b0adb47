/**
 * A bounded load run against real nginx with the site's configuration (src/lib/serve/), on
 * loopback, with wrk (Debian's package): a profile page, then the search page and its assets
 * (stylesheets, scripts, fonts, Pagefind's entry files and wasm, the quick index), each for a fixed
 * time, as browsers ask (Accept-Encoding: gzip). Reports requests per second, latency percentiles,
 * transfer and errors (socket errors and HTTP statuses ≥ 400); exits 1 when there is any error.
 *
 *   npm run build && npm run bench:nginx [-- --duration 10 --connections 16 --threads 2]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalNginx } from '../src/lib/serve/local-nginx.ts';
import { listFiles } from '../src/lib/serve/precompress.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    threads: { type: 'string', default: '2' },
    root: { type: 'string', default: 'dist' },
  },
});
const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk';
const root = resolve(values.root);

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

if (!existsSync(WRK)) fail(`wrk không có ở ${WRK}: cài bằng "apt-get install wrk" / wrk not found`);
if (!existsSync(join(root, 'index.html'))) fail(`${root}/index.html không có: hãy build trước ("npm run build") / build first`);

/** The first profile page of the build. */
function profilePath(): string {
  const slug = readdirSync(join(root, 'mo-hinh'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'trang' && existsSync(join(root, 'mo-hinh', d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0];
  if (!slug) fail('dist/mo-hinh/ không có hồ sơ nào / no profile page built');
  return `/mo-hinh/${slug}/`;
}

/** The search page, what it links (/_astro/…), Pagefind's entry files and the quick index. */
function searchAssets(): string[] {
  const html = readFileSync(join(root, 'tim-kiem', 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const files = listFiles(root).filter((f) => !f.endsWith('.gz'));
  const pagefind = files.filter((f) => /^pagefind\/(?:pagefind\.js|pagefind-entry\.json|[^/]+\.pf_meta|wasm\.[^/]+\.pagefind)$/.test(f));
  const quick = files.filter((f) => f.startsWith('tim-kiem/nhanh/'));
  return [...new Set(['/tim-kiem/', ...linked, ...[...pagefind, ...quick].map((f) => `/${f}`)])];
}

interface WrkResult {
  requests: number;
  seconds: number;
  bytes: number;
  errors: { connect: number; read: number; write: number; timeout: number; status: number };
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
}

/** A wrk Lua script cycling through `paths`, printing its summary as JSON. */
function luaScript(paths: readonly string[]): string {
  return `local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local i = 0
wrk.headers["Accept-Encoding"] = "gzip"
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"requests":%d,"seconds":%f,"bytes":%d,"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d},"latencyMs":{"p50":%f,"p90":%f,"p99":%f,"max":%f,"mean":%f}}\\n',
    summary.requests, summary.duration / 1e6, summary.bytes, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000, latency.mean / 1000))
end
`;
}

function runWrk(origin: string, paths: readonly string[], dir: string, name: string): WrkResult {
  const script = join(dir, `${name}.lua`);
  writeFileSync(script, luaScript(paths));
  const args = ['-t', values.threads, '-c', values.connections, '-d', `${values.duration}s`, '--timeout', '5s', '-s', script, `${origin}/`];
  const run = spawnSync(WRK, args, { encoding: 'utf8' });
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (run.status !== 0 || !line) fail(`wrk failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(line.slice('RESULT '.length)) as WrkResult;
}

const tmp = mkdtempSync(join(tmpdir(), 'dhtt-bench-nginx-'));
const nginx = await startLocalNginx({ root });
let errors = 0;
try {
  const runs: [string, string[]][] = [
    ['profile page', [profilePath()]],
    ['search page and its assets', searchAssets()],
  ];
  console.log(`nginx ${nginx.origin}, wrk ${values.threads} threads, ${values.connections} connections, ${values.duration} s per run, Accept-Encoding: gzip`);
  for (const [name, paths] of runs) {
    const r = runWrk(nginx.origin, paths, tmp, name.replace(/\W+/g, '-'));
    const errs = r.errors.connect + r.errors.read + r.errors.write + r.errors.timeout + r.errors.status;
    errors += errs;
    const f = (n: number): string => n.toFixed(2);
    console.log(
      `\n${name} (${paths.length} URL${paths.length > 1 ? 's' : ''}):\n` +
        `  ${Math.round(r.requests / r.seconds)} req/s, ${r.requests} requests in ${r.seconds.toFixed(1)} s, ${(r.bytes / r.seconds / 1048576).toFixed(1)} MiB/s\n` +
        `  latency ms: p50 ${f(r.latencyMs.p50)}, p90 ${f(r.latencyMs.p90)}, p99 ${f(r.latencyMs.p99)}, max ${f(r.latencyMs.max)}, mean ${f(r.latencyMs.mean)}\n` +
        `  errors: ${errs} (connect ${r.errors.connect}, read ${r.errors.read}, write ${r.errors.write}, timeout ${r.errors.timeout}, HTTP ≥ 400 ${r.errors.status})`,
    );
  }
} finally {
  await nginx.stop();
  rmSync(tmp, { recursive: true, force: true });
}
if (errors > 0) {
  console.error(`\n${errors} lỗi / errors: phải là 0 / must be 0`);
  process.exit(1);
}

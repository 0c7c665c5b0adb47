/**
 * Lighthouse mobile scores (performance, accessibility, best practices, SEO) for four kinds of
 * page — home, a profile, a list and search — served from dist/ by a server that compresses like
 * a real one (brotli or gzip by Accept-Encoding, long cache for hashed assets), in Debian's
 * Chromium. Not a test: a measurement to read. Build first (`npm run build`).
 *
 *   node tools/bench-lighthouse.ts [--runs 1] [--json out.json]      (npm run bench:lighthouse)
 *
 * Lighthouse's default mobile settings: a mid-range phone screen and simulated slow 4G and CPU.
 * CHROMIUM_PATH overrides /usr/bin/chromium.
 */
import { createReadStream, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** A static server over dist/ that compresses text as nginx or a CDN would. */
function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = path.join(DIST, decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) {
      file = path.join(DIST, '404.html');
      status = 404;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, vary: 'accept-encoding' };
    headers['cache-control'] = url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600';
    const accept = String(req.headers['accept-encoding'] ?? '');
    const body = createReadStream(file);
    if (COMPRESSIBLE.test(type) && /\bbr\b/.test(accept)) {
      res.writeHead(status, { ...headers, 'content-encoding': 'br' });
      body.pipe(createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })).pipe(res);
    } else if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(accept)) {
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip' });
      body.pipe(createGzip({ level: 6 })).pipe(res);
    } else {
      res.writeHead(status, headers);
      body.pipe(res);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** The four pages: home, the first profile, the profile list and a search for a word of its title. */
function pages(): { name: string; path: string }[] {
  const profiles = readdirSync(path.join(DIST, 'mo-hinh'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'trang' && existsSync(path.join(DIST, 'mo-hinh', d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
  const profile = profiles[0];
  if (!profile) throw new Error('dist/mo-hinh/ has no profile: build the site first ("npm run build").');
  return [
    { name: 'home', path: '/' },
    { name: 'profile', path: `/mo-hinh/${profile}/` },
    { name: 'list', path: '/mo-hinh/' },
    { name: 'search', path: `/tim-kiem/?q=${encodeURIComponent(profile.split('-').slice(0, 2).join(' '))}` },
  ];
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' }, json: { type: 'string' } } });
const runs = Math.max(1, Number(values.runs));

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('dist/ chưa có: chạy "npm run build" trước. / dist/ is missing: run "npm run build" first.');
  process.exit(1);
}

const { server, origin } = await serve();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const results: Record<string, unknown>[] = [];
try {
  for (const page of pages()) {
    for (let run = 1; run <= runs; run++) {
      const result = await lighthouse(`${origin}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse gave no result for ${page.path}`);
      const score = (c: string) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
      const metric = (id: string) => lhr.audits[id]?.numericValue;
      const row = {
        page: page.name,
        path: page.path,
        run,
        ...Object.fromEntries(CATEGORIES.map((c) => [c, score(c)])),
        fcpMs: Math.round(metric('first-contentful-paint') ?? NaN),
        lcpMs: Math.round(metric('largest-contentful-paint') ?? NaN),
        tbtMs: Math.round(metric('total-blocking-time') ?? NaN),
        cls: Number((metric('cumulative-layout-shift') ?? NaN).toFixed(3)),
        transferKB: Math.round((metric('total-byte-weight') ?? NaN) / 1024),
      };
      results.push(row);
      console.log(JSON.stringify(row));
    }
  }
} finally {
  chrome.kill();
  server.close();
}

console.log('\nLighthouse mobile (simulated slow 4G), compressed server:');
console.table(results);
if (values.json) writeFileSync(values.json, `${JSON.stringify(results, null, 2)}\n`);

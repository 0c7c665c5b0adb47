/**
 * The benchmark's parts: synthetic profiles are valid content, marked as synthetic, and never
 * written into the project's own content/; Astro's build log is cut into phases and per-route
 * page times; built files are grouped by route.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { phasesOf, renderTimeByRoute, routeOf } from '../../src/lib/bench/build-log.ts';
import { syntheticSlug, writeSyntheticContent } from '../../src/lib/bench/synthetic-content.ts';
import { seededRandom } from '../../src/lib/bench/vocabulary.ts';
import { checkContent, errorsOf, formatProblems, warningsOf } from '../../src/lib/content-check.ts';
import { ROOT } from '../support/paths.ts';

describe('synthetic benchmark content', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'dhtt-synthetic-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('passes the content check, with every profile marked as synthetic', () => {
    cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    const written = writeSyntheticContent(root, 120);
    expect(written.profiles).toBe(120);
    const report = checkContent(root);
    expect(errorsOf(report), formatProblems(report.problems)).toEqual([]);
    expect(warningsOf(report)).toEqual([]);
    for (const i of [0, 59, 119]) {
      const text = readFileSync(path.join(root, 'content/profiles', syntheticSlug(i), 'index.mdx'), 'utf8');
      expect(text).toMatch(/^title: "\[Dữ liệu thử\] /m);
      expect(text.length).toBeGreaterThan(1500);
    }
  });

  it('draws without falling into a short cycle: thousands of profiles, thousands of different bodies', () => {
    const r = seededRandom(20261201);
    const texts = new Set(Array.from({ length: 5000 }, () => r.phrases(4)));
    expect(texts.size).toBeGreaterThan(4900);
    const draws = new Set(Array.from({ length: 100_000 }, () => r.rand()));
    expect(draws.size).toBeGreaterThan(99_000);
  });

  it('refuses to write into the project itself', () => {
    expect(() => writeSyntheticContent(ROOT, 1)).toThrow(/temporary copy/);
  });
});

describe('reading an Astro build log', () => {
  const lines = [
    [100, 1.0, '10:00:00 [content-check] 47 hồ sơ: hợp lệ'],
    [900, 2.0, '10:00:01 [content] Syncing content'],
    [1900, 3.0, '10:00:02 [content] Synced content'],
    [2000, 3.1, '10:00:02 [build] Building static entrypoints...'],
    [5000, 6.0, ' generating static routes '],
    [5100, undefined, '10:00:05   ├─ /mo-hinh/a/index.html (+12ms) '],
    [5200, undefined, '10:00:05   ├─ /mo-hinh/b/index.html (+8ms) '],
    [5300, undefined, '10:00:05   ├─ /og/mo-hinh/a.png (+1.5s) '],
    [5400, undefined, '10:00:05   └─ /mo-hinh/a/ap-phich/index.html (+3ms) '],
    [7000, 9.0, '10:00:07 ✓ Completed in 2.00s.'],
    [7500, 9.4, '10:00:07 [@astrojs/sitemap] `sitemap-index.xml` created'],
    [9000, 10.5, '10:00:09 [WARN] [base-url-guard] cảnh báo'],
    [9500, 11.0, '10:00:09 [pagefind-index] 47 hồ sơ đã lập chỉ mục'],
    [9600, 11.1, '10:00:09 [build] Complete!'],
  ].map(([at, cpu, text]) => ({ at: at as number, ...(cpu !== undefined ? { cpu: cpu as number } : {}), text: text as string }));

  it('cuts the build into phases with their wall and CPU time', () => {
    const phases = Object.fromEntries(phasesOf(lines, 10_000, 11.5).map((p) => [p.name, p]));
    expect(phases['startup and content check']).toEqual({ name: 'startup and content check', wallMs: 900, cpuS: 2 });
    expect(phases['bundling (Vite)']!.wallMs).toBe(3000);
    expect(phases['page rendering']!.wallMs).toBe(2000);
    expect(phases['base-url-guard']!.wallMs).toBe(1500);
    expect(phases['pagefind-index']!.wallMs).toBe(500);
    expect(phases['pagefind-index']!.cpuS).toBeCloseTo(0.5);
    expect(phases['WARN']).toBeUndefined();
    expect(phases['@astrojs/sitemap']!.wallMs).toBe(500);
    const total = phasesOf(lines, 10_000, 11.5).reduce((s, p) => s + p.wallMs, 0);
    expect(total).toBe(10_000);
  });

  it('times each step that runs after astro build has exited by its own start and report lines', () => {
    const deferred = [
      ...lines,
      { at: 9700, cpu: 11.2, text: '[pagefind-index] Bước lập chỉ mục tìm kiếm / the search step: bắt đầu / started' },
      { at: 12_000, cpu: 13.4, text: '[pagefind-index] 47 hồ sơ đã lập chỉ mục' },
      { at: 12_100, cpu: 13.5, text: '[serve-files] Tệp phục vụ / the serving files: bắt đầu / started' },
      { at: 13_000, cpu: 14.3, text: '[serve-files] CSP: 2 script' },
    ];
    const phases = Object.fromEntries(phasesOf(deferred, 13_500, 14.5).map((p) => [p.name, p]));
    expect(phases['finishing']!.wallMs).toBe(100);
    expect(phases['pagefind-index']!.wallMs).toBe(500 + 2300);
    expect(phases['serve-files']!.wallMs).toBe(1000);
    expect(phasesOf(deferred, 13_500, 14.5).reduce((s, p) => s + p.wallMs, 0)).toBe(13_500);
  });

  it('sums page times by route', () => {
    const byRoute = renderTimeByRoute(lines);
    expect(byRoute.get('/mo-hinh/*')).toEqual({ pages: 2, ms: 20 });
    expect(byRoute.get('/og/*/*.png')).toEqual({ pages: 1, ms: 1500 });
    expect(byRoute.get('/mo-hinh/*/ap-phich')).toEqual({ pages: 1, ms: 3 });
  });

  it('groups built files by route', () => {
    expect(routeOf('index.html')).toBe('/');
    expect(routeOf('mo-hinh/x/index.html')).toBe('/mo-hinh/*');
    expect(routeOf('linh-vuc/y/trang/2/index.html')).toBe('/linh-vuc/*/trang/*');
    expect(routeOf('og/dia-phuong/z.png')).toBe('/og/*/*.png');
    expect(routeOf('404.html')).toBe('/404.html');
  });
});

/**
 * npm run bench -- --profiles N [--runs R] [--builds kind,kind…] [--json report.json] [--keep]
 *
 * What the whole site costs to build at scale, next to a bare Astro + MDX site built from the same
 * files, on this machine. Generates N clearly synthetic profiles ("[Dữ liệu thử]",
 * src/lib/bench/synthetic-content.ts) into a temporary copy of the project — never into content/ —
 * then, alternating the two so that both see the same noisy machine:
 *   - full site, cold (empty Astro, Vite and OG image caches)   ×R
 *   - bare site, cold (one page per profile rendering its MDX)  ×R
 *   - full site, cold but with the OG image cache of an earlier build  ×R
 *   - full site, nothing changed (every cache warm)  ×R
 *   - full site, one profile's summary changed  ×R
 *   - bare site, nothing changed  ×R
 * (--builds picks some of them: siteCold always runs; at 100,000 profiles the bare site alone
 * needs more memory than the machine has, so `--builds siteCold` measures the full site only)
 * and prints medians: wall and CPU time (the whole process tree) of each phase of Astro's log,
 * peak memory of the process tree, the ratios full/bare, dist size and file count, pages by
 * route, the weight of a typical profile page (HTML + CSS gzip + fonts) and of its JavaScript.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { phasesOf, renderTimeByRoute, routeOf, type Phase } from '../src/lib/bench/build-log.ts';
import { folderBytes, listFiles, pageWeight, type PageWeight } from '../src/lib/bench/page-weight.ts';
import { runBuild, type BuildRun } from '../src/lib/bench/run-build.ts';
import { syntheticSlug, writeSyntheticContent } from '../src/lib/bench/synthetic-content.ts';

const { values } = parseArgs({
  options: {
    profiles: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    builds: { type: 'string' },
  },
});
const N = Number(values.profiles);
const RUNS = Number(values.runs);
if (!Number.isInteger(N) || N < 1 || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error('bench: --profiles và --runs phải là số nguyên dương. (--profiles and --runs must be positive integers)');
  process.exit(2);
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'dhtt-bench-'));
const site = path.join(work, 'site');
const bare = path.join(work, 'bare');
const log = (s: string) => process.stderr.write(`${s}\n`);

// ------------------------------------------------------------------ the two sites

mkdirSync(site);
for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content', 'tools']) {
  cpSync(path.join(ROOT, entry), path.join(site, entry), { recursive: true });
}
symlinkSync(path.join(ROOT, 'node_modules'), path.join(site, 'node_modules'), 'dir');
const t0 = performance.now();
const written = writeSyntheticContent(site, N);
log(`bench: ${written.profiles} synthetic profiles, ${written.plans} synthetic plans in ${((performance.now() - t0) / 1000).toFixed(1)} s → ${site}`);

// The baseline: Astro + MDX, one page per profile from the same files, nothing else.
mkdirSync(path.join(bare, 'src', 'pages', 'mo-hinh'), { recursive: true });
symlinkSync(path.join(ROOT, 'node_modules'), path.join(bare, 'node_modules'), 'dir');
writeFileSync(path.join(bare, 'package.json'), JSON.stringify({ name: 'bare-baseline', private: true, type: 'module' }));
writeFileSync(
  path.join(bare, 'astro.config.mjs'),
  `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
export default defineConfig({
  integrations: [mdx()],
  build: { format: 'directory' },
  cacheDir: ${JSON.stringify(path.join(work, 'cache-bare', 'astro'))},
  vite: { cacheDir: ${JSON.stringify(path.join(work, 'cache-bare', 'vite'))} },
});
`,
);
writeFileSync(
  path.join(bare, 'src', 'content.config.ts'),
  `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const profiles = defineCollection({
  loader: glob({ base: '../site/content/profiles', pattern: '*/index.mdx', generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
});
export const collections = { profiles };
`,
);
writeFileSync(
  path.join(bare, 'src', 'pages', 'mo-hinh', '[slug].astro'),
  `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('profiles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi"><head><meta charset="utf-8"><title>{String(entry.data.title)}</title></head>
<body><h1>{String(entry.data.title)}</h1><Content /></body></html>
`,
);

// ------------------------------------------------------------------ builds

const node = process.execPath;
const siteEnv = (og: string) => ({ ...process.env, ASTRO_CACHE_DIR: path.join(work, 'cache-site'), OG_CACHE_DIR: og });
const OG_WARM = path.join(work, 'og-warm');
const coldSite = (og: string) => {
  rmSync(path.join(work, 'cache-site'), { recursive: true, force: true });
  rmSync(path.join(site, 'dist'), { recursive: true, force: true });
  rmSync(og, { recursive: true, force: true });
  return runBuild(site, [node, 'tools/build.ts'], siteEnv(og));
};
const coldSiteWarmOg = () => {
  rmSync(path.join(work, 'cache-site'), { recursive: true, force: true });
  rmSync(path.join(site, 'dist'), { recursive: true, force: true });
  return runBuild(site, [node, 'tools/build.ts'], siteEnv(OG_WARM));
};
const warmSite = () => runBuild(site, [node, 'tools/build.ts'], siteEnv(OG_WARM));
const bareBuild = (cold: boolean) => {
  if (cold) {
    rmSync(path.join(work, 'cache-bare'), { recursive: true, force: true });
    rmSync(path.join(bare, 'dist'), { recursive: true, force: true });
  }
  return runBuild(bare, [node, path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], process.env);
};

const checked = (what: string, run: BuildRun): BuildRun => {
  if (run.code !== 0) {
    log(run.lines.map((l) => l.text).slice(-40).join('\n'));
    throw new Error(`bench: ${what} failed (exit ${run.code})`);
  }
  log(`  ${what}: ${(run.wallMs / 1000).toFixed(1)} s wall, ${run.cpuS.toFixed(1)} s CPU, ${(run.peakRssBytes / 2 ** 20).toFixed(0)} MiB peak`);
  return run;
};

const KINDS = ['siteCold', 'bareCold', 'siteColdOgWarm', 'siteUnchanged', 'siteOneChanged', 'bareUnchanged'] as const;
type BuildKind = (typeof KINDS)[number];
const chosen = new Set<string>(values.builds ? ['siteCold', ...values.builds.split(',').map((k) => k.trim())] : KINDS);
const unknown = [...chosen].filter((k) => !(KINDS as readonly string[]).includes(k));
if (unknown.length) {
  console.error(`bench: không có kiểu bản dựng ${unknown.join(', ')}; chọn trong ${KINDS.join(', ')}. (unknown build kinds)`);
  process.exit(2);
}
const want = (k: BuildKind) => chosen.has(k);
const runs = Object.fromEntries(KINDS.map((k) => [k, [] as BuildRun[]])) as Record<BuildKind, BuildRun[]>;
let lastSiteCold: { dist: ReturnType<typeof folderBytes>; files: string[]; weight: PageWeight; run: BuildRun } | undefined;
for (let r = 0; r < RUNS; r++) {
  log(`run ${r + 1}/${RUNS} (load average ${loadavg()[0]!.toFixed(2)})`);
  const cold = checked('site, cold', await coldSite(path.join(work, `og-cold-${r}`)));
  runs.siteCold.push(cold);
  const dist = path.join(site, 'dist');
  lastSiteCold = { dist: folderBytes(dist), files: listFiles(dist), weight: pageWeight(dist, path.join(dist, 'mo-hinh', syntheticSlug(0), 'index.html')), run: cold };
  // Keep this run's OG images as the warm cache of the runs below.
  rmSync(OG_WARM, { recursive: true, force: true });
  cpSync(path.join(work, `og-cold-${r}`), OG_WARM, { recursive: true });
  rmSync(path.join(work, `og-cold-${r}`), { recursive: true, force: true });
  if (want('bareCold')) runs.bareCold.push(checked('bare, cold', await bareBuild(true)));
  if (want('siteColdOgWarm')) runs.siteColdOgWarm.push(checked('site, cold, OG cache warm', await coldSiteWarmOg()));
}
for (let r = 0; r < RUNS; r++) {
  if (want('siteUnchanged')) runs.siteUnchanged.push(checked('site, nothing changed', await warmSite()));
  if (want('bareUnchanged')) runs.bareUnchanged.push(checked('bare, nothing changed', await bareBuild(false)));
  if (!want('siteOneChanged')) continue;
  const file = path.join(site, 'content', 'profiles', syntheticSlug(r % N), 'index.mdx');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^summary: "(.*)"$/m, (_, s: string) => `summary: "${s.slice(0, 400)} (sửa lần ${r + 1})"`));
  runs.siteOneChanged.push(checked('site, one profile changed', await warmSite()));
}

// ------------------------------------------------------------------ report

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
interface Summary {
  runs: number;
  wallS: number;
  cpuS: number;
  peakRssMiB: number;
}
const summary = (list: BuildRun[]): Summary | null =>
  list.length === 0
    ? null
    : {
        runs: list.length,
        wallS: median(list.map((r) => r.wallMs / 1000)),
        cpuS: median(list.map((r) => r.cpuS)),
        peakRssMiB: median(list.map((r) => r.peakRssBytes / 2 ** 20)),
      };
const stats = Object.fromEntries(KINDS.map((k) => [k, summary(runs[k])])) as Record<BuildKind, Summary | null>;
const base = stats.bareCold;
const ratio = (s: Summary | null) =>
  s && base
    ? {
        wall: s.wallS / base.wallS,
        cpu: s.cpuS / base.cpuS,
        memory: s.peakRssMiB / base.peakRssMiB,
      }
    : null;
const medianPhases = (list: BuildRun[]): Phase[] => {
  const each = list.map((r) => phasesOf(r.lines, r.wallMs, r.cpuS));
  const names = [...new Set(each.flatMap((p) => p.map((x) => x.name)))];
  return names.map((name) => {
    const found = each.map((p) => p.find((x) => x.name === name));
    const cpu = found.map((x) => x?.cpuS).filter((x): x is number => x !== undefined);
    return { name, wallMs: median(found.map((x) => x?.wallMs ?? 0)), ...(cpu.length ? { cpuS: median(cpu) } : {}) };
  });
};
const pagesByRoute: Record<string, number> = {};
for (const f of lastSiteCold!.files) if (f.endsWith('.html') || f.endsWith('.png')) pagesByRoute[routeOf(f)] = (pagesByRoute[routeOf(f)] ?? 0) + 1;
const renderByRoute = Object.fromEntries(
  [...renderTimeByRoute(lastSiteCold!.run.lines)].sort((a, b) => b[1].ms - a[1].ms).map(([k, v]) => [k, { pages: v.pages, seconds: v.ms / 1000 }]),
);

const shippedProfiles = listFiles(path.join(ROOT, 'content', 'profiles')).filter((f) => f.endsWith('index.mdx')).length;
const report = {
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGiB: totalmem() / 2 ** 30, node: process.version, date: new Date().toISOString() },
  profiles: N,
  shippedProfiles,
  runsEach: RUNS,
  builds: stats,
  ratios: {
    cold: ratio(stats.siteCold),
    coldWithOgCache: ratio(stats.siteColdOgWarm),
    nothingChanged: ratio(stats.siteUnchanged),
    oneProfileChanged: ratio(stats.siteOneChanged),
  },
  phasesCold: medianPhases(runs.siteCold),
  phasesColdBare: medianPhases(runs.bareCold),
  // Where the other full-site builds spend their time (empty when the build was not run).
  phasesColdOgWarm: medianPhases(runs.siteColdOgWarm),
  phasesUnchanged: medianPhases(runs.siteUnchanged),
  phasesOneChanged: medianPhases(runs.siteOneChanged),
  renderByRoute,
  dist: {
    bytes: lastSiteCold!.dist.bytes,
    files: lastSiteCold!.dist.files,
    bytesPerProfile: lastSiteCold!.dist.bytes / (N + shippedProfiles),
    pagesByRoute,
  },
  profilePage: lastSiteCold!.weight,
};

const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const x = (v: number) => `${v.toFixed(2)}×`;
const lines = [
  `# bench: ${N} synthetic profiles (+ the shipped ones), ${RUNS} run(s) each, medians — ${report.machine.cpus} cores, ${report.machine.memoryGiB.toFixed(0)} GiB`,
  '',
  '| build | wall | CPU | peak memory (tree) | ÷ bare cold (wall / CPU / memory) |',
  '|---|---|---|---|---|',
  ...(
    [
      ['full site, cold', stats.siteCold],
      ['full site, cold, OG cache warm', stats.siteColdOgWarm],
      ['full site, nothing changed', stats.siteUnchanged],
      ['full site, one profile changed', stats.siteOneChanged],
      ['bare Astro + MDX, cold', stats.bareCold],
      ['bare Astro + MDX, nothing changed', stats.bareUnchanged],
    ] as const
  ).flatMap(([name, s]) => {
    if (!s) return [];
    const r = ratio(s);
    const ratios = r ? `${x(r.wall)} / ${x(r.cpu)} / ${x(r.memory)}` : '—';
    return [`| ${name} | ${s.wallS.toFixed(1)} s | ${s.cpuS.toFixed(1)} s | ${s.peakRssMiB.toFixed(0)} MiB | ${ratios} |`];
  }),
  '',
  ...(
    [
      ['full site cold', report.phasesCold],
      ['bare cold', report.phasesColdBare],
      ['full site cold, OG cache warm', report.phasesColdOgWarm],
      ['full site, nothing changed', report.phasesUnchanged],
      ['full site, one profile changed', report.phasesOneChanged],
    ] as const
  ).flatMap(([name, phases]) =>
    phases.length === 0 ? [] : [`Phases, ${name} (wall / CPU):`, ...phases.map((p) => `  ${p.name}: ${(p.wallMs / 1000).toFixed(1)} s / ${p.cpuS?.toFixed(1) ?? '?'} s`)],
  ),
  'Page rendering by route (last cold build):',
  ...Object.entries(renderByRoute).map(([route, v]) => `  ${route}: ${v.pages} files, ${v.seconds.toFixed(1)} s`),
  `dist: ${mb(report.dist.bytes)} in ${report.dist.files} files, ${kb(report.dist.bytesPerProfile)} per profile`,
  `files by route: ${Object.entries(pagesByRoute).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  `profile page, cold: ${kb(report.profilePage.total)} (HTML ${kb(report.profilePage.htmlGzip)} + CSS ${kb(report.profilePage.cssGzip)} gzip + fonts ${kb(report.profilePage.fonts)}); JavaScript ${kb(report.profilePage.jsGzip)} gzip`,
];
console.log(lines.join('\n'));
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
if (values.keep) log(`bench: kept ${work}`);
else rmSync(work, { recursive: true, force: true });

/**
 * `npm run bench` cannot rot: a tiny run (a few synthetic profiles, one run of each build)
 * completes and writes a well-formed report. Its timings are not asserted: they are measurements.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../support/fixture-site.ts';
import { ROOT } from '../support/paths.ts';

describe('npm run bench', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'dhtt-bench-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('builds the full and the bare site and reports times, ratios, memory, sizes and page weight', async () => {
    const json = path.join(tmp, 'report.json');
    const { code, log } = await run(process.execPath, ['tools/bench.ts', '--profiles', '4', '--runs', '1', '--json', json], ROOT, 900_000);
    expect(code, log).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.profiles).toBe(4);
    for (const key of ['siteCold', 'bareCold', 'siteColdOgWarm', 'siteUnchanged', 'siteOneChanged', 'bareUnchanged']) {
      expect(report.builds[key].runs, key).toBe(1);
      expect(report.builds[key].wallS, key).toBeGreaterThan(0);
      expect(report.builds[key].cpuS, key).toBeGreaterThan(0);
      expect(report.builds[key].peakRssMiB, key).toBeGreaterThan(10);
    }
    for (const key of ['cold', 'coldWithOgCache', 'nothingChanged', 'oneProfileChanged']) {
      for (const m of ['wall', 'cpu', 'memory']) expect(Number.isFinite(report.ratios[key][m]), `${key}.${m}`).toBe(true);
    }
    for (const key of ['phasesCold', 'phasesColdOgWarm', 'phasesUnchanged', 'phasesOneChanged']) {
      expect(report[key].map((p: { name: string }) => p.name), key).toEqual(
        expect.arrayContaining(['content load', 'bundling (Vite)', 'page rendering', 'pagefind-index']),
      );
    }
    expect(log).toContain('Phases, full site, one profile changed');
    expect(report.dist.files).toBeGreaterThan(0);
    expect(report.dist.pagesByRoute['/mo-hinh/*']).toBeGreaterThanOrEqual(4);
    expect(report.profilePage.total).toBeGreaterThan(report.profilePage.htmlGzip);
    expect(log).toContain('÷ bare cold');
  }, 900_000);
});

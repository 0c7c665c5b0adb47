/**
 * The Open Graph build path (src/lib/og/): cards missing from the content-hash cache render once
 * each in a worker pool; a warm cache starts no worker and costs a link per image; the published
 * files are the cached bytes; a damaged cache file is rendered again; a rendering error or a dead
 * worker fails the build with the card's title instead of hanging; the cache never holds a
 * temp file after a build. And the sharing rule of src/lib/og-cards.ts: who owns a card.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isOgPng, ogCacheFile, ogCacheKey, ogImagePath, type OgCard } from '../../src/lib/og-cache.ts';
import { allOgImages, communeOgImage, provinceOgImage, siteOgImage } from '../../src/lib/og-cards.ts';
import { OgBuild, type OgBuildItem } from '../../src/lib/og/build.ts';
import { defaultPoolSize, OgRenderPool } from '../../src/lib/og/pool.ts';
import { contentCatalog } from '../support/catalog.ts';

const BASE: OgCard = {
  title: 'Mô hình trồng rau hữu cơ',
  siteName: 'Mô hình, điển hình tiên tiến',
  publisher: 'Ban Thi đua – Khen thưởng · Sở Nội vụ',
  siteUrl: 'https://dienhinhtientien.example.vn',
};

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'og-build-test-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const items = (titles: string[]): OgBuildItem[] => titles.map((t, i) => ({ path: ogImagePath(`/mo-hinh/h-${i}/`), card: { ...BASE, title: t } }));
const files = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String);

describe('OgBuild', { timeout: 60_000 }, () => {
  it('renders each distinct card once in workers, then a warm build starts no worker and links the cached files', async () => {
    const cacheDir = tempDir();
    const list = items(['Tổ hòa giải ở cơ sở', 'Bếp ăn bán trú', 'Tổ hòa giải ở cơ sở']);
    const out1 = tempDir();
    const cold = await new OgBuild(list, { cacheDir, pool: { size: 2 } }).writeTo(out1);
    expect(cold).toMatchObject({ images: 3, cards: 2, rendered: 2, hits: 0 });
    expect(cold.workers).toBeGreaterThan(0);
    expect(cold.timings.layout + cold.timings.rasterise + cold.timings.encode).toBeGreaterThan(0);

    const out2 = tempDir();
    const warm = await new OgBuild(list, { cacheDir, pool: { size: 2 } }).writeTo(out2);
    expect(warm).toMatchObject({ images: 3, cards: 2, rendered: 0, hits: 2, workers: 0 });
    for (const item of list) {
      const published = join(out2, item.path);
      const cached = ogCacheFile(cacheDir, ogCacheKey(item.card));
      expect(isOgPng(readFileSync(published))).toBe(true);
      expect(readFileSync(published).equals(readFileSync(cached))).toBe(true);
      expect(statSync(published).ino).toBe(statSync(cached).ino);
    }
    expect(files(cacheDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('renders again over a damaged (truncated) cache file', async () => {
    const cacheDir = tempDir();
    const list = items(['Mô hình “Ngôi nhà 100 đồng”']);
    await new OgBuild(list, { cacheDir, pool: { size: 1 } }).writeTo(tempDir());
    const cached = ogCacheFile(cacheDir, ogCacheKey(list[0]!.card));
    writeFileSync(cached, readFileSync(cached).subarray(0, 20));
    const again = await new OgBuild(list, { cacheDir, pool: { size: 1 } }).writeTo(tempDir());
    expect(again).toMatchObject({ rendered: 1, hits: 0 });
    expect(isOgPng(readFileSync(cached))).toBe(true);
  });

  it('refuses two cards for one file and paths outside the output folder', async () => {
    expect(() => new OgBuild([...items(['a']), ...items(['b'])], { cacheDir: tempDir() })).toThrow(/same file/);
    const escaping = new OgBuild([{ path: '../../evil.png', card: BASE }], { cacheDir: tempDir(), pool: { size: 1 } });
    await expect(escaping.writeTo(tempDir())).rejects.toThrow(/inside the output folder/);
  });

  it('fails with the card\'s title when a worker reports an error, and every pending card fails too', async () => {
    // Enough cards that the concurrent cache checks finish out of order: the first card must
    // still be the one sent first, and so the one named.
    // A damaged cache file makes the first card's check the slowest (open, stat, read against
    // a bare ENOENT for the others).
    const titles = ['Thẻ hỏng', ...Array.from({ length: 40 }, (_, i) => `Thẻ thứ ${i + 2}`)];
    const cacheDir = tempDir();
    const first = ogCacheFile(cacheDir, ogCacheKey(items(titles)[0]!.card));
    mkdirSync(dirname(first), { recursive: true });
    writeFileSync(first, 'not a png');
    const build = new OgBuild(items(titles), {
      cacheDir,
      pool: { size: 1, workerUrl: new URL('../support/og-workers/fails.ts', import.meta.url) },
    });
    await expect(build.writeTo(tempDir())).rejects.toThrow(/Open Graph image failed for "Thẻ hỏng"[\s\S]*cannot draw/);
  });

  it('fails, not hangs, when a worker dies', async () => {
    const pool = new OgRenderPool({ size: 2, workerUrl: new URL('../support/og-workers/dies.ts', import.meta.url) });
    const cacheDir = tempDir();
    const results = await Promise.allSettled(['x', 'y', 'z'].map((t) => pool.render({ ...BASE, title: t }, join(cacheDir, `${t}.png`))));
    expect(results.every((r) => r.status === 'rejected')).toBe(true);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/worker exited with code 3/);
    await expect(pool.render(BASE, join(cacheDir, 'late.png'))).rejects.toThrow(/worker/);
    await pool.close();
  });

  it('keeps a worker drawing while the main thread is busy: cards are sent ahead, not one per answer', async () => {
    const pool = new OgRenderPool({ size: 1, workerUrl: new URL('../support/og-workers/quick.ts', import.meta.url) });
    const cacheDir = tempDir();
    // Let the worker start before the main thread gets busy.
    await pool.render({ ...BASE, title: 'khởi động' }, join(cacheDir, 'warm.png'));
    const renders = Array.from({ length: 20 }, (_, i) => pool.render({ ...BASE, title: `Thẻ ${i}` }, join(cacheDir, `${i}.png`)));
    const busyFrom = Date.now();
    while (Date.now() - busyFrom < 300) {
      // the main thread rendering pages, answering no message
    }
    const busyUntil = Date.now();
    const started = (await Promise.all(renders)).map((r) => r.timings.layout);
    await pool.close();
    expect(started.filter((t) => t < busyUntil).length).toBeGreaterThan(5);
  });

  it('sizes the pool from OG_WORKERS, else the cores', () => {
    expect(defaultPoolSize({ OG_WORKERS: '3' })).toBe(3);
    expect(defaultPoolSize({ OG_WORKERS: 'many' })).toBeGreaterThanOrEqual(1);
    expect(defaultPoolSize({})).toBeGreaterThanOrEqual(1);
  });
});

describe('the sharing rule (og-cards)', () => {
  const catalog = contentCatalog();
  const published = new Set(allOgImages(catalog).map((i) => i.path));

  it('publishes a card for the site and each profile, field, province with exemplars and plan, and nothing else', () => {
    const owners = [
      siteOgImage().path,
      ...catalog.profiles.map((p) => ogImagePath(p.url)),
      ...catalog.fields.map((f) => ogImagePath(f.url)),
      ...catalog.provincesWithProfiles.map((p) => ogImagePath(p.url ?? '')),
      ...catalog.plans.map((p) => ogImagePath(p.url)),
    ];
    expect([...published].sort()).toEqual([...new Set(owners)].sort());
  });

  it('gives a commune its province\'s card, which is published', () => {
    expect(catalog.communes.length).toBeGreaterThan(0);
    for (const commune of catalog.communes) {
      const image = communeOgImage(commune);
      expect(image).toEqual(provinceOgImage(commune.province));
      expect(published.has(image.path)).toBe(true);
      expect(published.has(ogImagePath(commune.url))).toBe(false);
    }
  });
});

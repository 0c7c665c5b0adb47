/**
 * The og-images integration (src/integrations/og-images.ts) with the hand-over of the card list
 * (src/lib/og/handoff.ts), driven through its hooks as Astro calls them: the cards handed over
 * while the static paths are collected end up as PNGs under the output folder at
 * astro:build:done; a build whose /og/ route never handed its cards over fails with a clear
 * message instead of publishing pages that name missing images; and with no build listening
 * (astro dev) the route is told to render the images itself.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import ogImages, { ogCacheDir } from '../../src/integrations/og-images.ts';
import { isOgPng, ogImagePath } from '../../src/lib/og-cache.ts';
import { handOverOgCards } from '../../src/lib/og/handoff.ts';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'og-integration-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const logger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, fork: () => logger, label: 'og-images', options: {} };
type Hooks = Record<string, (options: Record<string, unknown>) => unknown>;

function integration(cacheDir: string) {
  const hooks = ogImages().hooks as unknown as Hooks;
  const previous = process.env.OG_CACHE_DIR;
  return {
    async start() {
      process.env.OG_CACHE_DIR = cacheDir;
      await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${tempDir()}/`) } });
      await hooks['astro:build:start']!({ logger });
    },
    async done(dir: string) {
      try {
        await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger });
      } finally {
        if (previous === undefined) delete process.env.OG_CACHE_DIR;
        else process.env.OG_CACHE_DIR = previous;
      }
    },
  };
}

const card = (title: string) => ({ title, siteName: 'Mô hình, điển hình tiên tiến', publisher: 'Ban Thi đua – Khen thưởng · Sở Nội vụ' });

describe('the og-images integration', { timeout: 60_000 }, () => {
  it('writes the PNGs of the cards handed over during the build into the output folder', async () => {
    const out = tempDir();
    const build = integration(tempDir());
    await build.start();
    const items = [
      { path: ogImagePath('/'), card: card('Mô hình, điển hình tiên tiến') },
      { path: ogImagePath('/mo-hinh/to-hoa-giai/'), card: card('Tổ hòa giải ở cơ sở') },
    ];
    expect(handOverOgCards(items)).toBe(true);
    await build.done(out);
    for (const item of items) expect(isOgPng(readFileSync(join(out, item.path)))).toBe(true);
    // The build is over: nobody listens any more.
    expect(handOverOgCards(items)).toBe(false);
  });

  it('fails the build when the /og/ route never handed its cards over', async () => {
    const out = tempDir();
    const build = integration(tempDir());
    await build.start();
    await expect(build.done(out)).rejects.toThrow(/never handed its cards over/);
    expect(existsSync(join(out, 'og'))).toBe(false);
  });

  it('keeps the cache in OG_CACHE_DIR, else node_modules/.cache/og-images', () => {
    expect(ogCacheDir('/p', { OG_CACHE_DIR: '/ci/og' })).toBe('/ci/og');
    expect(ogCacheDir('/p', {})).toBe(join('/p', 'node_modules', '.cache', 'og-images'));
  });
});

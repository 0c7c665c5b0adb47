/**
 * Open Graph images: size, Vietnamese glyphs actually drawn, text kept inside the card, and the
 * content-hash cache.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_WIDTH, ogFonts, renderGlyphPaths, renderOgImage, renderOgSvg, svgToPng, type LaidOutNode, type OgCard } from '../../src/lib/og-image.ts';
import { getOgImage, isOgPng, ogCacheKey, ogImagePath, writeOgImages } from '../../src/lib/og-cache.ts';

const BASE: OgCard = {
  title: 'Mô hình trồng rau hữu cơ',
  siteName: 'Mô hình, điển hình tiên tiến',
  publisher: 'Ban Thi đua – Khen thưởng · Sở Nội vụ',
  siteUrl: 'https://dienhinhtientien.example.vn',
};

/** Each glyph the issue names, with the bare letter it is built on. */
const GLYPHS: readonly [string, string][] = [
  ['ậ', 'a'], ['ằ', 'a'], ['ữ', 'u'], ['ơ', 'o'], ['ư', 'u'],
  ['đ', 'd'], ['Đ', 'D'], ['ệ', 'e'], ['ổ', 'o'], ['ỹ', 'y'],
  // Capitals with stacked marks reach highest above the line.
  ['Ẫ', 'A'], ['Ằ', 'A'], ['Ữ', 'U'],
];

const tmpDirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'og-test-'));
  tmpDirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

async function rawPixels(png: Buffer): Promise<Buffer> {
  return sharp(png).removeAlpha().raw().toBuffer();
}

/** Height in pixels of the dark ink inside a box of a PNG. */
async function inkHeight(png: Buffer, box: { left: number; top: number; width: number; height: number }): Promise<number> {
  const { data, info } = await sharp(png).extract(box).greyscale().raw().toBuffer({ resolveWithObject: true });
  let top = -1;
  let bottom = -1;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if ((data[y * info.width + x] ?? 255) < 110) {
        if (top < 0) top = y;
        bottom = y;
        break;
      }
    }
  }
  return top < 0 ? 0 : bottom - top + 1;
}

/** A glyph drawn alone on a tall canvas, nothing clipped: the reference for its true height. */
async function referenceInkHeight(glyph: string): Promise<number> {
  const paths = await renderGlyphPaths(glyph, 700);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 -150 400 400">${paths.map((d) => `<path d="${d}"/>`).join('')}</svg>`;
  return inkHeight(await svgToPng(svg), { left: 0, top: 0, width: 400, height: 400 });
}

/** Glyphs that come out as no path, or as the same outline as their bare letter. */
async function badGlyphs(weight: 400 | 600 | 700, fonts?: Parameters<typeof renderGlyphPaths>[2]): Promise<string[]> {
  const bad: string[] = [];
  for (const [glyph, base] of GLYPHS) {
    const drawn = (await renderGlyphPaths(glyph, weight, fonts)).join(' ');
    const bare = (await renderGlyphPaths(base, weight, fonts)).join(' ');
    if (drawn.length === 0 || drawn === bare) bad.push(glyph);
  }
  return bad;
}

describe('renderOgImage', { timeout: 30_000 }, () => {
  it('makes a 1200×630 PNG', async () => {
    const png = await renderOgImage({ ...BASE, unit: 'Hợp tác xã Thành Lập', locality: 'xã Thành Lập, huyện Lương Sơn, tỉnh Hòa Bình', field: 'Nông nghiệp', kindLabel: 'Mô hình' });
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect([meta.width, meta.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    expect(isOgPng(png)).toBe(true);
  });

  it('loads whole font files, not subsets', () => {
    for (const f of ogFonts()) {
      expect(f.path).toMatch(/\.ttf$/);
      // A latin-only subset of Be Vietnam Pro is ~20 kB; the full family member is ~130 kB.
      expect(f.data.length).toBeGreaterThan(100_000);
    }
  });

  it.each([400, 600, 700] as const)('draws every Vietnamese test glyph with its own outline at weight %i', async (weight) => {
    expect(await badGlyphs(weight)).toEqual([]);
  });

  it('the glyph check catches a dropped subset (latin-only font files draw no ơ ư đ ậ …)', async () => {
    // Negative control: the same check with @fontsource's latin subset must fail, or it proves nothing.
    const require = createRequire(import.meta.url);
    const latinOnly = readFileSync(require.resolve('@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-700-normal.woff'));
    const bad = await badGlyphs(700, [{ name: 'Be Vietnam Pro', weight: 700, style: 'normal', data: latinOnly }]);
    expect(bad).toEqual(expect.arrayContaining(['ậ', 'ơ', 'ư', 'đ', 'Đ', 'ệ', 'ữ']));
  });

  it('shows the diacritics on the finished card, stacked marks not clipped', async () => {
    const marked = GLYPHS.map(([g]) => g).join(' ');
    const bare = GLYPHS.map(([, b]) => b).join(' ');
    const [a, b] = await Promise.all([renderOgImage({ ...BASE, title: marked }), renderOgImage({ ...BASE, title: bare })]);
    expect((await rawPixels(a)).equals(await rawPixels(b))).toBe(false);
  });

  it.each(['Ẫ', 'Ằ', 'Ữ', 'ậ'])('draws %s whole: no stacked mark cut off by the line box', async (glyph) => {
    // The same glyph's height relative to "H", alone on a tall canvas and on the card, must agree:
    // a clipped line box (overflow: hidden on clamped text) shaves the top mark off.
    const titleBox = { left: 70, top: 96, width: 500, height: 300 };
    const [onCard, hOnCard] = await Promise.all([
      renderOgImage({ ...BASE, title: glyph }).then((png) => inkHeight(png, titleBox)),
      renderOgImage({ ...BASE, title: 'H' }).then((png) => inkHeight(png, titleBox)),
    ]);
    const [alone, hAlone] = await Promise.all([referenceInkHeight(glyph), referenceInkHeight('H')]);
    expect(onCard / hOnCard).toBeCloseTo(alone / hAlone, 1);
  });

  it('keeps long text inside the card and clamps the title to three lines', async () => {
    const long: OgCard = {
      ...BASE,
      kindLabel: 'Điển hình',
      title: 'Gương điển hình tiên tiến trong phong trào thi đua “Hòa Bình chung sức xây dựng nông thôn mới” giai đoạn 2016–2020, và phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”, '.repeat(3),
      unit: 'Ông Nguyễn Văn Đường, Bí thư Chi bộ, Trưởng xóm Đồng Sương, Chi hội trưởng Chi hội Nông dân, Tổ trưởng tổ hòa giải, '.repeat(3),
      locality: 'xóm Đồng Sương, xã Thượng Cốc, huyện Lạc Sơn, tỉnh Hòa Bình (nay là xã Mường Vang, tỉnh Phú Thọ), '.repeat(2),
      field: 'Nông nghiệp; Xây dựng nông thôn mới; Văn hóa – Xã hội; Quốc phòng – An ninh; '.repeat(2),
      publisher: 'Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh Hòa Bình, Ủy ban nhân dân tỉnh Hòa Bình, '.repeat(2),
    };
    const nodes: LaidOutNode[] = [];
    await renderOgSvg(long, (n) => nodes.push(n));
    for (const n of nodes) {
      expect(n.left).toBeGreaterThanOrEqual(0);
      expect(n.top).toBeGreaterThanOrEqual(0);
      expect(n.left + n.width).toBeLessThanOrEqual(OG_WIDTH + 0.5);
      expect(n.top + n.height).toBeLessThanOrEqual(OG_HEIGHT + 0.5);
    }
    const text = (s: string) => nodes.find((n) => n.text?.trim() === s.replace(/\s+/g, ' ').trim());
    const title = text(long.title);
    const footer = text(long.publisher);
    expect(title).toBeDefined();
    expect(footer).toBeDefined();
    // 3 lines of at most 62 px type at line-height 1.22.
    expect(title!.height).toBeLessThanOrEqual(3 * 62 * 1.22 + 1);
    // Nothing above the footer runs into it.
    for (const n of nodes.filter((n) => n.text && n !== footer && !n.text.includes('.example.vn'))) {
      expect(n.top + n.height).toBeLessThanOrEqual(footer!.top);
    }
  });

  it('lays a card out without clipping masks, and with them only when text would run into the footer', async () => {
    const masked = (svg: string) => /\b(?:mask|clip-path)="url\(/.test(svg);
    const usual = await renderOgSvg({ ...BASE, unit: 'Hợp tác xã Thành Lập', locality: 'xã Thành Lập, tỉnh Phú Thọ', field: 'Nông nghiệp', kindLabel: 'Mô hình' });
    expect(masked(usual)).toBe(false);
    // A short title of wide letters wraps to three lines at the largest size; with a two-line unit
    // and both detail lines the body is taller than its box.
    const crowded: OgCard = {
      ...BASE,
      kindLabel: 'Mô hình',
      title: 'MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM',
      unit: 'Ông Nguyễn Văn Đường, Bí thư Chi bộ, Trưởng xóm Đồng Sương, Chi hội trưởng Chi hội Nông dân, Tổ trưởng tổ hòa giải',
      locality: 'xóm Đồng Sương, xã Thượng Cốc, tỉnh Phú Thọ',
      field: 'Nông nghiệp',
    };
    const nodes: LaidOutNode[] = [];
    const svg = await renderOgSvg(crowded, (n) => nodes.push(n));
    expect(masked(svg)).toBe(true);
    expect(nodes.some((n) => n.text === crowded.title)).toBe(true);
  });

  it('accepts decomposed (NFD) input and draws it like NFC', async () => {
    const nfc = 'Nhân rộng mô hình “Dân vận khéo” ở Hòa Bình';
    const [a, b] = await Promise.all([renderOgImage({ ...BASE, title: nfc }), renderOgImage({ ...BASE, title: nfc.normalize('NFD') })]);
    expect((await rawPixels(a)).equals(await rawPixels(b))).toBe(true);
  });
});

describe('og-cache', { timeout: 30_000 }, () => {
  function countingRenderer() {
    const calls: string[] = [];
    return {
      calls,
      render: async (card: OgCard) => {
        calls.push(card.title);
        return renderOgImage(card);
      },
    };
  }

  it('renders once, then serves the cached PNG without rendering', async () => {
    const cacheDir = tempDir();
    const r = countingRenderer();
    const card = { ...BASE, title: 'Mô hình “Ngôi nhà 100 đồng”', unit: 'Hội Liên hiệp Phụ nữ xã Đồng Tâm' };
    const t0 = performance.now();
    const cold = await getOgImage(card, { cacheDir, render: r.render });
    const coldMs = performance.now() - t0;
    const t1 = performance.now();
    const warm = await getOgImage(card, { cacheDir, render: r.render });
    const warmMs = performance.now() - t1;
    expect(cold.cached).toBe(false);
    expect(warm.cached).toBe(true);
    expect(r.calls).toHaveLength(1);
    expect(warm.png.equals(cold.png)).toBe(true);
    expect(warmMs).toBeLessThan(coldMs);
    expect(existsSync(warm.file)).toBe(true);
    // Atomic writes leave no temp files behind.
    const leftovers = readdirSync(cacheDir, { recursive: true }).map(String).filter((f) => f.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('keys on content: same key for NFD/NFC and spacing, new key for new text or a new renderer', () => {
    const card = { ...BASE, title: 'Tổ hòa giải  ở cơ sở' };
    const key = ogCacheKey(card, 'fp');
    expect(ogCacheKey({ ...card, title: card.title.normalize('NFD') }, 'fp')).toBe(key);
    expect(ogCacheKey({ ...card, title: 'Tổ hòa giải ở cơ sở' }, 'fp')).toBe(key);
    expect(ogCacheKey({ ...card, title: 'Tổ hòa giải ở cơ sở mới' }, 'fp')).not.toBe(key);
    expect(ogCacheKey({ ...card, unit: 'Xã Thành Lập' }, 'fp')).not.toBe(key);
    expect(ogCacheKey(card, 'fp2')).not.toBe(key);
  });

  it('re-renders over a damaged cache file', async () => {
    const cacheDir = tempDir();
    const r = countingRenderer();
    const card = { ...BASE, title: 'Bếp ăn bán trú' };
    const first = await getOgImage(card, { cacheDir, render: r.render });
    const { writeFileSync } = await import('node:fs');
    writeFileSync(first.file, 'not a png');
    const again = await getOgImage(card, { cacheDir, render: r.render });
    expect(again.cached).toBe(false);
    expect(r.calls).toHaveLength(2);
    expect(isOgPng(readFileSync(first.file))).toBe(true);
  });

  it('writeOgImages writes every file and reuses the cache on the next build', async () => {
    const cacheDir = tempDir();
    const out = tempDir();
    const r = countingRenderer();
    const items = ['a', 'b', 'c'].map((s) => ({ path: ogImagePath(`/mo-hinh/${s}/`), card: { ...BASE, title: `Mô hình ${s}` } }));
    const cold = await writeOgImages(items, out, { cacheDir, render: r.render });
    expect(cold).toMatchObject({ written: 3, misses: 3, hits: 0 });
    const warm = await writeOgImages(items, out, { cacheDir, render: r.render });
    expect(warm).toMatchObject({ written: 3, misses: 0, hits: 3 });
    expect(r.calls).toHaveLength(3);
    for (const s of ['a', 'b', 'c']) expect(isOgPng(readFileSync(join(out, 'og', 'mo-hinh', `${s}.png`)))).toBe(true);
  });

  it('refuses paths outside the output folder and duplicate targets', async () => {
    const out = tempDir();
    await expect(writeOgImages([{ path: '../evil.png', card: BASE }], out, { cacheDir: tempDir() })).rejects.toThrow(/inside the output folder/);
    await expect(
      writeOgImages([{ path: '/og/x.png', card: BASE }, { path: 'og/x.png', card: BASE }], out, { cacheDir: tempDir() }),
    ).rejects.toThrow(/same file/);
  });

  it('ogImagePath maps page paths to image paths', () => {
    expect(ogImagePath('/mo-hinh/mo-hinh-rau-huu-co/')).toBe('/og/mo-hinh/mo-hinh-rau-huu-co.png');
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/ke-hoach/162-kh-ubnd')).toBe('/og/ke-hoach/162-kh-ubnd.png');
    expect(() => ogImagePath('/a/../b/')).toThrow();
  });
});

/**
 * The Open Graph PNG encoding (src/lib/og/png.ts): a valid indexed PNG that any decoder reads back
 * as the nearest palette colour of every pixel; the fewest bits a pixel the palette needs (4 up to 16 colours); and on a real
 * card, the flat colours exact, text edges within a blend step, at a fraction of an RGB PNG.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeOgPng, ogPalette, rasteriseOg, renderOgSvg, OG_HEIGHT, OG_WIDTH, type OgCard } from '../../src/lib/og-image.ts';
import { blends, encodeIndexedPng, hexRgb, PaletteMapper, type Rgb } from '../../src/lib/og/png.ts';

const decode = async (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
/** Bit depth and colour type from the IHDR chunk (3 = indexed). */
const ihdr = (png: Buffer) => ({ bits: png[24], colourType: png[25] });

describe('encodeIndexedPng', () => {
  const palette: Rgb[] = [[255, 253, 248], [27, 27, 27], [155, 27, 31]];

  it('decodes to the nearest palette colour of every pixel', async () => {
    const w = 7; // odd: the last 4-bit pixel of a row shares its byte with nothing
    const h = 3;
    const px = new Uint8Array(w * h * 4);
    const colours: Rgb[] = [[250, 250, 250], [30, 20, 20], [150, 30, 30], [0, 0, 0], [255, 255, 255], [140, 40, 40], [60, 60, 60]];
    for (let i = 0; i < w * h; i++) px.set([...colours[i % colours.length]!, 255], i * 4);
    const png = encodeIndexedPng(px, w, h, new PaletteMapper(palette));
    const meta = await sharp(png).metadata();
    expect([meta.width, meta.height, meta.format]).toEqual([w, h, 'png']);
    expect(ihdr(png)).toEqual({ bits: 2, colourType: 3 });
    const { data } = await decode(png);
    const expected = [0, 1, 2, 1, 0, 2, 1];
    for (let i = 0; i < w * h; i++) expect([...data.subarray(i * 3, i * 3 + 3)]).toEqual([...palette[expected[i % expected.length]!]!]);
  });

  it.each([
    [2, 1],
    [4, 2],
    [5, 4],
    [16, 4],
  ])('packs %i colours at %i bit(s) a pixel, and decodes back', async (colours, bits) => {
    const palette: Rgb[] = Array.from({ length: colours }, (_, i) => [i * 15, 255 - i * 15, i * 7]);
    const w = 13; // not a whole number of bytes a row at any depth below 8
    const px = new Uint8Array(w * 3 * 3);
    for (let i = 0; i < w * 3; i++) px.set([...palette[(i * 7) % colours]!], i * 3);
    const png = encodeIndexedPng(px, w, 3, new PaletteMapper(palette), { channels: 3 });
    expect(ihdr(png)).toEqual({ bits, colourType: 3 });
    const { data } = await decode(png);
    for (let i = 0; i < w * 3; i++) expect([...data.subarray(i * 3, i * 3 + 3)]).toEqual([...palette[(i * 7) % colours]!]);
  });

  it('packs RGBA at 4 bits the same way word by word as byte by byte, odd widths included', () => {
    const palette: Rgb[] = Array.from({ length: 16 }, (_, i) => [i * 16, 255 - i * 9, (i * 37) % 256]);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    for (const w of [1, 2, 7, 13, 64]) {
      const h = 5;
      // Runs of one colour and noise, as on a card: text edges between flat areas.
      const px = new Uint8Array(w * h * 4);
      for (let i = 0; i < w * h; i++) px.set(i % 5 < 2 ? [250, 250, 240, 255] : [next(), next(), next(), 255], i * 4);
      const aligned = encodeIndexedPng(px, w, h, new PaletteMapper(palette));
      // The same pixels one byte off a 4-byte boundary take the byte-by-byte path.
      const shifted = new Uint8Array(px.length + 1).subarray(1);
      shifted.set(px);
      expect(shifted.byteOffset % 4).not.toBe(0);
      expect(aligned.equals(encodeIndexedPng(shifted, w, h, new PaletteMapper(palette))), `width ${w}`).toBe(true);
    }
  });

  it('uses 8 bits a pixel beyond 16 colours', async () => {
    const many: Rgb[] = Array.from({ length: 20 }, (_, i) => [i * 12, i * 12, i * 12]);
    const px = new Uint8Array(4 * 2 * 4).fill(200);
    const png = encodeIndexedPng(px, 4, 2, new PaletteMapper(many));
    expect(ihdr(png)).toEqual({ bits: 8, colourType: 3 });
    expect((await decode(png)).data[0]).toBe(204);
  });

  it('refuses pixels that do not match the size, and empty palettes', () => {
    expect(() => encodeIndexedPng(new Uint8Array(10), 2, 2, new PaletteMapper([[0, 0, 0]]))).toThrow(/2×2×4/);
    expect(() => new PaletteMapper([])).toThrow(/1–255/);
  });

  it('blends between two colours in even steps', () => {
    expect(blends([0, 0, 0], [255, 255, 255], 3)).toEqual([[64, 64, 64], [128, 128, 128], [191, 191, 191]]);
    expect(hexRgb('#9b1b1f')).toEqual([155, 27, 31]);
  });
});

describe('a card encoded with its palette', { timeout: 30_000 }, () => {
  const card: OgCard = {
    title: 'Mô hình “Dân vận khéo” trong xây dựng nông thôn mới ở xã Đồng Tâm',
    unit: 'Hội Liên hiệp Phụ nữ xã Đồng Tâm',
    locality: 'xã Thành Lập, huyện Lương Sơn, tỉnh Hòa Bình',
    field: 'Nông nghiệp; Dân vận',
    kindLabel: 'Mô hình',
    siteName: 'Mô hình, điển hình tiên tiến',
    publisher: 'Ban Thi đua – Khen thưởng · Sở Nội vụ',
    siteUrl: 'https://dienhinhtientien.example.vn',
  };

  it('stays within a blend step of the rasterised pixels, keeps flat colours exact, and is small', async () => {
    const rgba = rasteriseOg(await renderOgSvg(card));
    const png = encodeOgPng(rgba);
    expect(ogPalette()).toHaveLength(16);
    const { data, info } = await decode(png);
    expect([info.width, info.height]).toEqual([OG_WIDTH, OG_HEIGHT]);
    let sum = 0;
    let worst = 0;
    let flatMoved = 0;
    const background = ogPalette()[0]!;
    for (let i = 0, j = 0; j < data.length; i += 4, j += 3) {
      for (let c = 0; c < 3; c++) {
        const d = Math.abs((rgba[i + c] ?? 0) - (data[j + c] ?? 0));
        sum += d;
        worst = Math.max(worst, d);
      }
      if (rgba[i] === background[0] && rgba[i + 1] === background[1] && rgba[i + 2] === background[2] && data[j] !== background[0]) flatMoved++;
    }
    expect(flatMoved).toBe(0);
    expect(sum / data.length).toBeLessThan(1);
    // A blend step of ink on the background is (255 - 27) / 5 ≈ 46: never more than about one.
    expect(worst).toBeLessThanOrEqual(60);
    const rgb = await sharp(rgba, { raw: { width: OG_WIDTH, height: OG_HEIGHT, channels: 4 } }).removeAlpha().png().toBuffer();
    expect(png.length).toBeLessThan(rgb.length / 2);
    expect(png.length).toBeLessThan(25_000);
  });
});

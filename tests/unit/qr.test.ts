/** QR codes: they scan back to the URL (decoded with jsQR), at error correction M or better. */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrImg, qrMatrix, qrPng, qrSideModules, qrSvg, type QrErrorCorrection } from '../../src/lib/qr.ts';

const URL = 'https://dienhinhtientien.example.vn/mo-hinh/mo-hinh-trong-rau-huu-co-xa-thanh-lap-huyen-luong-son/';

/** Rasterise an SVG to `px` pixels square (white background) and decode it. */
async function decode(svg: string, px: number): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
    .resize(px, px, { kernel: 'nearest' })
    .flatten({ background: '#fff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** The error-correction level written in the symbol's format information (ISO/IEC 18004 §7.9). */
function formatLevel(text: string, ec?: QrErrorCorrection): string {
  const m = ec ? qrMatrix(text, ec) : qrMatrix(text);
  // Top-left copy: bits 14…9 at row 8 cols 0–5, bit 8 at (8,7), bit 7 at (8,8), bit 6 at (7,8), bits 5…0 at rows 5…0 col 8.
  const cells: [number, number][] = [
    [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8],
    [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
  ];
  let bits = 0;
  for (const [r, c] of cells) bits = (bits << 1) | (m.dark(r, c) ? 1 : 0);
  const level = ((bits ^ 0b101010000010010) >> 13) & 0b11;
  return (['M', 'L', 'H', 'Q'] as const)[level]!;
}

describe('qrSvg', () => {
  it('scans back to the permanent URL', async () => {
    expect(await decode(qrSvg(URL), 600)).toBe(URL);
  });

  it('still scans at the poster\'s minimum size: 4 cm at 300 dpi, and coarse at 3 px a module', async () => {
    const svg = qrSvg(URL);
    expect(await decode(svg, Math.round((40 / 25.4) * 300))).toBe(URL);
    expect(await decode(svg, qrSideModules(URL) * 3)).toBe(URL);
  });

  it('encodes Vietnamese text as UTF-8', async () => {
    const text = 'Mô hình “Dân vận khéo” — xã Đồng Tâm';
    expect(await decode(qrSvg(text), 600)).toBe(text);
  });

  it.each(['M', 'Q', 'H'] as const)('uses error correction %s when asked (M by default)', (ec) => {
    expect(formatLevel(URL, ec)).toBe(ec);
  });

  it('defaults to M', () => {
    expect(formatLevel(URL)).toBe('M');
  });

  it('keeps a quiet zone of at least 4 modules, whatever margin is asked for', () => {
    const svg = qrSvg(URL, { margin: 1 });
    const coords = [...svg.matchAll(/M(\d+) (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    const side = qrSideModules(URL, { margin: 1 });
    expect(Math.min(...coords.map(([x]) => x))).toBe(4);
    expect(Math.min(...coords.map(([, y]) => y))).toBe(4);
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
  });

  it('is an accessible, black-on-white inline image with escaped attributes', () => {
    const svg = qrSvg(URL, { label: 'Mã QR "hồ sơ" <A&B>', attributes: { class: 'poster__qr' } });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-label="Mã QR &quot;hồ sơ&quot; &lt;A&amp;B&gt;"');
    expect(svg).toContain('<title>Mã QR &quot;hồ sơ&quot; &lt;A&amp;B&gt;</title>');
    expect(svg).toContain('class="poster__qr"');
    expect(svg).toContain('stroke="#000"');
    expect(svg).toContain('fill="#fff"');
    // Sized by CSS, not by the markup.
    expect(svg.match(/^<svg[^>]*>/)?.[0]).not.toMatch(/\s(width|height)=/);
  });

  it('refuses empty input', () => {
    expect(() => qrSvg('')).toThrow();
  });
});

describe('qrPng and qrImg', () => {
  const pixels = async (png: Buffer) => sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });

  it('draws every module of the QR library\'s matrix, black on white, inside a quiet zone of 4', async () => {
    for (const scale of [1, 2, 3]) {
      const png = qrPng(URL, { errorCorrection: 'Q', scale });
      const m = qrMatrix(URL, 'Q');
      const { data, info } = await pixels(png);
      const side = (m.size + 8) * scale;
      expect([info.width, info.height]).toEqual([side, side]);
      for (let y = 0; y < side; y++) {
        for (let x = 0; x < side; x++) {
          const r = Math.floor(y / scale) - 4;
          const c = Math.floor(x / scale) - 4;
          const dark = r >= 0 && c >= 0 && r < m.size && c < m.size && m.dark(r, c);
          const v = data[(y * side + x) * info.channels];
          if (v !== (dark ? 0 : 255)) throw new Error(`scale ${scale}: pixel ${x},${y} is ${v}, module ${r},${c} is ${dark ? 'dark' : 'light'}`);
        }
      }
    }
  });

  it('is a 1-bit indexed PNG that scans back to the URL, enlarged smoothly as a PDF reader would', async () => {
    const png = qrPng(URL, { errorCorrection: 'Q' });
    expect([png[24], png[25]]).toEqual([1, 3]); // IHDR bit depth, colour type (indexed)
    const { data, info } = await sharp(png).resize(500, 500, { kernel: 'linear' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data).toBe(URL);
  });

  it('is an <img> with the PNG as a data: URI and the label, escaped, as its alt text', () => {
    const img = qrImg(URL, { errorCorrection: 'Q', label: 'Mã QR "hồ sơ" <A&B>', attributes: { class: 'qr' } });
    expect(img).toMatch(/^<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" /);
    expect(img).toContain('alt="Mã QR &quot;hồ sơ&quot; &lt;A&amp;B&gt;"');
    expect(img).toContain('class="qr"');
    const src = /src="data:image\/png;base64,([^"]+)"/.exec(img)?.[1] ?? '';
    expect(Buffer.from(src, 'base64').equals(qrPng(URL, { errorCorrection: 'Q' }))).toBe(true);
  });

  it('refuses empty input', () => {
    expect(() => qrPng('')).toThrow();
  });
});

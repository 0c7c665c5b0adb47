/**
 * QR codes made at build time: as a 1-bit PNG in a data: URI inside an <img> (qrImg, what the
 * poster view of every profile page carries: ~0.5 KB where the SVG path took ~2.5 KB, issue 13), or
 * as inline SVG (qrSvg). The `qrcode` package (the most used QR encoder on
 * npm) does the encoding; the SVG is written here so that it is one <path> of whole modules in
 * plain black on white (stroked runs, see qrSvg), with the quiet zone the standard asks for, scaled by CSS to any print size.
 */
import QRCode from 'qrcode';
import { encodeIndexedPng, PaletteMapper } from './og/png.ts';

export type QrErrorCorrection = 'M' | 'Q' | 'H';

export interface QrOptions {
  /** Error correction; M (15 % of the symbol can be lost) or better. Default M. */
  errorCorrection?: QrErrorCorrection;
  /** Quiet zone in modules; the standard asks for 4. Default 4, never less. */
  margin?: number;
  /** Accessible name of the image (aria-label and <title>). */
  label?: string;
  /** Extra attributes for the <svg>, e.g. { class: 'poster__qr' }. */
  attributes?: Readonly<Record<string, string>>;
}

export interface QrMatrix {
  /** Modules per side, quiet zone excluded. */
  size: number;
  version: number;
  /** dark(row, col) */
  dark: (row: number, col: number) => boolean;
}

/** Encode text to a module matrix. */
export function qrMatrix(text: string, errorCorrection: QrErrorCorrection = 'M'): QrMatrix {
  if (!text) throw new Error('qr: nothing to encode');
  const qr = QRCode.create(text, { errorCorrectionLevel: errorCorrection });
  const { size, data } = qr.modules;
  return { size, version: qr.version, dark: (r, c) => data[r * size + c] === 1 };
}

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The QR code of `text` as an <svg> element string, sized by its container (width: 100%).
 * Each row of dark modules is drawn as 1-module-wide strokes along the row's middle line: the row
 * starts with "M x y.5 h w", each further run of the row is "m gap 0 h w" (butt caps, so each stroke
 * covers exactly its modules). Half the bytes of a rectangle per run ("M x y h w v1 h-w z"), which
 * every poster page carries.
 */
export function qrSvg(text: string, options: QrOptions = {}): string {
  const margin = Math.max(4, Math.floor(options.margin ?? 4));
  const m = qrMatrix(text, options.errorCorrection ?? 'M');
  const side = m.size + 2 * margin;
  let d = '';
  for (let r = 0; r < m.size; r++) {
    let c = 0;
    let end = -1; // where the row's previous run ended; -1: none yet
    while (c < m.size) {
      if (!m.dark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < m.size && m.dark(r, c)) c++;
      d += end < 0 ? `M${start + margin} ${r + margin}.5h${c - start}` : `m${start - end} 0h${c - start}`;
      end = c;
    }
  }
  const label = options.label ?? text;
  const extra = Object.entries(options.attributes ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img" aria-label="${escapeXml(label)}"${extra}>` +
    `<title>${escapeXml(label)}</title>` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path stroke="#000" stroke-width="1" fill="none" d="${d}"/>` +
    `</svg>`
  );
}

/** Modules per side including the quiet zone: for working out a minimum print size. */
export function qrSideModules(text: string, options: Pick<QrOptions, 'errorCorrection' | 'margin'> = {}): number {
  return qrMatrix(text, options.errorCorrection ?? 'M').size + 2 * Math.max(4, Math.floor(options.margin ?? 4));
}

const QR_MAPPER = new PaletteMapper([
  [255, 255, 255],
  [0, 0, 0],
]);

/**
 * The QR code of `text` as a 1-bit black-and-white PNG, quiet zone included, `scale` pixels a
 * module (default 2: a viewer that smooths the image as it enlarges it, e.g. a PDF reader, blurs
 * each edge over half a module at most, which a threshold at mid-grey puts back; the poster also
 * asks for `image-rendering: pixelated`). Measured: 2 px a module costs ~0–20 bytes more than 1,
 * 4 px ~110 more.
 */
export function qrPng(text: string, options: Pick<QrOptions, 'errorCorrection' | 'margin'> & { scale?: number } = {}): Buffer {
  const margin = Math.max(4, Math.floor(options.margin ?? 4));
  const scale = Math.max(1, Math.floor(options.scale ?? 2));
  const m = qrMatrix(text, options.errorCorrection ?? 'M');
  const px = (m.size + 2 * margin) * scale;
  const rgb = new Uint8Array(px * px * 3).fill(255);
  for (let y = 0; y < px; y++) {
    const r = Math.floor(y / scale) - margin;
    if (r < 0 || r >= m.size) continue;
    for (let x = 0; x < px; x++) {
      const c = Math.floor(x / scale) - margin;
      if (c >= 0 && c < m.size && m.dark(r, c)) rgb.fill(0, (y * px + x) * 3, (y * px + x) * 3 + 3);
    }
  }
  return encodeIndexedPng(rgb, px, px, QR_MAPPER, { channels: 3, level: 9 });
}

/**
 * The QR code of `text` as an <img> element string: its PNG (qrPng) as a data: URI (the site's
 * CSP allows data: images, src/lib/serve/rules.ts), the label as alt text, sized by CSS.
 */
export function qrImg(text: string, options: QrOptions & { scale?: number } = {}): string {
  const label = options.label ?? text;
  const extra = Object.entries(options.attributes ?? {})
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
  return `<img src="data:image/png;base64,${qrPng(text, options).toString('base64')}" alt="${escapeXml(label)}"${extra}>`;
}

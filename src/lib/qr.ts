/**
 * QR codes as inline SVG, made at build time. The `qrcode` package (the most used QR encoder on
 * npm) does the encoding; the SVG is written here so that it is one <path> of whole modules in
 * plain black on white (stroked runs, see qrSvg), with the quiet zone the standard asks for, scaled by CSS to any print size.
 */
import QRCode from 'qrcode';

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

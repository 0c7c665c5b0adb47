/**
 * Writes src/styles/font-fallbacks.css: for each weight of the site's web font, a local Arial
 * face with size-adjust, ascent-override, descent-override and line-gap-override computed from the
 * woff2 file (read with @capsizecss/unpack) and Arial's metrics (@capsizecss/metrics), so that the
 * fallback takes the web font's room (src/lib/font-fallback.ts). Run by `npm run fonts`.
 *
 *   node tools/build-font-fallbacks.ts [out.css]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromFile } from '@capsizecss/unpack/fs';
import arial from '@capsizecss/metrics/arial';
import arialBold from '@capsizecss/metrics/arial/700';
import { fallbackOverrides, fallbackStylesheet, type FontMetrics } from '../src/lib/font-fallback.ts';
import { writeFileAtomic } from '../src/lib/files.ts';
import { WEIGHTS } from './build-fonts.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FONT_DIR = path.join(ROOT, 'src/assets/fonts');
export const OUT_FILE = path.join(ROOT, 'src/styles/font-fallbacks.css');

/** The fallback's metrics for a weight: Arial regular or bold. */
export const fallbackMetricsFor = (weight: number): FontMetrics => (weight >= 600 ? arialBold : arial);

/** The stylesheet for the fonts in `fontDir`. */
export async function fallbackCss(fontDir: string = FONT_DIR): Promise<string> {
  const faces = [];
  for (const weight of WEIGHTS) {
    const web = await fromFile(path.join(fontDir, `be-vietnam-pro-${weight}.woff2`));
    faces.push({ weight, overrides: fallbackOverrides(web, fallbackMetricsFor(weight)) });
  }
  return fallbackStylesheet(faces);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = path.resolve(process.argv[2] ?? OUT_FILE);
  writeFileAtomic(out, await fallbackCss());
  console.log(`đã ghi / wrote ${path.relative(ROOT, out)}`);
}

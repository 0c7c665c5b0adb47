/**
 * The fallback font is shaped like the web font: the committed src/styles/font-fallbacks.css is
 * what the generator computes from the font files now (so a new font file cannot leave stale
 * metrics behind), and the site's font stacks name the fallback right after the web font.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackOverrides, FALLBACK_FAMILY } from '../../src/lib/font-fallback.ts';
import { fallbackCss, OUT_FILE } from '../../tools/build-font-fallbacks.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('the fallback font', () => {
  it('scales the fallback to the web font and takes its ascent, descent and line gap', () => {
    // A web font half as wide per em as the fallback, ascent 1000/1000, descent 250/1000.
    const o = fallbackOverrides(
      { ascent: 1000, descent: -250, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 400 },
      { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 1638.4 },
    );
    expect(o).toEqual({ sizeAdjust: 50, ascentOverride: 200, descentOverride: 50, lineGapOverride: 0 });
  });

  it('is generated from the font files as they are now (run "npm run fonts" after changing them)', async () => {
    expect(readFileSync(OUT_FILE, 'utf8')).toBe(await fallbackCss());
  });

  it('follows the web font in every font stack of the site', () => {
    const fontsCss = readFileSync(path.join(root, 'src/styles/fonts.css'), 'utf8');
    expect(fontsCss).toMatch(/@import '\.\/font-fallbacks\.css';/);
    const globalCss = readFileSync(path.join(root, 'src/styles/global.css'), 'utf8');
    expect(globalCss).toMatch(new RegExp(`--font-sans: 'Be Vietnam Pro', '${FALLBACK_FAMILY}',`));
  });
});

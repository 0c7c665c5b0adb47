/**
 * The characters the self-hosted Be Vietnam Pro covers: one source of truth for
 * tools/build-fonts.ts (which subsets the fonts to exactly these code points) and for the
 * unicode-range of src/styles/fonts.css (tests/unit/fonts.test.ts checks the two agree).
 *
 * The set is the union of two of Google Fonts' subsets, "latin" and "vietnamese", copied from
 * node_modules/@fontsource/be-vietnam-pro/unicode.json (the test checks they are still equal).
 * A character outside it is never drawn with the web font: the browser takes the next font of
 * the stack for it (and, by unicode-range, never downloads a file for it).
 *
 * Decomposed (NFD) Vietnamese still renders: the marks it needs outside this set (U+0302 ̂,
 * U+0306 ̆, U+031B ̛) are composed by the shaper (HarfBuzz, in Chromium and Firefox) with their
 * base letter into the precomposed letter, which is in the set. The test shapes NFD text to prove it.
 */

/** Google Fonts' "latin" subset, as @fontsource/be-vietnam-pro's unicode.json gives it. */
export const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';

/** Google Fonts' "vietnamese" subset, as @fontsource/be-vietnam-pro's unicode.json gives it. */
export const VIETNAMESE_RANGE =
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB';

/** An inclusive range of code points. */
export type CodePointRange = readonly [first: number, last: number];

/** Parse a CSS unicode-range value ("U+0000-00FF,U+0131"; no wildcards) into ranges. */
export function parseUnicodeRange(value: string): CodePointRange[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const m = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(part);
      if (!m) throw new Error(`not a unicode-range item: "${part}"`);
      const first = Number.parseInt(m[1]!, 16);
      const last = m[2] === undefined ? first : Number.parseInt(m[2], 16);
      if (last < first) throw new Error(`empty unicode-range item: "${part}"`);
      return [first, last] as const;
    });
}

/** Sort ranges and merge those that overlap or touch. */
export function mergeRanges(ranges: readonly CodePointRange[]): CodePointRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const [first, last] of sorted) {
    const prev = out.at(-1);
    if (prev && first <= prev[1] + 1) prev[1] = Math.max(prev[1], last);
    else out.push([first, last]);
  }
  return out;
}

const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

/** Format ranges as a CSS unicode-range value, in the style of Google Fonts' CSS. */
export function formatUnicodeRange(ranges: readonly CodePointRange[]): string {
  return ranges.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(',');
}

/** Every code point of the ranges, ascending. */
export function codePointsOf(ranges: readonly CodePointRange[]): number[] {
  const out: number[] = [];
  for (const [first, last] of mergeRanges(ranges)) for (let cp = first; cp <= last; cp++) out.push(cp);
  return out;
}

/** latin ∪ vietnamese, sorted and merged: what the fonts are cut to and fonts.css declares. */
export const FONT_RANGES: readonly CodePointRange[] = mergeRanges([
  ...parseUnicodeRange(LATIN_RANGE),
  ...parseUnicodeRange(VIETNAMESE_RANGE),
]);

/** FONT_RANGES as the CSS unicode-range value of every @font-face rule in fonts.css. */
export const FONT_UNICODE_RANGE = formatUnicodeRange(FONT_RANGES);

/** Whether a code point is one the web font is declared for. */
export function inFontRanges(cp: number): boolean {
  return FONT_RANGES.some(([first, last]) => cp >= first && cp <= last);
}

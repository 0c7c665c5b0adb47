/**
 * The characters the self-hosted Be Vietnam Pro covers: one source of truth for
 * tools/build-fonts.ts (which subsets the fonts to exactly these code points) and for the
 * unicode-range of src/styles/fonts.css (tests/unit/fonts.test.ts checks the two agree).
 *
 * The set is what Vietnamese text uses (SITE_TEXT_RANGE): printable ASCII, every Vietnamese letter
 * (the letters of Google Fonts' "vietnamese" subset and the Latin-1 letters Vietnamese writes,
 * à á â ã è é ê ì í ò ó ô õ ù ú ý and their capitals), the dong sign, and the punctuation and
 * symbols Vietnamese documents and the site's own text use (dashes, curly quotes, «», …, §, °, ±,
 * ², ³, ·, ×, ÷, ‹ ›, €, ™, −, the spaces). It is Google's "latin" ∪ "vietnamese" subsets
 * (LATIN_RANGE, VIETNAMESE_RANGE, which the fonts held before) without the letters of other
 * European languages (ä å æ ç ñ ö ø ß þ œ ı …), the rarer Latin-1 symbols (¤ ¦ ¨ ª ¬ ¯ ´ µ ¶ ¸ ¹
 * º ¼ ½ ¾ ¿) and the combining marks: about a quarter of each file (≈14.8 KB → ≈10 KB a weight).
 * A character outside it is never drawn with the web font: the browser takes the next font of
 * the stack for it ('Be Vietnam Pro Fallback', a local Arial sized like Be Vietnam Pro), and, by
 * unicode-range, never downloads a file for it.
 *
 * The combining marks (U+0300 ̀ U+0301 ́ U+0303 ̃ U+0309 ̉ U+0323 ̣ …) are left out because every
 * text the site shows is NFC: the schema (src/schema/common.ts) and the content check refuse
 * decomposed text. Decomposed (NFD) Vietnamese would still render: the shaper (HarfBuzz, in
 * Chromium and Firefox) composes a letter and its marks into the precomposed letter, which is in
 * the set. The test shapes NFD text to prove it.
 */

/** Google Fonts' "latin" subset, as @fontsource/be-vietnam-pro's unicode.json gives it (what the fonts held before). */
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

/**
 * The characters of Vietnamese text, as a CSS unicode-range value (see the file's header). A
 * subset of LATIN_RANGE ∪ VIETNAMESE_RANGE but for ← → (U+2190, U+2192, which the site's links
 * use and the font draws).
 */
export const SITE_TEXT_RANGE = [
  // Printable ASCII; no-break space, §, ©, «, ° ± ² ³, ·, ».
  'U+0020-007E,U+00A0,U+00A7,U+00A9,U+00AB,U+00B0-00B3,U+00B7,U+00BB',
  // The Latin-1 letters of Vietnamese (À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý, lower case too), × ÷.
  'U+00C0-00C3,U+00C8-00CA,U+00CC-00CD,U+00D2-00D5,U+00D7,U+00D9-00DA,U+00DD',
  'U+00E0-00E3,U+00E8-00EA,U+00EC-00ED,U+00F2-00F5,U+00F7,U+00F9-00FA,U+00FD',
  // Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư and Ạ … ỹ: the letters of Google's vietnamese subset.
  'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+1EA0-1EF9',
  // Spaces and zero-width characters, dashes, quotes, † ‡ •, …, ‰, ‹ ›.
  'U+2000-2014,U+2018-2022,U+2026,U+2028-202F,U+2030,U+2039-203A',
  // ₫ €, ™, −.
  'U+20AB-20AC,U+2122,U+2212',
].join(',');

/** SITE_TEXT_RANGE, sorted and merged: what the fonts are cut to and fonts.css declares. */
export const FONT_RANGES: readonly CodePointRange[] = mergeRanges(parseUnicodeRange(SITE_TEXT_RANGE));

/** FONT_RANGES as the CSS unicode-range value of every @font-face rule in fonts.css. */
export const FONT_UNICODE_RANGE = formatUnicodeRange(FONT_RANGES);

/** Whether a code point is one the web font is declared for. */
export function inFontRanges(cp: number): boolean {
  return FONT_RANGES.some(([first, last]) => cp >= first && cp <= last);
}

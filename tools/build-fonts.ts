/**
 * Build src/assets/fonts/be-vietnam-pro-{400,700}.woff2, the site's web fonts: one file a
 * weight holding exactly the code points of src/lib/font-ranges.ts (the characters of Vietnamese
 * text), cut from the full TTFs of @expo-google-fonts/be-vietnam-pro with
 * HarfBuzz's hb-subset (npm subset-font), and OFL.txt, the font's licence, beside them.
 *
 *   node tools/build-fonts.ts [outDir]        (npm run fonts)
 *
 * outDir defaults to src/assets/fonts. The output is deterministic: the same inputs and the same
 * versions of subset-font / harfbuzzjs / fontverter (wawoff2) give byte-identical files;
 * tests/unit/fonts.test.ts regenerates them and compares. See src/assets/fonts/README.md.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codePointsOf, FONT_RANGES } from '../src/lib/font-ranges.ts';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT_DIR = path.join(ROOT, 'src/assets/fonts');

export const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';
/**
 * Two weights: regular for text, bold for headings and emphasis. The CSS's semibold (600, labels,
 * navigation) and extra bold (800, the poster's title) are drawn with the bold file: for a weight
 * above 500 that has no face of its own, CSS font matching takes the nearest bolder face, else the
 * boldest lighter one (CSS Fonts 4, §5.2), in the metric-matched fallback (font-fallbacks.css) too.
 * A third file would cost every first visit ≈10 KB more for a nuance of weight.
 */
export const WEIGHTS = [400, 700] as const;
export type Weight = (typeof WEIGHTS)[number];

/** Full TTF of each weight, inside FONT_PACKAGE (the same files src/lib/og-image.ts draws with). */
export const SOURCE_FILES: Readonly<Record<Weight, string>> = {
  400: '400Regular/BeVietnamPro_400Regular.ttf',
  700: '700Bold/BeVietnamPro_700Bold.ttf',
};

/** The licence shipped in FONT_PACKAGE (SIL OFL 1.1 with the font's copyright line). */
export const LICENSE_FILE = 'LICENSE_FONT';

export const outFileName = (weight: Weight) => `be-vietnam-pro-${weight}.woff2`;

/**
 * OpenType layout features kept; every other one is dropped with the glyphs only it reaches.
 * GSUB ccmp, locl and GPOS kern, mark, mkmk: the features on by default that Vietnamese text
 * needs (kerning; ccmp/mark/mkmk compose and place diacritics for decomposed input). Dropped:
 * liga (fi, fl: ≈0.25 KB a weight for two ligatures Vietnamese words never form), frac/numr/dnom
 * (opt-in via font-variant-numeric, which the site's CSS never asks for), and, as Google's own
 * subsets do, aalt, case, ordn, sinf, ss01, subs, sups.
 */
export const KEEP_FEATURES = ['ccmp', 'locl', 'kern', 'mark', 'mkmk'] as const;

/** name table records kept: 0–6 (copyright, family, style, ids, version, PostScript name) and 13–14 (licence, licence URL). */
export const KEEP_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14] as const;

/**
 * TrueType hinting (fpgm, prep, cvt, glyph instructions from ttfautohint) is dropped: it is about
 * 45% of each file (≈84 KB → ≈46 KB for the three weights the site had then), phones — most of the site's readers,
 * on slow connections — and macOS ignore it, and Google Fonts itself serves unhinted files to
 * every system but Windows. What changes is only how Windows may grid-fit small text.
 */
export const KEEP_HINTING = false;

interface SubsetOptions {
  targetFormat?: 'truetype' | 'woff' | 'woff2' | 'sfnt';
  keepFeatures?: string[];
  preserveNameIds?: number[];
  noHinting?: boolean;
}
// subset-font and fontverter are CommonJS without type declarations.
const subsetFont = require('subset-font') as (font: Buffer, text: string, options?: SubsetOptions) => Promise<Buffer>;
const fontverter = require('fontverter') as {
  convert(font: Buffer | Uint8Array, toFormat: 'truetype' | 'woff' | 'woff2' | 'sfnt', fromFormat?: string): Promise<Buffer>;
};

/** Absolute path of a file inside FONT_PACKAGE. */
export function packageFile(file: string): string {
  return require.resolve(`${FONT_PACKAGE}/${file}`);
}

/** The version of FONT_PACKAGE installed (for the report and README). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
}

/** Every code point the fonts are cut to, as one string (hb-subset keeps those the font has). */
export const SUBSET_TEXT = String.fromCodePoint(...codePointsOf(FONT_RANGES));

/**
 * Cut one weight. The site ships format 'woff2'; 'truetype' gives the uncompressed font. `text`
 * (default: SUBSET_TEXT) is there for tests, to cut a deliberately incomplete font.
 */
export async function buildFont(
  weight: Weight,
  { format = 'woff2', text = SUBSET_TEXT }: { format?: 'woff2' | 'truetype'; text?: string } = {},
): Promise<Buffer> {
  const source = readFileSync(packageFile(SOURCE_FILES[weight]));
  return subsetFont(source, text, {
    targetFormat: format,
    keepFeatures: [...KEEP_FEATURES],
    preserveNameIds: [...KEEP_NAME_IDS],
    noHinting: !KEEP_HINTING,
  });
}

/** Decompress a WOFF2 file to the TrueType font inside it (what a browser ends up with). */
export async function woff2ToTruetype(woff2: Buffer | Uint8Array): Promise<Buffer> {
  return fontverter.convert(woff2, 'truetype', 'woff2');
}

export interface BuiltFont {
  weight: Weight;
  file: string;
  bytes: number;
  sha256: string;
}

/** Write the fonts (one a weight) and OFL.txt into outDir; return what was written. */
export async function buildFonts(outDir: string = DEFAULT_OUT_DIR): Promise<BuiltFont[]> {
  mkdirSync(outDir, { recursive: true });
  const built: BuiltFont[] = [];
  for (const weight of WEIGHTS) {
    const data = await buildFont(weight);
    const file = path.join(outDir, outFileName(weight));
    writeFileSync(file, data);
    built.push({ weight, file, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') });
  }
  copyFileSync(packageFile(LICENSE_FILE), path.join(outDir, 'OFL.txt'));
  return built;
}

/** Bytes a Vietnamese page fetched per weight before: @fontsource's latin + vietnamese woff2 files. */
function fontsourceBytes(weight: Weight): number | undefined {
  try {
    return ['latin', 'vietnamese']
      .map((subset) => statSync(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`)).size)
      .reduce((a, b) => a + b, 0);
  } catch {
    return undefined;
  }
}

async function main() {
  const outDir = path.resolve(process.argv[2] ?? DEFAULT_OUT_DIR);
  const built = await buildFonts(outDir);
  console.log(`${FONT_PACKAGE}@${packageVersion()} → ${path.relative(process.cwd(), outDir) || outDir}`);
  let before = 0;
  let after = 0;
  for (const f of built) {
    const old = fontsourceBytes(f.weight);
    before += old ?? 0;
    after += f.bytes;
    const was = old === undefined ? '' : ` (fontsource latin+vietnamese: ${old} B)`;
    console.log(`  ${path.basename(f.file)}  ${f.bytes} B${was}  sha256 ${f.sha256}`);
  }
  if (before) console.log(`  total ${after} B, was ${before} B (${(((after - before) / before) * 100).toFixed(1)}%)`);
}

const isMain = (import.meta as { main?: boolean }).main ?? process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) await main();

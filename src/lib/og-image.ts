/**
 * Open Graph preview images: a 1200×630 PNG per page, with the title, unit, locality and field
 * set in Be Vietnam Pro.
 *
 * How: satori lays the card out (flexbox, word wrapping, line clamping with an ellipsis) and
 * shapes the text with HarfBuzz, emitting every glyph as an SVG <path>; resvg (@resvg/resvg-js,
 * a prebuilt Rust binary shipped in the npm package) rasterises that SVG to RGBA pixels; the
 * card's own 16-colour palette encodes them as an indexed PNG (src/lib/og/png.ts). Because the
 * text arrives as paths, the rasteriser never looks up a font (system fonts are switched off), so
 * a laptop and CI draw the same pixels. sharp's librsvg could rasterise the same SVG: measured
 * first on the clipped layout it took 150–600 ms a card; measured again on 2026-12-02 on the
 * unclipped layout (ogCardTree) it took ~28–36 ms against ~36–43 ms for a whole resvg render, with
 * different anti-aliasing and slightly larger PNGs, so resvg stays (and draws only the text
 * regions, src/lib/og/regions.ts).
 * In builds, cards are drawn in worker threads (src/lib/og/), one card per worker at a time.
 *
 * Cost of a card on the 2-core build machine (npm run bench:og, median, 2026-12-02): layout ~13 ms,
 * rasterise ~25 ms (~40 ms rendering the whole canvas: resvg's cost is mostly per pixel, so the
 * text regions are rendered apart from a kept static layer, src/lib/og/regions.ts), encode ~9 ms;
 * ~18 KB. Before (clipped layout, RGB PNG): ~90–130 ms, ~58 KB.
 *
 * Fonts: the full TTF files of @expo-google-fonts/be-vietnam-pro (Google Fonts' own build, every
 * Vietnamese letter in one file). The @fontsource files are split into latin / latin-ext /
 * vietnamese subsets: given only the latin one, ơ ư đ Đ ậ … are silently drawn as nothing.
 * tests/unit/og-image.test.ts checks every Vietnamese test glyph has a real, distinct outline.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import { viLinks } from '../i18n/vi-links.ts';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { blends, encodeIndexedPng, hexRgb, PaletteMapper, type Rgb } from './og/png.ts';
import { regionRasteriser } from './og/regions.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the layout or styling changes: it is part of every cache key (src/lib/og-cache.ts). */
export const OG_LAYOUT_VERSION = 2;

/** What one preview card shows. All text should be NFC; it is normalised again here anyway. */
export interface OgCard {
  /** Profile title, plan title, field or locality name. */
  title: string;
  /** The unit or person ("Hợp tác xã …", "Ông Nguyễn Văn A"), or a plan's issuer. */
  unit?: string;
  /** "xã Thành Lập, huyện Lương Sơn, tỉnh Hòa Bình". */
  locality?: string;
  /** Field name(s), joined by the caller ("Nông nghiệp; Xây dựng nông thôn mới"). */
  field?: string;
  /** The chip at the top left: "Mô hình", "Điển hình", "Kế hoạch", "Lĩnh vực", "Địa bàn". */
  kindLabel?: string;
  /** site.name */
  siteName: string;
  /** Footer line: "Ban Thi đua – Khen thưởng · Sở Nội vụ". */
  publisher: string;
  /** Optional absolute site URL; its host is printed at the bottom right. */
  siteUrl?: string;
}

/** Colours: dark enough that a greyscale print or a dimmed feed thumbnail stays legible. */
const COLOR = {
  background: '#fffdf8',
  band: '#9b1b1f',
  accent: '#c9a227',
  ink: '#1b1b1b',
  muted: '#4a4a4a',
  chipText: '#ffffff',
} as const;

const FAMILY = 'Be Vietnam Pro';

/**
 * The card's palette: its flat colours, and the blends anti-aliasing makes between those that
 * touch (text on the background, white text on the red chip, red shapes on the background).
 * Sixteen colours: 4 bits a pixel. The accent rule sits on whole pixels and needs no blend.
 */
export function ogPalette(): Rgb[] {
  const c = Object.fromEntries(Object.entries(COLOR).map(([k, v]) => [k, hexRgb(v)])) as Record<keyof typeof COLOR, Rgb>;
  return [
    c.background, c.band, c.accent, c.ink, c.muted, c.chipText,
    ...blends(c.background, c.ink, 4),
    ...blends(c.background, c.muted, 2),
    ...blends(c.background, c.band, 2),
    ...blends(c.band, c.chipText, 2),
  ];
}

interface FontFile {
  weight: 400 | 600 | 700;
  /** Path inside the npm package. */
  file: string;
}

const FONT_PACKAGE = '@expo-google-fonts/be-vietnam-pro';
const FONT_FILES: readonly FontFile[] = [
  { weight: 400, file: '400Regular/BeVietnamPro_400Regular.ttf' },
  { weight: 600, file: '600SemiBold/BeVietnamPro_600SemiBold.ttf' },
  { weight: 700, file: '700Bold/BeVietnamPro_700Bold.ttf' },
];

export interface LoadedFont {
  name: string;
  weight: 400 | 600 | 700;
  style: 'normal';
  data: Buffer;
  /** Absolute path it was read from. */
  path: string;
}

// Resolve from this module first; from the project root when bundled somewhere else (Astro's
// build output), where the package is still found by walking up to node_modules.
function resolvePackageFile(spec: string): string {
  const bases = [import.meta.url, `${process.cwd()}/package.json`];
  let lastError: unknown;
  for (const base of bases) {
    try {
      return createRequire(base).resolve(spec);
    } catch (err) {
      lastError = err;
    }
  }
  throw new Error(
    `Không tìm thấy phông chữ ${spec}; chạy "npm install" / font file not found (is ${FONT_PACKAGE} installed?): ${String(lastError)}`,
  );
}

let fontsMemo: readonly LoadedFont[] | undefined;
/** The fonts every card is set in, read once per process. */
export function ogFonts(): readonly LoadedFont[] {
  fontsMemo ??= FONT_FILES.map(({ weight, file }) => {
    const path = resolvePackageFile(`${FONT_PACKAGE}/${file}`);
    return { name: FAMILY, weight, style: 'normal' as const, data: readFileSync(path), path };
  });
  return fontsMemo;
}

function packageVersion(name: string): string {
  try {
    const pkg = JSON.parse(readFileSync(resolvePackageFile(`${name}/package.json`), 'utf8')) as { version?: string };
    return pkg.version ?? '?';
  } catch {
    return '?';
  }
}

let fingerprintMemo: string | undefined;
/**
 * Everything besides the card that decides the pixels: layout version, satori and resvg versions
 * and the bytes of every font. Part of each cache key, so upgrading any of them re-renders.
 */
export function ogRendererFingerprint(): string {
  if (fingerprintMemo) return fingerprintMemo;
  const h = createHash('sha256');
  h.update(`layout:${OG_LAYOUT_VERSION}\nsatori:${packageVersion('satori')}\nresvg:${packageVersion('@resvg/resvg-js')}\npng:${JSON.stringify(OG_PNG)} ${JSON.stringify(ogPalette())}\n`);
  for (const f of ogFonts()) h.update(f.data);
  fingerprintMemo = h.digest('hex');
  return fingerprintMemo;
}

/** A satori element: the plain object form of JSX, so no React or JSX transform is needed. */
interface El {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | El | (El | null)[] };
}

function el(type: string, style: Record<string, string | number>, children?: string | El | (El | null)[]): El {
  return { type, props: children === undefined ? { style } : { style, children } };
}

/** Trim, collapse white space, NFC; undefined for blank. */
function clean(s: string | undefined): string | undefined {
  const t = s?.normalize('NFC').replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/** Long titles get a smaller size before they get an ellipsis. */
function titleSize(title: string, hasDetails: boolean): number {
  const n = [...title].length;
  if (n <= 40) return hasDetails ? 62 : 68;
  if (n <= 80) return hasDetails ? 54 : 60;
  return hasDetails ? 48 : 54;
}

const clamp = (lines: number): Record<string, string | number> => ({
  display: 'block',
  lineClamp: lines,
  textOverflow: 'ellipsis',
  overflowWrap: 'break-word',
});

/** The card as a satori element tree. Exported for tests and for anyone previewing layouts. */
export function ogCardTree(
  card: OgCard,
  labels: { locality: string; field: string } = { locality: viLinks['og.label.locality'], field: viLinks['og.label.field'] },
  { clip = false }: { clip?: boolean } = {},
): El {
  // Clipping (overflow: hidden) makes satori wrap every box in a mask, and each mask costs the
  // rasteriser a full-size layer (~4× the time). The clamps keep text in place, so the card is
  // laid out without clipping, and again with it only when something would stick out
  // (renderOgSvg checks).
  const hidden: Record<string, string> = clip ? { overflow: 'hidden' } : {};
  const title = clean(card.title) ?? '';
  const unit = clean(card.unit);
  const locality = clean(card.locality);
  const field = clean(card.field);
  const kind = clean(card.kindLabel);
  const host = hostOf(card.siteUrl);
  const hasDetails = Boolean(unit || locality || field);
  const size = titleSize(title, hasDetails);

  const metaLine = (label: string, value: string | undefined): El | null =>
    value
      ? el('div', { ...clamp(1), fontSize: 27, lineHeight: 1.35, color: COLOR.muted, fontWeight: 400 }, `${label}: ${value}`)
      : null;

  const header = el('div', { display: 'flex', alignItems: 'center', gap: 20, height: 48 }, [
    kind
      ? el(
          'div',
          { display: 'flex', alignItems: 'center', height: 46, padding: '0 20px', borderRadius: 8, background: COLOR.band, color: COLOR.chipText, fontSize: 25, fontWeight: 600 },
          kind,
        )
      : null,
    el('div', { ...clamp(1), fontSize: 25, fontWeight: 600, color: COLOR.band, flexShrink: 1 }, clean(card.siteName) ?? ''),
  ]);

  const body = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, ...hidden, paddingTop: 30, gap: 14 }, [
    el('div', { ...clamp(3), fontSize: size, lineHeight: 1.22, fontWeight: 700, color: COLOR.ink }, title),
    unit ? el('div', { ...clamp(2), fontSize: 33, lineHeight: 1.3, fontWeight: 600, color: COLOR.ink, marginTop: 6 }, unit) : null,
    metaLine(labels.locality, locality),
    metaLine(labels.field, field),
  ]);

  // The accent rule is a box of its own, not a border: a border makes satori clip its edges with
  // a clip path, which costs the rasteriser an extra full-size layer.
  const footer = el('div', { display: 'flex', flexDirection: 'column', flexShrink: 0, height: 76 }, [
    el('div', { height: 4, background: COLOR.accent, flexShrink: 0 }),
    el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 24, height: 64, paddingTop: 8, flexShrink: 0 }, [
      el('div', { ...clamp(1), fontSize: 24, fontWeight: 600, color: COLOR.ink, flexShrink: 1 }, clean(card.publisher) ?? ''),
      host ? el('div', { display: 'flex', fontSize: 22, fontWeight: 400, color: COLOR.muted, flexShrink: 0 }, host) : null,
    ]),
  ]);

  return el('div', { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', background: COLOR.background, fontFamily: FAMILY }, [
    el('div', { width: 22, height: OG_HEIGHT, background: COLOR.band, flexShrink: 0 }),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 64px 30px 58px', ...hidden }, [header, body, footer]),
  ]);
}

type SatoriFont = Pick<LoadedFont, 'name' | 'weight' | 'style' | 'data'>;
let satoriFontsMemo: SatoriFont[] | undefined;
// One array for the whole process: satori keeps its parsed fonts keyed on it.
function satoriFonts(): SatoriFont[] {
  satoriFontsMemo ??= ogFonts().map(({ name, weight, style, data }) => ({ name, weight, style, data }));
  return satoriFontsMemo;
}

export interface LaidOutNode {
  left: number;
  top: number;
  width: number;
  height: number;
  text?: string;
}

type SatoriNode = { left: number; top: number; width: number; height: number; textContent?: string };

function satoriSvg(tree: El, onNode: (node: LaidOutNode) => void): Promise<string> {
  return satori(tree as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: satoriFonts(),
    onNodeDetected: (n: SatoriNode) => onNode({ left: n.left, top: n.top, width: n.width, height: n.height, ...(n.textContent ? { text: n.textContent } : {}) }),
  });
}

/**
 * Whether an unclipped layout puts anything where clipping would have cut it: outside the card,
 * or text of the body running past the accent rule above the footer.
 */
export function sticksOut(nodes: readonly LaidOutNode[]): boolean {
  const rule = nodes.find((n) => n.text === undefined && n.height === 4 && n.width > OG_WIDTH / 2);
  const limit = rule?.top ?? OG_HEIGHT;
  return nodes.some(
    (n) =>
      n.left < -0.5 ||
      n.top < -0.5 ||
      n.left + n.width > OG_WIDTH + 0.5 ||
      n.top + n.height > OG_HEIGHT + 0.5 ||
      (n.text !== undefined && n.top < limit && n.top + n.height > limit + 0.5),
  );
}

/**
 * The card as SVG (text as paths). `onNode` sees every laid-out box of the layout returned, for
 * bounds checks in tests. Laid out without clipping first (fast to rasterise); with clipping only
 * when something would stick out, so the pixels are those of the clipped card either way.
 */
export async function renderOgSvg(card: OgCard, onNode?: (node: LaidOutNode) => void): Promise<string> {
  const nodes: LaidOutNode[] = [];
  let svg = await satoriSvg(ogCardTree(card), (n) => nodes.push(n));
  if (sticksOut(nodes)) {
    nodes.length = 0;
    svg = await satoriSvg(ogCardTree(card, undefined, { clip: true }), (n) => nodes.push(n));
  }
  if (onNode) for (const n of nodes) onNode(n);
  return svg;
}

/** Rasterise an SVG of the card's size to a PNG, at 1:1, with no system fonts. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'original' },
    background: COLOR.background,
    font: { loadSystemFonts: false },
    logLevel: 'off',
  });
  return image.asPng();
}

/**
 * How a card is written: an indexed PNG of the card's own 16-colour palette (ogPalette), 4 bits a
 * pixel, zlib level 6 (src/lib/og/png.ts): ~15–20 KB a card against ~60–70 KB for RGB, with the
 * text edges kept smooth by the blend steps. Part of the cache key.
 */
export const OG_PNG = { encoder: 'indexed-1', zlibLevel: 6 } as const;

let mapperMemo: PaletteMapper | undefined;

const RESVG_OPTIONS = {
  fitTo: { mode: 'original' as const },
  background: COLOR.background,
  font: { loadSystemFonts: false },
  logLevel: 'off' as const,
};

/** Rasterise an SVG to raw RGBA pixels of its own size, in one render. */
const renderSvg = (svg: string): Buffer => new Resvg(svg, RESVG_OPTIONS).render().pixels;
const byRegions = regionRasteriser(renderSvg, OG_WIDTH, OG_HEIGHT);

function checkSize(pixels: Buffer): Buffer {
  if (pixels.length !== OG_WIDTH * OG_HEIGHT * 4) throw new Error(`og: rasterised ${pixels.length} bytes, expected ${OG_WIDTH}×${OG_HEIGHT}×4`);
  return pixels;
}

/**
 * Rasterise the card's SVG to raw RGBA pixels, on this thread (a worker's, in builds): the text
 * regions apart from a kept static layer (src/lib/og/regions.ts), the same pixels as one render.
 */
export function rasteriseOg(svg: string): Buffer {
  return checkSize(byRegions(svg));
}

/** The card's pixels from one render of the whole SVG: what rasteriseOg must equal (tests). */
export function rasteriseOgWhole(svg: string): Buffer {
  return checkSize(renderSvg(svg));
}

/** Encode the card's RGBA pixels as the published PNG (OG_PNG). */
export function encodeOgPng(rgba: Uint8Array): Buffer {
  mapperMemo ??= new PaletteMapper(ogPalette());
  return encodeIndexedPng(rgba, OG_WIDTH, OG_HEIGHT, mapperMemo, { level: OG_PNG.zlibLevel });
}

/** Where one card's time went, in milliseconds. */
export interface OgRenderTimings {
  layout: number;
  rasterise: number;
  encode: number;
}

/** Render one card, timing each step: satori's layout, resvg's rasterising, the PNG encoding. */
export async function renderOgImageTimed(card: OgCard): Promise<{ png: Buffer; timings: OgRenderTimings }> {
  const t0 = performance.now();
  const svg = await renderOgSvg(card);
  const t1 = performance.now();
  const rgba = rasteriseOg(svg);
  const t2 = performance.now();
  const png = encodeOgPng(rgba);
  const t3 = performance.now();
  return { png, timings: { layout: t1 - t0, rasterise: t2 - t1, encode: t3 - t2 } };
}

/** Render one card to a 1200×630 PNG. Uncached: builds go through the cache (og-cache.ts, og/). */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  return (await renderOgImageTimed(card)).png;
}

/**
 * Render a bare string in the card's font at one weight and return the SVG path data of its
 * glyphs. For the glyph test: a glyph the fonts lack comes back as no path at all.
 */
export async function renderGlyphPaths(text: string, weight: 400 | 600 | 700 = 700, fonts: readonly SatoriFont[] = satoriFonts()): Promise<string[]> {
  const svg = await satori(
    el('div', { display: 'flex', fontFamily: FAMILY, fontSize: 64, fontWeight: weight, color: '#000' }, text) as never,
    { width: 1000, height: 120, fonts: fonts.map(({ name, weight: w, style, data }) => ({ name, weight: w, style, data })) },
  );
  return [...svg.matchAll(/<path\b[^>]*\sd="([^"]*)"/g)].map((m) => m[1] ?? '').filter((d) => d.length > 0);
}

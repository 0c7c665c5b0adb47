/**
 * Open Graph preview images: a 1200×630 PNG per page, with the title, unit, locality and field
 * set in Be Vietnam Pro.
 *
 * How: satori lays the card out (flexbox, word wrapping, line clamping with an ellipsis) and
 * shapes the text with HarfBuzz, emitting every glyph as an SVG <path>; resvg (@resvg/resvg-js,
 * a prebuilt Rust binary shipped in the npm package) rasterises that SVG to PNG, off the main
 * thread. Because the text arrives as paths, the rasteriser never looks up a font (system fonts
 * are switched off), so a laptop and CI draw the same pixels. sharp's librsvg could rasterise the
 * same SVG, but measured here it took 150–600 ms a card against 60–90 ms for resvg.
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
import { renderAsync } from '@resvg/resvg-js';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** Bump when the layout or styling changes: it is part of every cache key (src/lib/og-cache.ts). */
export const OG_LAYOUT_VERSION = 1;

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
  h.update(`layout:${OG_LAYOUT_VERSION}\nsatori:${packageVersion('satori')}\nresvg:${packageVersion('@resvg/resvg-js')}\n`);
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
export function ogCardTree(card: OgCard, labels: { locality: string; field: string } = { locality: viLinks['og.label.locality'], field: viLinks['og.label.field'] }): El {
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

  const body = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, overflow: 'hidden', paddingTop: 30, gap: 14 }, [
    el('div', { ...clamp(3), fontSize: size, lineHeight: 1.22, fontWeight: 700, color: COLOR.ink }, title),
    unit ? el('div', { ...clamp(2), fontSize: 33, lineHeight: 1.3, fontWeight: 600, color: COLOR.ink, marginTop: 6 }, unit) : null,
    metaLine(labels.locality, locality),
    metaLine(labels.field, field),
  ]);

  const footer = el(
    'div',
    { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 24, height: 64, borderTop: `4px solid ${COLOR.accent}`, paddingTop: 8 },
    [
      el('div', { ...clamp(1), fontSize: 24, fontWeight: 600, color: COLOR.ink, flexShrink: 1 }, clean(card.publisher) ?? ''),
      host ? el('div', { display: 'flex', fontSize: 22, fontWeight: 400, color: COLOR.muted, flexShrink: 0 }, host) : null,
    ],
  );

  return el('div', { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', background: COLOR.background, fontFamily: FAMILY }, [
    el('div', { width: 22, height: OG_HEIGHT, background: COLOR.band, flexShrink: 0 }),
    el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 64px 30px 58px', overflow: 'hidden' }, [header, body, footer]),
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

/** The card as SVG (text as paths). `onNode` sees every laid-out box, for bounds checks in tests. */
export async function renderOgSvg(card: OgCard, onNode?: (node: LaidOutNode) => void): Promise<string> {
  return satori(ogCardTree(card) as never, {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: satoriFonts(),
    ...(onNode
      ? {
          onNodeDetected: (n: { left: number; top: number; width: number; height: number; textContent?: string }) =>
            onNode({ left: n.left, top: n.top, width: n.width, height: n.height, ...(n.textContent ? { text: n.textContent } : {}) }),
        }
      : {}),
  });
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

/** Render one card to a 1200×630 PNG. Uncached: use getOgImage (src/lib/og-cache.ts) in builds. */
export async function renderOgImage(card: OgCard): Promise<Buffer> {
  return svgToPng(await renderOgSvg(card));
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

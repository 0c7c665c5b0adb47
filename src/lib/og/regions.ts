/**
 * Rasterising a card region by region, with the same pixels as one render of the whole card.
 *
 * resvg's cost is mostly per pixel of the canvas, not per glyph: on the 2-core build machine an
 * empty 1200×630 canvas takes ~20 ms to render and ~14 ms more to read back as RGBA, a whole card
 * ~35–45 ms, while a card's text covers about a third of it. So a card is drawn as:
 *  1. its static layer: the SVG without its text paths (background, band, chip, rules), rendered
 *     once per distinct layer and kept (a few per site: the layout moves only with the number of
 *     lines);
 *  2. for each text path, the box of its coordinates (control points included, so the box holds
 *     the curve) widened by 2 px for anti-aliasing, rendered from the static layer plus every path
 *     whose box meets it, at the same pixel grid (a whole-pixel viewBox offset), and copied over.
 *  3. a text path met before (the chip, the site's name and address, a plan's agencies: ~4 of a
 *     card's ~9 paths) is usually drawn in the same place over the same layer: its region's SVG is
 *     then the same string, and its pixels are kept by that string (a few dozen, ~0.1 MB each).
 * Every pixel of the result is one that a render of all the elements drawn there gives, so the
 * result is byte-identical to rendering the whole card (tests/unit/og-regions.test.ts), in ~30 %
 * less time. SVG this does not recognise (a path with relative, H/V or arc commands, a mask or clip
 * path in use, an image, a filter) is rendered whole.
 */

import { createHash } from 'node:crypto';

/** Renders an SVG to RGBA pixels of its own width and height. */
export type RenderSvg = (svg: string) => Buffer;

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

interface TextPath extends Box {
  start: number;
  end: number;
}

// satori writes each run of text as one <path fill="…" d="…"/> with absolute M/L/Q/C/Z commands.
const TEXT_PATH = /<path fill="[^"]*" d="([^"]*)"\/>/g;
const ABSOLUTE_ONLY = /^[MLQCZ0-9.\s,-]*$/;
// Masks are written for every box, but only a clipped layout uses them.
const UNUSED_MASK = /<mask id="[^"]*">(?:<rect [^>]*\/>)*<\/mask>/g;
const NOT_SIMPLE = /mask="|clip-path|<clipPath|<image|<filter|<pattern|<use\b|<text\b/;
const MARGIN = 2;
/** Static layers kept per renderer: each is a whole canvas (3 MB at 1200×630). */
const MAX_LAYERS = 8;
/** Regions kept per renderer (least recently used dropped first), and text paths remembered as seen. */
const MAX_REGIONS = 64;
const MAX_SEEN = 4096;

function pathBox(d: string, width: number, height: number): Box | undefined {
  if (!ABSOLUTE_ONLY.test(d)) return undefined;
  const n = d.match(/-?\d+(?:\.\d+)?/g);
  if (!n || n.length < 2 || n.length % 2 !== 0) return undefined;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (let i = 0; i < n.length; i += 2) {
    const x = Number(n[i]);
    const y = Number(n[i + 1]);
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const x = Math.max(0, Math.floor(x0) - MARGIN);
  const y = Math.max(0, Math.floor(y0) - MARGIN);
  const w = Math.min(width, Math.ceil(x1) + MARGIN) - x;
  const h = Math.min(height, Math.ceil(y1) + MARGIN) - y;
  return w > 0 && h > 0 ? { x, y, w, h } : { x: 0, y: 0, w: 0, h: 0 };
}

const meets = (a: Box, b: Box): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * A rasteriser for SVGs of `width`×`height` (the card's size) that renders the text regions apart
 * from a kept static layer. `render` draws a whole SVG; the result is always what
 * `render(svg)` gives.
 */
export function regionRasteriser(render: RenderSvg, width: number, height: number): RenderSvg {
  const layers = new Map<string, Buffer>();
  const regions = new Map<string, Buffer>();
  const seen = new Set<string>();
  /** The region's pixels, from the kept ones when its SVG was rendered before. */
  const renderRegion = (region: string, recurring: boolean): Buffer => {
    const kept = regions.get(region);
    if (kept) {
      regions.delete(region);
      regions.set(region, kept);
      return kept;
    }
    const part = render(region);
    if (recurring) {
      if (regions.size >= MAX_REGIONS) regions.delete(regions.keys().next().value as string);
      regions.set(region, part);
    }
    return part;
  };
  const head = new RegExp(`^<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
  return (whole: string): Buffer => {
    if (!head.test(whole) || NOT_SIMPLE.test(whole)) return render(whole);
    const svg = whole.replace(UNUSED_MASK, '');
    const paths: TextPath[] = [];
    for (const m of svg.matchAll(TEXT_PATH)) {
      const box = pathBox(m[1] ?? '', width, height);
      if (!box) return render(whole);
      paths.push({ ...box, start: m.index, end: m.index + m[0].length });
    }
    /** The SVG with only the text paths of `keep` (every other element stays). */
    const withPaths = (keep: ReadonlySet<TextPath>): string => {
      let out = '';
      let at = 0;
      for (const p of paths) {
        out += svg.slice(at, p.start);
        if (keep.has(p)) out += svg.slice(p.start, p.end);
        at = p.end;
      }
      return out + svg.slice(at);
    };
    const staticSvg = withPaths(new Set());
    let layer = layers.get(staticSvg);
    if (!layer) {
      layer = render(staticSvg);
      if (layers.size >= MAX_LAYERS) layers.delete(layers.keys().next().value as string);
      layers.set(staticSvg, layer);
    }
    const pixels = Buffer.from(layer);
    for (const p of paths) {
      if (p.w === 0) continue;
      const region = withPaths(new Set(paths.filter((q) => q.w > 0 && meets(p, q)))).replace(head, `<svg width="${p.w}" height="${p.h}" viewBox="${p.x} ${p.y} ${p.w} ${p.h}"`);
      // Only a path met before is likely to meet the same region again: the others are not kept.
      // (By its digest: a slice of the card's SVG would keep the whole SVG alive.)
      const text = createHash('sha1').update(svg.slice(p.start, p.end)).digest('base64');
      const recurring = seen.has(text);
      if (!recurring) {
        if (seen.size >= MAX_SEEN) seen.clear();
        seen.add(text);
      }
      const part = renderRegion(region, recurring);
      const row = p.w * 4;
      for (let r = 0; r < p.h; r++) part.copy(pixels, ((p.y + r) * width + p.x) * 4, r * row, (r + 1) * row);
    }
    return pixels;
  };
}

/**
 * Geometry of a horizontal bar chart drawn at build time as SVG: one row per bar, the label above
 * its bar (so long Vietnamese names fit on a phone), the number printed at the bar's end, so the
 * chart reads without colour. Units are the SVG's viewBox units.
 */
import type { Bar } from './counts.ts';

export const BAR_LAYOUT = {
  width: 360,
  /** Space for the number after the longest bar. */
  valueSpace: 44,
  fontSize: 13,
  lineHeight: 16,
  barHeight: 14,
  gap: 12,
  /** Rough width of a character at fontSize, for wrapping labels. */
  charWidth: 6.6,
} as const;

export interface BarRow {
  bar: Bar;
  /** Baselines of the label's lines. */
  labelLines: { text: string; y: number }[];
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the number is written. */
  valueX: number;
  valueY: number;
}

export interface BarChartGeometry {
  width: number;
  height: number;
  rows: BarRow[];
}

/** Split a label into lines of at most `max` characters, at spaces where possible. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.flatMap((l) => (l.length <= max ? [l] : (l.match(new RegExp(`.{1,${max}}`, 'gu')) ?? [l])));
}

/** Lay the bars out top to bottom; a bar's length is proportional to its count (the largest fills the row). */
export function barChartGeometry(bars: readonly Bar[], layout = BAR_LAYOUT): BarChartGeometry {
  const max = Math.max(1, ...bars.map((b) => b.count));
  const track = layout.width - layout.valueSpace;
  const maxChars = Math.floor(layout.width / layout.charWidth);
  const rows: BarRow[] = [];
  let y = 0;
  for (const bar of bars) {
    const lines = wrapLabel(bar.label, maxChars);
    const labelLines = lines.map((text, i) => ({ text, y: y + layout.fontSize + i * layout.lineHeight }));
    const barY = y + lines.length * layout.lineHeight + 4;
    // A count of 1 among thousands still shows a sliver.
    const width = bar.count > 0 ? Math.max(2, Math.round((bar.count / max) * track * 10) / 10) : 0;
    rows.push({
      bar,
      labelLines,
      x: 0,
      y: barY,
      width,
      height: layout.barHeight,
      valueX: width + 6,
      valueY: barY + layout.barHeight - 2,
    });
    y = barY + layout.barHeight + layout.gap;
  }
  return { width: layout.width, height: Math.max(y - layout.gap + 2, layout.lineHeight), rows };
}

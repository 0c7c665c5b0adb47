import { describe, expect, it } from 'vitest';
import { BAR_LAYOUT, barChartGeometry, wrapLabel } from '../../src/lib/stats/bars.ts';

const bar = (label: string, count: number) => ({ key: label, label, count, href: '/' });

describe('bar chart geometry', () => {
  it('makes bar lengths proportional to counts, the largest filling the track', () => {
    const g = barChartGeometry([bar('a', 10), bar('b', 5), bar('c', 1)]);
    const track = BAR_LAYOUT.width - BAR_LAYOUT.valueSpace;
    expect(g.rows[0]?.width).toBeCloseTo(track, 0);
    expect(g.rows[1]?.width).toBeCloseTo(track / 2, 0);
    expect(g.rows[2]?.width).toBeCloseTo(track / 10, 0);
  });

  it('keeps a sliver for a small count and nothing for zero', () => {
    const g = barChartGeometry([bar('a', 100_000), bar('b', 1), bar('c', 0)]);
    expect(g.rows[1]?.width).toBeGreaterThan(0);
    expect(g.rows[2]?.width).toBe(0);
  });

  it('writes the number just after its bar, inside the drawing', () => {
    const g = barChartGeometry([bar('a', 7), bar('b', 3)]);
    for (const row of g.rows) {
      expect(row.valueX).toBeGreaterThan(row.x + row.width);
      expect(row.valueX).toBeLessThan(g.width);
    }
  });

  it('stacks rows without overlap, labels above their bars', () => {
    const long = 'Một tên lĩnh vực rất dài để buộc phải xuống dòng khi hiển thị trên điện thoại nhỏ hẹp';
    const g = barChartGeometry([bar(long, 3), bar('b', 2), bar(long, 1)]);
    let bottom = 0;
    for (const row of g.rows) {
      const top = (row.labelLines[0]?.y ?? 0) - BAR_LAYOUT.fontSize;
      expect(top).toBeGreaterThanOrEqual(bottom);
      expect(row.labelLines.at(-1)?.y ?? 0).toBeLessThan(row.y);
      bottom = row.y + row.height;
    }
    expect(g.height).toBeGreaterThanOrEqual(bottom);
  });

  it('wraps labels at spaces, and cuts a word longer than a line', () => {
    expect(wrapLabel('Xây dựng nông thôn mới', 10)).toEqual(['Xây dựng', 'nông thôn', 'mới']);
    expect(wrapLabel('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    for (const line of wrapLabel('Kế hoạch số 162/KH-UBND — Ủy ban nhân dân tỉnh Hòa Bình', 20)) expect(line.length).toBeLessThanOrEqual(20);
  });
});

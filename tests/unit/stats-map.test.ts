import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { currentProvinces, formerProvincesOf } from '../../src/lib/locality.ts';
import { provinceMap } from '../../src/lib/stats/map.ts';
import { CLASS_BREAKS, CLASS_COUNT, classLabels, countClass } from '../../src/lib/stats/map-data.ts';

const todayCodes = currentProvinces().map((p) => p.code).sort();
const formerCodes = currentProvinces()
  .flatMap((p) => formerProvincesOf(p.code).map((u) => u.code))
  .sort();

describe('province maps', () => {
  it('draw one region for each of today’s 34 provinces in the gazetteer', () => {
    const map = provinceMap(34);
    expect(map.regions.map((r) => r.code).sort()).toEqual(todayCodes);
    expect(todayCodes).toHaveLength(34);
    for (const r of map.regions) expect(r.d).toMatch(/^M[\d.]+,[\d.]+/);
  });

  it('draw one region for each of the 63 former provinces, each inside today’s province it joined', () => {
    const map = provinceMap(63);
    expect(map.regions.map((r) => r.code).sort()).toEqual(formerCodes);
    expect(formerCodes).toHaveLength(63);
    for (const r of map.regions) expect(formerProvincesOf(r.currentCode).map((u) => u.code)).toContain(r.code);
  });

  it('frame Hoàng Sa and Trường Sa in the sea east of the mainland', () => {
    for (const level of [34, 63] as const) {
      const map = provinceMap(level);
      expect(map.archipelagos.map((a) => a.key)).toEqual(['hoang-sa', 'truong-sa']);
      const [hoangSa, truongSa] = map.archipelagos;
      // Hoàng Sa lies north of Trường Sa; both east of the middle of the map.
      expect(hoangSa!.box.y + hoangSa!.box.height).toBeLessThan(truongSa!.box.y);
      for (const a of map.archipelagos) expect(a.box.x).toBeGreaterThan(map.width / 2);
    }
  });

  it('put every region’s marker point inside the drawing', () => {
    const map = provinceMap(34);
    for (const r of map.regions) {
      expect(r.anchor[0]).toBeGreaterThanOrEqual(0);
      expect(r.anchor[0]).toBeLessThanOrEqual(map.width);
      expect(r.anchor[1]).toBeGreaterThanOrEqual(0);
      expect(r.anchor[1]).toBeLessThanOrEqual(map.height);
    }
  });

  it('stay small for a phone: the paths of each map are at most 60 KB gzipped', () => {
    for (const level of [34, 63] as const) {
      const paths = provinceMap(level)
        .regions.map((r) => `<path d="${r.d}"/>`)
        .join('');
      expect(gzipSync(paths).length).toBeLessThanOrEqual(60 * 1024);
    }
  });
});

describe('map classes', () => {
  it('put zero in its own class and rise at each break', () => {
    expect(countClass(0)).toBe(0);
    CLASS_BREAKS.forEach((from, i) => {
      expect(countClass(from)).toBe(i + 1);
      expect(countClass(from - 1)).toBe(i);
    });
    expect(countClass(1_000_000)).toBe(CLASS_COUNT - 1);
  });

  it('have one distinct legend label per class', () => {
    const labels = classLabels();
    expect(labels).toHaveLength(CLASS_COUNT);
    expect(new Set(labels).size).toBe(CLASS_COUNT);
  });
});

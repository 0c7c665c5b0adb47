/**
 * What the province maps show: for each province (today's 34, or the 63 before 1 July 2025) its
 * count of published exemplars, the class it is coloured by, the page it links to and its
 * accessible name ("tỉnh Phú Thọ: 47 mô hình, điển hình"). Pure: built from the catalog and the gazetteer.
 */
import type { Catalog, EntryTypes, ProvinceNode } from '../catalog.ts';
import { formatNumber, unitInText } from '../format.ts';
import { oldProvince } from '../locality.ts';
import { routes } from '../routes.ts';
import { t } from '../../i18n/vi.ts';

/** Lower bounds of the classes after "none": 1–4, 5–19, 20–49, 50 and more. */
export const CLASS_BREAKS = [1, 5, 20, 50] as const;
export const CLASS_COUNT = CLASS_BREAKS.length + 1;

/** 0 for none, then 1 … CLASS_BREAKS.length. */
export function countClass(count: number): number {
  let cls = 0;
  CLASS_BREAKS.forEach((from, i) => {
    if (count >= from) cls = i + 1;
  });
  return cls;
}

/** The legend's wording of each class, in class order. */
export function classLabels(): string[] {
  return [
    t('stats.map.class.none'),
    ...CLASS_BREAKS.map((from, i) => {
      const next = CLASS_BREAKS[i + 1];
      if (next === undefined) return t('stats.map.class.open', { from: formatNumber(from) });
      if (next - 1 === from) return t('stats.map.class.one', { from: formatNumber(from) });
      return t('stats.map.class.range', { from: formatNumber(from), to: formatNumber(next - 1) });
    }),
  ];
}

export interface MapEntry {
  /** Province code (today's, or the former one on the map of 63). */
  code: string;
  /** "tỉnh Phú Thọ". */
  name: string;
  count: number;
  cls: number;
  /** The accessible name of the region's link. */
  label: string;
  href: string;
  /** Map of 63: today's province, in running text. */
  today?: string;
}

/** Where a province without exemplars (and so without a page) links: its line in the locality tree. */
export const NO_PAGE_HREF = `${routes.localities}#cay-dia-phuong`;

const countText = (count: number): string => (count > 0 ? t('common.exemplarCount', { count: formatNumber(count) }) : t('stats.map.none'));

/** Today's 34 provinces. */
export function currentMapEntries<E extends EntryTypes>(catalog: Catalog<E>): MapEntry[] {
  return catalog.provinces.map((p) => {
    const name = unitInText(p.unit.fullName);
    const count = p.profiles.length;
    return {
      code: p.unit.code,
      name,
      count,
      cls: countClass(count),
      label: t('stats.map.region', { name, count: countText(count) }),
      href: p.url ?? NO_PAGE_HREF,
    };
  });
}

/** The 63 provinces before 1 July 2025; each links to today's province it became part of. */
export function formerMapEntries<E extends EntryTypes>(catalog: Catalog<E>): MapEntry[] {
  const counts = new Map<string, number>();
  for (const p of catalog.profiles) {
    const code = p.locality.former.province.code;
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const out: MapEntry[] = [];
  for (const province of catalog.provinces) {
    for (const former of province.formerProvinces) {
      const unit = oldProvince(former.code) ?? former;
      const name = unitInText(unit.fullName);
      const today = todayName(province);
      const count = counts.get(former.code) ?? 0;
      out.push({
        code: former.code,
        name,
        count,
        cls: countClass(count),
        label: t('stats.map.formerRegion', { name, today, count: countText(count) }),
        href: province.url ?? NO_PAGE_HREF,
        today,
      });
    }
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

const todayName = <E extends EntryTypes>(p: ProvinceNode<E>): string => unitInText(p.unit.fullName);

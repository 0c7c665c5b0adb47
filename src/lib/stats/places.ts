/**
 * The places a model spread to, as the profile's small map shows them: one marker per today's
 * province, numbered by how many records name it, at a point inside the province. Pure.
 */
import type { ResolvedReplication } from './spread.ts';
import type { MapGeometry } from './map.ts';

export interface PlaceMarker {
  provinceCode: string;
  /** "Hà Nội" */
  name: string;
  records: number;
  x: number;
  y: number;
}

export function placeMarkers(replications: readonly ResolvedReplication[], map: MapGeometry): PlaceMarker[] {
  const out = new Map<string, PlaceMarker>();
  for (const r of replications) {
    const region = map.regions.find((g) => g.code === r.province.code);
    if (!region) throw new Error(`no region on the map of ${map.level} for province ${r.province.code}`);
    const marker = out.get(r.province.code);
    if (marker) marker.records++;
    else out.set(r.province.code, { provinceCode: r.province.code, name: r.province.name, records: 1, x: region.anchor[0], y: region.anchor[1] });
  }
  return [...out.values()].sort((a, b) => a.provinceCode.localeCompare(b.provinceCode));
}

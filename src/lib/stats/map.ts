/**
 * Vietnam's provinces as SVG paths, projected at build time from the vendored TopoJSON
 * (src/data/upstream/derived-province-maps/, see ../SOURCES.md): the 34 provinces of today and the
 * 63 before 1 July 2025. The geometry is simplified (topology-preserving, so neighbours still share
 * their borders) to keep the SVG small on a phone. Nothing of this runs in the browser.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import raw34 from '../../data/upstream/derived-province-maps/vn_provinces34.topojson?raw';
import raw63 from '../../data/upstream/derived-province-maps/vn_provinces63.topojson?raw';

export type MapLevel = 34 | 63;

export interface MapRegion {
  /** Province code: today's (34) or the former one (63). */
  code: string;
  /** For the 63: today's province code it became part of. */
  currentCode: string;
  /** Name as the geometry file writes it (only a fallback: the site names provinces from its gazetteer). */
  name: string;
  d: string;
  /** A point inside the region's largest part, for markers. */
  anchor: [number, number];
}

export interface Archipelago {
  key: 'hoang-sa' | 'truong-sa';
  /** Today's province code the archipelago belongs to. */
  provinceCode: string;
  /** Bounding box of its islands on the map. */
  box: { x: number; y: number; width: number; height: number };
}

export interface MapGeometry {
  level: MapLevel;
  width: number;
  height: number;
  regions: MapRegion[];
  archipelagos: Archipelago[];
}

/** Share of the simplification weights kept: enough for recognisable coasts at phone size. */
export const KEEP = 0.15;
export const MAP_WIDTH = 400;
const DIGITS = 1;

/** Islands east of this longitude are the archipelagos, not the mainland coast. */
const OFFSHORE_LON = 110;
/** Đà Nẵng (Hoàng Sa) and Khánh Hòa (Trường Sa): the same codes before and after 2025. */
const ARCHIPELAGOS: { key: Archipelago['key']; provinceCode: string }[] = [
  { key: 'hoang-sa', provinceCode: '48' },
  { key: 'truong-sa', provinceCode: '56' },
];

type Props34 = { new_code: string; new_name: string };
type Props63 = { old_code: string; old_name: string; new_code: string };

const memo = new Map<MapLevel, MapGeometry>();

/** The map of the 34 or the 63 provinces, `MAP_WIDTH` wide, built once per process. */
export function provinceMap(level: MapLevel): MapGeometry {
  let geometry = memo.get(level);
  if (!geometry) {
    geometry = buildMap(level, level === 34 ? raw34 : raw63, KEEP);
    memo.set(level, geometry);
  }
  return geometry;
}

/** Parse, simplify and project a TopoJSON file of provinces. */
export function buildMap(level: MapLevel, text: string, keep: number, width = MAP_WIDTH): MapGeometry {
  const topology = JSON.parse(text) as Topology<Objects<Record<string, unknown>>>;
  const name = Object.keys(topology.objects)[0];
  if (!name) throw new Error(`TopoJSON of the ${level} provinces has no object`);
  const pre = presimplify(topology);
  // quantile() sorts the weights in descending order: the weight above which `keep` of the points lie.
  const simple = simplify(pre, quantile(pre, keep));
  const object = simple.objects[name] as GeometryCollection;
  const collection = feature(simple, object) as FeatureCollection<Polygon | MultiPolygon, Props34 | Props63>;
  if (collection.features.length !== level) {
    throw new Error(`expected ${level} provinces in the TopoJSON, found ${collection.features.length}`);
  }

  // Height follows from the country's shape at this width.
  const projection = geoMercator().fitWidth(width, collection);
  const path = geoPath(projection).digits(DIGITS);
  const [[, y0], [, y1]] = path.bounds(collection);
  const height = Math.ceil(y1 - Math.min(0, y0));

  const regions: MapRegion[] = collection.features.map((f) => {
    const p = f.properties;
    const code = 'old_code' in p ? p.old_code : p.new_code;
    const largest = largestPart(f);
    const anchor = (projection(geoPath().centroid(largest) as [number, number]) ?? [0, 0]).map((v) => Math.round(v * 10) / 10) as [
      number,
      number,
    ];
    return {
      code,
      currentCode: p.new_code,
      name: 'old_name' in p ? p.old_name : p.new_name,
      d: path(f) ?? '',
      anchor,
    };
  });
  regions.sort((a, b) => a.code.localeCompare(b.code));

  const archipelagos = ARCHIPELAGOS.map(({ key, provinceCode }): Archipelago => {
    const f = collection.features.find((x) => x.properties.new_code === provinceCode);
    const points: [number, number][] = f ? offshorePoints(f).flatMap((pt) => {
          const xy = projection(pt as [number, number]);
          return xy ? [xy] : [];
        }) : [];
    if (points.length === 0) throw new Error(`the TopoJSON of the ${level} provinces has no islands for ${key}`);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    const pad = 4;
    const x = Math.min(...xs) - pad;
    const y = Math.min(...ys) - pad;
    return {
      key,
      provinceCode,
      box: {
        x: round(x),
        y: round(y),
        width: round(Math.max(...xs) + pad - x),
        height: round(Math.max(...ys) + pad - y),
      },
    };
  });

  return { level, width, height, regions, archipelagos };
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The polygon of a (multi)polygon feature with the largest area (the mainland part). */
function largestPart(f: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best: Position[][] = polygons[0] ?? [];
  let bestArea = -1;
  for (const rings of polygons) {
    const area = geoPath().area({ type: 'Polygon', coordinates: rings });
    if (area > bestArea) {
      best = rings;
      bestArea = area;
    }
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: best } };
}

/** Every vertex of the feature's parts that lie east of the mainland coast. */
function offshorePoints(f: Feature<Polygon | MultiPolygon>): Position[] {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polygons.filter((rings) => (rings[0] ?? []).every((pt) => (pt[0] ?? 0) > OFFSHORE_LON)).flatMap((rings) => rings[0] ?? []);
}

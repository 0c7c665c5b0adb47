/**
 * Gazetteer of Vietnamese administrative units (src/data/localities.json, built by
 * tools/build-localities.ts) and the resolver from a profile's locality, recorded with the units
 * in force on the source's date, to today's units (after the 1 July 2025 reform).
 * Plain TypeScript: used by the site, the tools and the tests.
 */
import data from '../data/localities.json' with { type: 'json' };
import type { Locality } from '../schema/profile.ts';
import { classicToneStyle, nameKey, slugify } from './text.ts';
import { compareVi } from './sort.ts';

// ---------------------------------------------------------------- public types

export interface UnitRef {
  code: string;
  name: string;
  /** Name with its type: "Xã Liên Sơn". */
  fullName: string;
}
export interface CurrentProvince extends UnitRef {
  /** ASCII slug of the name: "phu-tho", "ha-noi". */
  slug: string;
}
export interface FormerUnit {
  code: string;
  fullName: string;
  /** full: the whole old unit went into this commune; partial: only part of it. */
  share: 'full' | 'partial';
  /** Absent when the former unit is itself a district (the island districts that became đặc khu). */
  district?: UnitRef;
  province: UnitRef;
}
export interface CurrentCommune extends UnitRef {
  /** Unique within its province: "phuong-hoa-binh"; the code is appended where two names share a slug. */
  slug: string;
  provinceCode: string;
  /** The old units (of 01/03/2025) this commune was formed from. */
  former: FormerUnit[];
}
/** A unit as the source names it: a code when the source gives one or it follows from a coded level. */
export interface FormerRef {
  code?: string;
  name: string;
  fullName: string;
  /** Change before 2025, e.g. "sáp nhập vào thành phố Hòa Bình từ 01/01/2020". */
  note?: string;
}
export interface ResolvedLocality {
  former: { province: UnitRef & { note?: string }; district?: FormerRef; commune?: FormerRef };
  /** Today's province. */
  province: CurrentProvince;
  /** Today's commune, when the source names a commune (or an island district) and it maps to one. */
  commune?: CurrentCommune;
}
export interface LocalityIssue {
  /** Path of the offending field, e.g. "locality.commune.code". */
  field: string;
  /** Message for editors (Vietnamese). */
  vi: string;
  /** English detail. */
  en: string;
}
export type LocalityResult = { ok: true; value: ResolvedLocality } | { ok: false; issues: LocalityIssue[] };

// ---------------------------------------------------------------- data file

type Share = 'full' | 'partial';
/** One entry of src/data/locality-history.json: a unit the pre-2025 list no longer shows. */
export interface HistoryEntry {
  code: string;
  type: string;
  name: string;
  until: string;
  successor: string;
  note: string;
  noteEn: string;
  source?: string;
  /** districts and communes: parent code */
  province?: string;
  district?: string;
  /** districts only: the communes (2025-list codes) that came from this district */
  communes?: string[];
}
interface LocalitiesFile {
  current: {
    provinces: [string, string, string, string[]][];
    communes: [string, string, string, string, [string, Share][]][];
  };
  former: {
    provinces: [string, string, string, string][];
    districts: ([string, string, string, string] | [string, string, string, string, string[]])[];
    communes: [string, string, string, string, string[]][];
  };
  history: { provinces: HistoryEntry[]; districts: HistoryEntry[]; communes: HistoryEntry[] };
  unlisted: [string, string, string, string, string[]][];
  dropped: [string, string, string, string][];
}

type Level = 'province' | 'district' | 'commune';

/** One identity of a code: its entry in the list of 01/03/2025, or an older name from the history. */
interface Known {
  level: Level;
  code: string;
  name: string;
  type: string;
  fullName: string;
  /** Parent code (province of a district, district of a commune); '' for provinces. */
  parent: string;
  listed: boolean;
  /** History entries only. */
  successor?: string;
  communes?: string[];
  note?: string;
  noteEn?: string;
}
interface OldListed extends Known {
  /** Provinces: [today's province]; communes and island districts: today's communes. */
  next: string[];
}

interface Index {
  provinces: Map<string, OldListed>;
  districts: Map<string, OldListed>;
  communes: Map<string, OldListed>;
  history: Record<Level, Map<string, Known[]>>;
  unlisted: Map<string, { code: string; fullName: string; next: string[] }>;
  curProvinces: Map<string, CurrentProvince>;
  curProvincesSorted: CurrentProvince[];
  curProvinceBySlug: Map<string, CurrentProvince>;
  curCommunes: Map<string, CurrentCommune>;
  curCommunesByProvince: Map<string, CurrentCommune[]>;
  formerProvinces: Map<string, UnitRef[]>;
}

let memo: Index | undefined;

function index(): Index {
  if (memo) return memo;
  const file = data as unknown as LocalitiesFile;
  const full = (type: string, name: string) => `${type} ${name}`;

  const provinces = new Map<string, OldListed>();
  for (const [code, name, type, next] of file.former.provinces)
    provinces.set(code, { level: 'province', code, name, type, fullName: full(type, name), parent: '', listed: true, next: [next] });
  const districts = new Map<string, OldListed>();
  for (const [code, name, type, parent, next] of file.former.districts)
    districts.set(code, { level: 'district', code, name, type, fullName: full(type, name), parent, listed: true, next: next ?? [] });
  const communes = new Map<string, OldListed>();
  for (const [code, name, type, parent, next] of file.former.communes)
    communes.set(code, { level: 'commune', code, name, type, fullName: full(type, name), parent, listed: true, next });

  const history: Record<Level, Map<string, Known[]>> = { province: new Map(), district: new Map(), commune: new Map() };
  const levels: [Level, HistoryEntry[]][] = [
    ['province', file.history.provinces],
    ['district', file.history.districts],
    ['commune', file.history.communes],
  ];
  for (const [level, entries] of levels) {
    for (const e of entries) {
      const known: Known = {
        level,
        code: e.code,
        name: e.name,
        type: e.type,
        fullName: full(e.type, e.name),
        parent: level === 'district' ? (e.province ?? '') : level === 'commune' ? (e.district ?? '') : '',
        listed: false,
        successor: e.successor,
        communes: e.communes,
        note: e.note,
        noteEn: e.noteEn,
      };
      history[level].set(e.code, [...(history[level].get(e.code) ?? []), known]);
    }
  }
  const unlisted = new Map(file.unlisted.map(([code, name, type, , next]) => [code, { code, fullName: full(type, name), next }]));

  const ref = (u: Known): UnitRef => ({ code: u.code, name: u.name, fullName: u.fullName });
  const curProvinces = new Map<string, CurrentProvince>();
  const formerProvinces = new Map<string, UnitRef[]>();
  for (const [code, name, type, former] of file.current.provinces) {
    curProvinces.set(code, { code, name, fullName: full(type, name), slug: slugify(name) });
    const refs = former.flatMap((c) => {
      const p = provinces.get(c);
      return p ? [ref(p)] : [];
    });
    refs.sort((a, b) => Number(b.code === code) - Number(a.code === code) || compareVi(a.name, b.name));
    formerProvinces.set(code, refs);
  }
  const curProvincesSorted = [...curProvinces.values()].sort((a, b) => compareVi(a.name, b.name));
  const curProvinceBySlug = new Map(curProvincesSorted.map((p) => [p.slug, p]));

  const curCommunes = new Map<string, CurrentCommune>();
  const curCommunesByProvince = new Map<string, CurrentCommune[]>();
  const rows = file.current.communes;
  const slugCount = new Map<string, number>();
  for (const [, name, type, province] of rows) {
    const k = `${province}/${slugify(full(type, name))}`;
    slugCount.set(k, (slugCount.get(k) ?? 0) + 1);
  }
  for (const [code, name, type, province, former] of rows) {
    const base = slugify(full(type, name));
    const slug = (slugCount.get(`${province}/${base}`) ?? 0) > 1 ? `${base}-${code}` : base;
    const units: FormerUnit[] = [];
    for (const [oldCode, share] of former) {
      const c = communes.get(oldCode);
      const d = c ? districts.get(c.parent) : districts.get(oldCode);
      const p = d ? provinces.get(d.parent) : undefined;
      if (!d || !p) continue;
      units.push(c ? { code: oldCode, fullName: c.fullName, share, district: ref(d), province: ref(p) } : { code: oldCode, fullName: d.fullName, share, province: ref(p) });
    }
    const commune: CurrentCommune = { code, name, fullName: full(type, name), slug, provinceCode: province, former: units };
    curCommunes.set(code, commune);
    curCommunesByProvince.set(province, [...(curCommunesByProvince.get(province) ?? []), commune]);
  }
  for (const list of curCommunesByProvince.values()) list.sort((a, b) => compareVi(a.name, b.name) || compareVi(a.fullName, b.fullName));

  memo = {
    provinces,
    districts,
    communes,
    history,
    unlisted,
    curProvinces,
    curProvincesSorted,
    curProvinceBySlug,
    curCommunes,
    curCommunesByProvince,
    formerProvinces,
  };
  return memo;
}

// ---------------------------------------------------------------- lookups

const unitRef = (u: Known): UnitRef => ({ code: u.code, name: u.name, fullName: u.fullName });

/** The 34 current provinces, sorted by Vietnamese name. */
export function currentProvinces(): CurrentProvince[] {
  return [...index().curProvincesSorted];
}
export function currentProvince(code: string): CurrentProvince | undefined {
  return index().curProvinces.get(code);
}
export function currentProvinceBySlug(slug: string): CurrentProvince | undefined {
  return index().curProvinceBySlug.get(slug);
}
export function currentCommune(code: string): CurrentCommune | undefined {
  return index().curCommunes.get(code);
}
/** Today's communes of a province, sorted by Vietnamese name. */
export function currentCommunesOf(provinceCode: string): CurrentCommune[] {
  return [...(index().curCommunesByProvince.get(provinceCode) ?? [])];
}
export function currentCommuneBySlug(provinceCode: string, slug: string): CurrentCommune | undefined {
  return index().curCommunesByProvince.get(provinceCode)?.find((c) => c.slug === slug);
}
/** The old provinces merged into a current one: the one that kept the code first, then by name. */
export function formerProvincesOf(newProvinceCode: string): UnitRef[] {
  return [...(index().formerProvinces.get(newProvinceCode) ?? [])];
}

/** A unit of the list of 01/03/2025, or else one from the history file. */
function oldUnit(level: Level, code: string): Known | undefined {
  const ix = index();
  const listed = { province: ix.provinces, district: ix.districts, commune: ix.communes }[level].get(code);
  return listed ?? ix.history[level].get(code)?.at(-1);
}
export function oldProvince(code: string): UnitRef | undefined {
  const u = oldUnit('province', code);
  return u && unitRef(u);
}
export function oldDistrict(code: string): (UnitRef & { provinceCode: string }) | undefined {
  const u = oldUnit('district', code);
  return u && { ...unitRef(u), provinceCode: u.parent };
}
export function oldCommune(code: string): (UnitRef & { districtCode: string }) | undefined {
  const u = oldUnit('commune', code);
  return u && { ...unitRef(u), districtCode: u.parent };
}

// ---------------------------------------------------------------- name matching

const TYPE_PREFIX =
  /^(?:(?:thành phố|thị trấn|thị xã|đặc khu|phường|huyện|quận|tỉnh|xã)\s+|(?:tp|tx|tt)\.\s*|(?:tp|tx|tt)\s+)/u;

function key(s: string): string {
  return nameKey(s).replace(/[’‘`]/g, "'").replace(/\s*-\s*/g, '-');
}
/** Key of a name without its unit type word: "Xã Thành Lập" → "thành lập". */
function bareKey(s: string): string {
  return key(s).replace(TYPE_PREFIX, '');
}
function sameName(given: string, unit: Known): boolean {
  const g = bareKey(given);
  return g === key(unit.name) || key(given) === key(unit.fullName);
}
/** A name as the source writes it, in the site's style, split into name and full name. */
function sourceRef(given: string): FormerRef {
  const s = classicToneStyle(given.normalize('NFC').trim().replace(/\s+/g, ' '));
  const fullName = s.charAt(0).toUpperCase() + s.slice(1);
  const m = TYPE_PREFIX.exec(fullName.toLowerCase());
  return { name: m ? fullName.slice(m[0].length) : fullName, fullName };
}

// ---------------------------------------------------------------- resolver

const LABEL: Record<Level, { vi: string; en: string; viUnit: string }> = {
  province: { vi: 'Mã tỉnh', en: 'province', viUnit: 'tỉnh' },
  district: { vi: 'Mã huyện', en: 'district', viUnit: 'huyện' },
  commune: { vi: 'Mã xã', en: 'commune', viUnit: 'xã' },
};

/** Every identity a code has had: the listed unit first, then older names. */
function identities(level: Level, code: string): Known[] {
  const ix = index();
  const listed = { province: ix.provinces, district: ix.districts, commune: ix.communes }[level].get(code);
  return [...(listed ? [listed] : []), ...(ix.history[level].get(code) ?? [])];
}

/** Follow a history entry's successors down to the unit of the list of 01/03/2025. */
function listed(level: Level, u: Known): OldListed | undefined {
  const ix = index();
  const map = { province: ix.provinces, district: ix.districts, commune: ix.communes }[level];
  let cur: Known | undefined = u;
  for (let i = 0; cur && i < 20; i++) {
    const hit = map.get(cur.code);
    if (cur.listed && hit) return hit;
    if (!cur.successor) return undefined;
    const next = map.get(cur.successor);
    if (next) return next;
    cur = ix.history[level].get(cur.successor)?.at(-1);
  }
  return undefined;
}

/** The parent codes a unit may be recorded under: its own parent and older units that were merged into it. */
function parentCodes(level: 'district' | 'commune', u: Known): Set<string> {
  const parentLevel: Level = level === 'commune' ? 'district' : 'province';
  const out = new Set<string>([u.parent]);
  const home = oldUnit(parentLevel, u.parent);
  const homeListed = home && listed(parentLevel, home);
  for (const entries of index().history[parentLevel].values()) {
    for (const h of entries) {
      if (h.communes && !h.communes.includes(u.code)) continue;
      const target = listed(parentLevel, h);
      if (target && (target.code === u.parent || target.code === homeListed?.code)) out.add(h.code);
    }
  }
  return out;
}

function describe(u: Known): string {
  return `${u.fullName} (${u.code})`;
}
function list(xs: string[]): string {
  return xs.join(', ');
}

/**
 * Map a profile's locality (units as the source names them, with pre-2025 codes) to today's units,
 * checking codes, names and nesting. Issues are bilingual: Vietnamese for editors, English detail.
 */
export function resolveLocality(loc: Locality): LocalityResult {
  const ix = index();
  const issues: LocalityIssue[] = [];
  const issue = (field: string, vi: string, en: string) => issues.push({ field, vi, en });

  /** Look a coded unit up and check the name the source gives against every name the code has had. */
  const lookup = (level: Level, unit: { name: string; code?: string | undefined } | undefined): Known | undefined => {
    if (!unit?.code) return undefined;
    const field = `locality.${level}.code`;
    const ids = identities(level, unit.code);
    if (ids.length === 0) {
      const un = level === 'commune' ? ix.unlisted.get(unit.code) : undefined;
      if (un)
        issue(
          field,
          `Mã xã "${unit.code}" (${un.fullName}) không có trong danh mục đơn vị hành chính ngày 01/03/2025 (đơn vị đã được sắp xếp trước đó). Hãy ghi mã của đơn vị kế thừa, hoặc bổ sung đơn vị vào src/data/locality-history.json.`,
          `commune code "${unit.code}" (${un.fullName}) is in dvhcvn's mapping but not in the official list of 2025-03-01; use its successor's code or add it to src/data/locality-history.json`,
        );
      else
        issue(
          field,
          `${LABEL[level].vi} "${unit.code}" không có trong danh mục đơn vị hành chính trước 01/07/2025.`,
          `unknown ${LABEL[level].en} code "${unit.code}" (not in the pre-2025 list)`,
        );
      return undefined;
    }
    const match = ids.find((u) => sameName(unit.name, u));
    if (!match) {
      const names = ids.map((u) => u.fullName);
      issue(
        `locality.${level}.name`,
        `Tên "${unit.name}" không khớp với ${LABEL[level].vi.toLowerCase()} ${unit.code} (${list(names)}).`,
        `name "${unit.name}" does not match ${LABEL[level].en} code ${unit.code} (${list(names)})`,
      );
      return ids[0];
    }
    return match;
  };

  const commune = lookup('commune', loc.commune);
  let district = lookup('district', loc.district);
  let province = lookup('province', loc.province);

  // --- nesting: commune in district, district in province
  if (commune) {
    const allowed = parentCodes('commune', commune);
    if (district && !allowed.has(district.code)) {
      const home = oldUnit('district', commune.parent);
      issue(
        'locality.commune.code',
        `${describe(commune)} không thuộc ${describe(district)} mà thuộc ${home ? describe(home) : commune.parent}.`,
        `commune ${commune.code} (${commune.fullName}) lies in district ${commune.parent}${home ? ` (${home.fullName})` : ''}, not in ${district.code} (${district.fullName})`,
      );
    }
    if (!loc.district?.code) {
      const home = oldUnit('district', commune.parent);
      if (loc.district) {
        const named = [...allowed].flatMap((c) => identities('district', c)).find((u) => sameName(loc.district?.name ?? '', u));
        if (named) district = named;
        else
          issue(
            'locality.district.name',
            `Tên huyện "${loc.district.name}" không khớp với huyện của ${describe(commune)}: ${home ? describe(home) : commune.parent}.`,
            `district name "${loc.district.name}" does not match the district of commune ${commune.code}: ${home ? `${home.fullName} (${home.code})` : commune.parent}`,
          );
      }
      if (!district && home) district = home;
      if (district && province && !loc.district) {
        // no district named: check the commune against the province directly
        const provinces = parentCodes('district', district);
        if (!provinces.has(province.code))
          issue(
            'locality.commune.code',
            `${describe(commune)} không thuộc ${describe(province)}.`,
            `commune ${commune.code} (${commune.fullName}) does not lie in province ${province.code} (${province.fullName})`,
          );
      }
    }
  }
  if (district && province && loc.district) {
    const allowed = parentCodes('district', district);
    if (!allowed.has(province.code)) {
      const home = oldUnit('province', district.parent);
      issue(
        loc.district.code ? 'locality.district.code' : 'locality.commune.code',
        `${describe(district)} không thuộc ${describe(province)} mà thuộc ${home ? describe(home) : district.parent}.`,
        `district ${district.code} (${district.fullName}) lies in province ${district.parent}${home ? ` (${home.fullName})` : ''}, not in ${province.code} (${province.fullName})`,
      );
    }
  }

  // --- province without a code: from the coded levels below, or by its name
  if (!loc.province.code) {
    const derived = district ? oldUnit('province', district.parent) : undefined;
    if (derived) {
      const names = identities('province', derived.code);
      province = names.find((u) => sameName(loc.province.name, u));
      if (!province) {
        issue(
          'locality.province.name',
          `Tên tỉnh "${loc.province.name}" không khớp với tỉnh của đơn vị cấp dưới: ${describe(derived)}.`,
          `province name "${loc.province.name}" does not match the province of the units below: ${derived.fullName} (${derived.code})`,
        );
        province = derived;
      }
    } else {
      const all = [...ix.provinces.values(), ...[...ix.history.province.values()].flat()];
      const found = all.filter((u) => sameName(loc.province.name, u));
      if (found.length === 1) province = found[0];
      else
        issue(
          'locality.province.code',
          `Không xác định được tỉnh "${loc.province.name}": hãy ghi mã tỉnh (2 chữ số) theo danh mục trước 01/07/2025.`,
          `cannot identify province "${loc.province.name}": give its 2-digit code from the pre-2025 list`,
        );
    }
  }

  // --- today's province
  const provinceNow = province && listed('province', province);
  const today = provinceNow?.next[0] !== undefined ? ix.curProvinces.get(provinceNow.next[0]) : undefined;
  const pinnedProvince = loc.current?.province;
  if (pinnedProvince !== undefined) {
    const pinned = ix.curProvinces.get(pinnedProvince);
    if (!pinned)
      issue(
        'locality.current.province',
        `Mã tỉnh hiện nay "${pinnedProvince}" không có trong danh mục 34 tỉnh, thành phố từ 01/07/2025.`,
        `unknown current province code "${pinnedProvince}" (not among the 34 current provinces)`,
      );
    else if (today && pinned.code !== today.code)
      issue(
        'locality.current.province',
        `${province?.fullName ?? 'Tỉnh'} nay thuộc ${today.fullName} (${today.code}), không phải ${pinned.fullName} (${pinned.code}).`,
        `${province?.fullName ?? 'the province'} is now part of ${today.fullName} (${today.code}), not ${pinned.fullName} (${pinned.code})`,
      );
  }

  // --- today's commune
  let communeNow: CurrentCommune | undefined;
  const pinnedCode = loc.current?.commune;
  const pinned = pinnedCode !== undefined ? ix.curCommunes.get(pinnedCode) : undefined;
  if (pinnedCode !== undefined && !pinned)
    issue(
      'locality.current.commune',
      `Mã xã hiện nay "${pinnedCode}" không có trong danh mục đơn vị hành chính cấp xã từ 01/07/2025.`,
      `unknown current commune code "${pinnedCode}" (not in the current list)`,
    );
  if (pinned && today && pinned.provinceCode !== today.code)
    issue(
      'locality.current.commune',
      `${pinned.fullName} (${pinned.code}) thuộc ${ix.curProvinces.get(pinned.provinceCode)?.fullName ?? pinned.provinceCode}, không thuộc ${today.fullName}.`,
      `current commune ${pinned.code} (${pinned.fullName}) lies in province ${pinned.provinceCode}, not ${today.code} (${today.fullName})`,
    );
  const communeListed = commune && listed('commune', commune);
  if (pinnedCode !== undefined && !pinned) {
    // already reported: an unknown pin
  } else if (commune && communeListed) {
    const candidates = communeListed.next.filter((c) => !today || ix.curCommunes.get(c)?.provinceCode === today.code);
    const names = candidates.map((c) => `${ix.curCommunes.get(c)?.fullName ?? c} (${c})`);
    if (pinned) {
      if (candidates.length > 0 && !candidates.includes(pinned.code))
        issue(
          'locality.current.commune',
          `${pinned.fullName} (${pinned.code}) không phải đơn vị kế thừa ${describe(commune)}; hãy chọn một trong: ${list(names)}.`,
          `current commune ${pinned.code} (${pinned.fullName}) is not a successor of ${commune.code} (${commune.fullName}); choose one of: ${list(names)}`,
        );
      else communeNow = pinned;
    } else if (candidates.length === 1) {
      communeNow = ix.curCommunes.get(candidates[0] ?? '');
    } else if (candidates.length > 1) {
      issue(
        'locality.current.commune',
        `${describe(commune)} nay thuộc nhiều đơn vị: ${list(names)}. Hãy ghi current.commune là mã của đơn vị có địa bàn mô hình.`,
        `old commune ${commune.code} (${commune.fullName}) was split between ${list(names)}; set current.commune to the one that holds the locality`,
      );
    } else {
      issue(
        'locality.current.commune',
        `Chưa có dữ liệu chuyển đổi cho ${describe(commune)} sang đơn vị hiện nay; hãy ghi current.commune (mã xã từ 01/07/2025).`,
        `no known successor for commune ${commune.code} (${commune.fullName}) (its dvhcvn link was dropped as inconsistent); set current.commune`,
      );
    }
  } else if (!commune && !loc.commune?.code) {
    const districtListed = district && listed('district', district);
    if (pinned) {
      // The source names no coded commune: the pinned commune must come from the named district.
      if (districtListed && !pinned.former.some((f) => f.district?.code === districtListed.code || f.code === districtListed.code))
        issue(
          'locality.current.commune',
          `${pinned.fullName} (${pinned.code}) không được hình thành từ đơn vị nào của ${describe(district as Known)}.`,
          `current commune ${pinned.code} (${pinned.fullName}) was not formed from any unit of district ${district?.code} (${district?.fullName})`,
        );
      else communeNow = pinned;
    } else if (!loc.commune && districtListed && districtListed.next.length === 1) {
      // island districts without communes became special zones (đặc khu)
      communeNow = ix.curCommunes.get(districtListed.next[0] ?? '');
    }
  }

  if (issues.length > 0 || !province || !today) {
    if (issues.length === 0)
      issue('locality.province.code', 'Không xác định được tỉnh hiện nay của địa bàn.', 'cannot determine the current province');
    return { ok: false, issues };
  }

  const withNote = (u: Known): UnitRef & { note?: string } => ({ ...unitRef(u), ...(u.note ? { note: u.note } : {}) });
  const former: ResolvedLocality['former'] = { province: withNote(province) };
  if (loc.district) former.district = district && (loc.district.code || commune) ? withNote(district) : sourceRef(loc.district.name);
  if (loc.commune) former.commune = commune ? withNote(commune) : sourceRef(loc.commune.name);
  return { ok: true, value: { former, province: today, ...(communeNow ? { commune: communeNow } : {}) } };
}

// ---------------------------------------------------------------- search by name (importer)

/** A unit found by its name: listed on 01/03/2025 or known from the history file. */
export interface NamedUnit {
  level: Level;
  code: string;
  name: string;
  fullName: string;
  /** Province code of a district, district code of a commune; '' for provinces. */
  parent: string;
  /** true: same letters and accents (tone placement and case aside); false: same letters once accents are dropped. */
  exact: boolean;
}

const looseKey = (s: string) => slugify(bareKey(s));

/**
 * Pre-2025 units whose name is `name` ("xã Thành Lập", "Thanh Lap", "TT. Lương Sơn"), optionally
 * only those under `within` (a province code for districts; a district or province code for
 * communes). Exact matches come first; matches without accents only when there is no exact one.
 * A name that carries a unit type ("xã", "huyện"…) must agree with the unit's type.
 */
export function findUnitsByName(level: Level, name: string, within?: string): NamedUnit[] {
  const ix = index();
  const pool = [...{ province: ix.provinces, district: ix.districts, commune: ix.communes }[level].values(), ...[...ix.history[level].values()].flat()];
  const typed = TYPE_PREFIX.exec(key(name));
  const typeWord = typed ? typed[0].trim().replace(/\.$/, '') : undefined;
  const typeOk = (u: Known) => {
    if (!typeWord) return true;
    const t = key(u.type);
    const abbr: Record<string, string> = { tp: 'thành phố', tx: 'thị xã', tt: 'thị trấn' };
    return t === (abbr[typeWord] ?? typeWord);
  };
  const inside = (u: Known) => {
    if (within === undefined) return true;
    if (u.parent === within) return true;
    // A commune asked for within a province: through its district.
    return level === 'commune' && within.length === 2 && oldUnit('district', u.parent)?.parent === within;
  };
  const seen = new Set<string>();
  const hits: NamedUnit[] = [];
  const add = (u: Known, exact: boolean) => {
    if (seen.has(u.code)) return;
    seen.add(u.code);
    hits.push({ level, code: u.code, name: u.name, fullName: u.fullName, parent: u.parent, exact });
  };
  const candidates = pool.filter((u) => inside(u) && typeOk(u));
  for (const u of candidates) if (sameName(name, u)) add(u, true);
  if (hits.length > 0) return hits;
  const loose = looseKey(name);
  if (!loose) return [];
  for (const u of candidates) if (looseKey(u.name) === loose) add(u, false);
  return hits;
}

/** Today's communes of a province whose name is `name` (accents aside when no exact match). */
export function findCurrentCommunes(provinceCode: string, name: string): (CurrentCommune & { exact: boolean })[] {
  const all = currentCommunesOf(provinceCode);
  const exact = all.filter((c) => bareKey(name) === key(c.name) || key(name) === key(c.fullName));
  if (exact.length > 0) return exact.map((c) => ({ ...c, exact: true }));
  const loose = looseKey(name);
  return loose ? all.filter((c) => looseKey(c.name) === loose).map((c) => ({ ...c, exact: false })) : [];
}

/** Today's province that an old (pre-2025) province code became part of. */
export function currentProvinceOfOld(oldCode: string): CurrentProvince | undefined {
  const u = oldUnit('province', oldCode);
  const l = u && listed('province', u);
  return l?.next[0] !== undefined ? index().curProvinces.get(l.next[0]) : undefined;
}

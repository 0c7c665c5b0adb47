/**
 * Build src/data/localities.json, the site's gazetteer of Vietnamese administrative units:
 * the current units (34 provinces, 3,321 communes), the pre-reform units of 01/03/2025
 * (63 provinces, 696 districts, 10,035 communes), the 2025 old→new mapping, and the
 * hand-written history of src/data/locality-history.json.
 *
 *   node tools/build-localities.ts [dataDir] [outFile]
 *
 * dataDir defaults to src/data/upstream (the vendored copies of the upstream data), outFile to src/data/localities.json.
 * The output is deterministic: the same inputs give byte-identical JSON.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFileAtomic } from '../src/lib/files.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classicToneStyle, nameKey } from '../src/lib/text.ts';
import type { HistoryEntry } from '../src/lib/locality.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_DATA_DIR = path.join(ROOT, 'src/data/upstream');
export const DEFAULT_OUT = path.join(ROOT, 'src/data/localities.json');
export const HISTORY_FILE = path.join(ROOT, 'src/data/locality-history.json');

/** Input files, relative to the data directory (see src/data/upstream/SOURCES.md). */
export const INPUTS = {
  old: 'thanglequoc-vietnamese-provinces-database/v2.4.1/simplified_json_generated_data_vn_units_minified.json',
  current: 'thanglequoc-vietnamese-provinces-database/HEAD/full_json_generated_data_vn_units_2026-07-25__20_49_07.json',
  splits: 'dvhcvn-20250701/splits.json',
  merges: 'dvhcvn-20250701/merges.json',
} as const;

const OLD_PROVINCE_TYPES = ['Tỉnh', 'Thành phố'];
const OLD_DISTRICT_TYPES = ['Quận', 'Huyện', 'Thị xã', 'Thành phố'];
const OLD_COMMUNE_TYPES = ['Xã', 'Phường', 'Thị trấn'];
const NEW_COMMUNE_TYPES = ['Xã', 'Phường', 'Đặc khu'];

// ---------------------------------------------------------------- input shapes

interface TlqOldWard { Code: string; Name: string; FullName: string; DistrictCode: string }
interface TlqOldDistrict { Code: string; Name: string; FullName: string; ProvinceCode: string; Ward?: TlqOldWard[] | null }
interface TlqOldProvince { Code: string; Name: string; FullName: string; District: TlqOldDistrict[] }
interface TlqNewWard { Code: string; Name: string; FullName: string; ProvinceCode: string; AdministrativeUnitShortName: string }
interface TlqNewProvince { Code: string; Name: string; FullName: string; AdministrativeUnitShortName: string; Wards: TlqNewWard[] }
interface SplitTarget { new_id: string; name: string }
interface SplitsFile {
  data: {
    level1_id: string;
    name: string;
    splits: SplitTarget[];
    level2s?: { level2_id: string; name: string; splits: SplitTarget[] }[];
    level3s: { level3_id: string; name: string; splits: SplitTarget[] }[];
  }[];
}
interface MergeSource { old_id: string; name: string; type: 'full' | 'partial' }
interface MergesFile {
  data: { level1_id: string; name: string; merges: MergeSource[]; level2s: { level2_id: string; name: string; merges: MergeSource[] }[] }[];
}

interface HistoryFile { provinces?: HistoryEntry[]; districts?: HistoryEntry[]; communes?: HistoryEntry[] }

// ---------------------------------------------------------------- output shapes

/** [code, name, type, formerProvinceCodes] */
type CurProvinceRow = [string, string, string, string[]];
/** [code, name, type, provinceCode, [[formerCode, share]]] */
type CurCommuneRow = [string, string, string, string, [string, 'full' | 'partial'][]];
/** [code, name, type, newProvinceCode] */
type OldProvinceRow = [string, string, string, string];
/** [code, name, type, provinceCode] or, for the 5 island districts that became đặc khu, [..., newCommuneCodes] */
type OldDistrictRow = [string, string, string, string] | [string, string, string, string, string[]];
/** [code, name, type, districtCode, newCommuneCodes] */
type OldCommuneRow = [string, string, string, string, string[]];
/** [code, name, type, oldProvinceCode, newCommuneCodes] */
type UnlistedRow = [string, string, string, string, string[]];
/** [oldCode, newCode, share, reason] */
type DroppedRow = [string, string, string, string];

export interface Report {
  counts: Record<string, number>;
  renamedForToneStyle: number;
  aliases: Record<string, string>;
  unlisted: string[];
  dropped: string[];
  orphans: string[];
  warnings: string[];
}

// ---------------------------------------------------------------- helpers

const sha256 = (buf: Buffer) => createHash('sha256').update(buf).digest('hex');
const byCode = <T extends readonly unknown[]>(a: T, b: T) => String(a[0]).localeCompare(String(b[0]), 'en');
const uniqSorted = (xs: Iterable<string>) => [...new Set(xs)].sort((a, b) => a.localeCompare(b, 'en'));

function fail(message: string): never {
  throw new Error(`build-localities: ${message}`);
}

/** Split "Huyện Lương Sơn" into its type ("Huyện") given the bare name ("Lương Sơn"). */
function typeOf(fullName: string, name: string, allowed: string[], what: string): string {
  const full = fullName.normalize('NFC').trim();
  const bare = name.normalize('NFC').trim();
  if (!full.endsWith(bare)) fail(`${what}: full name "${full}" does not end with "${bare}"`);
  const raw = full.slice(0, full.length - bare.length).trim();
  const type = raw.charAt(0).toUpperCase() + raw.slice(1);
  if (!allowed.includes(type)) fail(`${what}: unexpected unit type "${raw}" in "${full}"`);
  return type;
}

let toneChanges = 0;
function display(name: string): string {
  const nfc = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  const out = classicToneStyle(nfc);
  if (out !== nfc) toneChanges++;
  return out;
}

/** Compact JSON with sorted object keys. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    return `{${Object.keys(obj)
      .sort()
      .filter((k) => obj[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${compact(obj[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Objects expanded with sorted keys; arrays that are object values get one element per line. */
function format(value: unknown, indent = ''): string {
  const next = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => next + compact(v)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).sort().filter((k) => obj[k] !== undefined);
    return `{\n${keys.map((k) => `${next}${JSON.stringify(k)}: ${format(obj[k], next)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

// ---------------------------------------------------------------- build

export function buildLocalities(dataDir: string = DEFAULT_DATA_DIR, historyFile: string = HISTORY_FILE): { json: string; report: Report } {
  toneChanges = 0;
  const warnings: string[] = [];
  const raw = Object.fromEntries(
    Object.entries(INPUTS).map(([k, rel]) => {
      try {
        return [k, readFileSync(path.join(dataDir, rel))];
      } catch {
        return fail(`cannot read ${path.join(dataDir, rel)} (pass the data directory as the first argument)`);
      }
    }),
  ) as Record<keyof typeof INPUTS, Buffer>;
  const parse = <T>(k: keyof typeof INPUTS) => JSON.parse(raw[k].toString('utf8')) as T;
  const oldTree = parse<TlqOldProvince[]>('old');
  const curTree = parse<TlqNewProvince[]>('current');
  const splits = parse<SplitsFile>('splits');
  const merges = parse<MergesFile>('merges');
  const history = JSON.parse(readFileSync(historyFile, 'utf8')) as HistoryFile;

  // --- pre-reform units (01/03/2025)
  const oldProvinces = new Map<string, OldProvinceRow>();
  const oldDistricts = new Map<string, OldDistrictRow>();
  const oldCommunes = new Map<string, OldCommuneRow>();
  for (const p of oldTree) {
    oldProvinces.set(p.Code, [p.Code, display(p.Name), typeOf(p.FullName, p.Name, OLD_PROVINCE_TYPES, p.Code), '']);
    for (const d of p.District) {
      if (d.ProvinceCode !== p.Code) fail(`district ${d.Code} lists province ${d.ProvinceCode} inside ${p.Code}`);
      oldDistricts.set(d.Code, [d.Code, display(d.Name), typeOf(d.FullName, d.Name, OLD_DISTRICT_TYPES, d.Code), p.Code]);
      for (const w of d.Ward ?? []) {
        if (w.DistrictCode !== d.Code) fail(`commune ${w.Code} lists district ${w.DistrictCode} inside ${d.Code}`);
        if (oldCommunes.has(w.Code)) fail(`duplicate old commune code ${w.Code}`);
        oldCommunes.set(w.Code, [w.Code, display(w.Name), typeOf(w.FullName, w.Name, OLD_COMMUNE_TYPES, w.Code), d.Code, []]);
      }
    }
  }

  // --- current units
  const curProvinces = new Map<string, CurProvinceRow>();
  const curCommunes = new Map<string, CurCommuneRow>();
  for (const p of curTree) {
    const ptype = p.AdministrativeUnitShortName;
    if (!OLD_PROVINCE_TYPES.includes(ptype)) fail(`current province ${p.Code}: unexpected type "${ptype}"`);
    typeOf(p.FullName, p.Name, [ptype], p.Code);
    curProvinces.set(p.Code, [p.Code, display(p.Name), ptype, []]);
    for (const w of p.Wards) {
      const wtype = w.AdministrativeUnitShortName;
      if (!NEW_COMMUNE_TYPES.includes(wtype)) fail(`current commune ${w.Code}: unexpected type "${wtype}"`);
      // FullName is checked case-insensitively: HEAD writes 06325 as "xã Bắc Sơn".
      typeOf(w.FullName, w.Name, [wtype], w.Code);
      if (w.ProvinceCode !== p.Code) fail(`current commune ${w.Code} lists province ${w.ProvinceCode} inside ${p.Code}`);
      if (curCommunes.has(w.Code)) fail(`duplicate current commune code ${w.Code}`);
      curCommunes.set(w.Code, [w.Code, display(w.Name), wtype, p.Code, []]);
    }
  }

  // --- dvhcvn new ids that the current list writes with another code (same name, same province).
  const referencedNew = new Set<string>();
  for (const p of merges.data) for (const c of p.level2s) referencedNew.add(c.level2_id);
  const aliases = new Map<string, string>();
  const aliasOf = (id: string, name: string, province: string): string => {
    if (curCommunes.has(id)) return id;
    const known = aliases.get(id);
    if (known) return known;
    const matches = [...curCommunes.values()].filter(
      (c) => c[3] === province && !referencedNew.has(c[0]) && nameKey(`${c[2]} ${c[1]}`) === nameKey(name),
    );
    if (matches.length !== 1 || !matches[0]) return fail(`new commune id ${id} (${name}) is not in the current list and has no unique alias`);
    aliases.set(id, matches[0][0]);
    return matches[0][0];
  };

  // --- old province → new province
  for (const p of splits.data) {
    const row = oldProvinces.get(p.level1_id) ?? fail(`splits.json: unknown old province ${p.level1_id}`);
    if (p.splits.length !== 1 || !p.splits[0]) fail(`splits.json: old province ${p.level1_id} maps to ${p.splits.length} provinces`);
    const target = p.splits[0].new_id;
    if (!curProvinces.has(target)) fail(`splits.json: province ${p.level1_id} → unknown new province ${target}`);
    row[3] = target;
  }
  for (const row of oldProvinces.values()) if (!row[3]) fail(`old province ${row[0]} has no new province`);
  for (const p of merges.data) {
    const row = curProvinces.get(p.level1_id) ?? fail(`merges.json: unknown new province ${p.level1_id}`);
    row[3] = uniqSorted(p.merges.map((m) => m.old_id));
    for (const m of p.merges) {
      const old = oldProvinces.get(m.old_id);
      if (!old || old[3] !== p.level1_id) fail(`merges.json and splits.json disagree on old province ${m.old_id}`);
    }
  }

  // --- old commune → new communes (splits.json); ids absent from v2.4.1 are kept apart
  const unlisted = new Map<string, UnlistedRow>();
  for (const p of splits.data) {
    const newProvince = oldProvinces.get(p.level1_id)?.[3] ?? '';
    for (const d of p.level2s ?? []) {
      const row = oldDistricts.get(d.level2_id) ?? fail(`splits.json: unknown old district ${d.level2_id}`);
      if (row[3] !== p.level1_id) fail(`splits.json: district ${d.level2_id} is not in province ${p.level1_id}`);
      const targets = uniqSorted(d.splits.map((s) => aliasOf(s.new_id, s.name, newProvince)));
      oldDistricts.set(d.level2_id, [row[0], row[1], row[2], row[3], targets]);
    }
    for (const c of p.level3s) {
      const targets = uniqSorted(c.splits.map((s) => aliasOf(s.new_id, s.name, newProvince)));
      if (targets.length === 0) fail(`splits.json: old commune ${c.level3_id} maps to nothing`);
      const row = oldCommunes.get(c.level3_id);
      if (row) {
        const district = oldDistricts.get(row[3]);
        if (district?.[3] !== p.level1_id) fail(`splits.json: commune ${c.level3_id} is not in province ${p.level1_id}`);
        row[4] = targets;
      } else {
        const bare = c.name.normalize('NFC').replace(/^(Xã|Phường|Thị trấn)\s+/u, '');
        unlisted.set(c.level3_id, [c.level3_id, display(bare), typeOf(c.name, bare, OLD_COMMUNE_TYPES, c.level3_id), p.level1_id, targets]);
      }
    }
  }
  for (const row of oldCommunes.values()) if (row[4].length === 0) fail(`old commune ${row[0]} is missing from splits.json`);

  // --- new commune → old units (merges.json)
  let unlistedRefs = 0;
  for (const p of merges.data) {
    for (const c of p.level2s) {
      const code = aliasOf(c.level2_id, c.name, p.level1_id);
      const row = curCommunes.get(code) ?? fail(`merges.json: unknown new commune ${code}`);
      if (row[3] !== p.level1_id) fail(`merges.json: commune ${code} is not in province ${p.level1_id}`);
      const former = new Map<string, 'full' | 'partial'>();
      for (const m of c.merges) {
        if (!oldCommunes.has(m.old_id) && !oldDistricts.has(m.old_id)) {
          if (!unlisted.has(m.old_id)) fail(`merges.json: old id ${m.old_id} (${m.name}) is unknown to both lists`);
          unlistedRefs++;
          continue;
        }
        const prev = former.get(m.old_id);
        former.set(m.old_id, prev === 'full' || m.type === 'full' ? 'full' : 'partial');
      }
      row[4] = [...former.entries()].sort(byCode);
    }
  }
  // No 2025 commune crosses an old province border (src/data/upstream/SOURCES.md §3), so a link from a new
  // commune to an old unit of another old province than that of most of its `full` constituents is an
  // extraction error in dvhcvn (see github.com/dvhcvn/20250701/issues/3); such links are dropped, both ways.
  const oldProvinceOf = (code: string): string =>
    code.length === 3 ? (oldDistricts.get(code)?.[3] ?? '') : (oldDistricts.get(oldCommunes.get(code)?.[3] ?? '')?.[3] ?? '');
  const dropped: DroppedRow[] = [];
  for (const row of curCommunes.values()) {
    const votes = new Map<string, number>();
    for (const [old, share] of row[4]) if (share === 'full') votes.set(oldProvinceOf(old), (votes.get(oldProvinceOf(old)) ?? 0) + 1);
    if (votes.size === 0) for (const [old] of row[4]) votes.set(oldProvinceOf(old), (votes.get(oldProvinceOf(old)) ?? 0) + 1);
    const best = Math.max(...votes.values());
    const winners = [...votes.entries()].filter(([, n]) => n === best).map(([p]) => p);
    if (winners.length !== 1 || !winners[0]) {
      if (votes.size > 1) warnings.push(`current commune ${row[0]}: former units from several old provinces, no majority`);
      continue;
    }
    const home = winners[0];
    row[4] = row[4].filter(([old, share]) => {
      if (oldProvinceOf(old) === home) return true;
      dropped.push([old, row[0], share, `old province ${oldProvinceOf(old)}, new commune lies in old province ${home}`]);
      const target = oldCommunes.get(old) ?? oldDistricts.get(old);
      if (target && Array.isArray(target[4])) target[4] = target[4].filter((t) => t !== row[0]);
      return false;
    });
  }
  dropped.sort((a, b) => a[0].localeCompare(b[0], 'en') || a[1].localeCompare(b[1], 'en'));
  const orphans = [...oldCommunes.values()].filter((r) => r[4].length === 0).map((r) => r[0]);

  // Cross-check both directions of the mapping.
  let disagreements = 0;
  for (const row of curCommunes.values()) {
    if (row[4].length === 0) warnings.push(`current commune ${row[0]} has no listed former unit`);
    for (const [old] of row[4]) {
      const targets = oldCommunes.get(old)?.[4] ?? (oldDistricts.get(old)?.[4] as string[] | undefined) ?? [];
      if (!targets.includes(row[0])) disagreements++;
    }
  }
  for (const row of oldCommunes.values()) {
    for (const t of row[4]) if (!curCommunes.get(t)?.[4].some(([c]) => c === row[0])) disagreements++;
  }
  if (disagreements) warnings.push(`${disagreements} old↔new links appear in only one of splits.json / merges.json`);

  // --- history (hand-written)
  const hist = { provinces: history.provinces ?? [], districts: history.districts ?? [], communes: history.communes ?? [] };
  const allTypes = [...OLD_PROVINCE_TYPES, ...OLD_DISTRICT_TYPES, ...OLD_COMMUNE_TYPES];
  const checkEntry = (level: 'provinces' | 'districts' | 'communes', e: HistoryEntry) => {
    const where = `locality-history.json ${level} ${e.code}`;
    const pattern = { provinces: /^\d{2}$/, districts: /^\d{3}$/, communes: /^\d{5}$/ }[level];
    if (!pattern.test(e.code)) fail(`${where}: bad code`);
    if (!allTypes.includes(e.type)) fail(`${where}: unknown type "${e.type}"`);
    if (!e.name || !e.note || !e.noteEn) fail(`${where}: name, note and noteEn are required`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.until)) fail(`${where}: until must be YYYY-MM-DD`);
    const lists = { provinces: oldProvinces, districts: oldDistricts, communes: oldCommunes }[level];
    const inHistory = (code: string) => hist[level].some((x) => x.code === code && x !== e);
    if (!lists.has(e.successor) && !inHistory(e.successor)) fail(`${where}: successor ${e.successor} is unknown`);
    if (level === 'districts' && !(e.province && (oldProvinces.has(e.province) || hist.provinces.some((x) => x.code === e.province))))
      fail(`${where}: province ${e.province} is unknown`);
    if (level === 'communes' && !(e.district && (oldDistricts.has(e.district) || hist.districts.some((x) => x.code === e.district))))
      fail(`${where}: district ${e.district} is unknown`);
    for (const c of e.communes ?? []) if (!oldCommunes.has(c)) fail(`${where}: commune ${c} is unknown`);
  };
  for (const level of ['provinces', 'districts', 'communes'] as const) {
    for (const e of hist[level]) checkEntry(level, e);
    // successor chains must end in the list
    for (const e of hist[level]) {
      let code = e.successor;
      const lists = { provinces: oldProvinces, districts: oldDistricts, communes: oldCommunes }[level];
      for (let i = 0; !lists.has(code); i++) {
        if (i > 20) fail(`locality-history.json ${level} ${e.code}: successor chain loops`);
        code = hist[level].find((x) => x.code === code)?.successor ?? fail(`${level} ${e.code}: broken successor chain`);
      }
    }
    hist[level] = hist[level]
      .map((e) => ({ ...e, name: display(e.name) }))
      .sort((a, b) => a.code.localeCompare(b.code, 'en') || a.until.localeCompare(b.until, 'en'));
  }

  const counts = {
    currentProvinces: curProvinces.size,
    currentCommunes: curCommunes.size,
    oldProvinces: oldProvinces.size,
    oldDistricts: oldDistricts.size,
    oldCommunes: oldCommunes.size,
    unlistedOldCommunes: unlisted.size,
    droppedLinks: dropped.length,
    oldCommunesWithoutSuccessor: orphans.length,
    historyEntries: hist.provinces.length + hist.districts.length + hist.communes.length,
  };

  const inputs = Object.fromEntries(Object.entries(INPUTS).map(([k, rel]) => [rel, sha256(raw[k as keyof typeof INPUTS])]));
  const out = {
    about:
      'Gazetteer of Vietnamese administrative units, generated by tools/build-localities.ts (npm run data:localities); do not edit by hand. See src/data/SOURCES.md.',
    format: {
      'current.provinces': '[code, name, type, formerProvinceCodes]',
      'current.communes': '[code, name, type, provinceCode, [[formerCode, "full"|"partial"]]] — formerCode is an old commune, or an old island district (3 digits)',
      'former.provinces': '[code, name, type, currentProvinceCode] — units of 01/03/2025',
      'former.districts': '[code, name, type, provinceCode, currentCommuneCodes?] — the last field only for island districts without communes',
      'former.communes': '[code, name, type, districtCode, currentCommuneCodes]',
      history: 'units that had ceased before 01/03/2025, from src/data/locality-history.json',
      unlisted:
        '[code, name, type, oldProvinceCode, currentCommuneCodes] — old ids in dvhcvn splits.json that are not in the official list of 01/03/2025; not accepted as codes',
      dropped:
        '[oldCode, newCode, share, reason] — dvhcvn links that cross an old province border, left out of current.communes and former.communes',
      names: 'names are written in the classic tone style (Hòa, Thủy) with classicToneStyle()',
    },
    inputs,
    counts,
    current: {
      provinces: [...curProvinces.values()].sort(byCode),
      communes: [...curCommunes.values()].sort(byCode),
    },
    former: {
      provinces: [...oldProvinces.values()].sort(byCode),
      districts: [...oldDistricts.values()].sort(byCode),
      communes: [...oldCommunes.values()].sort(byCode),
    },
    history: hist,
    unlisted: [...unlisted.values()].sort(byCode),
    dropped,
  };
  const json = `${format(out)}\n`;
  return {
    json,
    report: {
      counts: { ...counts, unlistedReferencesInMerges: unlistedRefs },
      renamedForToneStyle: toneChanges,
      aliases: Object.fromEntries([...aliases.entries()].sort(byCode)),
      unlisted: [...unlisted.values()].sort(byCode).map((u) => `${u[0]} ${u[2]} ${u[1]} (province ${u[3]}) → ${u[4].join(', ')}`),
      dropped: dropped.map((d) => `${d[0]} → ${d[1]} (${d[2]}): ${d[3]}`),
      orphans,
      warnings,
    },
  };
}

function main() {
  const dataDir = path.resolve(process.argv[2] ?? DEFAULT_DATA_DIR);
  const outFile = path.resolve(process.argv[3] ?? DEFAULT_OUT);
  let built: ReturnType<typeof buildLocalities>;
  try {
    built = buildLocalities(dataDir);
  } catch (err) {
    // An editor sees what went wrong and what to do, not a stack trace; nothing is written.
    console.error(
      `Không tạo được danh mục đơn vị hành chính; chưa ghi gì. Kiểm tra thư mục dữ liệu ${path.relative(process.cwd(), dataDir) || dataDir} (mặc định: src/data/upstream).\n` +
        `Could not build the gazetteer; nothing was written: ${(err as Error).message}`,
    );
    if (process.env.DEBUG) console.error(err);
    process.exit(1);
  }
  const { json, report } = built;
  writeFileAtomic(outFile, json);
  const c = report.counts;
  console.log(`wrote ${path.relative(process.cwd(), outFile) || outFile} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB)`);
  console.log(
    `current: ${c.currentProvinces} provinces, ${c.currentCommunes} communes; ` +
      `before 01/07/2025: ${c.oldProvinces} provinces, ${c.oldDistricts} districts, ${c.oldCommunes} communes; history: ${c.historyEntries}`,
  );
  console.log(`names restyled to Hòa/Thủy: ${report.renamedForToneStyle}`);
  console.log(`dvhcvn new ids aliased: ${Object.entries(report.aliases).map(([a, b]) => `${a}→${b}`).join(', ') || 'none'}`);
  console.log(`dvhcvn old ids not in the official list (kept under "unlisted"): ${report.unlisted.length}`);
  for (const u of report.unlisted) console.log(`  ${u}`);
  console.log(`dvhcvn links dropped as crossing an old province border: ${report.dropped.length}`);
  for (const d of report.dropped) console.log(`  ${d}`);
  if (report.orphans.length) console.log(`old communes left without a successor (editors must pin current.commune): ${report.orphans.join(', ')}`);
  for (const w of report.warnings) console.warn(`warning: ${w}`);
}

const isMain = (import.meta as { main?: boolean }).main ?? process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) main();

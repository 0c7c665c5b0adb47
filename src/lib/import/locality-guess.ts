/**
 * Locality from an address as a list writes it ("xã Thành Lập, huyện Lương Sơn", "Thanh Lap - Luong
 * Son", "phường Hòa Bình, tỉnh Phú Thọ"), matched against the gazetteer: units before 1 July 2025
 * (with their older names) and today's communes, names with or without accents. The plan's own
 * locality fills in the province (and district) a row leaves out.
 */
import type { Locality } from '../../schema/profile.ts';
import {
  currentProvinceOfOld,
  findCurrentCommunes,
  findUnitsByName,
  oldDistrict,
  oldProvince,
  resolveLocality,
  type NamedUnit,
} from '../locality.ts';
import { reviewText } from '../review.ts';
import type { Guess } from './guess.ts';
import { fold } from './layout.ts';

export interface PlanPlace {
  province: string;
  district?: string | undefined;
  year: number;
}

const COMMUNE = /^(?:xa|phuong|thi tran|tt|dac khu)\b/;
const DISTRICT = /^(?:huyen|quan|thi xa|tx|thanh pho|tp)\b/;
const PROVINCE = /^tinh\b/;
// Parts that name a place below a commune: never matched against the gazetteer.
const BELOW = /^(?:thon|xom|ban|bon|to|khu|ap|so|duong|pho|ngo|ngach|kiet|hem|lang|khoi|tieu khu|to dan pho|cum)\b/;

/** "Xã Thành Lập" → "xã Thành Lập": unit names are written with a lowercase type word, as the plans do. */
const lowerType = (fullName: string) => fullName.charAt(0).toLowerCase() + fullName.slice(1);

export function guessLocality(address: string, plan: PlanPlace): Guess<Locality> & { value: Locality } {
  const parts = address
    .split(/[,;–—]|\s-\s/)
    .map((p) => p.trim())
    .filter(Boolean);
  const typed = (re: RegExp) => parts.filter((p) => re.test(fold(p)));
  const untyped = parts.filter((p) => !COMMUNE.test(fold(p)) && !DISTRICT.test(fold(p)) && !PROVINCE.test(fold(p)) && !BELOW.test(fold(p)));
  const notes: string[] = [];
  let sure = true;

  // Province: named, else the plan's.
  let provinceCode = plan.province;
  let provinceName = lowerType(oldProvince(plan.province)?.fullName ?? '');
  const provincePart = typed(PROVINCE)[0];
  if (provincePart) {
    const hits = findUnitsByName('province', provincePart);
    if (hits.length === 1 && hits[0]) {
      provinceCode = hits[0].code;
      provinceName = provincePart;
      if (!hits[0].exact) sure = false;
    } else {
      return unresolved(address, plan, `không tìm thấy “${provincePart}” trong danh mục tỉnh`);
    }
  }

  // District: named (typed, or an untyped part that is one), else the plan's district.
  let district: NamedUnit | undefined;
  let districtName = '';
  for (const part of [...typed(DISTRICT), ...untyped]) {
    const hits = findUnitsByName('district', part, provinceCode);
    const pick = hits.length === 1 ? hits[0] : undefined;
    if (pick) {
      district = pick;
      districtName = DISTRICT.test(fold(part)) ? part : lowerType(pick.fullName);
      if (!pick.exact || !DISTRICT.test(fold(part))) sure = false;
      break;
    }
    if (DISTRICT.test(fold(part)) && !/^(?:thanh pho|tp)\b/.test(fold(part)))
      return unresolved(address, plan, `không tìm thấy “${part}” trong ${lowerType(oldProvince(provinceCode)?.fullName ?? provinceCode)}`);
  }
  if (!district && plan.district && !provincePart) {
    const d = oldDistrict(plan.district);
    if (d) {
      district = { level: 'district', code: d.code, name: d.name, fullName: d.fullName, parent: d.provinceCode, exact: true };
      districtName = lowerType(d.fullName);
      notes.push('huyện theo kế hoạch');
    }
  }

  // Commune: named (typed, or an untyped part), among old units; else among today's communes.
  const communeParts = [...typed(COMMUNE), ...untyped.filter((p) => !district || fold(p) !== fold(district.name))];
  const today = currentProvinceOfOld(provinceCode);
  const loc: Locality = { address, province: { name: provinceName, code: provinceCode } };
  if (district) loc.district = { name: districtName, code: district.code };
  for (const part of communeParts) {
    const isTyped = COMMUNE.test(fold(part));
    const old = findUnitsByName('commune', part, district?.code ?? provinceCode);
    const now = today ? findCurrentCommunes(today.code, part) : [];
    const preferNew = plan.year >= 2025 || (!district && typed(DISTRICT).length === 0 && now.length === 1 && old.length !== 1);
    if (preferNew && now.length === 1 && now[0]) {
      loc.commune = { name: isTyped ? part : lowerType(now[0].fullName) };
      loc.current = { commune: now[0].code };
      if (loc.district && plan.year >= 2025) delete loc.district;
      notes.push(`đơn vị sau 01/07/2025: ${now[0].fullName}`);
      if (!now[0].exact || !isTyped) sure = false;
      break;
    }
    if (old.length === 1 && old[0]) {
      loc.commune = { name: isTyped ? part : lowerType(old[0].fullName), code: old[0].code };
      if (!old[0].exact || !isTyped) sure = false;
      break;
    }
    if (isTyped) {
      const why =
        old.length > 1
          ? `“${part}” trùng tên nhiều xã (${old.map((u) => u.code).join(', ')}); ghi mã xã`
          : `không tìm thấy “${part}” trong danh mục đơn vị hành chính`;
      loc.commune = { name: reviewText(why) };
      const result = { value: loc, confidence: 'can-xem-lai' as const, why };
      return resolveLocality(withoutReview(loc)).ok ? result : unresolved(address, plan, why);
    }
  }

  const resolved = resolveLocality(loc);
  if (!resolved.ok) return unresolved(address, plan, resolved.issues[0]?.vi ?? 'địa bàn không xác định được');
  const named = [loc.commune?.name, loc.district?.name, loc.province.name].filter(Boolean).join(', ');
  return { value: loc, confidence: sure && !notes.includes('huyện theo kế hoạch') ? 'chac-chan' : 'suy-luan', why: [named, ...notes].join('; ') };
}

function withoutReview(loc: Locality): Locality {
  const { commune: _commune, ...rest } = loc;
  return rest;
}

/** The plan's province only, and the address kept as written with a marked commune to review. */
function unresolved(address: string, plan: PlanPlace, why: string): Guess<Locality> & { value: Locality } {
  const province = oldProvince(plan.province);
  return {
    value: { address, province: { name: lowerType(province?.fullName ?? ''), code: plan.province }, commune: { name: reviewText(why) } },
    confidence: 'can-xem-lai',
    why,
  };
}

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  currentCommune,
  currentCommuneBySlug,
  currentCommunesOf,
  currentProvince,
  currentProvinceBySlug,
  currentProvinces,
  formerProvincesOf,
  oldCommune,
  oldDistrict,
  oldProvince,
  resolveLocality,
  type LocalityIssue,
  type ResolvedLocality,
} from '../../src/lib/locality.ts';
import type { Locality } from '../../src/schema/profile.ts';
import { buildLocalities } from '../../tools/build-localities.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATA_DIR = path.join(ROOT, 'src/data/upstream');
const JSON_FILE = path.join(ROOT, 'src/data/localities.json');

type Parts = Omit<Locality, 'address'>;
const loc = (parts: Parts): Locality => ({ address: 'địa chỉ thử', ...parts });

function ok(parts: Parts): ResolvedLocality {
  const r = resolveLocality(loc(parts));
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.issues)}`);
  return r.value;
}
function issues(parts: Parts): LocalityIssue[] {
  const r = resolveLocality(loc(parts));
  if (r.ok) throw new Error(`expected issues, got ${JSON.stringify(r.value)}`);
  for (const i of r.issues) {
    expect(i.vi.length).toBeGreaterThan(0);
    expect(i.en.length).toBeGreaterThan(0);
  }
  return r.issues;
}

const HOA_BINH = { name: 'tỉnh Hòa Bình', code: '17' };
const LUONG_SON = { name: 'huyện Lương Sơn', code: '152' };
const KY_SON = { name: 'huyện Kỳ Sơn', code: '151' };

describe('provinces', () => {
  it('has the 34 current provinces, sorted by Vietnamese name, with unique ASCII slugs', () => {
    const all = currentProvinces();
    expect(all).toHaveLength(34);
    const collator = new Intl.Collator('vi');
    expect(all.map((p) => p.name)).toEqual([...all.map((p) => p.name)].sort(collator.compare));
    expect(new Set(all.map((p) => p.slug)).size).toBe(34);
    for (const p of all) expect(p.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(currentProvince('25')).toMatchObject({ name: 'Phú Thọ', fullName: 'Tỉnh Phú Thọ', slug: 'phu-tho' });
    expect(currentProvince('01')).toMatchObject({ fullName: 'Thành phố Hà Nội', slug: 'ha-noi' });
    expect(currentProvinceBySlug('ho-chi-minh')?.code).toBe('79');
    // the 2026 change: Đồng Nai is a municipality (NQ 30/2026/QH16)
    expect(currentProvince('75')?.fullName).toBe('Thành phố Đồng Nai');
    expect(currentProvince('17')).toBeUndefined();
  });

  it('maps old provinces to the new ones', () => {
    expect(ok({ province: HOA_BINH }).province.code).toBe('25');
    expect(ok({ province: { name: 'tỉnh Hà Giang', code: '02' } }).province).toMatchObject({ code: '08', name: 'Tuyên Quang' });
    expect(ok({ province: { name: 'Hưng Yên', code: '33' } }).province.code).toBe('33');
    expect(formerProvincesOf('33').map((p) => p.name)).toEqual(['Hưng Yên', 'Thái Bình']);
    expect(formerProvincesOf('25').map((p) => p.code)).toEqual(['25', '17', '26']);
    expect(formerProvincesOf('01').map((p) => p.code)).toEqual(['01']);
    const covered = currentProvinces().flatMap((p) => formerProvincesOf(p.code).map((o) => o.code));
    expect(new Set(covered).size).toBe(63);
    expect(oldProvince('17')).toEqual({ code: '17', name: 'Hòa Bình', fullName: 'Tỉnh Hòa Bình' });
  });

  it('resolves a province given by name only', () => {
    expect(ok({ province: { name: 'Tỉnh Hoà Bình' } }).province.code).toBe('25');
    expect(issues({ province: { name: 'tỉnh Hà Sơn Bình' } })[0]?.field).toBe('locality.province.code');
  });
});

describe('communes and history', () => {
  it('resolves xã Thành Lập (04969, before 2020) to today’s xã Liên Sơn (04960), Phú Thọ', () => {
    const r = ok({ province: HOA_BINH, district: LUONG_SON, commune: { name: 'xã Thành Lập', code: '04969' } });
    expect(r.province.code).toBe('25');
    expect(r.commune).toMatchObject({ code: '04960', fullName: 'Xã Liên Sơn', provinceCode: '25', slug: 'xa-lien-son' });
    expect(r.former.commune).toMatchObject({ code: '04969', fullName: 'Xã Thành Lập' });
    expect(r.former.commune?.note).toContain('01/01/2020');
    expect(r.former.district).toEqual({ code: '152', name: 'Lương Sơn', fullName: 'Huyện Lương Sơn' });
    // the name the code carries in the 2025 list also works, without a note
    const now = ok({ province: HOA_BINH, district: LUONG_SON, commune: { name: 'xã Liên Sơn', code: '04969' } });
    expect(now.commune?.code).toBe('04960');
    expect(now.former.commune?.note).toBeUndefined();
    expect(oldCommune('04969')).toEqual({ code: '04969', name: 'Liên Sơn', fullName: 'Xã Liên Sơn', districtCode: '152' });
    expect(currentCommune('04960')?.former.map((f) => f.code)).toContain('04969');
  });

  it('knows huyện Kỳ Sơn (151), merged into thành phố Hòa Bình (148) on 01/01/2020', () => {
    expect(oldDistrict('151')).toEqual({ code: '151', name: 'Kỳ Sơn', fullName: 'Huyện Kỳ Sơn', provinceCode: '17' });
    const r = ok({ province: HOA_BINH, district: KY_SON });
    expect(r.province.code).toBe('25');
    expect(r.commune).toBeUndefined();
    expect(r.former.district?.note).toBe('sáp nhập vào thành phố Hòa Bình từ 01/01/2020');
    // communes that now sit under 148 are accepted under 151
    const c = ok({ province: HOA_BINH, district: KY_SON, commune: { name: 'xã Độc Lập', code: '04921' } });
    expect(c.commune?.code).toBe('04894');
    // …but not communes of another district
    const bad = issues({ province: HOA_BINH, district: KY_SON, commune: { name: 'xã Liên Sơn', code: '04969' } });
    expect(bad.map((i) => i.field)).toEqual(['locality.commune.code']);
    expect(bad[0]?.vi).toContain('Huyện Lương Sơn');
  });

  it('matches names whatever the tone style, case and type word', () => {
    expect(ok({ province: { name: 'Tỉnh Hoà Bình', code: '17' } }).former.province.fullName).toBe('Tỉnh Hòa Bình');
    expect(ok({ province: HOA_BINH, district: { name: 'huyện Lạc Thuỷ', code: '159' } }).former.district?.fullName).toBe('Huyện Lạc Thủy');
    expect(ok({ province: HOA_BINH, district: { name: 'Lạc Thủy', code: '159' } }).province.code).toBe('25');
    expect(ok({ province: { name: 'TP. Hà Nội', code: '01' } }).province.code).toBe('01');
    ok({ province: HOA_BINH, district: LUONG_SON, commune: { name: 'XÃ  liên   sơn', code: '04969' } });
  });

  it('accepts names without codes, mapping from the nearest coded level', () => {
    const byName = ok({ province: HOA_BINH, district: { name: 'huyện Lương Sơn' }, commune: { name: 'xã Thành Lập', code: '04969' } });
    expect(byName.former.district?.code).toBe('152');
    expect(byName.commune?.code).toBe('04960');
    const communeName = ok({ province: HOA_BINH, district: KY_SON, commune: { name: 'xã Dân Hạ' } });
    expect(communeName.former.commune).toEqual({ name: 'Dân Hạ', fullName: 'Xã Dân Hạ' });
    expect(communeName.commune).toBeUndefined();
    expect(communeName.province.code).toBe('25');
    const pinned = ok({ province: HOA_BINH, district: KY_SON, commune: { name: 'xã Dân Hạ' }, current: { commune: '04894' } });
    expect(pinned.commune?.fullName).toBe('Phường Kỳ Sơn');
    expect(ok({ province: { name: 'tỉnh Hòa Bình' }, district: LUONG_SON }).province.code).toBe('25');
  });

  it('maps island districts to their special zones', () => {
    const r = ok({ province: { name: 'tỉnh Bà Rịa - Vũng Tàu', code: '77' }, district: { name: 'huyện Côn Đảo', code: '755' } });
    expect(r.province.code).toBe('79');
    expect(r.commune).toMatchObject({ code: '26732', fullName: 'Đặc khu Côn Đảo' });
  });
});

describe('issues', () => {
  const fields = (xs: LocalityIssue[]) => xs.map((i) => i.field);

  it('reports unknown codes', () => {
    const c = issues({ province: HOA_BINH, commune: { name: 'xã Thành Lập', code: '04970' } });
    expect(c).toEqual([
      {
        field: 'locality.commune.code',
        vi: 'Mã xã "04970" không có trong danh mục đơn vị hành chính trước 01/07/2025.',
        en: 'unknown commune code "04970" (not in the pre-2025 list)',
      },
    ]);
    expect(fields(issues({ province: HOA_BINH, district: { name: 'huyện X', code: '999' } }))).toEqual(['locality.district.code']);
    expect(fields(issues({ province: { name: 'tỉnh X', code: '99' } }))).toContain('locality.province.code');
    // an id only dvhcvn knows (merged before 01/03/2025)
    const unlisted = issues({ province: { name: 'tỉnh Bắc Giang', code: '24' }, commune: { name: 'xã Tân An', code: '07693' } });
    expect(fields(unlisted)).toEqual(['locality.commune.code']);
    expect(unlisted[0]?.vi).toContain('locality-history.json');
  });

  it('reports names that do not match the code', () => {
    expect(fields(issues({ province: { name: 'tỉnh Phú Thọ', code: '17' } }))).toEqual(['locality.province.name']);
    const c = issues({ province: HOA_BINH, district: LUONG_SON, commune: { name: 'xã Thành Lâm', code: '04969' } });
    expect(fields(c)).toEqual(['locality.commune.name']);
    expect(c[0]?.vi).toContain('Xã Thành Lập');
    expect(ok({ province: HOA_BINH, district: { name: 'huyện Lương Sơn' }, commune: { name: 'xã Liên Sơn', code: '04969' } }).commune?.code).toBe('04960');
  });

  it('reports units outside their parent', () => {
    const c = issues({ province: HOA_BINH, district: { name: 'thành phố Hòa Bình', code: '148' }, commune: { name: 'xã Liên Sơn', code: '04969' } });
    expect(fields(c)).toEqual(['locality.commune.code']);
    expect(fields(issues({ province: { name: 'tỉnh Phú Thọ', code: '25' }, district: LUONG_SON }))).toEqual(['locality.district.code']);
    expect(fields(issues({ province: { name: 'tỉnh Phú Thọ', code: '25' }, commune: { name: 'xã Liên Sơn', code: '04969' } }))).toEqual([
      'locality.commune.code',
    ]);
    expect(fields(issues({ province: HOA_BINH, district: { name: 'huyện Kim Bôi' }, commune: { name: 'xã Liên Sơn', code: '04969' } }))).toEqual([
      'locality.district.name',
    ]);
  });

  it('asks which commune when the old one was split, and checks the choice', () => {
    const congVi = { province: { name: 'thành phố Hà Nội', code: '01' }, district: { name: 'quận Ba Đình', code: '001' }, commune: { name: 'phường Cống Vị', code: '00007' } };
    const split = issues(congVi);
    expect(fields(split)).toEqual(['locality.current.commune']);
    expect(split[0]?.vi).toContain('00008');
    expect(split[0]?.vi).toContain('00025');
    expect(split[0]?.en).toContain('Phường Giảng Võ');
    expect(ok({ ...congVi, current: { commune: '00025' } }).commune?.fullName).toBe('Phường Giảng Võ');
    expect(fields(issues({ ...congVi, current: { commune: '00004' } }))).toEqual(['locality.current.commune']);
    expect(fields(issues({ ...congVi, current: { commune: '99999' } }))).toEqual(['locality.current.commune']);
  });

  it('checks the pinned current province', () => {
    expect(ok({ province: HOA_BINH, current: { province: '25' } }).province.code).toBe('25');
    expect(fields(issues({ province: HOA_BINH, current: { province: '01' } }))).toEqual(['locality.current.province']);
    expect(fields(issues({ province: HOA_BINH, current: { province: '17' } }))).toEqual(['locality.current.province']);
  });

  it('asks for a pin where the dvhcvn link was dropped', () => {
    const tanPhu = { province: { name: 'tỉnh An Giang', code: '89' }, district: { name: 'huyện Châu Thành', code: '892' }, commune: { name: 'xã Tân Phú', code: '30622' } };
    expect(fields(issues(tanPhu))).toEqual(['locality.current.commune']);
    expect(ok({ ...tanPhu, current: { commune: '30619' } }).commune?.provinceCode).toBe('91');
    // a pin in another province is refused
    expect(fields(issues({ ...tanPhu, current: { commune: '30259' } }))).toEqual(['locality.current.commune']);
  });
});

describe('current communes', () => {
  it('has 3,321 communes with slugs unique within each province', () => {
    let total = 0;
    for (const p of currentProvinces()) {
      const communes = currentCommunesOf(p.code);
      total += communes.length;
      const slugs = communes.map((c) => c.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
      for (const c of communes) {
        expect(c.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        expect(c.former.length).toBeGreaterThan(0);
        expect(currentCommuneBySlug(p.code, c.slug)).toBe(c);
      }
    }
    expect(total).toBe(3321);
    expect(currentCommuneBySlug('25', 'phuong-hoa-binh')?.code).toBe('04795');
    // same ASCII slug for Cẩm Giàng / Cẩm Giang: both get their code
    expect(currentCommune('10888')?.slug).toBe('xa-cam-giang-10888');
    expect(currentCommune('10903')?.slug).toBe('xa-cam-giang-10903');
    expect(currentCommune('06325')?.fullName).toBe('Xã Bắc Sơn');
  });

  it('agrees with the old-province assignment of the vendored derived-province-maps', () => {
    const rows = readFileSync(path.join(DATA_DIR, 'derived-province-maps/ward_to_old_province.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows).toHaveLength(3321);
    for (const row of rows) {
      const [ward = '', newProvince = '', oldProvinceCode = ''] = row.split(',');
      const c = currentCommune(ward);
      expect(c?.provinceCode).toBe(newProvince);
      expect(new Set(c?.former.map((f) => f.province.code))).toEqual(new Set([oldProvinceCode]));
    }
  });
});

describe('localities.json', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'localities-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('is reproducible from the vendored upstream data', () => {
    const out = path.join(tmp, 'localities.json');
    const { json, report } = buildLocalities(DATA_DIR);
    writeFileSync(out, json);
    expect(readFileSync(out).equals(readFileSync(JSON_FILE))).toBe(true);
    expect(report.counts).toMatchObject({
      currentProvinces: 34,
      currentCommunes: 3321,
      oldProvinces: 63,
      oldDistricts: 696,
      oldCommunes: 10035,
      unlistedOldCommunes: 12,
    });
    expect(Buffer.byteLength(json)).toBeLessThan(2_000_000);
  });

  it('merges the hand-written history file', () => {
    const history = path.join(tmp, 'history.json');
    const base = JSON.parse(readFileSync(path.join(ROOT, 'src/data/locality-history.json'), 'utf8'));
    base.communes.push({
      code: '04966',
      type: 'Xã',
      name: 'Thử Nghiệm',
      district: '152',
      until: '2019-01-01',
      successor: '04969',
      note: 'thử',
      noteEn: 'test',
    });
    writeFileSync(history, JSON.stringify(base));
    const built = JSON.parse(buildLocalities(DATA_DIR, history).json);
    expect(built.history.communes.map((e: { code: string }) => e.code)).toEqual(['04966', '04969']);
    base.communes.at(-1).successor = '00000';
    writeFileSync(history, JSON.stringify(base));
    expect(() => buildLocalities(DATA_DIR, history)).toThrow(/successor/);
  });
});

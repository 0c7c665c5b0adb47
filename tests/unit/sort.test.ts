import { describe, expect, it } from 'vitest';
import { byKeys, compareVi, sortVi } from '../../src/lib/sort.ts';

/** Each pair: the first comes before the second in Vietnamese order. */
const PAIRS: [string, string][] = [
  ['Hà Nội', 'Hà Tĩnh'],
  ['Hà Tĩnh', 'Hải Phòng'],
  ['Hà Nội', 'Hải Phòng'],
  ['Duy Tiên', 'Đà Nẵng'],
  ['Dương', 'Đà'],
  ['Đắk Lắk', 'Điện Biên'],
  ['Đồng Tháp', 'Gia Lai'],
  ['Uông Bí', 'Ưng Hòe'],
  ['Út', 'Ưng'],
  ['Ưu', 'Vĩnh Long'],
  ['Ong', 'Ông'],
  ['Ông', 'Ơn'],
  ['Ơn', 'Phú Thọ'],
  ['An Giang', 'Ăn'],
  ['Ăn', 'Ân'],
  ['Ân', 'Bắc Ninh'],
  ['Em', 'Êm'],
  ['Ca', 'Cà'],
  ['Cà', 'Cả'],
  ['Cả', 'Cã'],
  ['Cã', 'Cá'],
  ['Cá', 'Cạ'],
  ['Cạ', 'Cac'],
  ['Cao Bằng', 'Cần Thơ'],
  ['Hòa Bình', 'Hòa Bình mới'],
  ['Tổ 2', 'Tổ 10'],
  ['Khánh Hòa', 'Kiên Giang'],
  ['Lai Châu', 'Lâm Đồng'],
  ['Lạng Sơn', 'Lào Cai'],
  ['Quảng Ninh', 'Quảng Trị'],
  ['Thái Nguyên', 'Thanh Hóa'],
  ['Tây Ninh', 'Tuyên Quang'],
  ['xã Cao Phong', 'xã Cao Sơn'],
];

describe('compareVi: Vietnamese sort order', () => {
  it.each(PAIRS)('%s comes before %s', (a, b) => {
    expect(compareVi(a, b)).toBeLessThan(0);
    expect(compareVi(b, a)).toBeGreaterThan(0);
  });

  it('sorts syllable by syllable, base letters before tones', () => {
    expect(sortVi(['Hải Phòng', 'Hà Tĩnh', 'Hà Nội'])).toEqual(['Hà Nội', 'Hà Tĩnh', 'Hải Phòng']);
  });

  it('treats composed and decomposed text alike, and case only breaks ties', () => {
    expect(compareVi('Hà Nội'.normalize('NFD'), 'Hà Nội')).toBe(0);
    expect(compareVi('hà nội', 'Hà Nội')).toBeLessThan(0);
    expect(compareVi('Hà Nội', 'hà nội')).toBeGreaterThan(0);
    expect(compareVi('hà nội', 'Hà Tĩnh')).toBeLessThan(0);
  });

  it('ignores punctuation between syllables', () => {
    expect(compareVi('Bà Rịa – Vũng Tàu', 'Bà Rịa Vũng Tàu')).not.toBe(0);
    expect(compareVi('Bà Rịa – Vũng Tàu', 'Bạc Liêu')).toBeLessThan(0);
    expect(compareVi('Thừa Thiên-Huế', 'Thừa Thiên Huế mới')).toBeLessThan(0);
  });

  it('is a consistent order over the 34 provinces (antisymmetric, transitive through sorting)', () => {
    const names = ['Tuyên Quang', 'Hà Nội', 'Hải Phòng', 'Đồng Nai', 'Điện Biên', 'Đắk Lắk', 'Cần Thơ', 'Cao Bằng', 'An Giang', 'Ninh Bình', 'Nghệ An', 'Hưng Yên', 'Huế', 'Hà Tĩnh'];
    const sorted = sortVi(names);
    expect(sorted).toEqual(['An Giang', 'Cao Bằng', 'Cần Thơ', 'Đắk Lắk', 'Điện Biên', 'Đồng Nai', 'Hà Nội', 'Hà Tĩnh', 'Hải Phòng', 'Huế', 'Hưng Yên', 'Nghệ An', 'Ninh Bình', 'Tuyên Quang']);
    for (let i = 0; i < sorted.length - 1; i++) expect(compareVi(sorted[i] ?? '', sorted[i + 1] ?? '')).toBeLessThan(0);
  });

  it('byKeys compares numbers as numbers and strings the Vietnamese way, key after key', () => {
    const rows = [
      { order: 2, name: 'Hải Phòng' },
      { order: 1, name: 'Hải Phòng' },
      { order: 1, name: 'Hà Nội' },
    ];
    expect(rows.sort(byKeys((r) => r.order, (r) => r.name))).toEqual([
      { order: 1, name: 'Hà Nội' },
      { order: 1, name: 'Hải Phòng' },
      { order: 2, name: 'Hải Phòng' },
    ]);
  });
});

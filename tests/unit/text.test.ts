/** Slug rules and Vietnamese text folding. */
import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from '../../src/schema/common.ts';
import { classicToneStyle, foldForSearch, nameKey, slugify, stripDiacritics } from '../../src/lib/text.ts';

describe('slugify', () => {
  it.each([
    ['Hợp tác xã Nông sản Hữu cơ Đồng Sương', 'hop-tac-xa-nong-san-huu-co-dong-suong'],
    ['Đoàn thanh niên phường Thống Nhất', 'doan-thanh-nien-phuong-thong-nhat'],
    ['ĐƯỜNG ĐỜI', 'duong-doi'],
    ['Mô hình V.A.C: Trồng cây ăn quả', 'mo-hinh-v-a-c-trong-cay-an-qua'],
    ['  “Vườn chơi của Bé”  ', 'vuon-choi-cua-be'],
    ['Trường TH&THCS Dân Hạ', 'truong-th-thcs-dan-ha'],
    ['Phòng chống đuối nước — 2017', 'phong-chong-duoi-nuoc-2017'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
    expect(slugify(input)).toMatch(SLUG_PATTERN);
  });

  it('gives the same slug for NFD (decomposed) input as for NFC', () => {
    const nfc = 'Phòng chống đuối nước cho học sinh';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe(slugify(nfc));
    expect(slugify(nfd)).toBe('phong-chong-duoi-nuoc-cho-hoc-sinh');
  });

  it('maps đ and Đ, which have no Unicode decomposition, to d', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(stripDiacritics('Đinh Hoàng Hiệp, Đồng Tâm')).toBe('Dinh Hoang Hiep, Dong Tam');
  });
});

describe('SLUG_PATTERN', () => {
  it.each(['mo-hinh', 'a1', '162-kh-ubnd-hoa-binh-2017'])('accepts %s', (s) => expect(s).toMatch(SLUG_PATTERN));
  it.each(['Mo-hinh', 'mô-hình', 'mo--hinh', '-mo', 'mo-', 'mo hinh', 'mo_hinh', ''])('rejects %j', (s) =>
    expect(s).not.toMatch(SLUG_PATTERN),
  );
});

describe('tone mark style', () => {
  it.each([
    ['Hoà Bình', 'Hòa Bình'],
    ['Lạc Thuỷ', 'Lạc Thủy'],
    ['khoẻ', 'khỏe'],
    ['HOÀ', 'HÒA'],
    ['hoàn thành', 'hoàn thành'],
    ['thuyền', 'thuyền'],
    ['quý', 'quý'],
    ['Hòa Bình', 'Hòa Bình'],
  ])('%s → %s', (input, expected) => expect(classicToneStyle(input)).toBe(expected));

  it('compares names regardless of style, case and spacing', () => {
    expect(nameKey('Tỉnh  Hoà Bình')).toBe(nameKey('tỉnh Hòa Bình'));
    expect(nameKey('Thuỷ')).toBe(nameKey('Thủy'.normalize('NFD')));
  });
});

describe('foldForSearch', () => {
  it('folds accents, đ, case and spaces', () => {
    expect(foldForSearch('  Đồng   Sương ')).toBe('dong suong');
    expect(foldForSearch('HỮU CƠ'.normalize('NFD'))).toBe('huu co');
  });
});

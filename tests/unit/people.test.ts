/** Honorifics, workplaces and media types, as structured data needs them. */
import { describe, expect, it } from 'vitest';
import { mediaType, readAddress, splitHonorific } from '../../src/lib/people.ts';

describe('splitHonorific', () => {
  it.each([
    ['Ông Bùi Văn Tiều', 'Ông', 'Bùi Văn Tiều'],
    ['Bà Lê Thị Huế', 'Bà', 'Lê Thị Huế'],
    ['Em Nguyễn Văn An', 'Em', 'Nguyễn Văn An'],
    ['Anh Phạm Văn B', 'Anh', 'Phạm Văn B'],
    ['Chị Đinh Thị C', 'Chị', 'Đinh Thị C'],
    ['Đồng chí Hoàng Văn D', 'Đồng chí', 'Hoàng Văn D'],
  ])('%s', (full, prefix, name) => expect(splitHonorific(full)).toEqual({ honorificPrefix: prefix, name }));

  it.each(['Bùi Văn Tiều', 'Anh hùng lao động', 'Ông'])('leaves %s whole', (full) => expect(splitHonorific(full)).toEqual({ name: full }));
});

describe('readAddress', () => {
  it('reads an organisation as a workplace', () => {
    expect(readAddress('Công an phường Thịnh Lang, thành phố Hòa Bình')).toEqual({ kind: 'work', organisation: 'Công an phường Thịnh Lang' });
    expect(readAddress('Trường Tiểu học Lê Văn Tám')).toEqual({ kind: 'work', organisation: 'Trường Tiểu học Lê Văn Tám' });
  });
  it.each(['xóm Mỏ, thị trấn Lương Sơn, huyện Lương Sơn', 'Khu 2, thị trấn Mường Khến, Tân Lạc', 'xã Thịnh Minh', undefined])('reads %s as a home', (a) =>
    expect(readAddress(a)).toEqual({ kind: 'home' }),
  );
});

describe('mediaType', () => {
  it.each([
    ['TXT', undefined, 'text/plain'],
    ['pdf', undefined, 'application/pdf'],
    ['text/plain', undefined, 'text/plain'],
    [undefined, '/van-ban/a.txt', 'text/plain'],
    ['XYZ', '/a', undefined],
  ])('%s %s → %s', (format, href, expected) => expect(mediaType(format, href)).toBe(expected));
});

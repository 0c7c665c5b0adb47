/** The site's one style for text editors type: dates dd/mm/yyyy, tone marks as in "Hòa". */
import { describe, expect, it } from 'vitest';
import { padDatesInText, siteText, siteTextDeep, siteTextOutsideQuotes } from '../../src/lib/format.ts';
import { vi } from '../../src/i18n/vi.ts';

describe('padDatesInText', () => {
  it.each([
    ['ngày 9/1/2021', 'ngày 09/01/2021'],
    ['từ 01/7/2025', 'từ 01/07/2025'],
    ['ngày 13/4/2021 và 13/02/2023', 'ngày 13/04/2021 và 13/02/2023'],
    ['26/12/2017', '26/12/2017'],
  ])('%s → %s', (input, expected) => expect(padDatesInText(input)).toBe(expected));

  it.each(['ngày …/3/2023', 'tháng 3/2023', 'Quyết định số 15/2018/NĐ-CP', 'Số 162/KH-UBND', 'mã 1/2/20211', 'ngày 40/13/2021'])(
    'leaves %s alone',
    (input) => expect(padDatesInText(input)).toBe(input),
  );
});

describe('siteText', () => {
  it('writes dates and accents one way', () => {
    expect(siteText('thành phố Hoà Bình, ngày 9/1/2021, Thuỷ')).toBe('thành phố Hòa Bình, ngày 09/01/2021, Thủy');
  });

  it('keeps quotations marked in body text as written', () => {
    expect(siteTextOutsideQuotes('Hoà Bình <q>tỉnh Hoà Bình ngày 9/1/2021</q> 9/1/2021')).toBe('Hòa Bình <q>tỉnh Hoà Bình ngày 9/1/2021</q> 09/01/2021');
  });

  it('styles every string of plain data but leaves addresses and other objects alone', () => {
    const meta = { src: '/a/Hoà.jpg', width: 10 };
    const out = siteTextDeep({ title: 'Hoà Bình', list: ['9/1/2021'], href: 'https://x.vn/9/1/2021/', image: meta, n: 3 });
    expect(out).toEqual({ title: 'Hòa Bình', list: ['09/01/2021'], href: 'https://x.vn/9/1/2021/', image: { src: '/a/Hoà.jpg', width: 10 }, n: 3 });
  });

  it('is already the style of every string in the UI dictionary', () => {
    const off = Object.entries(vi).filter(([, s]) => siteText(s) !== s);
    expect(off).toEqual([]);
  });
});

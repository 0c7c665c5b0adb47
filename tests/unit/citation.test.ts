/** The "Trích dẫn" text: plan number and date, issuer, appendix row, permanent URL, last update. */
import { describe, expect, it } from 'vitest';
import { buildCitation, datePhrase, formatIsoDate, planReference, profileCitations } from '../../src/lib/citation.ts';
import { viLinks } from '../../src/i18n/vi-links.ts';

const URL = 'https://dienhinhtientien.example.vn/mo-hinh/trong-rau-huu-co-thanh-lap/';
const SITE = 'Mô hình, điển hình tiên tiến';
const PLAN_2017 = { number: '162/KH-UBND', date: { year: 2017, month: 12, day: 26 }, issuer: 'Ủy ban nhân dân tỉnh Hòa Bình' };
const PLAN_2023 = { date: { year: 2023, month: 3 }, issuer: 'Ủy ban nhân dân thành phố Hòa Bình' };

describe('buildCitation', () => {
  it('cites a numbered plan, its appendix row, the permanent URL and the update date', () => {
    expect(buildCitation({ plan: PLAN_2017, row: 5, url: URL, updated: '2026-11-25', siteName: SITE })).toBe(
      `Ủy ban nhân dân tỉnh Hòa Bình (2017). Kế hoạch số 162/KH-UBND ngày 26/12/2017, Phụ lục, số thứ tự 5. Trang “Mô hình, điển hình tiên tiến”: ${URL}. Cập nhật ngày 25/11/2026.`,
    );
  });

  it('cites a plan published without a number by month and year, inventing no day', () => {
    expect(buildCitation({ plan: PLAN_2023, row: 2, url: URL, updated: '2026-01-05', siteName: SITE })).toBe(
      `Ủy ban nhân dân thành phố Hòa Bình (2023). Kế hoạch (không ghi số) tháng 3/2023, Phụ lục, số thứ tự 2. Trang “Mô hình, điển hình tiên tiến”: ${URL}. Cập nhật ngày 05/01/2026.`,
    );
  });

  it('cites a plan alone when no row is given', () => {
    expect(buildCitation({ plan: PLAN_2017, url: URL, updated: '2026-11-25', siteName: SITE })).toContain('ngày 26/12/2017. Trang');
  });

  it('pads day and month to two digits', () => {
    const plan = { ...PLAN_2017, date: { year: 2019, month: 2, day: 3 } };
    expect(buildCitation({ plan, row: 1, url: URL, updated: '2026-11-25', siteName: SITE })).toContain('ngày 03/02/2019');
  });

  it('returns NFC text even from decomposed input', () => {
    const nfd = { ...PLAN_2017, issuer: PLAN_2017.issuer.normalize('NFD') };
    const text = buildCitation({ plan: nfd, row: 5, url: URL, updated: '2026-11-25', siteName: SITE.normalize('NFD') });
    expect(text).toBe(text.normalize('NFC'));
    expect(text.startsWith('Ủy ban nhân dân tỉnh Hòa Bình (2017).')).toBe(true);
  });
});

describe('profileCitations', () => {
  it('gives one citation per recognition, oldest first', () => {
    const lines = profileCitations({
      recognitions: [
        { plan: 'tp-2023', year: 2023, row: 2 },
        { plan: 'kh-162', year: 2017, row: 5 },
      ],
      plans: new Map([
        ['kh-162', PLAN_2017],
        ['tp-2023', PLAN_2023],
      ]),
      url: URL,
      updated: '2026-11-25',
      siteName: SITE,
    });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Ủy ban nhân dân tỉnh Hòa Bình \(2017\)/);
    expect(lines[1]).toMatch(/^Ủy ban nhân dân thành phố Hòa Bình \(2023\)/);
  });

  it('accepts a plain object of plans and names an unknown plan', () => {
    const base = { url: URL, updated: '2026-11-25', siteName: SITE };
    expect(profileCitations({ ...base, recognitions: [{ plan: 'kh-162', year: 2017, row: 5 }], plans: { 'kh-162': PLAN_2017 } })).toHaveLength(1);
    expect(() => profileCitations({ ...base, recognitions: [{ plan: 'khong-co', year: 2017, row: 5 }], plans: {} })).toThrow(/khong-co/);
  });
});

describe('dates and plan references', () => {
  it.each([
    [{ year: 2017, month: 12, day: 26 }, 'ngày 26/12/2017'],
    [{ year: 2023, month: 3 }, 'tháng 3/2023'],
    [{ year: 2023 }, 'năm 2023'],
  ])('%j → %s', (d, s) => expect(datePhrase(d)).toBe(s));

  it('names plans with and without a number', () => {
    expect(planReference(PLAN_2017)).toBe('Kế hoạch số 162/KH-UBND ngày 26/12/2017');
    expect(planReference(PLAN_2023)).toBe('Kế hoạch (không ghi số) tháng 3/2023');
  });

  it('formats ISO dates as dd/mm/yyyy and rejects anything else', () => {
    expect(formatIsoDate('2026-11-25')).toBe('25/11/2026');
    expect(() => formatIsoDate('25/11/2026')).toThrow(/YYYY-MM-DD/);
  });
});

describe('vi-links strings', () => {
  it('are NFC, trimmed and non-empty', () => {
    for (const [k, v] of Object.entries(viLinks)) {
      expect(v, k).toBe(v.normalize('NFC'));
      expect(v, k).toBe(v.trim());
      expect(v.length, k).toBeGreaterThan(0);
    }
  });
});

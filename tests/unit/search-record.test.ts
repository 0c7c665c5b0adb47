/**
 * The search record of a profile and the document Pagefind indexes for it: profile content only,
 * title and unit weighted above the rest, place names old and new, stable filter values, and the
 * folded form of every đ-word at the weight of the word.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { FACETS } from '../../src/lib/search/facets.ts';
import { facetLabels } from '../../src/lib/search/labels.ts';
import { markdownToPlainText } from '../../src/lib/search/plain-text.ts';
import { profileRecord } from '../../src/lib/search/profile-record.ts';
import { WEIGHTS, recordHtml, searchRecordSchema, type SearchRecord } from '../../src/lib/search/record.ts';
import { contentCatalog } from '../support/catalog.ts';

const catalog = contentCatalog();
const profile = (slug: string) => {
  const p = catalog.profileById.get(slug);
  if (!p) throw new Error(`no published profile ${slug} in content/profiles`);
  return p;
};

describe('profileRecord', () => {
  const record = profileRecord(profile('htx-dong-suong-rau-huu-co'));

  it('validates against the record schema', () => {
    expect(searchRecordSchema.parse(record)).toEqual(record);
  });

  it('names the locality today and before 1 July 2025', () => {
    expect(record.locality).toBe('xã Liên Sơn, tỉnh Phú Thọ');
    expect(record.formerLocality).toBe('xã Thành Lập, huyện Lương Sơn, tỉnh Hòa Bình');
  });

  it('files it under stable filter values: slugs, codes and years', () => {
    expect(record.filters).toEqual({
      'linh-vuc': ['san-xuat-kinh-doanh-gioi'],
      tinh: ['phu-tho'],
      'tinh-cu': ['hoa-binh'],
      loai: ['mo-hinh'],
      'doi-tuong': ['tap-the'],
      nam: ['2017'],
      'ke-hoach': ['162-kh-ubnd-hoa-binh-2017'],
    });
    expect(record.sortYear).toBe(2017);
  });

  it('carries the plan and appendix row in its text', () => {
    expect(record.text.join(' ')).toContain('Kế hoạch số 162/KH-UBND');
  });

  it('has a label for every filter value of every profile', () => {
    const labels = facetLabels(catalog);
    const missing = catalog.profiles.flatMap((p) => {
      const r = profileRecord(p);
      return FACETS.flatMap((key) =>
        r.filters[key].filter((v) => !labels[key].some(([value]) => value === v)).map((v) => `${p.id}: ${key}=${v}`),
      );
    });
    expect(missing).toEqual([]);
  });

  it('passes a thumbnail and the body through', () => {
    const r = profileRecord(profile('htx-dong-suong-rau-huu-co'), { body: 'Vườn rau rộng 2 ha.', image: { src: '/_astro/a.webp', alt: 'Vườn rau' } });
    expect(r.image).toEqual({ src: '/_astro/a.webp', alt: 'Vườn rau' });
    expect(r.text).toContain('Vườn rau rộng 2 ha.');
  });
});

describe('recordHtml', () => {
  const record: SearchRecord = {
    url: '/mo-hinh/thu/',
    title: 'Trồng cây cảnh đường phố',
    unit: 'Đoàn thanh niên <xã> Đồng Tâm',
    summary: 'Tóm tắt & mô tả.',
    kind: 'mo-hinh',
    subject: 'tap-the',
    locality: 'xã Lạc Thủy, tỉnh Phú Thọ',
    formerLocality: 'xã Đồng Tâm, huyện Lạc Thủy, tỉnh Hòa Bình',
    places: ['thôn Đồng Nội'],
    fields: ['Xây dựng nông thôn mới'],
    years: [2017, 2023],
    text: ['Kế hoạch số 162/KH-UBND'],
    filters: { 'linh-vuc': ['nong-thon-moi'], tinh: ['phu-tho'], 'tinh-cu': ['hoa-binh'], loai: ['mo-hinh'], 'doi-tuong': ['tap-the'], nam: ['2017', '2023'], 'ke-hoach': ['a', 'b'] },
    sortYear: 2023,
    image: { src: '/_astro/x.webp', alt: 'Ảnh "vườn"' },
  };
  const doc = parse(recordHtml(record));
  const body = doc.querySelector('[data-pagefind-body]');
  const weightOf = (text: string) =>
    body?.querySelectorAll('[data-pagefind-weight]').find((el) => el.textContent === text)?.getAttribute('data-pagefind-weight');

  it('is a Vietnamese document with one indexed body and no page furniture', () => {
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(doc.querySelectorAll('[data-pagefind-body]')).toHaveLength(1);
    expect(doc.querySelectorAll('nav, header, footer, a, script')).toHaveLength(0);
  });

  it('weights title above unit above places above the rest', () => {
    expect(Number(weightOf(record.title))).toBe(WEIGHTS.title);
    expect(Number(weightOf('Đoàn thanh niên <xã> Đồng Tâm'))).toBe(WEIGHTS.unit);
    expect(Number(weightOf(record.formerLocality))).toBe(WEIGHTS.locality);
    expect(Number(weightOf(record.summary))).toBe(WEIGHTS.text);
    expect(WEIGHTS.title).toBeGreaterThan(WEIGHTS.unit);
    expect(WEIGHTS.unit).toBeGreaterThan(WEIGHTS.locality);
    expect(WEIGHTS.locality).toBeGreaterThan(WEIGHTS.text);
  });

  it('adds the folded đ-words of each part at that part’s weight', () => {
    expect(weightOf('duong')).toBe(String(WEIGHTS.title));
    expect(weightOf('doan dong')).toBe(String(WEIGHTS.unit));
    expect(weightOf('dong')).toBe(String(WEIGHTS.locality));
  });

  it('escapes markup in content', () => {
    expect(recordHtml(record)).toContain('Đoàn thanh niên &lt;xã&gt; Đồng Tâm');
    expect(recordHtml(record)).toContain('alt="Ảnh &quot;vườn&quot;"');
  });

  it('tags filters, the sort key and the metadata a result shows', () => {
    const filters = body?.querySelectorAll('[data-pagefind-filter]').map((el) => el.getAttribute('data-pagefind-filter'));
    expect(filters).toEqual(['linh-vuc:nong-thon-moi', 'tinh:phu-tho', 'tinh-cu:hoa-binh', 'loai:mo-hinh', 'doi-tuong:tap-the', 'nam:2017', 'nam:2023', 'ke-hoach:a', 'ke-hoach:b']);
    expect(body?.querySelector('[data-pagefind-sort]')?.getAttribute('data-pagefind-sort')).toBe('nam:2023');
    const metas = body?.querySelectorAll('[data-pagefind-meta]').map((el) => el.getAttribute('data-pagefind-meta')?.split(':')[0]?.split('[')[0]);
    expect(metas).toEqual(['title', 'unit', 'locality', 'former', 'summary', 'fields', 'kind', 'subject', 'years', 'image']);
  });
});

describe('markdownToPlainText', () => {
  it('keeps the words and drops the syntax', () => {
    const mdx = [
      "import Figure from '../../components/Figure.astro';",
      '',
      '## Kết quả',
      '',
      'Mô hình **rau hữu cơ** của [HTX Đồng Sương](https://example.vn) đạt _2 ha_.',
      '',
      '- Trồng `rau` sạch',
      '> Trích dẫn',
      '<Figure src="a.jpg" caption="x" />',
      '![Vườn rau](./a.jpg)',
      '| Năm | Diện tích |',
      '| --- | --- |',
      '| 2017 | 2 ha |',
    ].join('\n');
    expect(markdownToPlainText(mdx)).toBe('Kết quả Mô hình rau hữu cơ của HTX Đồng Sương đạt 2 ha. Trồng rau sạch Trích dẫn Vườn rau Năm Diện tích 2017 2 ha');
  });
});

/** Marking matched words in the accented text by comparing folded forms. */
import { describe, expect, it } from 'vitest';
import { excerpt, highlight, unmatchedTerms, wordMatches, type Segment } from '../../src/lib/search/highlight.ts';
import { queryTerms } from '../../src/lib/search/query.ts';

/** The marked words of a highlight, in order. */
const marked = (segments: Segment[]): string[] => segments.filter((s) => s.match).map((s) => s.text);

describe('highlight', () => {
  it.each([
    ['duong', 'Trồng và cung cấp cây cảnh đường phố', ['đường']],
    ['dong suong', 'Hợp tác xã Nông sản Hữu cơ Đồng Sương', ['Đồng', 'Sương']],
    ['huu co', 'Nâng cao thu nhập từ trồng rau hữu cơ', ['hữu', 'cơ']],
    ['doan', 'Đoàn thanh niên phường Thống Nhất', ['Đoàn']],
    ['duoi', 'Phòng chống đuối nước cho học sinh', ['đuối']],
    ['Đồng Sương', 'HTX Đồng Sương', ['Đồng', 'Sương']],
    ['hữu cơ', 'rau huu co', ['huu', 'co']],
  ])('query %s marks %j', (query, text, words) => {
    expect(marked(highlight(text, queryTerms(query)))).toEqual(words);
  });

  it('marks decomposed (NFD) text and query alike', () => {
    const text = 'Đồng Sương'.normalize('NFD');
    expect(marked(highlight(text, queryTerms('dong suong'.normalize('NFD'))))).toHaveLength(2);
  });

  it('marks words that start with a term, as Pagefind matches them', () => {
    expect(marked(highlight('kinh doanh, Đoàn xã', queryTerms('doan')))).toEqual(['doanh', 'Đoàn']);
  });

  it('gives the text back unchanged when joined', () => {
    const text = 'Làng, bản văn hóa - quốc phòng & an ninh (xóm Mè)';
    expect(highlight(text, queryTerms('van hoa an ninh')).map((s) => s.text).join('')).toBe(text);
  });

  it('marks nothing without terms', () => {
    expect(highlight('Đồng Sương', [])).toEqual([{ text: 'Đồng Sương', match: false }]);
  });
});

describe('wordMatches', () => {
  it('is false for an empty word and for unrelated words', () => {
    expect(wordMatches('', ['a'])).toBe(false);
    expect(wordMatches('Sương', ['dong'])).toBe(false);
  });
});

describe('excerpt', () => {
  const words = Array.from({ length: 80 }, (_, i) => `từ${i}`);
  const text = [...words.slice(0, 50), 'đường', ...words.slice(50)].join(' ');

  it('keeps a short text whole', () => {
    expect(excerpt('Một câu ngắn.', ['cau'])).toEqual({ text: 'Một câu ngắn.', before: false, after: false });
  });

  it('centres a long text on its first match', () => {
    const cut = excerpt(text, ['duong'], 20);
    expect(cut.text).toContain('đường');
    expect(cut.text.split(' ')).toHaveLength(20);
    expect(cut.before).toBe(true);
    expect(cut.after).toBe(true);
  });

  it('starts at the beginning when nothing matches', () => {
    const cut = excerpt(text, ['khong'], 20);
    expect(cut.text.startsWith('từ0 ')).toBe(true);
    expect(cut.before).toBe(false);
  });
});

describe('unmatchedTerms', () => {
  it('names the query words no text holds (Pagefind drops those silently)', () => {
    expect(unmatchedTerms(queryTerms('rau xyzabc'), ['Trồng rau hữu cơ'])).toEqual(['xyzabc']);
  });

  it('counts a đ-word as matched by its unaccented spelling', () => {
    expect(unmatchedTerms(queryTerms('duong pho'), ['cây cảnh đường phố'])).toEqual([]);
  });
});

/** What people type, normalised for Pagefind, and the folded đ-words the index adds. */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, dBarFoldings, normalizeQuery, queryTerms, wordsOf } from '../../src/lib/search/query.ts';

describe('normalizeQuery', () => {
  it('composes decomposed (NFD) input, so it reaches the same index words as NFC', () => {
    const nfd = 'Đồng Sương'.normalize('NFD');
    expect(nfd).not.toBe('Đồng Sương');
    expect(normalizeQuery(nfd)).toBe('Đồng Sương');
  });

  it('collapses spaces and trims', () => {
    expect(normalizeQuery('  rau \t hữu\n cơ ')).toBe('rau hữu cơ');
  });

  it('drops quotes, which Pagefind would read as a phrase search', () => {
    expect(normalizeQuery('“Đồng Sương” "rau"')).toBe('Đồng Sương rau');
  });

  it('keeps the letters as typed: Pagefind folds marks itself, đ is matched by the index', () => {
    expect(normalizeQuery('ĐƯỜNG')).toBe('ĐƯỜNG');
  });

  it('bounds the length at a word boundary', () => {
    const long = 'rau hữu cơ '.repeat(40);
    const q = normalizeQuery(long);
    expect(q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(q.endsWith(' ')).toBe(false);
    expect(long.startsWith(q)).toBe(true);
  });
});

describe('queryTerms', () => {
  it.each([
    ['Rau HỮU cơ', ['rau', 'huu', 'co']],
    ['đường Đồng', ['duong', 'dong']],
    ['dong, Đồng; DÒNG', ['dong']],
    ['162/KH-UBND', ['162', 'kh', 'ubnd']],
    ['  ', []],
  ])('%s → %j', (q, terms) => {
    expect(queryTerms(q)).toEqual(terms);
  });

  it('folds NFD input the same as NFC', () => {
    expect(queryTerms('đuối nước'.normalize('NFD'))).toEqual(['duoi', 'nuoc']);
  });
});

describe('dBarFoldings', () => {
  it('gives the folded form of each word with đ/Đ, once', () => {
    expect(dBarFoldings('Đoàn thanh niên dũng cảm cứu người đuối nước, Đoàn xã Đồng Tâm')).toEqual(['doan', 'duoi', 'dong']);
  });

  it('gives nothing for text without đ: Pagefind folds the other marks', () => {
    expect(dBarFoldings('Nâng cao thu nhập từ trồng rau hữu cơ')).toEqual([]);
  });

  it('reads decomposed text', () => {
    expect(dBarFoldings('đường phố'.normalize('NFD'))).toEqual(['duong']);
  });
});

describe('wordsOf', () => {
  it('splits on spaces and punctuation, keeping marks with their letters', () => {
    expect(wordsOf('Làng, bản văn hóa - quốc phòng & an ninh')).toEqual(['Làng', 'bản', 'văn', 'hóa', 'quốc', 'phòng', 'an', 'ninh']);
  });
});

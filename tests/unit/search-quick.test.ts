/**
 * The quick index (src/lib/search/quick.ts, quick-build.ts): the first results of a word search
 * from a few small files. It must match words as Pagefind does (folded, đ as d, each word whole or
 * as a prefix, all words required), rank whole words and titles first, say when its lists were cut,
 * never claim "nothing found", and build the same files from the same records in any order.
 */
import { describe, expect, it } from 'vitest';
import { buildQuickIndex, quickCard } from '../../src/lib/search/quick-build.ts';
import {
  QUICK_FIRST_RESULTS,
  QUICK_POSTINGS,
  bucketOf,
  quickEngine,
  decodePostings,
  quickSearch,
  quickStartScript,
  quickTokens,
  type QuickBucket,
  type QuickIndexRef,
} from '../../src/lib/search/quick.ts';
import { foldForSearch } from '../../src/lib/text.ts';
import { markdownToPlainText } from '../../src/lib/search/plain-text.ts';
import { profileRecord } from '../../src/lib/search/profile-record.ts';
import type { SearchRecord } from '../../src/lib/search/record.ts';
import { contentCatalog } from '../support/catalog.ts';
import { QUERY_TABLE } from '../support/search-queries.ts';
import { runStartScript } from '../support/quick-script.ts';

/** A synthetic record (never published): only what the test sets differs between records. */
function record(slug: string, parts: Partial<SearchRecord> = {}): SearchRecord {
  return {
    url: `/mo-hinh/${slug}/`,
    title: `[Dữ liệu thử] ${slug}`,
    unit: 'Đơn vị thử',
    summary: '',
    kind: 'mo-hinh',
    subject: 'tap-the',
    locality: 'xã Thử, tỉnh Thử',
    formerLocality: '',
    places: [],
    fields: [],
    years: [2020],
    text: [],
    filters: { 'linh-vuc': [], tinh: [], 'tinh-cu': [], loai: [], 'doi-tuong': [], nam: [], 'ke-hoach': [] },
    sortYear: 2020,
    ...parts,
  };
}

/** The index in memory, and a search over it that loads buckets as the page would fetch them. */
function indexOf(records: SearchRecord[]) {
  const built = buildQuickIndex(records);
  const ref: QuickIndexRef = { base: '/q/', buckets: built.buckets };
  const loaded: string[] = [];
  const load = async (path: string): Promise<QuickBucket> => {
    loaded.push(path);
    const text = built.files.get(path.slice(ref.base.length));
    if (text === undefined) throw new Error(`no file ${path}`);
    return JSON.parse(text) as QuickBucket;
  };
  const urls = [...records].map((r) => r.url).sort();
  const search = async (q: string) => {
    const answer = await quickSearch(q, ref, load);
    return answer && { ...answer, urls: answer.ids.map((id) => urls[id]) };
  };
  return { built, ref, search, loaded };
}

describe('quickTokens', () => {
  it('folds diacritics, đ and case, and splits on anything not a letter or digit', () => {
    expect(quickTokens('Đồng Sương, HỮU cơ — 162/KH-UBND')).toEqual(['đong', 'suong', 'huu', 'co', '162', 'kh', 'ubnd']);
    expect(quickTokens('Đồng Sương'.normalize('NFD'))).toEqual(['đong', 'suong']);
  });
});

describe('quickSearch', () => {
  const records = [
    record('rau', { title: 'Trồng rau hữu cơ', unit: 'Hợp tác xã Đồng Sương' }),
    record('phan', { title: 'Phân bón hữu cơ', unit: 'Hội Nông dân' }),
    record('doanh', { title: 'Sản xuất kinh doanh giỏi', unit: 'Hộ gia đình' }),
    record('doan', { title: 'Phân loại rác', unit: 'Đoàn Thanh niên' }),
    record('body', { title: 'Nuôi ong', summary: 'Trang trại có rau và cây hữu cơ' }),
  ];
  const { search } = indexOf(records);

  it('needs every word, unaccented, partly accented or with đ typed as d', async () => {
    expect((await search('rau huu co'))?.urls).toEqual(['/mo-hinh/rau/', '/mo-hinh/body/']);
    expect((await search('rau hữu co'))?.urls).toEqual(['/mo-hinh/rau/', '/mo-hinh/body/']);
    expect((await search('dong suong'))?.urls).toEqual(['/mo-hinh/rau/']);
    expect((await search('ĐỒNG SƯƠNG'))?.urls).toEqual(['/mo-hinh/rau/']);
  });

  it('matches the start of a longer word too, but ranks the word typed whole first', async () => {
    expect((await search('doan'))?.urls).toEqual(['/mo-hinh/doan/', '/mo-hinh/doanh/']);
    // As in Pagefind: a word typed with đ reaches only words with đ; typed with d, both.
    expect((await search('Đoàn'))?.urls).toEqual(['/mo-hinh/doan/']);
    expect((await search('đông'))?.urls).toEqual(['/mo-hinh/rau/']);
    expect(await search('đoanh')).toBeNull();
    expect((await search('ph'))?.urls.sort()).toEqual(['/mo-hinh/doan/', '/mo-hinh/phan/']);
  });

  it('ranks a word in the title above the same word in the body', async () => {
    const ranked = (await search('huu co'))?.urls ?? [];
    expect(ranked.slice(0, 2).sort()).toEqual(['/mo-hinh/phan/', '/mo-hinh/rau/']);
    expect(ranked[2]).toBe('/mo-hinh/body/');
  });

  it('leaves to Pagefind what it cannot answer, and never says "nothing found"', async () => {
    expect(await search('rau zzyzx')).toBeNull();
    expect(await search('ong doanh')).toBeNull();
    expect(await search('a')).toBeNull();
    expect(await search('   ')).toBeNull();
    expect(await search('a b c d e f g h i')).toBeNull();
  });

  it('says its answer is complete when no word had more records than it keeps', async () => {
    expect((await search('huu co'))?.complete).toBe(true);
  });
});

describe('the lists it keeps', () => {
  const many = Array.from({ length: QUICK_POSTINGS * 2 }, (_, i) =>
    record(`r${String(i).padStart(4, '0')}`, { title: i % 2 ? 'Nuôi ong lấy mật' : 'Nuôi ong', summary: 'ong '.repeat(1 + (i % 5)) }),
  );
  const { built, search } = indexOf(many);

  it('keep the best-scoring records of a common word and count them all', async () => {
    const bucket = JSON.parse(built.files.get(`t/${bucketOf('ong', built.buckets)}.json`) ?? '{}') as QuickBucket;
    const { count, scores } = decodePostings(bucket.ong ?? []);
    expect(count).toBe(many.length);
    expect(scores.size).toBe(QUICK_POSTINGS);
    const answer = await search('nuoi ong');
    expect(answer?.complete).toBe(false);
    expect(answer?.ids.length).toBeGreaterThan(0);
  });

  it('are the same files, with the same hash, whatever order the records come in', () => {
    const again = buildQuickIndex([...many].reverse());
    expect(again.hash).toBe(built.hash);
    expect([...again.files]).toEqual([...built.files]);
  });

  it('hold one card per record with what a result shows', () => {
    expect(built.files.size).toBe(built.buckets + many.length);
    const card = JSON.parse(built.files.get('d/0.json') ?? '{}');
    expect(card).toEqual(quickCard(many[0]!));
    expect(card).toMatchObject({ url: '/mo-hinh/r0000/', title: 'Nuôi ong', unit: 'Đơn vị thử', years: '2020' });
  });
});

describe('on the shipped content', () => {
  const catalog = contentCatalog();
  const records = catalog.profiles.map((p) => profileRecord(p, { body: markdownToPlainText(p.entry.body ?? '') }));
  const { search } = indexOf(records);
  const wordRows = QUERY_TABLE.filter((row) => Object.keys(row.query).every((k) => k === 'q'));

  it.each(wordRows.map((r) => [r.what, r] as const))('first results for the query table: %s', async (_what, row) => {
    const answer = await search(String(row.query.q));
    expect(answer, `${row.query.q}: the quick index gave no answer`).not.toBeNull();
    expect(answer?.urls.slice(0, 3)).toContain(`/mo-hinh/${row.expect}/`);
  });
});

describe('the head script that starts the search in the URL', () => {
  const catalog = contentCatalog();
  const records = catalog.profiles.map((p) => profileRecord(p, { body: markdownToPlainText(p.entry.body ?? '') }));
  const { built, ref, search } = indexOf(records);
  const site = { ...ref, base: '/tim-kiem/nhanh/0123456789ab/' };

  /** Run the script as the page would, with stand-ins for the browser. */
  const run = (search: string) => runStartScript(quickStartScript(site), search, (path) => built.files.get(path.slice(site.base.length)));

  it('gives, for every word query of the query table, the module’s answer with the first cards', async () => {
    for (const row of QUERY_TABLE.filter((r) => Object.keys(r.query).every((k) => k === 'q'))) {
      const q = String(row.query.q);
      const expected = await search(q);
      const { started, answer, fetched } = await run(`?${new URLSearchParams({ q })}`);
      expect(started?.q, q).toBe(q);
      expect(answer?.ids, q).toEqual(expected?.ids);
      expect(answer?.cards.map((c) => c.url), q).toEqual(expected?.urls.slice(0, QUICK_FIRST_RESULTS));
      expect(fetched.filter((f) => f.includes('/d/')).length, q).toBe(Math.min(QUICK_FIRST_RESULTS, expected?.ids.length ?? 0));
    }
  });

  it('folds like foldForSearch, except that đ stays đ (as in Pagefind)', () => {
    const samples = ['Đồng Sương', 'ĐƯỜNG PHỐ', 'cứu người đuối nước'.normalize('NFD'), 'Hòa Bình, Hoà Bình', '162/KH-UBND'];
    for (const text of samples) {
      expect(quickTokens(text).map((t) => t.replace(/đ/g, 'd'))).toEqual(foldForSearch(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    }
    expect(quickTokens('ĐƯỜNG')).toEqual(['đuong']);
  });

  it('starts nothing when the URL has filters, a sort, no words, or words the quick index leaves to Pagefind', async () => {
    for (const search of ['?q=huu+co&linh-vuc=y-te', '?q=huu+co&sap-xep=moi-nhat', '', '?q=a']) {
      const { fetched, answer } = await run(search);
      expect(fetched, search).toEqual([]);
      expect(answer ?? null, search).toBeNull();
    }
  });

  it('is the engine’s own source, comments and indentation dropped', () => {
    const script = quickStartScript(site);
    expect(script).toContain(String(quickEngine.name));
    expect(script).not.toMatch(/\/\*|^[ \t]/m);
    expect(script.length).toBeLessThan(4000);
  });
});

/**
 * A plan's appendix table paginates like every list (a plan may list thousands of exemplars): at
 * most TABLE_PAGE_SIZE rows a page, every row on exactly one page in appendix order, pages linked
 * to each other, the plan's facts on the first page only. The shipped plans are short, so a copy
 * of the project gets a synthetic plan of more rows than a page holds and is built once.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticSlug, writeSyntheticContent } from '../../src/lib/bench/synthetic-content.ts';
import { TABLE_PAGE_SIZE } from '../../src/lib/pagination.ts';
import { parseHtml } from '../support/dist.ts';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';

const ROWS = TABLE_PAGE_SIZE + 5;
const PLAN = 'du-lieu-thu-ke-hoach-1';

describe('a plan with more rows than a page holds', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await buildFixtureSite('plan-pages', (root) => void writeSyntheticContent(root, ROWS));
  }, 300_000);
  afterAll(() => site?.remove());

  const page = (sitePath: string) => {
    const file = path.join(site.dist, ...sitePath.split('/').filter(Boolean), 'index.html');
    return existsSync(file) ? parseHtml(readFileSync(file, 'utf8')) : undefined;
  };
  const rowsOf = (sitePath: string) =>
    page(sitePath)!
      .querySelectorAll('section[aria-labelledby="danh-sach"] tbody tr')
      .map((tr) => Number(tr.querySelector('td.num')?.text.trim()));

  it('lists every row once, in order, at most a page at a time', () => {
    const first = rowsOf(`/ke-hoach/${PLAN}/`);
    const second = rowsOf(`/ke-hoach/${PLAN}/trang/2/`);
    expect(first).toHaveLength(TABLE_PAGE_SIZE);
    expect([...first, ...second]).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(page(`/ke-hoach/${PLAN}/trang/3/`)).toBeUndefined();
  });

  it('links the pages to each other and to each exemplar', () => {
    const one = page(`/ke-hoach/${PLAN}/`)!;
    const two = page(`/ke-hoach/${PLAN}/trang/2/`)!;
    expect(one.querySelectorAll('a').some((a) => a.getAttribute('href') === `/ke-hoach/${PLAN}/trang/2/`)).toBe(true);
    expect(two.querySelectorAll('a').some((a) => a.getAttribute('href') === `/ke-hoach/${PLAN}/`)).toBe(true);
    expect(two.querySelectorAll('tbody a').some((a) => a.getAttribute('href') === `/mo-hinh/${syntheticSlug(ROWS - 1)}/`)).toBe(true);
  });

  it('keeps the plan’s facts on its first page, and numbers the others', () => {
    const one = page(`/ke-hoach/${PLAN}/`)!;
    const two = page(`/ke-hoach/${PLAN}/trang/2/`)!;
    expect(one.querySelector('section[aria-labelledby="thong-tin"]')).not.toBeNull();
    expect(two.querySelector('section[aria-labelledby="thong-tin"]')).toBeNull();
    expect(two.querySelector('h1')?.text).toMatch(/2/);
    expect(two.querySelector('title')?.text).not.toBe(one.querySelector('title')?.text);
    // JSON-LD: this page's rows, numbered in the whole appendix, out of all of them.
    const list = (doc: ReturnType<typeof parseHtml>) => {
      const graphs = doc.querySelectorAll('script[type="application/ld+json"]').flatMap((s) => (JSON.parse(s.text) as { '@graph': { '@type': string }[] })['@graph']);
      return graphs.find((n) => n['@type'] === 'ItemList') as unknown as { numberOfItems: number; itemListElement: { position: number }[] };
    };
    expect(list(one).itemListElement).toHaveLength(TABLE_PAGE_SIZE);
    expect(list(two).itemListElement.map((i) => i.position)).toEqual(Array.from({ length: ROWS - TABLE_PAGE_SIZE }, (_, i) => TABLE_PAGE_SIZE + 1 + i));
    expect(list(two).numberOfItems).toBe(ROWS);
  });
});

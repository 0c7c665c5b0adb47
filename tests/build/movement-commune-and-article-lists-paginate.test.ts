/**
 * A movement's, a commune's and a source article's lists of exemplars paginate like every list
 * (a movement or a ward may gather hundreds, an article may be cited by a whole plan's list): at
 * most PAGE_SIZE exemplars a page, every exemplar on exactly one page, the pages linked to each
 * other, page 1 at the list's own URL with the list's facts (a movement's description, aliases
 * and plans; a commune's former units; an article's facts), the later pages at <list>/trang/N/
 * and numbered. The shipped lists are short, so a copy of the project gets synthetic profiles all
 * in one commune and one movement, all citing one article, and is built once for the three lists.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticSlug, writeSyntheticContent } from '../../src/lib/bench/synthetic-content.ts';
import { currentCommune, currentProvince } from '../../src/lib/locality.ts';
import { PAGE_SIZE, pageUrl } from '../../src/lib/pagination.ts';
import { articleUrl, communeUrl, movementUrl, profileUrl } from '../../src/lib/routes.ts';
import { SYNTHETIC_MARK } from '../../src/lib/bench/vocabulary.ts';
import { t } from '../../src/i18n/vi.ts';
import { parseHtml } from '../support/dist.ts';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';

/** More than two pages, so a middle page links both ways. */
const PROFILES = 2 * PAGE_SIZE + 3;

interface List {
  name: string;
  url: string;
  /** The section that lists the exemplars. */
  section: string;
  /** What only the first page shows. */
  firstPageOnly: string;
  /** Whether the page describes its list in JSON-LD (an ItemList). */
  itemList: boolean;
}

/** The first entry of a content folder of the copy, by file name. */
function firstEntry(root: string, dir: string, ext: string): string {
  const name = readdirSync(path.join(root, 'content', dir)).filter((f) => f.endsWith(ext)).sort()[0];
  if (!name) throw new Error(`the copy has nothing in content/${dir}`);
  return name.slice(0, -ext.length);
}

/**
 * Put every synthetic profile of the copy in the first one's locality and in one movement, citing
 * one article; returns the three lists' URLs.
 */
function gatherInOneCommuneMovementAndArticle(root: string): { commune: string; movement: string; article: string } {
  const file = (i: number) => path.join(root, 'content', 'profiles', syntheticSlug(i), 'index.mdx');
  const locality = /^locality:\n(?: {2}.*\n)+/m.exec(readFileSync(file(0), 'utf8'))?.[0];
  const current = locality && /current: \{ province: "(\w+)", commune: "(\w+)" \}/.exec(locality);
  if (!current) throw new Error(`${file(0)}: no locality with a current commune`);
  const movement = firstEntry(root, 'movements', '.yaml');
  const article = firstEntry(root, 'articles', '.mdx');
  const citation = `  - title: "${SYNTHETIC_MARK} Bài viết nguồn giả lập"\n    article: ${article}\n`;
  for (let i = 0; i < PROFILES; i++) {
    const text = readFileSync(file(i), 'utf8')
      .replace(/^movement: .*\n/m, '')
      .replace(/^locality:\n(?: {2}.*\n)+/m, `movement: ${movement}\n${locality}`)
      .replace(/^sources:\n/m, (m) => m + citation);
    writeFileSync(file(i), text);
  }
  const province = currentProvince(current[1]!);
  const commune = currentCommune(current[2]!);
  if (!province || !commune) throw new Error(`unknown current unit ${current[1]}/${current[2]}`);
  return { commune: communeUrl(province.slug, commune.slug), movement: movementUrl(movement), article: articleUrl(article) };
}

describe('movement, commune and article lists with more exemplars than a page holds', () => {
  let site: FixtureSite;
  let lists: List[] = [];
  beforeAll(async () => {
    let urls = { commune: '', movement: '', article: '' };
    site = await buildFixtureSite('list-pages', (root) => {
      writeSyntheticContent(root, PROFILES);
      urls = gatherInOneCommuneMovementAndArticle(root);
    });
    lists = [
      { name: 'movement', url: urls.movement, section: 'danh-sach', firstPageOnly: 'section[aria-labelledby="ke-hoach"]', itemList: true },
      { name: 'commune', url: urls.commune, section: 'danh-sach', firstPageOnly: 'section[aria-labelledby="don-vi-cu"]', itemList: true },
      { name: 'article', url: urls.article, section: 'dan-nguon', firstPageOnly: 'main dl.fact-list', itemList: false },
    ];
  }, 300_000);
  afterAll(() => site?.remove());

  const page = (sitePath: string) => {
    const file = path.join(site.dist, ...sitePath.split('/').filter(Boolean), 'index.html');
    return existsSync(file) ? parseHtml(readFileSync(file, 'utf8')) : undefined;
  };
  const cardsOf = (list: List) => (sitePath: string) =>
    page(sitePath)!
      .querySelectorAll(`section[aria-labelledby="${list.section}"] article.card a`)
      .map((a) => a.getAttribute('href'));
  /** The list's pages, followed by rel="next" from its first page. */
  const pagesOf = (list: List): string[] => {
    const out: string[] = [];
    for (let next: string | undefined = list.url; next && !out.includes(next); ) {
      out.push(next);
      next = page(next)?.querySelector('main a[rel="next"]')?.getAttribute('href');
    }
    return out;
  };

  it('lists every exemplar on exactly one page, at most a page at a time, pages at <list>/trang/N/', () => {
    expect(lists).toHaveLength(3);
    for (const list of lists) {
      const pages = pagesOf(list);
      expect(pages.length, list.name).toBeGreaterThanOrEqual(3);
      expect(pages, list.name).toEqual(pages.map((_, i) => pageUrl(list.url, i + 1)));
      expect(page(pageUrl(list.url, pages.length + 1)), list.name).toBeUndefined();
      const perPage = pages.map(cardsOf(list));
      expect(perPage[0], list.name).toHaveLength(PAGE_SIZE);
      for (const cards of perPage) expect(cards.length, list.name).toBeLessThanOrEqual(PAGE_SIZE);
      const all = perPage.flat();
      expect(new Set(all).size, `${list.name}: an exemplar listed twice`).toBe(all.length);
      for (let i = 0; i < PROFILES; i++) expect(all, list.name).toContain(profileUrl(syntheticSlug(i)));
    }
  });

  it('links each page to the next, the previous and the first', () => {
    for (const list of lists) {
      const second = pageUrl(list.url, 2);
      const third = pageUrl(list.url, 3);
      const links = (p: string) => page(p)!.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(links(list.url), list.name).toContain(second);
      expect(links(second), list.name).toEqual(expect.arrayContaining([list.url, third]));
      expect(page(third)!.querySelector('main a[rel="prev"]')?.getAttribute('href'), list.name).toBe(second);
    }
  });

  it('keeps the list’s facts on its first page, and numbers the others', () => {
    for (const list of lists) {
      const one = page(list.url)!;
      const two = page(pageUrl(list.url, 2))!;
      const numbered = t('pagination.page', { page: 2 });
      expect(one.querySelector(list.firstPageOnly), list.name).not.toBeNull();
      expect(two.querySelector(list.firstPageOnly), list.name).toBeNull();
      expect(one.querySelector('h1')?.text, list.name).not.toContain(numbered);
      expect(two.querySelector('h1')?.text, list.name).toContain(numbered);
      expect(two.querySelector('title')?.text, list.name).toContain(numbered);
      expect(two.querySelector('nav.breadcrumbs [aria-current="page"]')?.text.trim(), list.name).toBe(numbered);
      // JSON-LD: this page's exemplars, numbered in the whole list, out of all of them.
      const itemList = (doc: ReturnType<typeof parseHtml>) =>
        doc
          .querySelectorAll('script[type="application/ld+json"]')
          .flatMap((s) => (JSON.parse(s.text) as { '@graph': { '@type': string }[] })['@graph'])
          .find((n) => n['@type'] === 'ItemList') as unknown as { numberOfItems: number; itemListElement: { position: number }[] };
      if (!list.itemList) continue;
      const total = pagesOf(list).flatMap(cardsOf(list)).length;
      expect(itemList(one).numberOfItems, list.name).toBe(total);
      expect(itemList(two).itemListElement.map((i) => i.position), list.name).toEqual(cardsOf(list)(pageUrl(list.url, 2)).map((_, i) => PAGE_SIZE + 1 + i));
    }
  });
});

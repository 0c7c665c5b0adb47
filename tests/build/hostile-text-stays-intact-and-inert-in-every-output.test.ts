/**
 * Bad input: a profile whose text holds <, &, quotes, {, a line break and formula-like starts comes
 * through every agency output — embed page, feeds, oEmbed JSON, CSV and JSON — intact and inert;
 * a draft appears in none of them. Both profiles are synthetic, added to a throw-away copy of the
 * project (tests/support/fixture-site.ts) built once for this file.
 */
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../support/dist.ts';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { BASE_URL } from '../support/site.ts';
import { firstProfile } from '../support/templates.ts';
import { xmlErrors } from '../support/xml.ts';

const SLUG = 'thu-nghiem-ky-tu-dac-biet';
const DRAFT = 'thu-nghiem-ban-nhap-khong-duoc-cong-bo';
const TITLE = '=HYPERLINK("http://vi-du.test","x") <b>Thử</b> & "nháy" \'đơn\' {{ x }} ]]>\nxuống dòng';
const UNIT = '@Đơn vị <i>thử nghiệm</i> & {bạn}';
const SUMMARY = '+84 <script>alert("x")</script> &amp; {x} ]]> dòng một\ndòng hai -1';

const source = firstProfile();

/** Copy a real profile's folder under a synthetic slug and set its text; the rest stays valid. */
function addProfile(root: string, slug: string, row: number, fields: Record<string, unknown>): void {
  const dir = path.join(root, 'content', 'profiles');
  cpSync(path.join(dir, source.slug), path.join(dir, slug), { recursive: true });
  const file = path.join(dir, slug, 'index.mdx');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`${file}: no frontmatter`);
  const doc = parseDocument(m[1] ?? '');
  for (const [key, value] of Object.entries(fields)) doc.set(key, value);
  doc.set('aliases', []);
  // Its own appendix rows (one row, one profile), far past any real plan's, in a plan that records no
  // appendix list (the check refuses a row a recorded appendix does not have).
  const plansDir = path.join(root, 'content', 'plans');
  const plan = readdirSync(plansDir)
    .filter((f) => !/^appendixRows:/m.test(readFileSync(path.join(plansDir, f), 'utf8')))
    .map((f) => f.replace(/\.mdx$/, ''))[0];
  if (!plan) throw new Error('no plan without an appendix list to cite');
  const recognitions = (doc.toJS() as { recognitions: unknown[] }).recognitions;
  recognitions.forEach((_, i) => {
    doc.setIn(['recognitions', i, 'row'], row + i);
    doc.setIn(['recognitions', i, 'plan'], plan);
  });
  writeFileSync(file, `---\n${String(doc).trimEnd()}\n---\n`);
}

let site: FixtureSite;
const read = (sitePath: string) => readFileSync(path.join(site.dist, ...sitePath.split('/').filter(Boolean)), 'utf8');
const url = `${BASE_URL}/mo-hinh/${SLUG}/`;

beforeAll(async () => {
  site = await buildFixtureSite('hostile-text', (root) => {
    addProfile(root, SLUG, 9001, { title: TITLE, unit: UNIT, summary: SUMMARY, updated: '2099-12-31' });
    addProfile(root, DRAFT, 9101, { title: 'Bản nháp thử nghiệm', draft: true, updated: '2099-12-31' });
  });
}, 180_000);
afterAll(() => site?.remove());

describe('hostile text', () => {
  it('shows as text on the embed card, with no element made from it', () => {
    const doc = parseHtml(read(`/nhung/mo-hinh/${SLUG}/index.html`));
    const link = doc.querySelector('h1 a')!;
    expect(link.text.startsWith(TITLE)).toBe(true);
    expect(doc.querySelector('.meta + .meta, h1 + .meta')?.text).toContain(UNIT);
    expect(doc.querySelector('.full')?.text).toBe(SUMMARY);
    expect(doc.querySelectorAll('b, i, script:not(:empty)').map((e) => e.tagName)).toEqual(['SCRIPT']);
  });

  it('comes through both feeds word for word', () => {
    const xml = read('/rss/index.xml');
    expect(xmlErrors(xml)).toEqual([]);
    const item = parseFeed(xml).items.find((i) => i.url === url)!;
    expect(item.title).toBe(TITLE);
    expect(item.description).toBe(SUMMARY);
    const json = JSON.parse(read('/rss/index.json'));
    const jsonItem = json.items.find((i: { id: string }) => i.id === url);
    expect(jsonItem).toMatchObject({ title: TITLE, content_text: SUMMARY });
  });

  it('comes through the oEmbed document, whose html is still one iframe', () => {
    const data = JSON.parse(read(`/oembed/mo-hinh/${SLUG}.json`));
    expect(data.title).toBe(TITLE);
    const html = parseHtml(data.html);
    expect(html.childNodes.filter((n) => n.nodeType === 1)).toHaveLength(1);
    expect(html.querySelector('iframe')?.getAttribute('title')).toBe(TITLE);
  });

  it('comes through the open data JSON, and the CSV with formula-like cells kept as text', () => {
    const json = JSON.parse(read('/du-lieu/mo-hinh.json'));
    expect(json.items.find((p: { id: string }) => p.id === SLUG)).toMatchObject({ title: TITLE, unit: UNIT, summary: SUMMARY });
    const rows: Record<string, string>[] = parseCsv(read('/du-lieu/mo-hinh.csv'), { bom: true, columns: true });
    const row = rows.find((r) => r.id === SLUG)!;
    expect(row.ten).toBe(`'${TITLE}`);
    expect(row.don_vi).toBe(`'${UNIT}`);
    expect(row.tom_tat).toBe(`'${SUMMARY}`);
  });

  it('leaves the draft out of every output', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const f = path.join(d, n);
        if (statSync(f).isDirectory()) walk(f);
        else if (/\.(html|xml|json|csv)$/.test(n)) files.push(f);
      }
    };
    walk(site.dist);
    const leaks = files.filter((f) => readFileSync(f, 'utf8').includes(DRAFT)).map((f) => path.relative(site.dist, f));
    expect(leaks).toEqual([]);
    // The synthetic published profile is there, so the search above could find it.
    expect(files.some((f) => readFileSync(f, 'utf8').includes(SLUG))).toBe(true);
  });
});

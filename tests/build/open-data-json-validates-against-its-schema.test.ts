/**
 * The open data's JSON files validate (ajv, JSON Schema 2020-12, formats checked) against the
 * schemas published next to them, which each file names in "$schema"; the profiles are exactly
 * the published ones, with permanent URLs; the page links every file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { contentCatalog } from '../support/catalog.ts';
import { readProfiles } from '../support/content.ts';
import { pageAt, requireDist } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';
import { BASE_URL, absoluteUrl } from '../support/site.ts';

requireDist();
const NAMES = ['mo-hinh', 'linh-vuc', 'ke-hoach', 'phong-trao', 'dia-phuong'];
const read = (sitePath: string) => JSON.parse(readFileSync(path.join(DIST, sitePath), 'utf8'));

describe('open data JSON', () => {
  it.each(NAMES)('/du-lieu/%s.json validates against the schema it names', (name) => {
    const data = read(`/du-lieu/${name}.json`);
    expect(data.$schema).toBe(absoluteUrl(`/du-lieu/${name}.schema.json`));
    const schemaFile = path.join(DIST, data.$schema.slice(BASE_URL.length));
    expect(existsSync(schemaFile)).toBe(true);
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
    expect(schema.$id).toBe(data.$schema);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    // The schema is not vacuous: a record missing its id, or with an unknown key, is refused.
    if (data.items.length > 0) {
      const { id: _id, ...noId } = data.items[0];
      const key = 'id' in data.items[0] ? 'id' : 'code';
      const broken = { ...data, items: [key === 'id' ? noId : { ...data.items[0], extra: 1 }] };
      expect(validate(broken)).toBe(false);
    }
    expect(data.license).toBe('CC BY 4.0');
  });

  it('lists exactly the published profiles, by slug, with their permanent URLs', () => {
    const catalog = contentCatalog();
    const data = read('/du-lieu/mo-hinh.json');
    const ids = data.items.map((p: { id: string }) => p.id).sort();
    expect(ids).toEqual(catalog.profiles.map((p) => p.id).sort());
    const drafts = readProfiles().filter((p) => p.data.draft).map((p) => p.slug);
    for (const d of drafts) expect(ids).not.toContain(d);
    for (const p of data.items) {
      expect(p.url).toBe(absoluteUrl(`/mo-hinh/${p.id}/`));
      const node = catalog.profileById.get(p.id)!;
      expect(p.title).toBe(node.data.title);
      expect(p.today.province.code).toBe(node.province.unit.code);
      expect(p.recognitions.map((r: { row: number }) => r.row)).toEqual(node.data.recognitions.map((r) => r.row));
    }
  });

  it('the /du-lieu/ page links every file and schema and states the licence', () => {
    const page = pageAt('/du-lieu/');
    expect(page).toBeDefined();
    const hrefs = page!.doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href'));
    for (const name of NAMES) {
      expect(hrefs).toContain(`/du-lieu/${name}.json`);
      expect(hrefs).toContain(`/du-lieu/${name}.schema.json`);
    }
    expect(hrefs).toContain('/du-lieu/mo-hinh.csv');
    expect(page!.doc.querySelector('a[rel="license"]')?.getAttribute('href')).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
  });
});

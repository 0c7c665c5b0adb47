/**
 * The CMS configuration agrees with the zod schemas field by field: same fields in the same order,
 * the same required ones, the same allowed values, patterns and list minimums, references as pickers
 * of the right collection, a Vietnamese label for every field, and new profiles start as drafts.
 * Walks the schema (as JSON Schema) and the configuration side by side.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { adminConfigYaml, adminPage, decapFiles } from '../../src/lib/cms/admin.ts';
import { jsonSchemaOf, REFERENCES, SCHEMAS, type CmsField, type CollectionName } from '../../src/lib/cms/config.ts';
import { headersFor, NO_INLINE } from '../../src/lib/serve/rules.ts';

type Json = {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  enum?: unknown[];
  pattern?: string;
  minItems?: number;
};
interface Collection {
  name: CollectionName;
  folder: string;
  fields: CmsField[];
  create: boolean;
}

const config = parseYaml(adminConfigYaml()) as { locale: string; collections: Collection[] };
const byName = new Map(config.collections.map((c) => [c.name, c]));
const typeOf = (s: Json) => (Array.isArray(s.type) ? s.type[0] : s.type);

/** Every mismatch between a schema object and the form fields made for it. */
function compare(collection: CollectionName, path: string, schema: Json, fields: CmsField[], out: string[], parentRequired = true): void {
  const props = Object.entries(schema.properties ?? {});
  const names = fields.map((f) => f.name).filter((n) => !(path === '' && n === 'body'));
  if (JSON.stringify(names) !== JSON.stringify(props.map(([n]) => n))) out.push(`${collection}:${path || '(top)'}: fields ${names.join(',')} ≠ schema ${props.map(([n]) => n).join(',')}`);
  // Inside an optional object nothing is required by the form (Decap would demand it even when the
  // object is left empty); the content check requires it once the object is filled in.
  const required = new Set(parentRequired ? (schema.required ?? []) : []);
  for (const [name, sub] of props) {
    const f = fields.find((x) => x.name === name);
    const p = path ? `${path}.${name}` : name;
    if (!f) continue;
    const where = `${collection}:${p}`;
    if ((f.required ?? true) !== required.has(name)) out.push(`${where}: required ${String(f.required)} ≠ schema ${String(required.has(name))}`);
    if (f.label === name || !f.label) out.push(`${where}: no Vietnamese label`);
    const ref = REFERENCES[`${collection}:${p}`];
    if (ref) {
      if (f.widget !== 'relation' || f.collection !== ref || f.value_field !== '{{slug}}') out.push(`${where}: not a picker of ${ref}`);
      if (!byName.has(ref)) out.push(`${where}: the collection ${ref} is not in the CMS`);
      if (typeOf(sub) === 'array' && (!f.multiple || (sub.minItems ?? 0) !== (f.min ?? 0))) out.push(`${where}: list of references differs`);
      continue;
    }
    if (sub.enum && JSON.stringify(f.options?.map((o) => o.value)) !== JSON.stringify(sub.enum)) out.push(`${where}: options ≠ ${sub.enum.join(',')}`);
    if (sub.enum && f.options?.some((o) => o.label === o.value)) out.push(`${where}: an option has no Vietnamese name`);
    if (sub.pattern && f.widget !== 'select' && f.pattern?.[0] !== sub.pattern) out.push(`${where}: pattern ${f.pattern?.[0]} ≠ ${sub.pattern}`);
    if (f.widget === 'select' && sub.pattern) {
      const re = new RegExp(sub.pattern);
      const bad = (f.options ?? []).filter((o) => !re.test(o.value));
      if (bad.length) out.push(`${where}: options that break ${sub.pattern}`);
    }
    const type = typeOf(sub);
    if (type === 'object') compare(collection, p, sub, f.fields ?? [], out, required.has(name));
    if (type === 'array') {
      if ((sub.minItems ?? 0) !== (f.min ?? 0)) out.push(`${where}: list minimum ${f.min} ≠ ${sub.minItems}`);
      const item = sub.items ?? {};
      if (typeOf(item) === 'object') compare(collection, p, item, f.fields ?? [], out);
      else if (item.pattern && f.field?.pattern?.[0] !== item.pattern) out.push(`${where}: item pattern differs`);
    }
    if ((type === 'integer' || type === 'number') && f.widget !== 'number') out.push(`${where}: not a number field`);
    if (type === 'boolean' && f.widget !== 'boolean') out.push(`${where}: not a checkbox`);
  }
}

describe('the CMS configuration', () => {
  it('is in Vietnamese and has one collection per content type, in its folder', () => {
    expect(config.locale).toBe('vi');
    expect([...byName.keys()].sort()).toEqual(Object.keys(SCHEMAS).sort());
    for (const c of config.collections) expect(c.folder).toBe(`content/${c.name}`);
  });

  it.each(Object.keys(SCHEMAS) as CollectionName[])('agrees with the %s schema field by field', (name) => {
    const out: string[] = [];
    compare(name, '', jsonSchemaOf(name), byName.get(name)?.fields ?? [], out);
    expect(out).toEqual([]);
  });

  it('starts new profiles as drafts, in their own folder as index.mdx, with the body as MDX', () => {
    const profiles = byName.get('profiles')!;
    expect(profiles.create).toBe(true);
    expect(profiles.fields.find((f) => f.name === 'draft')?.default).toBe(true);
    expect(profiles).toMatchObject({ path: '{{slug}}/index', extension: 'mdx', format: 'frontmatter' });
    expect(profiles.fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown' });
  });

  it('the admin page loads the CMS from this site only, and every script it needs is shipped', () => {
    const html = adminPage();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('noindex');
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['/admin/decap-cms.js']);
    expect(decapFiles()).toContain('decap-cms.js');
    expect(decapFiles().length).toBeGreaterThan(1);
  });

  it('only /admin/ is served with the CMS’s looser Content-Security-Policy', () => {
    const admin = headersFor('/admin/', NO_INLINE)['Content-Security-Policy'] ?? '';
    expect(admin).toContain("script-src 'self' 'unsafe-eval'");
    expect(admin).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)/);
    for (const path of ['/', '/mo-hinh/x/', '/admin.html', '/nhung/mo-hinh/x/']) {
      const csp = headersFor(path, NO_INLINE)['Content-Security-Policy'] ?? '';
      expect(csp, path).not.toMatch(/'unsafe-eval'|'unsafe-inline'|127\.0\.0\.1/);
    }
  });
});


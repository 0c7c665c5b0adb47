/**
 * The Decap CMS configuration (served as /admin/config.yml), generated from the zod schemas of the
 * data model — the one definition — so the editing forms cannot drift from what the site and the
 * content check accept: every field, whether it is required, its allowed values, its pattern and
 * length, lists and their minimum, and references to fields, plans, movements, articles and
 * provinces (as pickers of what exists). New profiles start as drafts.
 */
import { z } from 'zod';
import { t, type UIKey } from '../../i18n/vi.ts';
import { viCms } from '../../i18n/vi-cms.ts';
import { articleSchema, fieldSchema, movementSchema, planSchema, profileDataSchema } from '../../schema/index.ts';
import { currentProvinces, formerProvincesOf } from '../locality.ts';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maximum?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  anyOf?: JsonSchema[];
  default?: unknown;
};

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  fields?: CmsField[];
  field?: CmsField;
  collapsed?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  options_length?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  choose_url?: boolean;
}

export type CollectionName = 'profiles' | 'plans' | 'fields' | 'movements' | 'articles';

export const SCHEMAS: Record<CollectionName, z.ZodType> = {
  profiles: profileDataSchema,
  plans: planSchema,
  fields: fieldSchema,
  movements: movementSchema,
  articles: articleSchema,
};

/** The schema as JSON Schema (what the input may be), the form the generator walks. */
export function jsonSchemaOf(collection: CollectionName): JsonSchema {
  return z.toJSONSchema(SCHEMAS[collection], { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Which collection a reference field points at, by field path (list indices dropped). */
export const REFERENCES: Record<string, 'fields' | 'plans' | 'movements' | 'articles'> = {
  'profiles:fields': 'fields',
  'profiles:movement': 'movements',
  'profiles:recognitions.plan': 'plans',
  'profiles:sources.plan': 'plans',
  'profiles:sources.article': 'articles',
  'fields:criteria.plan': 'plans',
  'movements:plans': 'plans',
  'articles:plans': 'plans',
};

const RELATION: Record<'fields' | 'plans' | 'movements' | 'articles', Pick<CmsField, 'search_fields' | 'display_fields'>> = {
  fields: { search_fields: ['name'], display_fields: ['name'] },
  plans: { search_fields: ['number', 'title', 'issuer'], display_fields: ['title'] },
  movements: { search_fields: ['name'], display_fields: ['name'] },
  articles: { search_fields: ['title', 'publisher'], display_fields: ['title'] },
};

/** Fields whose values are dates written YYYY-MM-DD (zod: isoDate). */
const DATES = new Set(['profiles:updated', 'plans:updated', 'articles:updated']);
/** Fields of image files next to the profile. */
const IMAGES = new Set(['profiles:images.src']);
/** Long texts: a multi-line box. */
const LONG = new Set(['summary', 'citation', 'description', 'collective', 'individual', 'general', 'appendix', 'note', 'basis', 'appendixRows']);

/**
 * The label of a field: "cms.<collection>.<path>" first, then "cms.<path>", then the same for ever
 * shorter ends of the path ("replications.locality.province.code" → "locality.province.code" →
 * "province.code" → "code"), so a structure reused inside another (a locality, a source, a date)
 * keeps its labels.
 */
export function labelKey(collection: CollectionName, path: string): UIKey | undefined {
  const parts = path.split('.');
  const keys = [`cms.${collection}.${path}`, ...parts.map((_, i) => `cms.${parts.slice(i).join('.')}`)];
  return keys.find((k) => k in labels) as UIKey | undefined;
}
const labels: Readonly<Record<string, string>> = viCms;

const PATTERN_MESSAGE: Record<string, UIKey> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': 'cms.pattern.slug',
  '^\\d{2}$': 'cms.pattern.province',
  '^\\d{3}$': 'cms.pattern.district',
  '^\\d{5}$': 'cms.pattern.commune',
};

/** Vietnamese names of the allowed values of the schema's enumerations, by field. */
const ENUM_LABELS: Record<string, (v: string, i: number) => string> = {
  'profiles:kind': (v) => t(`kind.${v}` as UIKey),
  'profiles:subject': (v) => t(`subject.${v}` as UIKey),
  'profiles:replications.kind': (v) => t(`replication.kind.${v}` as UIKey),
  'profiles:stages.stage': (_v, i) => t(`home.stage.${i + 1}` as UIKey),
};

/** Pre-2025 provinces (the units a source names), for picking a province code. */
function oldProvinceOptions(): { label: string; value: string }[] {
  const seen = new Map<string, string>();
  for (const p of currentProvinces()) for (const f of formerProvincesOf(p.code)) seen.set(f.code, f.fullName);
  return [...seen].sort((a, b) => a[0].localeCompare(b[0])).map(([value, name]) => ({ label: `${name} (${value})`, value }));
}
function currentProvinceOptions(): { label: string; value: string }[] {
  return currentProvinces().map((p) => ({ label: `${p.fullName} (${p.code})`, value: p.code }));
}
const PROVINCE_PICKERS: Record<string, () => { label: string; value: string }[]> = {
  'profiles:locality.province.code': oldProvinceOptions,
  'profiles:locality.current.province': currentProvinceOptions,
  'plans:locality.province': oldProvinceOptions,
};

function field(collection: CollectionName, path: string, name: string, s: JsonSchema, required: boolean): CmsField {
  const key = `${collection}:${path}`;
  const labelK = labelKey(collection, path);
  const base: CmsField = { name, label: labelK ? t(labelK) : name, widget: 'string', required };
  const ref = REFERENCES[key];
  const type = Array.isArray(s.type) ? s.type[0] : s.type;

  if (DATES.has(key)) return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, default: '{{now}}' };
  if (IMAGES.has(key)) return { ...base, widget: 'image', choose_url: false };
  if (ref && type === 'array') {
    return { ...base, widget: 'relation', collection: ref, value_field: '{{slug}}', ...RELATION[ref], multiple: true, ...(s.minItems ? { min: s.minItems } : {}) };
  }
  if (ref) return { ...base, widget: 'relation', collection: ref, value_field: '{{slug}}', ...RELATION[ref] };
  const picker = PROVINCE_PICKERS[key];
  if (picker) return { ...base, widget: 'select', options: picker() };
  if (s.enum) {
    const label = ENUM_LABELS[key] ?? ((v: string) => v);
    return { ...base, widget: 'select', options: s.enum.map((v, i) => ({ label: label(String(v), i), value: String(v) })) };
  }
  if (s.anyOf) {
    // A figure's value: a number or a text; the form offers text, which the schema accepts.
    return { ...base, widget: 'string' };
  }
  if (type === 'object') {
    // Decap checks a child's "required" even when its optional parent is left empty; the content
    // check still requires a district's or commune's name once one is given.
    const req = new Set(required ? (s.required ?? []) : []);
    return {
      ...base,
      widget: 'object',
      collapsed: false,
      fields: Object.entries(s.properties ?? {}).map(([n, sub]) => field(collection, `${path}.${n}`, n, sub, req.has(n))),
    };
  }
  if (type === 'array') {
    const item = s.items ?? {};
    const min = s.minItems ? { min: s.minItems } : {};
    if ((Array.isArray(item.type) ? item.type[0] : item.type) === 'object') {
      const req = new Set(item.required ?? []);
      return { ...base, widget: 'list', ...min, fields: Object.entries(item.properties ?? {}).map(([n, sub]) => field(collection, `${path}.${n}`, n, sub, req.has(n))) };
    }
    return { ...base, widget: 'list', ...min, field: { ...field(collection, path, name, item, true), label: base.label } };
  }
  if (type === 'boolean') return { ...base, widget: 'boolean', ...(s.default !== undefined ? { default: s.default } : {}) };
  if (type === 'integer' || type === 'number') {
    const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : undefined);
    const max = s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? s.maximum : undefined;
    return {
      ...base,
      widget: 'number',
      value_type: type === 'integer' ? 'int' : 'float',
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(s.default !== undefined ? { default: s.default } : {}),
    };
  }
  const out: CmsField = { ...base, widget: LONG.has(name) ? 'text' : 'string' };
  if (s.pattern) out.pattern = [s.pattern, t(PATTERN_MESSAGE[s.pattern] ?? 'cms.pattern.other')];
  else if (s.maxLength !== undefined) out.pattern = [`^[\\s\\S]{0,${s.maxLength}}$`, t('cms.maxLength', { n: s.maxLength })];
  return out;
}

/** The form fields of a collection, one per schema field, in the schema's order. */
export function collectionFields(collection: CollectionName): CmsField[] {
  const s = jsonSchemaOf(collection);
  const req = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).map(([name, sub]) => field(collection, name, name, sub, req.has(name)));
}

const SINGULAR: Record<CollectionName, UIKey> = {
  profiles: 'cms.collection.profiles.singular',
  plans: 'cms.collection.plans.singular',
  fields: 'cms.collection.fields.singular',
  movements: 'cms.collection.movements.singular',
  articles: 'cms.collection.articles.singular',
};
const PLURAL: Record<CollectionName, UIKey> = {
  profiles: 'cms.collection.profiles',
  plans: 'cms.collection.plans',
  fields: 'cms.collection.fields',
  movements: 'cms.collection.movements',
  articles: 'cms.collection.articles',
};

function body(): CmsField {
  return { name: 'body', label: t('cms.body'), widget: 'markdown', required: false };
}

export interface CmsConfigOptions {
  /** Port of the local proxy (decap-server) for editing on this computer. */
  localBackendPort?: number;
}

/** The whole Decap CMS configuration. */
export function cmsConfig(options: CmsConfigOptions = {}) {
  const collection = (name: CollectionName, extra: Record<string, unknown>) => ({
    name,
    label: t(PLURAL[name]),
    label_singular: t(SINGULAR[name]),
    ...extra,
  });
  const profileFields = collectionFields('profiles').map((f) =>
    // New profiles start as drafts: the site leaves them out until an editor publishes them.
    f.name === 'draft' ? { ...f, default: true } : f,
  );
  return {
    locale: 'vi',
    // On a hosted site: Git Gateway (Netlify Identity) logs editors in. On this computer:
    // "npm run cms" starts decap-server, which the CMS uses instead (local_backend).
    backend: { name: 'git-gateway', branch: 'main' },
    local_backend: { url: `http://127.0.0.1:${options.localBackendPort ?? 8081}/api/v1` },
    media_folder: 'content/profiles',
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      collection('profiles', {
        folder: 'content/profiles',
        path: '{{slug}}/index',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        identifier_field: 'title',
        slug: '{{slug}}',
        summary: '{{title}} — {{unit}}',
        media_folder: '',
        public_folder: '',
        fields: [...profileFields, body()],
      }),
      collection('plans', { folder: 'content/plans', extension: 'mdx', format: 'frontmatter', create: false, identifier_field: 'title', fields: [...collectionFields('plans'), body()] }),
      collection('fields', { folder: 'content/fields', extension: 'yaml', format: 'yaml', create: false, identifier_field: 'name', fields: collectionFields('fields') }),
      collection('movements', { folder: 'content/movements', extension: 'yaml', format: 'yaml', create: false, identifier_field: 'name', fields: collectionFields('movements') }),
      collection('articles', { folder: 'content/articles', extension: 'mdx', format: 'frontmatter', create: false, identifier_field: 'title', fields: [...collectionFields('articles'), body()] }),
    ],
  };
}

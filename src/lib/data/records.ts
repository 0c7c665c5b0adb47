/**
 * The open data at /du-lieu/: every published profile (the catalog's list, never content/ itself,
 * so drafts never appear), the fields, plans, movements and the localities used, as JSON documents
 * checked against src/lib/data/schema.ts, and the profiles as one CSV table.
 */
import type { Catalog, EntryTypes, ProfileNode } from '../catalog.ts';
import { absoluteUrl } from '../permalink.ts';
import { site } from '../../site.config.ts';
import { t } from '../../i18n/vi.ts';
import { dataSchemas, type DataName, type ProfileRecord } from './schema.ts';

export const DATA_DIR = '/du-lieu/';
export const dataPath = (name: DataName, ext: 'json' | 'csv' | 'schema.json'): string => `${DATA_DIR}${name}.${ext}`;

export const LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.vi' } as const;

/** The newest `updated` of the published content: the data's date (a build of the same content gives the same bytes). */
export function dataUpdated<E extends EntryTypes>(catalog: Catalog<E>): string {
  const dates = [...catalog.profiles.map((p) => p.data.updated), ...catalog.plans.map((p) => p.data.updated)];
  return dates.reduce((a, b) => (b > a ? b : a), '0000-00-00');
}

export function profileRecord<E extends EntryTypes>(p: ProfileNode<E>): ProfileRecord {
  const { former } = p.locality;
  return {
    id: p.id,
    url: absoluteUrl(p.url),
    kind: p.data.kind,
    subject: p.data.subject,
    unit: p.data.unit,
    title: p.data.title,
    summary: p.data.summary,
    address: p.data.locality.address,
    fields: p.fields.map((f) => ({ id: f.id, name: f.data.name })),
    movement: p.movement ? { id: p.movement.id, name: p.movement.data.name } : null,
    today: {
      province: { code: p.province.unit.code, name: p.province.unit.fullName },
      commune: p.commune ? { code: p.commune.unit.code, name: p.commune.unit.fullName } : null,
    },
    former: {
      province: { code: former.province.code, name: former.province.fullName },
      district: former.district ? { code: former.district.code ?? null, name: former.district.fullName } : null,
      commune: former.commune ? { code: former.commune.code ?? null, name: former.commune.fullName } : null,
    },
    recognitions: p.recognitions.map((r) => ({
      plan: r.plan.id,
      planNumber: r.plan.data.number ?? null,
      planUrl: absoluteUrl(r.plan.url),
      year: r.recognition.year,
      row: r.recognition.row,
      form: r.recognition.form,
    })),
    years: p.years,
    updated: p.data.updated,
  };
}

function itemsOf<E extends EntryTypes>(catalog: Catalog<E>, name: DataName): unknown[] {
  const ids = (profiles: readonly ProfileNode<E>[]) => [...new Set(profiles.map((p) => p.id))];
  switch (name) {
    case 'mo-hinh':
      return catalog.profiles.map(profileRecord);
    case 'linh-vuc':
      return catalog.fields.map((f) => ({ id: f.id, url: absoluteUrl(f.url), name: f.data.name, description: f.data.description, profiles: ids(f.profiles) }));
    case 'ke-hoach':
      return catalog.plans.map((p) => ({
        id: p.id,
        url: absoluteUrl(p.url),
        number: p.data.number ?? null,
        citation: p.citation,
        title: p.data.title,
        issuer: p.data.issuer,
        date: p.data.date,
        locality: p.data.locality.name,
        rows: p.rows.map((r) => ({ row: r.recognition.row, profile: r.profile.id })),
        updated: p.data.updated,
      }));
    case 'phong-trao':
      return catalog.movements.map((m) => ({
        id: m.id,
        url: absoluteUrl(m.url),
        name: m.data.name,
        aliases: m.data.aliases,
        description: m.data.description,
        plans: m.plans.map((p) => p.id),
        profiles: ids(m.profiles),
      }));
    case 'dia-phuong':
      return catalog.provincesWithProfiles.map((p) => ({
        code: p.unit.code,
        name: p.unit.fullName,
        url: absoluteUrl(p.url ?? ''),
        formerProvinces: p.formerProvinces.map((f) => ({ code: f.code, name: f.fullName })),
        profiles: ids(p.profiles),
        communes: p.communes.map((c) => ({
          code: c.unit.code,
          name: c.unit.fullName,
          url: absoluteUrl(c.url),
          former: c.unit.former.map((f) => ({ code: f.code, name: f.fullName, partial: f.share === 'partial' })),
          profiles: ids(c.profiles),
        })),
      }));
  }
}

/** The JSON document /du-lieu/<name>.json, checked against its schema (a mismatch stops the build). */
export function dataDocument<E extends EntryTypes>(catalog: Catalog<E>, name: DataName): unknown {
  const doc = {
    $schema: absoluteUrl(dataPath(name, 'schema.json')),
    title: t(`data.file.${name}`),
    publisher: [site.publisher.name, site.publisher.parent].filter(Boolean).join(', '),
    source: absoluteUrl(DATA_DIR),
    license: LICENSE.name,
    licenseUrl: LICENSE.url,
    updated: dataUpdated(catalog),
    items: itemsOf(catalog, name),
  };
  const checked = dataSchemas[name].safeParse(doc);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Dữ liệu mở ${name}.json không khớp lược đồ / open data ${name}.json does not match its schema:\n${issues}`);
  }
  return checked.data;
}

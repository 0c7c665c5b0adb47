/**
 * The open data's record shapes (/du-lieu/*.json), built from the content schemas' own parts
 * (src/schema/), so the published JSON Schema (z.toJSONSchema) and the data cannot drift apart:
 * the build checks each file against these schemas before writing it.
 */
import { z } from 'zod';
import { profileDataSchema, recognitionSchema } from '../../schema/profile.ts';
import { fieldSchema, movementSchema } from '../../schema/taxonomy.ts';
import { planSchema } from '../../schema/plan.ts';
import { slug } from '../../schema/common.ts';

const p = profileDataSchema.shape;
const absolute = z.url().describe('URL tuyệt đối / absolute URL');
const ref = z.strictObject({ id: slug, name: z.string() });
const unit = z.strictObject({ code: z.string(), name: z.string() });
const formerUnit = z.strictObject({ code: z.string().nullable(), name: z.string() });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe('YYYY-MM-DD');

export const profileRecordSchema = z.strictObject({
  id: slug.describe('đường dẫn cố định (slug) / stable id'),
  url: absolute.describe('địa chỉ cố định của trang / permanent URL'),
  kind: p.kind,
  subject: p.subject,
  unit: p.unit,
  title: p.title,
  summary: p.summary,
  address: p.locality.shape.address,
  fields: z.array(ref).min(1),
  movement: ref.nullable(),
  today: z.strictObject({ province: unit, commune: unit.nullable() }).describe('đơn vị hành chính hiện nay (từ 01/07/2025)'),
  former: z
    .strictObject({ province: unit, district: formerUnit.nullable(), commune: formerUnit.nullable() })
    .describe('đơn vị hành chính như nguồn ghi (trước 01/07/2025)'),
  recognitions: z
    .array(
      z.strictObject({
        plan: recognitionSchema.shape.plan,
        planNumber: z.string().nullable(),
        planUrl: absolute,
        year: recognitionSchema.shape.year,
        row: recognitionSchema.shape.row,
        form: recognitionSchema.shape.form,
      }),
    )
    .min(1),
  years: z.array(z.number().int()),
  updated: day,
});

export const fieldRecordSchema = z.strictObject({
  id: slug,
  url: absolute,
  name: fieldSchema.shape.name,
  description: fieldSchema.shape.description,
  profiles: z.array(slug),
});

export const planRecordSchema = z.strictObject({
  id: slug,
  url: absolute,
  number: z.string().nullable(),
  citation: z.string(),
  title: planSchema.shape.title,
  issuer: planSchema.shape.issuer,
  date: planSchema.shape.date,
  locality: z.string(),
  rows: z.array(z.strictObject({ row: z.number().int().positive(), profile: slug })),
  updated: day,
});

export const movementRecordSchema = z.strictObject({
  id: slug,
  url: absolute,
  name: movementSchema.shape.name,
  aliases: z.array(z.string()),
  description: movementSchema.shape.description,
  plans: z.array(slug),
  profiles: z.array(slug),
});

export const localityRecordSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  url: absolute,
  formerProvinces: z.array(unit),
  profiles: z.array(slug),
  communes: z.array(
    z.strictObject({
      code: z.string(),
      name: z.string(),
      url: absolute,
      former: z.array(z.strictObject({ code: z.string(), name: z.string(), partial: z.boolean() })),
      profiles: z.array(slug),
    }),
  ),
});

/** Every data file wraps its records with where they come from and under which licence. */
function document<T extends z.ZodType>(items: T) {
  return z.strictObject({
    $schema: absolute,
    title: z.string(),
    publisher: z.string(),
    source: absolute,
    license: z.string(),
    licenseUrl: absolute,
    updated: day.describe('ngày sửa gần nhất của nội dung / newest content change'),
    items: z.array(items),
  });
}

/** The data files, by name: /du-lieu/<name>.json and /du-lieu/<name>.schema.json. */
export const dataSchemas = {
  'mo-hinh': document(profileRecordSchema),
  'linh-vuc': document(fieldRecordSchema),
  'ke-hoach': document(planRecordSchema),
  'phong-trao': document(movementRecordSchema),
  'dia-phuong': document(localityRecordSchema),
} as const;
export type DataName = keyof typeof dataSchemas;
export const DATA_NAMES = Object.keys(dataSchemas) as DataName[];

export type ProfileRecord = z.infer<typeof profileRecordSchema>;

/** The JSON Schema of a data file (draft 2020-12), with its own absolute URL as $id. */
export function jsonSchemaOf(name: DataName, schemaUrl: string, title: string): Record<string, unknown> {
  return { ...z.toJSONSchema(dataSchemas[name], { io: 'output', target: 'draft-2020-12' }), $id: schemaUrl, title };
}

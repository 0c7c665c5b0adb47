/**
 * Profile: one exemplar (mô hình or điển hình), one MDX file at content/profiles/<slug>/index.mdx.
 * The slug is the folder name; it names the exemplar, not the unit (one unit can carry two models).
 */
import { z } from 'zod';
import { communeCode, districtCode, isoDate, optionalText, partialDate, provinceCode, slug, text, url } from './common.ts';

export const KINDS = ['mo-hinh', 'dien-hinh'] as const;
export const SUBJECTS = ['ca-nhan', 'tap-the', 'ho-gia-dinh'] as const;
export type Kind = (typeof KINDS)[number];
export type Subject = (typeof SUBJECTS)[number];

/** A unit as the source document names it, with its official code where one exists. */
const namedUnit = <C extends z.ZodType>(code: C) =>
  z.strictObject({
    /** Name with its type, as the source writes it: "huyện Kỳ Sơn", "xã Thành Lập". */
    name: text,
    code: code.optional(),
  });

/**
 * Locality as the source records it (units in force on the source's date), plus the free-text address.
 * Today's unit (after 1 July 2025) is derived from the codes; `current` pins it where an old
 * commune was split between several new ones.
 */
export const localitySchema = z.strictObject({
  address: text,
  province: namedUnit(provinceCode),
  district: namedUnit(districtCode).optional(),
  commune: namedUnit(communeCode).optional(),
  current: z
    .strictObject({
      province: provinceCode.optional(),
      commune: communeCode.optional(),
    })
    .optional(),
});

export const recognitionSchema = z.strictObject({
  /** The plan (kế hoạch) that lists this exemplar: a slug of content/plans. */
  plan: slug,
  year: z.number().int().min(1945).max(2100),
  /** Row number (Số TT) in the plan's appendix. */
  row: z.number().int().positive(),
  /** Form of recognition, e.g. "Nhân rộng mô hình, điển hình tiên tiến". */
  form: text,
  /** The appendix row, word for word. */
  citation: text,
});

export const figureSchema = z.strictObject({
  label: text,
  value: z.union([z.number(), text]),
  unit: optionalText,
  /** Where the figure is stated, if not the recognition's appendix row. */
  source: optionalText,
});

export const sourceSchema = z
  .strictObject({
    title: text,
    publisher: optionalText,
    url: url.optional(),
    /** Internal references: a plan slug or an article slug. */
    plan: slug.optional(),
    article: slug.optional(),
    note: optionalText,
  });

/**
 * The 4 khâu of the plans (phát hiện, bồi dưỡng, tổng kết, nhân rộng), in order. The home page's
 * StageList names them; a profile may record the ones a source says its model has reached.
 */
export const STAGES = ['phat-hien', 'boi-duong', 'tong-ket', 'nhan-rong'] as const;
export type Stage = (typeof STAGES)[number];

/** How another unit took the model up: visited it, studied it, or applied it at home. */
export const REPLICATION_KINDS = ['tham-quan', 'hoc-tap', 'ap-dung'] as const;
export type ReplicationKind = (typeof REPLICATION_KINDS)[number];

/** A stage of the 4 khâu the model has reached, as a source states it. */
export const stageRecordSchema = z.strictObject({
  stage: z.enum(STAGES),
  date: partialDate.optional(),
  /** Required: only what a source states is recorded. */
  source: sourceSchema,
});

/**
 * A place where the model was replicated or studied (nhân rộng), as a source states it: which units,
 * where (a gazetteer locality, units as the source names them, with codes), when, and the source.
 */
export const replicationSchema = z.strictObject({
  kind: z.enum(REPLICATION_KINDS),
  /** The units that visited, studied or applied the model, as the source names them. */
  units: text,
  /** Where they are; the address is optional here, the province (with its code) is not. */
  locality: localitySchema.extend({ address: optionalText }),
  date: partialDate,
  source: sourceSchema,
  note: optionalText,
});

/** Images are passed in so the same schema serves Astro (image()) and plain tools (a relative path). */
export function profileSchema<I extends z.ZodType>(image: I) {
  const imageSchema = z.strictObject({
    src: image,
    alt: text.describe('alt text, required'),
    caption: optionalText,
    credit: text,
    licence: optionalText,
    original: url.optional(),
  });
  return z.strictObject({
    kind: z.enum(KINDS),
    subject: z.enum(SUBJECTS),
    /** The unit or person exactly as the source names them. */
    unit: text,
    /** The model's title, or what the exemplar is recognised for. */
    title: text,
    summary: text.max(500, { message: 'tóm tắt tối đa 500 ký tự / summary is at most 500 characters' }),
    fields: z.array(slug).min(1, { message: 'cần ít nhất một lĩnh vực / at least one field is required' }),
    movement: slug.optional(),
    locality: localitySchema,
    recognitions: z.array(recognitionSchema).min(1, { message: 'cần ít nhất một lần công nhận / at least one recognition is required' }),
    figures: z.array(figureSchema).default([]),
    images: z.array(imageSchema).default([]),
    sources: z.array(sourceSchema).min(1, { message: 'cần ít nhất một nguồn / at least one source is required' }),
    /** The stages of the 4 khâu a source says the model has reached (absent: none recorded). */
    stages: z.array(stageRecordSchema).optional(),
    /** Where the model has been replicated or studied (absent: none recorded). */
    replications: z.array(replicationSchema).optional(),
    draft: z.boolean().default(false),
    updated: isoDate,
    aliases: z.array(slug).default([]),
  });
}

/** Tools and tests see images as paths relative to the profile file. */
export const profileDataSchema = profileSchema(text);
export type ProfileData = z.infer<typeof profileDataSchema>;
export type Locality = z.infer<typeof localitySchema>;
export type Recognition = z.infer<typeof recognitionSchema>;
export type StageRecord = z.infer<typeof stageRecordSchema>;
export type Replication = z.infer<typeof replicationSchema>;
export type Source = z.infer<typeof sourceSchema>;

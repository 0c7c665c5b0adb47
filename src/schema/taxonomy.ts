/** Fields (lĩnh vực), movements (phong trào thi đua) and articles: YAML/MDX files under content/. */
import { z } from 'zod';
import { isoDate, optionalText, partialDate, slug, text, url } from './common.ts';

/** Criteria a plan sets for a field, attributed to that plan. */
export const criteriaSchema = z.strictObject({
  plan: slug,
  /** The plan's own heading for the field. */
  heading: text,
  collective: optionalText,
  individual: optionalText,
  /** Where the plan gives one text for both (e.g. households of farmers). */
  general: optionalText,
  leadAgency: optionalText,
});

export const fieldSchema = z.strictObject({
  name: text,
  description: text,
  order: z.number().int().default(100),
  criteria: z.array(criteriaSchema).default([]),
});
export type FieldData = z.infer<typeof fieldSchema>;

export const movementSchema = z.strictObject({
  name: text,
  /** Other wordings of the same movement in the plans. */
  aliases: z.array(text).default([]),
  description: text,
  plans: z.array(slug).min(1, { message: 'cần ít nhất một kế hoạch nêu phong trào / at least one plan must name it' }),
});
export type MovementData = z.infer<typeof movementSchema>;

export const articleSchema = z.strictObject({
  title: text,
  publisher: text,
  author: optionalText,
  date: partialDate.optional(),
  url: url.optional(),
  /** Plans the article reports on. */
  plans: z.array(slug).default([]),
  summary: text,
  updated: isoDate,
});
export type ArticleData = z.infer<typeof articleSchema>;

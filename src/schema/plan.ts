/** Plan (kế hoạch): content/plans/<slug>.mdx; the MDX body is a faithful summary of the plan. */
import { z } from 'zod';
import { isoDate, optionalText, partialDate, provinceCode, districtCode, text, url } from './common.ts';

export const planSchema = z.strictObject({
  /** "162/KH-UBND"; absent where the published copy leaves the number blank. */
  number: optionalText,
  date: partialDate,
  issuer: text,
  /** The issuing locality, as units in force on the plan's date. */
  locality: z.strictObject({
    name: text,
    province: provinceCode,
    district: districtCode.optional(),
  }),
  title: text,
  signer: z.strictObject({ name: text, role: text }),
  period: optionalText,
  summary: text,
  /** The plans and documents it implements, as it cites them. */
  basis: z.array(text).default([]),
  /** The 4 khâu as the plan words them. */
  stages: optionalText,
  /** What the appendix lists, in order (row numbers refer to it). */
  appendix: optionalText,
  /**
   * The appendix rows in order, each as the profiles cite it, word for word: row N is item N.
   * With it, the content check refuses a row the plan does not have and a citation that differs.
   */
  appendixRows: z.array(text).optional(),
  /** Full text shipped with the site (public/van-ban/...) and any external copies. */
  documents: z
    .array(z.strictObject({ title: text, href: z.string().min(1), format: optionalText }))
    .default([]),
  externalUrl: url.optional(),
  updated: isoDate,
});
export type PlanData = z.infer<typeof planSchema>;

/**
 * Building blocks shared by every schema of the data model.
 * Messages on custom checks are bilingual: Vietnamese for editors, English detail after " / ".
 */
import { z } from 'zod';

/** ASCII URL slug: lowercase letters, digits, single hyphens (đ is written d). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string()
  .regex(SLUG_PATTERN, {
    message:
      'đường dẫn (slug) chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "mo-hinh-rau-huu-co" / slug must be lowercase ASCII letters, digits and single hyphens',
  });

/** Any user-visible text: must already be NFC (precomposed Vietnamese) and not blank. */
export const text = z
  .string()
  .trim()
  .min(1, { message: 'không được để trống / must not be empty' })
  .refine((s) => s === s.normalize('NFC'), {
    message:
      'văn bản chưa ở dạng Unicode NFC (dấu tiếng Việt tổ hợp); chạy "npm run content:normalize" để chuẩn hoá / text is not NFC-normalised; run "npm run content:normalize"',
  });

export const optionalText = text.optional();

function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date written YYYY-MM-DD. YAML turns unquoted dates into Date objects;
 * both forms are accepted and normalised to the string form.
 */
export const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isRealDate, {
    message: 'ngày không hợp lệ, cần dạng NNNN-TT-NN, ví dụ 2017-12-26 / invalid date, expected a real YYYY-MM-DD date',
  }),
);

/**
 * A date a source gives only in part (the 2023 city plan is dated "…/3/2023").
 * Year is required; month and day only where the source states them.
 */
export const partialDate = z
  .strictObject({
    year: z.number().int().min(1945).max(2100),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
  })
  .refine((d) => d.day === undefined || d.month !== undefined, {
    message: 'có ngày thì phải có tháng / a day needs a month',
  })
  .refine((d) => d.day === undefined || isRealDate(`${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`), {
    message: 'ngày không tồn tại / no such calendar date',
  });

export type PartialDate = z.infer<typeof partialDate>;

/** Official administrative unit codes (GSO): province 2 digits, district 3, commune 5. */
export const provinceCode = z.string().regex(/^\d{2}$/, { message: 'mã tỉnh gồm 2 chữ số / province code is 2 digits' });
export const districtCode = z.string().regex(/^\d{3}$/, { message: 'mã huyện gồm 3 chữ số / district code is 3 digits' });
export const communeCode = z.string().regex(/^\d{5}$/, { message: 'mã xã gồm 5 chữ số / commune code is 5 digits' });

export const url = z.url({ message: 'địa chỉ web không hợp lệ / invalid URL' });

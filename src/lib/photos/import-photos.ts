/**
 * Photos named in an imported table's photo column ("Ảnh", "Tệp ảnh"): looked up in one folder
 * (the table's own, or --photos), never outside it, ingested (resized, orientation fixed, location
 * and camera metadata removed) next to the draft. Alt text and credit are left to the editor as
 * "cần xem lại" values: only a person who has seen the photo can describe it and name its author.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { PhotoAdded, PlannedDraft } from '../import/index.ts';
import { reviewText } from '../review.ts';
import { ingestPhoto, PHOTO_EXTENSIONS } from './ingest.ts';

/**
 * `byRow`: a folder of photos given with --photos, where a row without a photo column finds its
 * photo by its Số TT or by its new slug ("3.jpg", "to-dan-pho-…-duong-hoa.jpg").
 */
export function photoIngester(folder: string, { byRow = false }: { byRow?: boolean } = {}) {
  const byRowName = (draft: PlannedDraft): string | undefined => {
    if (!byRow || !existsSync(folder)) return undefined;
    const stems = [String(draft.row.data.recognitions[0]?.row ?? ''), draft.slug].filter(Boolean);
    return readdirSync(folder).find((f) => PHOTO_EXTENSIONS.includes(extname(f).toLowerCase()) && stems.includes(f.slice(0, -extname(f).length)));
  };
  return async (draft: PlannedDraft, stagedDir: string): Promise<PhotoAdded | undefined> => {
    const name = draft.row.photo ?? byRowName(draft);
    if (!name) return undefined;
    const path = resolve(folder, name);
    const rel = relative(folder, path);
    if (rel.startsWith('..') || isAbsolute(rel)) return { note: `“${name}” nằm ngoài thư mục ảnh; không lấy` };
    if (!existsSync(path) || !statSync(path).isFile()) return { note: `không tìm thấy tệp ảnh “${name}” trong ${folder}` };
    const ext = extname(path).toLowerCase();
    if (!PHOTO_EXTENSIONS.includes(ext)) return { note: `“${name}” không phải ảnh jpg, png, webp hoặc avif` };
    const out = `anh-1${ext === '.jpeg' ? '.jpg' : ext}`;
    try {
      const r = await ingestPhoto(path, resolve(stagedDir, out));
      return {
        image: {
          src: `./${out}`,
          alt: reviewText('mô tả nội dung ảnh cho người không xem được ảnh'),
          credit: reviewText('ghi tác giả hoặc nơi cung cấp ảnh'),
        },
        note: `đã lấy ảnh “${name}” (${r.width}×${r.height}${r.removed.length ? `, đã xóa ${r.removed.join(', ')}` : ''}); cần ghi mô tả và tác giả`,
      };
    } catch (err) {
      return { note: `không đọc được ảnh “${name}”: ${(err as Error).message}` };
    }
  };
}

/**
 * Checks of a profile that go beyond its shape: what an editor must take care of before a profile
 * is published. Values left "cần xem lại" by a tool; alt text that does not describe the photo; a
 * source nothing can be followed to; a photo too heavy for a phone, or one that still says where it
 * was taken (photos of people's homes); a person named without a recorded basis for publishing the
 * name (Nghị định 13/2023/NĐ-CP on personal data).
 * Called by the content check, which makes each problem a warning in a draft and an error once the
 * profile is published.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { PlanData, ProfileData } from '../schema/index.ts';
import { findLocationMetadata } from './photos/metadata.ts';
import { MAX_BYTES } from './photos/ingest-limits.ts';
import { findReviewMarks, type ReviewMark } from './review.ts';
import { foldForSearch } from './text.ts';

export interface CareProblem {
  /** Field path, e.g. ['images', 0, 'alt']. */
  path: (string | number)[];
  vi: string;
  en: string;
}

/** Each "cần xem lại" value, as a problem at its field. */
export function reviewProblems(data: unknown): CareProblem[] {
  return findReviewMarks(data).map((m: ReviewMark) => ({
    path: m.path,
    vi: `giá trị chờ xem lại — “${m.value}”: kiểm tra theo văn bản gốc rồi ghi giá trị đúng thay cho nó; hồ sơ còn dấu “cần xem lại” thì chưa đăng được`,
    en: `value still marked for review ("cần xem lại"); replace it before publishing`,
  }));
}

// Alt texts that say nothing of what the photo shows.
const EMPTY_ALT = /^(?:anh|hinh|hinh anh|anh minh hoa|image|photo|picture|img|dsc|\d+)$/;

export function checkProfileCare(
  root: string,
  slug: string,
  data: ProfileData,
  plans: ReadonlyMap<string, Pick<PlanData, 'documents' | 'externalUrl'>>,
): CareProblem[] {
  const out: CareProblem[] = [];
  const dir = join(root, 'content/profiles', slug);

  data.images.forEach((img, i) => {
    const alt = foldForSearch(img.alt).replace(/[^a-z0-9 ]+/g, ' ').trim();
    const file = basename(img.src);
    if (EMPTY_ALT.test(alt) || img.alt.trim() === file || foldForSearch(img.alt) === foldForSearch(file.replace(/\.[a-z0-9]+$/i, ''))) {
      out.push({
        path: ['images', i, 'alt'],
        vi: `mô tả ảnh (alt) “${img.alt}” không cho biết ảnh có gì; viết một câu tả nội dung ảnh cho người không xem được ảnh`,
        en: 'alt text does not describe the photo',
      });
    }
    const abs = join(dir, img.src);
    if (!existsSync(abs) || !statSync(abs).isFile()) return;
    const bytes = readFileSync(abs);
    const where = findLocationMetadata(bytes);
    if (where) {
      out.push({
        path: ['images', i, 'src'],
        vi: `ảnh “${img.src}” còn thông tin vị trí (${[where.exifGps ? 'GPS trong EXIF' : '', where.xmpLocation ? 'vị trí trong XMP' : ''].filter(Boolean).join(', ')}): chạy "npm run photos -- ${slug}" để xóa trước khi đăng`,
        en: `photo "${img.src}" still carries location metadata (${where.exifGps ? 'EXIF GPS' : ''}${where.exifGps && where.xmpLocation ? ', ' : ''}${where.xmpLocation ? 'XMP location' : ''}); run "npm run photos -- ${slug}"`,
      });
    }
    if (bytes.length > MAX_BYTES) {
      out.push({
        path: ['images', i, 'src'],
        vi: `ảnh “${img.src}” nặng ${Math.round(bytes.length / 1024)} KB (tối đa ${Math.round(MAX_BYTES / 1024)} KB): chạy "npm run photos -- ${slug}" để thu nhỏ`,
        en: `photo "${img.src}" is ${bytes.length} bytes (limit ${MAX_BYTES}); run "npm run photos -- ${slug}"`,
      });
    }
  });

  data.sources.forEach((s, i) => {
    if (!s.url && !s.plan && !s.article && !s.note) {
      out.push({
        path: ['sources', i],
        vi: `nguồn “${s.title}” không chỉ tới văn bản nào: thêm url (địa chỉ web), plan (kế hoạch), article (bài viết) hoặc note (nơi lưu văn bản)`,
        en: 'source has no url, plan, article or note to follow',
      });
    }
  });

  if (data.subject === 'ca-nhan' && !hasNameBasis(data, plans)) {
    out.push({
      path: ['sources'],
      vi:
        'hồ sơ cá nhân chưa ghi căn cứ công bố tên người (Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân): thêm một nguồn công khai nêu tên người này ' +
        '(url, bài viết, hoặc kế hoạch có toàn văn đăng công khai), hoặc ghi ở "note" của nguồn rằng người này đã đồng ý',
      en: 'profile of an individual without a recorded basis for publishing the name (a public source naming them, or a consent note)',
    });
  }
  return out;
}

/** A public source that names the person, or a note that they agreed. Marked values do not count. */
function hasNameBasis(data: ProfileData, plans: ReadonlyMap<string, Pick<PlanData, 'documents' | 'externalUrl'>>): boolean {
  return data.sources.some((s) => {
    if (s.note && findReviewMarks(s.note).length > 0) return false;
    if (s.url || s.article) return true;
    // "đã đồng ý", "có sự đồng ý", "được sự đồng ý" (not "chưa đồng ý", "không cần đồng ý").
    if (s.note && /\b(?:da|co su|duoc su)\s+dong y\b|\bconsented\b/.test(foldForSearch(s.note))) return true;
    const plan = s.plan ? plans.get(s.plan) : undefined;
    return plan !== undefined && (plan.documents.length > 0 || plan.externalUrl !== undefined);
  });
}

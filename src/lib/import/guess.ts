/**
 * What the importer infers from a row, and how sure it is. A guess it cannot make is left to the
 * editor as a "cần xem lại" value (src/lib/review.ts) that the content check reports.
 */
import type { Kind, Subject } from '../../schema/profile.ts';
import { fold, subjectIn } from './layout.ts';

/** How a value was found: read as written, inferred from a clear sign, or a best guess to review. */
export type Confidence = 'chac-chan' | 'suy-luan' | 'can-xem-lai';
export const CONFIDENCE_VI: Record<Confidence, string> = {
  'chac-chan': 'chắc chắn',
  'suy-luan': 'suy luận',
  'can-xem-lai': 'cần xem lại',
};

export interface Guess<T> {
  value: T | undefined;
  confidence: Confidence;
  /** Why, in Vietnamese: "theo dòng phần “II. CÁ NHÂN”". */
  why: string;
}

// Words that open a person's name in Vietnamese lists.
const PERSON = /^(?:ong|ba|em|anh|chi|co|thay|chau|dong chi|d\/c|dc|dong chi|cu|cu ong|cu ba|nghe nhan|bac si|ths|ts|ks|gs|pgs)\b/;
const HOUSEHOLD = /^(?:ho gia dinh|ho ong|ho ba|gia dinh|ho)\b/;
// Words that open the name of a collective.
const COLLECTIVE =
  /^(?:hop tac xa|htx|truong|chi hoi|hoi|uy ban|ubnd|cong ty|doanh nghiep|to|thon|xom|ban|bon|lang|ap|khu|khu pho|khu dan cu|doan|chi doan|phong|so|cuc|chi cuc|trung tam|tram|benh vien|nha may|xi nghiep|phan xuong|lien doan|cong doan|cau lac bo|clb|doi|nhom|lop|khoa|mat tran|co quan|don vi|vien|ban chi huy|ban chqs|nhan dan|tap the|mam non|tieu hoc|thcs|thpt|ptdt|ptdtbt|ptdtnt|dang uy|chi bo|thanh doan|huyen doan|cong an|quan doi|bo doi|to dan pho|to hop tac|chi nhanh|ngan hang|hoi phu nu|hoi nong dan|hoi cuu chien binh|lien chi|dai|bao|dai phat thanh)\b/;

/** Subject: the section row first, then the words the unit's name starts with. */
export function guessSubject(unit: string, section: Subject | undefined, sectionText: string | undefined): Guess<Subject> {
  if (section) return { value: section, confidence: 'chac-chan', why: `theo dòng phần “${sectionText ?? ''}”` };
  const f = fold(unit);
  if (HOUSEHOLD.test(f)) return { value: 'ho-gia-dinh', confidence: 'suy-luan', why: `tên bắt đầu bằng “${unit.split(/\s+/).slice(0, 2).join(' ')}”` };
  if (PERSON.test(f)) return { value: 'ca-nhan', confidence: 'suy-luan', why: `tên bắt đầu bằng “${unit.split(/\s+/)[0] ?? ''}”` };
  if (COLLECTIVE.test(f)) return { value: 'tap-the', confidence: 'suy-luan', why: `tên bắt đầu bằng “${unit.split(/\s+/)[0] ?? ''}”` };
  const s = subjectIn(unit);
  if (s) return { value: s, confidence: 'suy-luan', why: 'tên nêu loại đối tượng' };
  return { value: undefined, confidence: 'can-xem-lai', why: 'không rõ tập thể, cá nhân hay hộ gia đình' };
}

/** Kind: a Loại column, else a named model means mô hình, a person or unit without one điển hình. */
export function guessKind(kindCell: string, model: string, subject: Subject | undefined): Guess<Kind> {
  const k = fold(kindCell);
  if (/dien hinh/.test(k) && !/mo hinh/.test(k)) return { value: 'dien-hinh', confidence: 'chac-chan', why: `cột loại ghi “${kindCell}”` };
  if (/mo hinh/.test(k) && !/dien hinh/.test(k)) return { value: 'mo-hinh', confidence: 'chac-chan', why: `cột loại ghi “${kindCell}”` };
  const m = fold(model);
  if (/^mo hinh\b/.test(m)) return { value: 'mo-hinh', confidence: 'chac-chan', why: 'tên bắt đầu bằng “Mô hình”' };
  if (/^dien hinh\b/.test(m)) return { value: 'dien-hinh', confidence: 'chac-chan', why: 'tên bắt đầu bằng “Điển hình”' };
  if (model) return { value: 'mo-hinh', confidence: 'suy-luan', why: 'dòng có tên mô hình' };
  if (subject === 'ca-nhan') return { value: 'dien-hinh', confidence: 'suy-luan', why: 'cá nhân, không có tên mô hình' };
  return { value: undefined, confidence: 'can-xem-lai', why: 'không có tên mô hình và không có cột loại' };
}

export interface FieldRef {
  slug: string;
  name: string;
}

const words = (s: string) => new Set(fold(s).split(' ').filter((w) => w.length > 1 && !STOP.has(w)));
const STOP = new Set(['va', 'cac', 'cua', 'trong', 'linh', 'vuc', 'cho', 'voi', 'nhan', 'dan', 'phong', 'trao']);

/**
 * Field: the Lĩnh vực cell (or a section or title naming one) against the site's fields, by name
 * or slug; exact → certain, most words shared → inferred, otherwise none (to review).
 */
export function guessField(texts: readonly { text: string; from: string }[], fields: readonly FieldRef[]): Guess<string> {
  for (const { text, from } of texts) {
    if (!text) continue;
    const f = fold(text).replace(/^linh vuc /, '');
    const exact = fields.find((x) => fold(x.name) === f || x.slug === f.replace(/ /g, '-'));
    if (exact) return { value: exact.slug, confidence: 'chac-chan', why: `${from} ghi “${text}”` };
    const w = words(text);
    if (w.size === 0) continue;
    let best: { field: FieldRef; score: number } | undefined;
    for (const field of fields) {
      const fw = words(field.name);
      const shared = [...w].filter((x) => fw.has(x)).length;
      const score = shared / w.size;
      if (shared > 0 && (!best || score > best.score)) best = { field, score };
    }
    if (best && best.score >= 0.67) return { value: best.field.slug, confidence: 'suy-luan', why: `${from} ghi “${text}”, gần với “${best.field.name}”` };
  }
  const given = texts.find((t) => t.text);
  return {
    value: undefined,
    confidence: 'can-xem-lai',
    why: given ? `“${given.text}” không khớp lĩnh vực nào trong content/fields` : 'không có cột lĩnh vực',
  };
}

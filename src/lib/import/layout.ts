/**
 * The shape of a government list: title rows, a header row found by its Vietnamese headings (in
 * any case, with or without accents, in the usual wordings), section rows ("I. TẬP THỂ",
 * "II. CÁ NHÂN", "A. …") that set the subject of the rows below, data rows, and a signature block
 * under the table. Pure functions over the rows read by table.ts.
 */
import { foldForSearch } from '../text.ts';
import type { Subject } from '../../schema/profile.ts';
import { repeatsLeft, type TableRow } from './table.ts';

export const ROLES = ['stt', 'unit', 'model', 'address', 'field', 'content', 'note', 'photo', 'kind'] as const;
export type Role = (typeof ROLES)[number];

/** Folded form of a heading: no accents, lowercase, punctuation as spaces. */
export function fold(s: string): string {
  return foldForSearch(s).replace(/[^a-z0-9]+/g, ' ').trim();
}

// First match wins; each pattern is tested against the folded heading.
const HEADINGS: [Role, RegExp][] = [
  ['stt', /^(?:so\s*)?tt$|^stt$|^so thu tu$|^thu tu$/],
  ['model', /\bten (?:mo hinh|dien hinh)|^mo hinh(?: dien hinh)?$|^(?:mo hinh|dien hinh) (?:tien tien|tieu bieu)/],
  ['photo', /^(?:hinh )?anh(?: minh hoa)?$|^tep anh|^ten tep anh/],
  ['kind', /^loai(?: hinh)?$|^hinh thuc$|^mo hinh hay dien hinh/],
  ['unit', /\bten (?:don vi|tap the|ca nhan|co quan)|^(?:ho (?:va )?ten)|^don vi$|^tap the(?: ca nhan)?$|^ca nhan(?: tap the)?$|^don vi ca nhan/],
  ['address', /^dia chi|^dia ban|^noi cu tru|^noi cong tac|^don vi cong tac|^dia phuong/],
  ['field', /^linh vuc|^nganh(?: linh vuc)?$/],
  ['content', /^noi dung|^thanh tich|^tom tat|^ket qua|^mo ta/],
  ['note', /^ghi chu/],
];

/** The role a heading names, if any. */
export function headingRole(text: string): Role | undefined {
  const f = fold(text);
  if (!f) return undefined;
  return HEADINGS.find(([, re]) => re.test(f))?.[0];
}

export interface Header {
  /** Index in `rows` of the (last) header row. */
  index: number;
  /** Column index (0-based) of each role found. */
  columns: Partial<Record<Role, number>>;
}

/**
 * The header row: the first row, in the top 40, where at least two headings are recognised and one
 * of them names the unit or the model. A heading merged over two rows, or split between a group
 * heading and the row below, is read from both rows.
 */
export function findHeader(rows: readonly TableRow[]): Header | undefined {
  const limit = Math.min(rows.length, 40);
  for (let i = 0; i < limit; i++) {
    const columns = rolesOf(rows[i]);
    const count = Object.keys(columns).length;
    if (count < 2 || (columns.unit === undefined && columns.model === undefined)) continue;
    // A second header row under the first (headings merged over two rows, or grouped under one):
    // it adds the roles the first row lacks, in columns not yet taken.
    let index = i;
    const next = rows[i + 1];
    const nextIsData = next?.cells.some((c, col) => col === columns.stt && /^\d+$/.test(c.text));
    if (next && !nextIsData) {
      const more = rolesOf(next);
      const used = new Set(Object.values(columns));
      let added = false;
      for (const [role, col] of Object.entries(more) as [Role, number][]) {
        if (columns[role] === undefined && !used.has(col)) {
          columns[role] = col;
          used.add(col);
          added = true;
        }
      }
      if (added || Object.keys(more).length > 0) index = i + 1;
    }
    return { index, columns };
  }
  return undefined;
}

function rolesOf(row: TableRow | undefined): Partial<Record<Role, number>> {
  const out: Partial<Record<Role, number>> = {};
  row?.cells.forEach((cell, col) => {
    const role = headingRole(cell.text);
    if (role && out[role] === undefined) out[role] = col;
  });
  return out;
}

/** The distinct texts of a row, a merged cell counted once. */
export function rowTexts(row: TableRow): string[] {
  return row.cells.filter((c, col) => c.text && !repeatsLeft(row.cells, col)).map((c) => c.text);
}

/** A row of column numbers under the header: "1 2 3 4" or "(1) (2) (3)". */
export function isColumnNumbers(row: TableRow): boolean {
  const texts = rowTexts(row);
  return texts.length >= 2 && texts.every((t) => /^\(?\d{1,2}\)?$/.test(t));
}

const ROMAN = /^(?:[IVX]{1,5}|[A-ZĐ])[.)/-]\s*\S/u;
const NUMBERED = /^\d{1,2}[.)]\s*\S/;

export interface Section {
  text: string;
  subject?: Subject;
}

/** The subject a text names: a section heading, or a title row ("Danh sách cá nhân…"). */
export function subjectIn(text: string): Subject | undefined {
  const f = fold(text);
  if (/\bho gia dinh\b|\bgia dinh\b|\bho nong dan\b/.test(f)) return 'ho-gia-dinh';
  if (/\btap the\b/.test(f) && !/\bca nhan\b/.test(f)) return 'tap-the';
  if (/\bca nhan\b/.test(f) && !/\btap the\b/.test(f)) return 'ca-nhan';
  return undefined;
}

/**
 * A section row: one text in the row (a merged cell across the table, or the first cells only),
 * numbered "I." / "A." (or "1." in capitals) or naming tập thể / cá nhân / hộ gia đình in capitals,
 * and no unit, model or content of its own under those headings.
 */
export function sectionOf(row: TableRow, header: Header): Section | undefined {
  const texts = rowTexts(row);
  if (texts.length === 0 || texts.length > 2) return undefined;
  const text = texts.join(' ');
  const stt = header.columns.stt !== undefined ? (row.cells[header.columns.stt]?.text ?? '') : '';
  if (/^\d+$/.test(stt)) return undefined;
  const body = texts.length === 2 && /^(?:[IVX]{1,5}|[A-ZĐ]|\d{1,2})[.)]?$/u.test(texts[0] ?? '') ? `${texts[0]}. ${texts[1]}` : text;
  const letters = body.replace(/[^\p{L}]/gu, '');
  const capitals = letters.length > 0 && letters === letters.toUpperCase();
  const numbered = ROMAN.test(body) || (NUMBERED.test(body) && capitals);
  const subject = subjectIn(body);
  if (!numbered && !(capitals && (subject || letters.length > 3))) return undefined;
  return subject ? { text: body, subject } : { text: body };
}

// Words that start the block under a table: who made it, who signs, for whom, where it goes.
const SIGNATURE =
  /^(?:nguoi lap(?: bieu| bang)?|tm\b|t m\b|kt\b|tl\b|tuq\b|q chu tich|chu tich|pho chu tich|giam doc|pho giam doc|truong ban|pho truong ban|thu truong|xac nhan|noi nhan|ky ten|da ky|\(?ky|\(?da ky|nguoi ky|nguoi duyet|thu ky)/;
const PLACE_DATE = /,?\s*ngay\s+\S*\s+thang\s+\S*\s+nam\b/;

/** A row of the signature block: "NGƯỜI LẬP BIỂU", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hòa Bình, ngày … tháng … năm …". */
export function isSignatureRow(row: TableRow, header: Header): boolean {
  const texts = rowTexts(row);
  if (texts.length === 0) return false;
  const stt = header.columns.stt !== undefined ? (row.cells[header.columns.stt]?.text ?? '') : '';
  if (/^\d+$/.test(stt)) return false;
  return texts.some((t) => SIGNATURE.test(fold(t)) || PLACE_DATE.test(fold(t)));
}

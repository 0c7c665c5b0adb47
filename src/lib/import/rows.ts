/**
 * From the rows of a table to one outcome per row: a draft to create, or a row skipped and why.
 * Knows the layout of government lists (layout.ts) and makes the guesses (guess.ts,
 * locality-guess.ts); writes nothing.
 */
import type { ProfileData, Subject } from '../../schema/profile.ts';
import type { PlanData } from '../../schema/plan.ts';
import { planCitation } from '../format.ts';
import { REVIEW_SLUG, reviewText } from '../review.ts';
import { ImportError } from './errors.ts';
import { CONFIDENCE_VI, guessField, guessKind, guessSubject, type Confidence, type FieldRef } from './guess.ts';
import { findHeader, fold, isColumnNumbers, isSignatureRow, rowTexts, sectionOf, subjectIn, type Header, type Role } from './layout.ts';
import { guessLocality } from './locality-guess.ts';
import { repeatsLeft, type Table, type TableRow } from './table.ts';

export type SkipReason = 'blank' | 'section' | 'signature' | 'heading' | 'no-name' | 'total' | 'duplicate';
export const SKIP_VI: Record<SkipReason, string> = {
  blank: 'dòng trống',
  section: 'dòng tên phần',
  signature: 'phần chữ ký dưới bảng',
  heading: 'dòng tiêu đề bảng',
  'no-name': 'không có tên đơn vị, cá nhân hay mô hình',
  total: 'dòng tổng cộng',
  duplicate: 'trùng',
};

/** One guess, as the report shows it. */
export interface GuessNote {
  field: string;
  confidence: Confidence;
  why: string;
}

export interface DraftRow {
  status: 'draft';
  line: number;
  /** The row's cells, word for word, joined: the recognition's citation. */
  citation: string;
  data: ProfileData;
  body: string;
  /** Slug from the title, before collisions are resolved. */
  title: string;
  unit: string;
  notes: GuessNote[];
  photo?: string;
}
export interface SkippedRow {
  status: 'skipped';
  line: number;
  reason: SkipReason;
  detail: string;
}
export type RowOutcome = DraftRow | SkippedRow;

export interface RowsInput {
  table: Table;
  planSlug: string;
  plan: PlanData;
  fields: readonly FieldRef[];
  /** Today, YYYY-MM-DD (the drafts' "updated"). */
  today: string;
}

const cell = (row: TableRow, header: Header, role: Role) => {
  const col = header.columns[role];
  return col === undefined ? '' : (row.cells[col]?.text ?? '');
};

/** The row's text word for word: its cells in order, a merged cell once, the Số TT left out. */
export function citationOf(row: TableRow, header: Header): string {
  return row.cells
    .filter((c, col) => col !== header.columns.stt && c.text && !repeatsLeft(row.cells, col))
    .map((c) => c.text)
    .join(' — ');
}

/** "Mô hình: “Nâng cao thu nhập…”" → "Nâng cao thu nhập…". */
function modelTitle(model: string): string {
  return model
    .replace(/^(?:tên\s+)?(?:mô hình|điển hình)\s*[:：-]\s*/iu, '')
    .replace(/^[“"'‘«](.*)[”"'’»]$/u, '$1')
    .trim();
}

// A place word that starts the address part of "Tên đơn vị, xã …, huyện …".
const PLACE_START = /^(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|thon|xom|ban|to dan pho|khu|tieu khu|ap|so nha|tp|tx|tt)\b/;

/** "HTX Đồng Sương, xã Thành Lập, huyện Lương Sơn" → the name, and the address after it (if any). */
function splitUnitAddress(unit: string): [string, string] {
  const parts = unit.split(',');
  const at = parts.findIndex((p, i) => i > 0 && PLACE_START.test(fold(p)));
  if (at < 0) return [unit.trim(), ''];
  return [parts.slice(0, at).join(',').trim(), parts.slice(at).join(',').trim()];
}

/** What the rows above the header say about the whole list. */
interface ListContext {
  header: Header;
  planSlug: string;
  plan: PlanData;
  planName: string;
  fields: readonly FieldRef[];
  today: string;
  /** "DANH SÁCH …" title row, the recognition's form. */
  form: string;
  listTitle: string | undefined;
  year: number;
  titleSubject: Subject | undefined;
  titleField: string | undefined;
}

function listContext(table: Table, header: Header, { planSlug, plan, fields, today }: RowsInput): ListContext {
  const titleTexts = table.rows.slice(0, header.index).flatMap(rowTexts);
  const listTitle = titleTexts.find((t) => /^danh sach\b/.test(fold(t)));
  const yearInTitle = titleTexts.map((t) => /năm\s+(\d{4})\b/iu.exec(t)?.[1]).find(Boolean);
  const planName = planCitation(plan);
  return {
    header,
    planSlug,
    plan,
    planName,
    fields,
    today,
    form: listTitle ?? plan.appendix ?? `Danh sách kèm theo ${planName}`,
    listTitle,
    year: yearInTitle ? Number(yearInTitle) : plan.date.year,
    titleSubject: titleTexts.map(subjectIn).find(Boolean),
    titleField: titleTexts.find((t) => /\blinh vuc\b/.test(fold(t))),
  };
}

export function analyseRows(input: RowsInput): RowOutcome[] {
  const { table } = input;
  const header = findHeader(table.rows);
  if (!header) {
    throw new ImportError(
      'Không tìm thấy dòng tiêu đề cột của bảng. Bảng cần có các cột như "STT", "Tên đơn vị" (hoặc "Tên tập thể, cá nhân"), "Tên mô hình", "Địa chỉ", "Lĩnh vực". Chưa có tệp nào được ghi.',
      'no header row found (expected headings such as STT, Tên đơn vị, Tên mô hình, Địa chỉ, Lĩnh vực); nothing was written',
    );
  }
  const ctx = listContext(table, header, input);
  const outcomes: RowOutcome[] = [];
  let section: { text: string; subject?: Subject } | undefined;
  let inSignature = false;
  const seen = new Map<string, number>();
  const numbering = { ordinal: 0, used: new Set<number>() };

  table.rows.slice(0, header.index + 1).forEach((row) => {
    const blank = rowTexts(row).length === 0;
    outcomes.push({ status: 'skipped', line: row.line, reason: blank ? 'blank' : 'heading', detail: blank ? SKIP_VI.blank : SKIP_VI.heading });
  });

  for (const row of table.rows.slice(header.index + 1)) {
    const texts = rowTexts(row);
    const skip = (reason: SkipReason, detail: string = SKIP_VI[reason]) => outcomes.push({ status: 'skipped', line: row.line, reason, detail });
    if (texts.length === 0) {
      skip('blank');
      continue;
    }
    if (inSignature || isSignatureRow(row, header)) {
      inSignature = true;
      skip('signature');
      continue;
    }
    if (numbering.ordinal === 0 && isColumnNumbers(row)) {
      skip('heading', 'dòng đánh số cột');
      continue;
    }
    const sec = sectionOf(row, header);
    if (sec) {
      // A section without a subject word ("A. LĨNH VỰC GIÁO DỤC") keeps the subject of the one above.
      section = { text: sec.text, ...(sec.subject ? { subject: sec.subject } : section?.subject ? { subject: section.subject } : {}) };
      skip('section', `${SKIP_VI.section}: “${sec.text}”`);
      continue;
    }
    const unit = cell(row, header, 'unit');
    const modelCell = cell(row, header, 'model');
    if (/^(?:tong cong|tong so|cong|tong)\b/.test(fold(texts[0] ?? '')) && !modelCell) {
      skip('total');
      continue;
    }
    if (!unit && !modelCell) {
      skip('no-name');
      continue;
    }
    numbering.ordinal++;
    const key = `${fold(unit)}|${fold(modelCell)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      skip('duplicate', `trùng với dòng ${first} của tệp`);
      continue;
    }
    seen.set(key, row.line);
    outcomes.push(draftRow(row, ctx, section, numbering));
  }
  return outcomes.sort((a, b) => a.line - b.line);
}

/** The row's number in the appendix: its Số TT, or the running number where Số TT restarts per section. */
function rowNumberOf(sttText: string, numbering: { ordinal: number; used: Set<number> }, notes: GuessNote[]): number {
  const stt = /^\d+$/.test(sttText) ? Number(sttText) : undefined;
  if (stt !== undefined && stt > 0 && !numbering.used.has(stt)) {
    numbering.used.add(stt);
    return stt;
  }
  const why = stt === undefined ? 'không có Số TT' : `Số TT ${stt} lặp lại`;
  notes.push({ field: 'recognitions[0].row', confidence: 'can-xem-lai', why: `${why}; tạm ghi ${numbering.ordinal} (thứ tự trong tệp)` });
  return numbering.ordinal;
}

/** One exemplar row → a draft profile, with every guess and how sure it is. */
function draftRow(row: TableRow, ctx: ListContext, section: { text: string; subject?: Subject } | undefined, numbering: { ordinal: number; used: Set<number> }): DraftRow {
  const { header, plan, planName, planSlug } = ctx;
  const unit = cell(row, header, 'unit');
  const modelCell = cell(row, header, 'model');
  const notes: GuessNote[] = [];
  const note = (field: string, confidence: Confidence, why: string) => notes.push({ field, confidence, why });
  const rowNumber = rowNumberOf(cell(row, header, 'stt'), numbering, notes);

  const subject = guessSubject(unit || modelCell, section?.subject ?? ctx.titleSubject, section?.subject ? section.text : ctx.titleSubject ? (ctx.listTitle ?? '') : undefined);
  note('subject', subject.confidence, subject.why);
  const model = modelTitle(modelCell);
  const kind = guessKind(cell(row, header, 'kind'), modelCell, subject.value);
  note('kind', kind.confidence, kind.why);
  const fieldGuess = guessField(
    [
      { text: cell(row, header, 'field'), from: 'cột lĩnh vực' },
      { text: section?.text ?? '', from: 'dòng phần' },
      { text: ctx.titleField ?? '', from: 'tiêu đề' },
    ],
    ctx.fields,
  );
  note('fields', fieldGuess.confidence, fieldGuess.why);

  // The address column; else what follows the unit's name ("HTX Đồng Sương, xã Thành Lập, huyện Lương Sơn").
  const addressCell = cell(row, header, 'address');
  const [unitOnly, addressInUnit] = addressCell ? [unit, ''] : splitUnitAddress(unit);
  const address = addressCell || addressInUnit;
  const locality = guessLocality(address, { province: plan.locality.province, district: plan.locality.district, year: ctx.year });
  if (!address) {
    locality.value.address = reviewText('dòng không ghi địa chỉ');
    locality.why = 'dòng không ghi địa chỉ';
    locality.confidence = 'can-xem-lai';
  }
  note('locality', locality.confidence, locality.why);

  const content = cell(row, header, 'content');
  const title = model || content || reviewText('ghi điều được công nhận (dòng không có tên mô hình)');
  if (!model) note('title', content ? 'suy-luan' : 'can-xem-lai', content ? 'lấy từ cột nội dung, thành tích' : 'dòng không có tên mô hình');
  const unitName = unitOnly || reviewText('dòng không ghi tên đơn vị, cá nhân');
  const kindWord = kind.value === 'dien-hinh' ? 'Điển hình' : 'Mô hình';
  // A person's home address stays out of the summary (Nghị định 13/2023/NĐ-CP on personal data).
  const where = address && subject.value === 'tap-the' ? ` (${address})` : '';
  const summaryFull = model
    ? `${kindWord} “${model}” của ${unitName}${where} có tên trong danh sách kèm theo ${planName}.`
    : `${unitName}${where} có tên trong danh sách kèm theo ${planName}.`;
  const summary = summaryFull.length <= 500 ? summaryFull : `${unitName} có tên tại dòng ${rowNumber} của danh sách kèm theo ${planName}.`.slice(0, 500);

  const source: ProfileData['sources'][number] = { title: planName, publisher: plan.issuer, plan: planSlug };
  if (subject.value === 'ca-nhan' || subject.value === 'ho-gia-dinh') {
    source.note = reviewText('ghi căn cứ công bố tên người (văn bản công khai nêu tên, hoặc sự đồng ý của người đó)');
    note('sources[0].note', 'can-xem-lai', 'hồ sơ cá nhân cần căn cứ công bố tên (Nghị định 13/2023/NĐ-CP)');
  }

  const citation = citationOf(row, header);
  const data: ProfileData = {
    kind: kind.value ?? (REVIEW_SLUG as ProfileData['kind']),
    subject: subject.value ?? (REVIEW_SLUG as ProfileData['subject']),
    unit: unitName,
    title,
    summary,
    fields: [fieldGuess.value ?? REVIEW_SLUG],
    locality: locality.value,
    recognitions: [{ plan: planSlug, year: ctx.year, row: rowNumber, form: ctx.form, citation }],
    figures: [],
    images: [],
    sources: [source],
    draft: true,
    updated: ctx.today,
    aliases: [],
  };
  const photo = cell(row, header, 'photo');
  return { status: 'draft', line: row.line, citation, data, body: content, title: `${unitName} ${model}`.trim(), unit: unitName, notes, ...(photo ? { photo } : {}) };
}

export const confidenceText = (c: Confidence) => CONFIDENCE_VI[c];

/**
 * Reads an editor's table (.xlsx or .csv) into plain rows of text, one per spreadsheet line.
 * xlsx through exceljs: formula cells give their computed value (never the formula), rich text its
 * plain text, numbers and dates their text; a merged cell's text is given in every cell it covers,
 * marked so that it is cited once. csv through csv-parse, after the bytes are checked to be Unicode.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { decodeTable, legacyFontText } from './encoding.ts';
import { ImportError } from './errors.ts';

export interface TableCell {
  text: string;
  /** For every cell of a merged range (its first cell included): the address of that first cell. */
  merge?: string;
}

/**
 * Whether a cell repeats the one before it in the same row (a range merged across columns): such a
 * cell is read once. A range merged down several rows is read on each of its rows.
 */
export function repeatsLeft(cells: readonly TableCell[], col: number): boolean {
  const merge = cells[col]?.merge;
  return merge !== undefined && col > 0 && cells[col - 1]?.merge === merge;
}
export interface TableRow {
  /** 1-based line in the spreadsheet (xlsx row number) or record start line in the CSV. */
  line: number;
  cells: TableCell[];
}
export interface Table {
  rows: TableRow[];
  /** Worksheet name (xlsx). */
  sheet?: string;
}

/** One line of cell text: NFC, line breaks and runs of spaces made single spaces. */
export function cleanCell(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

type CellValue = ExcelJS.CellValue;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The displayed text of an exceljs value; a formula gives its result. */
function valueText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e9) / 1e9);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return `${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: unknown }).result;
      if (result && typeof result === 'object' && 'error' in result) return '';
      return valueText(result as CellValue);
    }
    if ('hyperlink' in v) return valueText((v as { text?: CellValue }).text ?? '');
    if ('error' in v) return '';
  }
  return '';
}

async function readXlsx(path: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (err) {
    throw new ImportError(
      `Không đọc được tệp Excel "${path}": tệp hỏng hoặc không phải .xlsx (tệp .xls cũ: mở bằng Excel/LibreOffice rồi lưu lại dạng .xlsx).`,
      `cannot read "${path}" as .xlsx: ${(err as Error).message}`,
    );
  }
  const sheet = workbook.worksheets.find((ws) => ws.state !== 'hidden' && ws.actualRowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) throw new ImportError(`Tệp "${path}" không có trang tính nào.`, `"${path}" has no worksheet`);
  const width = sheet.columnCount;
  const rows: TableRow[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: TableCell[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : undefined;
      const text = cleanCell(valueText(master ? master.value : cell.value));
      cells.push(master ? { text, merge: master.address } : { text });
    }
    rows.push({ line: r, cells });
  }
  return { rows, sheet: sheet.name };
}

function readCsv(path: string): Table {
  const text = decodeTable(readFileSync(path), path);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  // Excel in Vietnamese locales saves CSV with ";" when "," is the decimal separator.
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { delimiter, relax_column_count: true, info: true, bom: true, skip_empty_lines: false }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new ImportError(
      `Tệp CSV "${path}" sai cấu trúc${e.lines ? ` ở dòng ${e.lines}` : ''} (dấu ngoặc kép chưa đóng?). Mở bằng Excel/LibreOffice và lưu lại dạng CSV UTF-8.`,
      `malformed CSV: ${e.message}`,
    );
  }
  const rows = records.map(({ record, info }) => ({ line: info.lines, cells: record.map((t) => ({ text: cleanCell(t) })) }));
  return { rows };
}

/** Read a table; refuses other formats and text typed in a legacy Vietnamese font encoding. */
export async function readTable(path: string): Promise<Table> {
  const ext = extname(path).toLowerCase();
  let table: Table;
  if (ext === '.xlsx') table = await readXlsx(path);
  else if (ext === '.csv') table = readCsv(path);
  else
    throw new ImportError(
      `Không nhập được "${path}": chỉ nhận tệp .xlsx hoặc .csv (tệp .xls, .ods, .docx: mở rồi lưu lại dạng .xlsx).`,
      `unsupported file type "${ext || '(none)'}": use .xlsx or .csv`,
    );
  const legacy = legacyFontText(table.rows.flatMap((r) => r.cells.map((c) => c.text)));
  if (legacy) {
    throw new ImportError(
      `Tệp "${path}" được gõ bằng bảng mã cũ (${legacy.encoding}), không phải Unicode: chữ sẽ bị lỗi font (ví dụ "${legacy.sample}"). ` +
        'Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã, từ TCVN3 hoặc VNI sang Unicode) rồi nhập lại. Chưa có tệp nào được ghi.',
      `text is in a legacy Vietnamese font encoding (${legacy.encoding}); convert it to Unicode first; nothing was written`,
    );
  }
  return table;
}

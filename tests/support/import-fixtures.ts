/**
 * Synthetic tables and a synthetic project for the importer's tests: written to a temp folder, never
 * to content/. Names, plans and units are clearly made up ("Giả Lập"); only the gazetteer and the
 * site's field list are real (read, not written).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT } from './paths.ts';

export const PLAN_SLUG = 'ke-hoach-gia-lap';

const PLAN = `---
number: 99/KH-GIALAP
date: { year: 2024, month: 3, day: 15 }
issuer: Ủy ban nhân dân tỉnh Hòa Bình (dữ liệu giả lập)
locality: { name: tỉnh Hòa Bình, province: "17" }
title: Kế hoạch giả lập dùng cho kiểm thử nhập danh sách
signer: { name: Người ký giả lập, role: Chủ tịch }
summary: Dữ liệu giả lập, không đăng.
documents:
  - title: Toàn văn giả lập
    href: /van-ban/gia-lap.txt
updated: 2026-01-01
---
`;

/** An existing profile whose slug an imported row will collide with. */
export const EXISTING_SLUG = 'hop-tac-xa-gia-lap-dong-tam-trong-rau-huu-co';
const EXISTING = `---
kind: mo-hinh
subject: tap-the
unit: Hợp tác xã Giả Lập Đồng Tâm
title: Trồng rau hữu cơ
summary: Hồ sơ giả lập có sẵn.
fields: [san-xuat-kinh-doanh-gioi]
locality:
  address: xã Thành Lập, huyện Lương Sơn
  province: { name: tỉnh Hòa Bình, code: "17" }
  district: { name: huyện Lương Sơn, code: "152" }
  commune: { name: xã Thành Lập, code: "04969" }
recognitions:
  - plan: ${PLAN_SLUG}
    year: 2024
    row: 40
    form: Danh sách giả lập
    citation: Dòng giả lập có sẵn
sources:
  - title: Kế hoạch giả lập
    plan: ${PLAN_SLUG}
draft: true
updated: 2026-01-01
---
`;

/** Add the synthetic plan to a project folder's content/plans. */
export function addSyntheticPlan(root: string): void {
  mkdirSync(join(root, 'content/plans'), { recursive: true });
  writeFileSync(join(root, 'content/plans', `${PLAN_SLUG}.mdx`), PLAN);
}

export interface Sandbox {
  root: string;
  /** Where input tables go (outside content/). */
  inputs: string;
  remove(): void;
}

/** A project folder with the real fields, one synthetic plan and one existing draft. */
export function importSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'dhtt-import-'));
  // The real fields, movements, plans and articles (they refer to each other), no real profile.
  for (const dir of ['fields', 'movements', 'plans', 'articles']) cpSync(join(ROOT, 'content', dir), join(root, 'content', dir), { recursive: true });
  addSyntheticPlan(root);
  mkdirSync(join(root, 'content/profiles', EXISTING_SLUG), { recursive: true });
  writeFileSync(join(root, 'content/profiles', EXISTING_SLUG, 'index.mdx'), EXISTING);
  const inputs = join(root, 'nhap');
  mkdirSync(inputs);
  return { root, inputs, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** RFC 4180 CSV text (every field quoted). */
export function csvText(rows: readonly (readonly string[])[], delimiter = ','): string {
  return rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(delimiter)).join('\r\n') + '\r\n';
}

export function writeCsv(dir: string, name: string, rows: readonly (readonly string[])[], delimiter = ','): string {
  const file = join(dir, name);
  writeFileSync(file, csvText(rows, delimiter));
  return file;
}

/** Every file under dir, relative, sorted: what "nothing was written" compares. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

/**
 * A registration list as a commune sends it, in xlsx: agency and motto title rows (merged across),
 * a two-row header with vertically merged cells and a group heading, section rows merged across the
 * table, a number stored as a number, a formula for Số TT, rich text in a name, a signature block.
 */
export async function writeRealisticXlsx(dir: string, name = 'danh-sach.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.getCell('A1').value = 'UBND XÃ GIẢ LẬP';
  ws.mergeCells('A1:B1');
  ws.getCell('D1').value = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
  ws.mergeCells('D1:F1');
  ws.getCell('D2').value = 'Độc lập - Tự do - Hạnh phúc';
  ws.mergeCells('D2:F2');
  ws.getCell('A4').value = 'DANH SÁCH ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH TIÊN TIẾN NĂM 2024';
  ws.mergeCells('A4:F4');
  // Header over rows 6–7: STT, name, address merged vertically; "Mô hình" over two sub-columns.
  ws.getCell('A6').value = 'STT';
  ws.mergeCells('A6:A7');
  ws.getCell('B6').value = 'Tên tập thể, cá nhân';
  ws.mergeCells('B6:B7');
  ws.getCell('C6').value = 'Địa chỉ';
  ws.mergeCells('C6:C7');
  ws.getCell('D6').value = 'Đăng ký';
  ws.mergeCells('D6:E6');
  ws.getCell('D7').value = 'Tên mô hình, điển hình';
  ws.getCell('E7').value = 'Lĩnh vực';
  ws.getCell('F6').value = 'Ghi chú';
  ws.mergeCells('F6:F7');
  ws.getCell('A8').value = 'I. TẬP THỂ';
  ws.mergeCells('A8:F8');
  ws.getRow(9).values = [1, 'Trường Mầm non Giả Lập', 'xã Thành Lập, huyện Lương Sơn', 'Vườn rau dinh dưỡng của bé', 'Giáo dục và đào tạo', ''];
  ws.getCell('A10').value = { formula: 'A9+1', result: 2 };
  ws.getCell('B10').value = { richText: [{ text: 'Hợp tác xã ', font: { bold: true } }, { text: 'Chè Giả Lập' }] };
  ws.getCell('C10').value = 'xã Thành Lập, huyện Lương Sơn';
  ws.getCell('D10').value = 'Sản xuất chè an toàn';
  ws.getCell('E10').value = 'Sản xuất, kinh doanh giỏi';
  ws.getCell('F10').value = 2024;
  ws.getCell('A11').value = 'II. CÁ NHÂN';
  ws.mergeCells('A11:F11');
  ws.getRow(12).values = [1, 'Ông Giả Văn Lập', 'xã Thành Lập, huyện Lương Sơn', 'Nuôi ong lấy mật', 'Sản xuất, kinh doanh giỏi', ''];
  ws.getCell('B14').value = 'NGƯỜI LẬP BIỂU';
  ws.getCell('E14').value = 'TM. ỦY BAN NHÂN DÂN';
  ws.getCell('E15').value = 'CHỦ TỊCH';
  ws.getCell('B18').value = 'Người Lập Giả';
  ws.getCell('E18').value = 'Người Ký Giả';
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

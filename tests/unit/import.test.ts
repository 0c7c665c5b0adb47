/**
 * npm run import on synthetic tables generated here, in a temporary project: every shape a
 * government list takes (header variants, title rows, merged cells, sections, signature block,
 * blank rows, formulas, rich text, NFD text, MDX-special characters, legacy encodings, slug
 * collisions, unknown places), what is written (all drafts or none) and what the content check says.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { parse as parseYaml } from 'yaml';
import { checkContent, errorsOf, warningsOf } from '../../src/lib/content-check.ts';
import { importTable, ImportError, planImport, reportCsv, reportPath } from '../../src/lib/import/index.ts';
import { checkMdxBody } from '../../src/lib/mdx-body.ts';
import { EXISTING_SLUG, importSandbox, listFiles, PLAN_SLUG, writeCsv, writeRealisticXlsx, type Sandbox } from '../support/import-fixtures.ts';

const TOOL = resolve(import.meta.dirname, '../../tools/import.ts');
const boxes: Sandbox[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.remove();
});
function sandbox(): Sandbox {
  const b = importSandbox();
  boxes.push(b);
  return b;
}

function frontMatter(text: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---/.exec(text);
  return parseYaml(m?.[1] ?? '') as Record<string, unknown>;
}
const readDraft = (root: string, slug: string) => readFileSync(join(root, 'content/profiles', slug, 'index.mdx'), 'utf8');

const ROW = ['1', 'Trường Tiểu học Giả Lập', 'xã Thành Lập, huyện Lương Sơn', 'Thư viện thân thiện', 'Giáo dục và đào tạo'];

describe('the header row is found by its Vietnamese headings', () => {
  it.each([
    [['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực']],
    [['Số TT', 'Tên tập thể, cá nhân', 'Địa chỉ', 'Tên mô hình, điển hình', 'Lĩnh vực']],
    [['TT', 'TÊN ĐƠN VỊ', 'ĐỊA CHỈ', 'TÊN MÔ HÌNH', 'LĨNH VỰC']],
    [['stt', 'ten tap the, ca nhan', 'dia chi', 'ten mo hinh, dien hinh', 'linh vuc']],
    [['Số thứ tự', 'Tên tập thể/cá nhân', 'Địa bàn', 'Tên mô hình điển hình', 'Lĩnh vực']],
  ])('%j', async (header) => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [['DANH SÁCH GIẢ LẬP'], [], header, ROW]);
    const { drafts } = await planImport({ root: b.root, file, plan: PLAN_SLUG });
    expect(drafts).toHaveLength(1);
    const data = drafts[0]!.row.data;
    expect(data.unit).toBe('Trường Tiểu học Giả Lập');
    expect(data.title).toBe('Thư viện thân thiện');
    expect(data.fields).toEqual(['giao-duc-dao-tao']);
    expect(data.recognitions[0]?.row).toBe(1);
    expect(data.locality.commune?.code).toBe('04969');
  });

  it('refuses a table without a recognisable header, writing nothing', async () => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [['Cột 1', 'Cột 2'], ['a', 'b']]);
    const before = listFiles(b.root);
    await expect(importTable({ root: b.root, file, plan: PLAN_SLUG })).rejects.toThrow(/dòng tiêu đề cột/);
    expect(listFiles(b.root)).toEqual(before);
  });
});

describe('an xlsx list with title rows, merged cells, sections, a formula, rich text and a signature block', () => {
  it('makes one draft per exemplar row, with the subject of its section and the formula’s value', async () => {
    const b = sandbox();
    const file = await writeRealisticXlsx(b.inputs);
    const result = await importTable({ root: b.root, file, plan: PLAN_SLUG, today: '2026-01-02' });
    expect(result.written).toBe(true);
    const units = result.drafts.map((d) => d.row.data.unit);
    expect(units).toEqual(['Trường Mầm non Giả Lập', 'Hợp tác xã Chè Giả Lập', 'Ông Giả Văn Lập']);
    const [school, coop, person] = result.drafts.map((d) => frontMatter(readDraft(b.root, d.slug)) as never as {
      subject: string;
      recognitions: { row: number; citation: string; year: number; form: string }[];
      draft: boolean;
    });
    expect(school?.subject).toBe('tap-the');
    expect(coop?.subject).toBe('tap-the');
    expect(person?.subject).toBe('ca-nhan');
    // The formula's result, never its text; the number cell as written.
    expect(coop?.recognitions[0]?.row).toBe(2);
    expect(coop?.recognitions[0]?.citation).toBe('Hợp tác xã Chè Giả Lập — xã Thành Lập, huyện Lương Sơn — Sản xuất chè an toàn — Sản xuất, kinh doanh giỏi — 2024');
    expect(school?.recognitions[0]?.form).toBe('DANH SÁCH ĐĂNG KÝ MÔ HÌNH, ĐIỂN HÌNH TIÊN TIẾN NĂM 2024');
    expect(school?.recognitions[0]?.year).toBe(2024);
    for (const d of result.drafts) expect(readDraft(b.root, d.slug)).not.toContain('A9+1');
    expect(result.drafts.every((d) => frontMatter(readDraft(b.root, d.slug)).draft === true)).toBe(true);

    const skipped = result.report.filter((r) => r.result === 'bỏ qua');
    expect(skipped.some((r) => r.detail.includes('I. TẬP THỂ'))).toBe(true);
    expect(skipped.some((r) => r.detail.includes('II. CÁ NHÂN'))).toBe(true);
    expect(skipped.filter((r) => r.detail === 'phần chữ ký dưới bảng').map((r) => r.line)).toEqual([14, 15, 18]);
    // Số TT restarts in section II: the person's row is flagged, and lands after the others.
    const personLine = result.report.find((r) => r.line === 12);
    expect(personLine?.result).toContain('cần xem lại');
    expect(person?.recognitions[0]?.row).toBe(3);
  });

  it('a unit merged down over two rows gives both of its models its name, in the citation too', async () => {
    const b = sandbox();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['STT', 'Tên đơn vị', 'Tên mô hình', 'Lĩnh vực']);
    ws.addRow([1, 'Hội Nông dân xã Giả Lập', 'Cánh đồng mẫu giả lập', 'Khuyến nông – khuyến lâm']);
    ws.addRow([2, null, 'Tổ hợp tác giả lập', 'Khuyến nông – khuyến lâm']);
    ws.mergeCells('B2:B3');
    const file = join(b.inputs, 'gop-o.xlsx');
    await wb.xlsx.writeFile(file);
    const { drafts } = await planImport({ root: b.root, file, plan: PLAN_SLUG });
    expect(drafts.map((d) => d.row.data.unit)).toEqual(['Hội Nông dân xã Giả Lập', 'Hội Nông dân xã Giả Lập']);
    expect(drafts.map((d) => d.row.citation)).toEqual([
      'Hội Nông dân xã Giả Lập — Cánh đồng mẫu giả lập — Khuyến nông – khuyến lâm',
      'Hội Nông dân xã Giả Lập — Tổ hợp tác giả lập — Khuyến nông – khuyến lâm',
    ]);
  });

  it('writes drafts that the content check passes (warnings only)', async () => {
    const b = sandbox();
    await importTable({ root: b.root, file: await writeRealisticXlsx(b.inputs), plan: PLAN_SLUG });
    const report = checkContent(b.root);
    expect(errorsOf(report)).toEqual([]);
    // The individual's profile asks for a basis to publish the name.
    expect(warningsOf(report).some((p) => p.file.includes('ong-gia-van-lap') && p.field === 'sources')).toBe(true);
  });
});

describe('a CSV list', () => {
  const header = ['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực', 'Nội dung'];

  it('skips blank rows, section rows and the signature block, and never makes a profile of them', async () => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [
      ['UBND HUYỆN GIẢ LẬP'],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      [],
      header,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['A. TẬP THỂ', '', '', '', '', ''],
      ROW,
      ['', '', '', '', '', ''],
      ['B', 'CÁ NHÂN', '', '', '', ''],
      ['2', 'Bà Giả Thị Thử', 'xã Thành Lập, huyện Lương Sơn', 'Nuôi gà đồi', 'Sản xuất, kinh doanh giỏi', ''],
      [],
      ['', 'Giả Lập, ngày 15 tháng 3 năm 2024'],
      ['', 'NGƯỜI LẬP BIỂU', '', 'CHỦ TỊCH'],
      ['', 'Người Lập Giả', '', 'Người Ký Giả'],
    ]);
    const { drafts, report } = await planImport({ root: b.root, file, plan: PLAN_SLUG });
    expect(drafts.map((d) => d.row.data.unit)).toEqual(['Trường Tiểu học Giả Lập', 'Bà Giả Thị Thử']);
    expect(drafts.map((d) => d.row.data.subject)).toEqual(['tap-the', 'ca-nhan']);
    const why = new Map(report.map((r) => [r.line, r.detail]));
    expect(why.get(3)).toBe('dòng trống');
    expect(why.get(5)).toBe('dòng đánh số cột');
    expect(why.get(8)).toBe('dòng trống');
    expect(why.get(6)).toContain('A. TẬP THỂ');
    expect(why.get(9)).toContain('CÁ NHÂN');
    for (const line of [12, 13, 14]) expect(why.get(line)).toBe('phần chữ ký dưới bảng');
    expect(report.map((r) => r.line)).toEqual([...Array(14).keys()].map((i) => i + 1));
  });

  it('normalises NFD text to NFC and keeps the row word for word as the citation', async () => {
    const b = sandbox();
    const nfd = (s: string) => s.normalize('NFD');
    const file = writeCsv(b.inputs, 'ds.csv', [header.map(nfd), ['1', nfd('Hợp tác xã Giả Lập Hưng Thịnh'), nfd('xã Thành Lập, huyện Lương Sơn'), nfd('Trồng bưởi đỏ'), nfd('Sản xuất, kinh doanh giỏi'), '']]);
    const result = await importTable({ root: b.root, file, plan: PLAN_SLUG });
    const text = readDraft(b.root, result.drafts[0]!.slug);
    expect(text).toBe(text.normalize('NFC'));
    const data = frontMatter(text) as { unit: string; recognitions: { citation: string }[] };
    expect(data.unit).toBe('Hợp tác xã Giả Lập Hưng Thịnh'.normalize('NFC'));
    expect(data.recognitions[0]?.citation).toBe('Hợp tác xã Giả Lập Hưng Thịnh — xã Thành Lập, huyện Lương Sơn — Trồng bưởi đỏ — Sản xuất, kinh doanh giỏi');
    expect(errorsOf(checkContent(b.root))).toEqual([]);
  });

  it('keeps { } < --- import export and formula-like text as text, in the front matter and the body', async () => {
    const b = sandbox();
    const tricky = 'import x from "y"\n---\n{dự án} <div> =SUM(A1:A3) & export const a = 1';
    const file = writeCsv(b.inputs, 'ds.csv', [
      header,
      ['1', '=HYPERLINK("http://x","Tổ Giả Lập")', 'xã Thành Lập, huyện Lương Sơn', '{Mô hình} <b>giả</b> ---', 'Sản xuất, kinh doanh giỏi', tricky],
    ]);
    const result = await importTable({ root: b.root, file, plan: PLAN_SLUG });
    const text = readDraft(b.root, result.drafts[0]!.slug);
    const data = frontMatter(text) as { unit: string; title: string };
    expect(data.unit).toBe('=HYPERLINK("http://x","Tổ Giả Lập")');
    expect(data.title).toBe('{Mô hình} <b>giả</b> ---');
    // The body compiles with the build's MDX compiler, has no ESM line and shows the words.
    expect(checkMdxBody(text, { allowEsm: false })).toEqual([]);
    const body = text.split(/\n---\n/).slice(1).join('\n---\n');
    expect(body).not.toMatch(/^(import|export)\b/m);
    expect(body).not.toMatch(/^---$/m);
    expect(errorsOf(checkContent(b.root))).toEqual([]);
    // The CSV report never lets a spreadsheet run a value as a formula.
    const csv = reportCsv([{ line: 2, result: 'tạo mới', slug: 'x', detail: '=HYPERLINK("http://x")' }]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('reads a semicolon-separated CSV (Excel in Vietnamese locales)', async () => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [header, ROW], ';');
    const { drafts } = await planImport({ root: b.root, file, plan: PLAN_SLUG });
    expect(drafts.map((d) => d.row.data.unit)).toEqual(['Trường Tiểu học Giả Lập']);
  });
});

describe('legacy encodings are refused and nothing is written', () => {
  const cases: [string, Buffer][] = [
    // Windows-1258 bytes: "Hòa Bình" is H, 0xF2, a, space, B, 0xEC, n, h — not UTF-8.
    ['Windows-1258', Buffer.concat([Buffer.from('STT,Tên đơn vị,Tên mô hình\r\n'.normalize('NFC'), 'latin1'), Buffer.from('1,Hòa Bình,Mô hình\r\n', 'latin1')])],
    // Typed with a TCVN3 (ABC) font, saved as Unicode: the letters are Latin-1 stand-ins.
    ['TCVN3', Buffer.from('STT,Tªn ®¬n vÞ,Tªn m« h×nh\r\n1,Tr­êng MÇm non Hßa B×nh,V­ên rau\r\n', 'utf8')],
    // Typed with a VNI font: tone marks as separate Latin-1 letters.
    ['VNI', Buffer.from('STT,Teân ñôn vò,Teân moâ hình\r\n1,Tröôøng Maàm non,Vöôøn rau\r\n', 'utf8')],
  ];
  it.each(cases)('%s', (_name, bytes) => {
    const b = sandbox();
    const file = join(b.inputs, 'ds.csv');
    writeFileSync(file, bytes);
    const before = listFiles(b.root);
    const r = spawnSync(process.execPath, [TOOL, file, '--plan', PLAN_SLUG], { cwd: b.root, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bảng mã cũ|không phải Unicode/);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(listFiles(b.root)).toEqual(before);
  });
});

describe('writing', () => {
  it('never overwrites: a colliding slug gets a number and a note in the report', async () => {
    const b = sandbox();
    const existing = readDraft(b.root, EXISTING_SLUG);
    const file = writeCsv(b.inputs, 'ds.csv', [
      ['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực'],
      ['1', 'Hợp tác xã Giả Lập Đồng Tâm', 'xã Thành Lập, huyện Lương Sơn', 'Trồng rau hữu cơ', 'Sản xuất, kinh doanh giỏi'],
    ]);
    const result = await importTable({ root: b.root, file, plan: PLAN_SLUG });
    expect(result.drafts[0]?.slug).toBe(`${EXISTING_SLUG}-2`);
    expect(result.report.find((r) => r.line === 2)?.detail).toContain(`"${EXISTING_SLUG}" đã có`);
    expect(readDraft(b.root, EXISTING_SLUG)).toBe(existing);
  });

  it('skips a row repeated in the file, and rows imported before when the same file comes again', async () => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực'], ROW, ['2', ...ROW.slice(1)]]);
    const first = await importTable({ root: b.root, file, plan: PLAN_SLUG });
    expect(first.drafts).toHaveLength(1);
    expect(first.report.find((r) => r.line === 3)?.detail).toContain('trùng với dòng 2');
    const again = await importTable({ root: b.root, file, plan: PLAN_SLUG });
    expect(again.drafts).toHaveLength(0);
    expect(again.report.find((r) => r.line === 2)?.detail).toContain(`đã có hồ sơ "${first.drafts[0]?.slug}"`);
  });

  it('an unknown locality becomes a draft with a "cần xem lại" value, a warning and no error', async () => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực'], ['1', 'Tổ Giả Lập', 'xã Không Có Thật, huyện Lương Sơn', 'Đường hoa', 'Văn hóa – xã hội']]);
    const result = await importTable({ root: b.root, file, plan: PLAN_SLUG });
    const data = frontMatter(readDraft(b.root, result.drafts[0]!.slug)) as { locality: { address: string; commune: { name: string } } };
    expect(data.locality.address).toBe('xã Không Có Thật, huyện Lương Sơn');
    expect(data.locality.commune.name).toMatch(/^cần xem lại: .*xã Không Có Thật/);
    const report = checkContent(b.root);
    expect(errorsOf(report)).toEqual([]);
    expect(warningsOf(report).some((p) => p.field === 'locality.commune.name' && p.vi.includes('cần xem lại'))).toBe(true);
  });

  it('matches places written without accents and units named after 1 July 2025', async () => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [
      ['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực'],
      ['1', 'Tổ Giả Lập Một', 'Thanh Lap, Luong Son', 'Mô hình một', 'Văn hóa – xã hội'],
      ['2', 'Tổ Giả Lập Hai', 'phường Hòa Bình, tỉnh Phú Thọ', 'Mô hình hai', 'Văn hóa – xã hội'],
    ]);
    const { drafts } = await planImport({ root: b.root, file, plan: PLAN_SLUG });
    expect(drafts[0]?.row.data.locality.commune).toEqual({ name: 'xã Thành Lập', code: '04969' });
    expect(drafts[0]?.row.notes.find((n) => n.field === 'locality')?.confidence).toBe('suy-luan');
    expect(drafts[1]?.row.data.locality.current?.commune).toMatch(/^\d{5}$/);
  });

  it('is all or nothing: a failure while writing the second draft leaves content/ as it was', async () => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [
      ['STT', 'Tên đơn vị', 'Tên mô hình', 'Ảnh'],
      ['1', 'Tổ Giả Lập Một', 'Mô hình một', 'a.jpg'],
      ['2', 'Tổ Giả Lập Hai', 'Mô hình hai', 'b.jpg'],
    ]);
    const before = listFiles(b.root);
    let calls = 0;
    const addPhoto = async () => {
      if (++calls === 2) throw new Error('disk full (simulated)');
      return undefined;
    };
    await expect(importTable({ root: b.root, file, plan: PLAN_SLUG, addPhoto })).rejects.toThrow('disk full');
    expect(listFiles(b.root)).toEqual(before);
  });

  it('--dry-run prints the report and writes nothing, not even the report file', () => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực'], ROW]);
    const before = listFiles(b.root);
    const r = spawnSync(process.execPath, [TOOL, file, '--plan', PLAN_SLUG, '--dry-run'], { cwd: b.root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('truong-tieu-hoc-gia-lap-thu-vien-than-thien');
    expect(r.stdout).toContain('Không có tệp nào được ghi');
    expect(listFiles(b.root)).toEqual(before);
  });

  it('writes the CSV report next to the input, and refuses a report path outside the project or the input folder', () => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [['STT', 'Tên đơn vị', 'Địa chỉ', 'Tên mô hình', 'Lĩnh vực'], ROW]);
    const r = spawnSync(process.execPath, [TOOL, file, '--plan', PLAN_SLUG], { cwd: b.root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const csv = readFileSync(join(b.inputs, 'ds.bao-cao-nhap.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF"Dòng","Kết quả","Đường dẫn","Chi tiết","Các giá trị đoán và độ tin cậy"')).toBe(true);
    expect(csv).toMatch(/"2","tạo mới","truong-tieu-hoc-gia-lap-thu-vien-than-thien","",".*fields: chắc chắn — cột lĩnh vực ghi “Giáo dục và đào tạo”/);
    expect(() => reportPath(b.root, file, '/tmp/../etc/bao-cao.csv')).toThrow(ImportError);
    expect(() => reportPath(b.root, file, join(b.root, 'content/bao-cao.csv'))).toThrow(ImportError);
    expect(() => reportPath(b.root, file, join(b.inputs, 'bao-cao.txt'))).toThrow(ImportError);
    expect(reportPath(b.root, file, join(b.root, 'bao-cao.csv'))).toBe(join(b.root, 'bao-cao.csv'));
    expect(existsSync(join(b.root, 'content/profiles/truong-tieu-hoc-gia-lap-thu-vien-than-thien/index.mdx'))).toBe(true);
  });

  it('refuses an unknown plan or a plan name that is a path', async () => {
    const b = sandbox();
    const file = writeCsv(b.inputs, 'ds.csv', [['STT', 'Tên đơn vị', 'Tên mô hình'], ['1', 'Tổ', 'Mô hình']]);
    await expect(importTable({ root: b.root, file, plan: 'khong-co' })).rejects.toThrow(/Không có kế hoạch "khong-co"/);
    await expect(importTable({ root: b.root, file, plan: '../../x' })).rejects.toThrow(ImportError);
  });
});

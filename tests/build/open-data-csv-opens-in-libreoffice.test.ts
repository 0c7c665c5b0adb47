/**
 * The profiles' CSV opens right in a spreadsheet: LibreOffice (headless) converts it to xlsx with
 * the import settings its CSV dialog preselects for a file with a UTF-8 byte-order mark (comma,
 * double quote, UTF-8; headless conversion has no dialog to detect the mark, so they are given); read back with exceljs it has one row per published
 * profile with the Vietnamese names intact. A synthetic CSV from the same writer, with
 * formula-like cells, converts to text cells, never formulas.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { contentCatalog } from '../support/catalog.ts';
import { requireDist } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';
import { toCsv } from '../../src/lib/data/csv.ts';

requireDist();
const work = mkdtempSync(path.join(tmpdir(), 'dhtt-csv-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** CSV → xlsx with LibreOffice, in its own throwaway profile (other runs may use LibreOffice too). */
function toXlsx(csvFile: string): string {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`, '--headless', '--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', '--outdir', work, csvFile],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return csvFile.replace(/\.csv$/, '.xlsx');
}

async function firstSheet(file: string): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error(`${file}: no worksheet`);
  return sheet;
}

describe('open data CSV in LibreOffice', () => {
  it('keeps every published profile on its own row with its Vietnamese names', async () => {
    const csv = path.join(work, 'mo-hinh.csv');
    copyFileSync(path.join(DIST, 'du-lieu', 'mo-hinh.csv'), csv);
    const raw = readFileSync(csv, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw.replace(/\r\n/g, '').includes('\n') && !/"[^"]*\n[^"]*"/.test(raw)).toBe(false);
    const sheet = await firstSheet(toXlsx(csv));
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (key: string) => header.indexOf(key) + 1;
    expect(col('id')).toBeGreaterThan(0);
    const catalog = contentCatalog();
    expect(sheet.actualRowCount - 1).toBe(catalog.profiles.length);
    const seen = new Set<string>();
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const id = String(row.getCell(col('id')).value);
      const profile = catalog.profileById.get(id);
      expect(profile, `row ${n}: ${id} is not a published profile`).toBeDefined();
      seen.add(id);
      expect(row.getCell(col('ten')).value).toBe(profile!.data.title);
      expect(row.getCell(col('don_vi')).value).toBe(profile!.data.unit);
      expect(row.getCell(col('tinh')).value).toBe(profile!.province.unit.fullName);
      expect(String(row.getCell(col('ma_tinh')).value).padStart(2, '0')).toBe(profile!.province.unit.code);
    });
    expect(seen.size).toBe(catalog.profiles.length);
  });

  it('shows formula-like cells as text, not formulas', async () => {
    const cells = ['=1+1', '+1+1', '-1+1', '@SUM(1;2)', '=HYPERLINK("http://vi-du.test";"x")', 'Hòa Bình <&> "{x}"\r\nxuống dòng'];
    const csv = path.join(work, 'cong-thuc.csv');
    writeFileSync(csv, toCsv(['o'], cells.map((c) => [c])));
    const sheet = await firstSheet(toXlsx(csv));
    cells.forEach((c, i) => {
      const cell = sheet.getCell(i + 2, 1);
      expect(cell.type, `row ${i + 2}: ${c}`).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(String(cell.value)).toContain(c.replace(/\r\n/g, '\n').replace(/^'/, ''));
    });
  });
});

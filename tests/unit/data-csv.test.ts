/** The CSV writer: BOM, CRLF, RFC 4180 quoting, formula-like cells kept as text, any text intact. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv } from '../../src/lib/data/csv.ts';

// Synthetic strings only: what could break a CSV file or a spreadsheet.
const NASTY = 'Hợp tác xã "Đoàn Kết", <b>&amp; {x}\r\nxuống dòng\nlần nữa';
const FORMULAS = ['=1+1', '+84 912', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'];

describe('toCsv', () => {
  const csv = toCsv(['a', 'b'], [[NASTY, 'Nông nghiệp; Y tế'], ...FORMULAS.map((f) => [f, null]), [-5, 42]]);

  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.startsWith('\uFEFFa,b\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes per RFC 4180, so a parser reads every cell back as written', () => {
    const rows: string[][] = parse(csv, { bom: true, relax_column_count: false });
    expect(rows[0]).toEqual(['a', 'b']);
    expect(rows[1]).toEqual([NASTY, 'Nông nghiệp; Y tế']);
    expect(csv).toContain('"Hợp tác xã ""Đoàn Kết"", <b>&amp; {x}\r\nxuống dòng\nlần nữa"');
  });

  it("prefixes formula-like text with ' so it stays text, and leaves numbers alone", () => {
    const rows: string[][] = parse(csv, { bom: true });
    FORMULAS.forEach((f, i) => expect(rows[i + 2]?.[0]).toBe(`'${f}`));
    expect(rows.at(-1)).toEqual(['-5', '42']);
  });

  it('writes null as an empty cell', () => {
    const rows: string[][] = parse(csv, { bom: true });
    expect(rows[2]?.[1]).toBe('');
  });
});

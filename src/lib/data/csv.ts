/**
 * CSV that opens right in Excel and LibreOffice: UTF-8 with a byte-order mark, CRLF line ends,
 * RFC 4180 quoting (csv-stringify), and cells that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or CR) prefixed with ' so they stay text.
 */
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | null;

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return stringify([[...header], ...rows.map((r) => r.map((c) => (c === null ? '' : c)))], {
    bom: true,
    record_delimiter: 'windows',
    escape_formulas: true,
    quoted_match: /[\r\n]/,
  });
}

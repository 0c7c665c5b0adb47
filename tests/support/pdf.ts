/** Reading a PDF the way a person reads the paper: the text of each page, with poppler's pdftotext. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The text of each page of a PDF, in order (pdftotext separates pages with a form feed). */
export function pdfPageTexts(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-text-'));
  try {
    const file = path.join(dir, 'page.pdf');
    writeFileSync(file, pdf);
    let text: string;
    try {
      text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    } catch (error) {
      throw new Error(`pdftotext failed (install poppler-utils: "apt-get install -y poppler-utils"): ${String(error)}`);
    }
    const pages = text.split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    return pages.map((p) => p.normalize('NFC'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

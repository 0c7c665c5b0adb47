/**
 * npm run content:normalize — rewrites text files under content/ to Unicode NFC (precomposed
 * Vietnamese), so text typed or pasted in decomposed form (NFD) matches and displays the same;
 * in the body of MDX files it also writes dates dd/mm/yyyy and tone marks in the site's one
 * style ("Hòa", src/lib/format.ts siteText), leaving <q>…</q> and <cite>…</cite> quotations as written.
 * (The data between the "---" lines is put in the site's style when the site is built.)
 * Each file is replaced atomically; files already in that form are not touched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../src/lib/files.ts';
import { siteTextOutsideQuotes } from '../src/lib/format.ts';

const FRONTMATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n/;

/** NFC everywhere; the site's style in an MDX body. */
function normalize(file: string, text: string): string {
  const nfc = text.normalize('NFC');
  if (!file.endsWith('.mdx')) return nfc;
  const head = FRONTMATTER.exec(nfc)?.[0] ?? '';
  return head + nfc.slice(head.length).split('\n').map(siteTextOutsideQuotes).join('\n');
}

const root = process.argv[2] ?? process.cwd();
const TEXT = /\.(mdx?|ya?ml|json|txt)$/i;

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.')) continue;
    const abs = join(dir, name);
    if (statSync(abs).isDirectory()) yield* walk(abs);
    else if (TEXT.test(name)) yield abs;
  }
}

let changed = 0;
for (const file of walk(join(root, 'content'))) {
  const text = readFileSync(file, 'utf8');
  const nfc = normalize(file, text);
  if (nfc !== text) {
    writeFileAtomic(file, nfc);
    changed++;
    console.log(`đã chuẩn hoá / normalised: ${relative(root, file)}`);
  }
}
console.log(changed === 0 ? 'Mọi tệp đã chuẩn. / All files are normalised.' : `Đã chuẩn hoá ${changed} tệp. / ${changed} file(s) normalised.`);

/**
 * npm run content:normalize — rewrites text files under content/ to Unicode NFC (precomposed
 * Vietnamese), so text typed or pasted in decomposed form (NFD) matches and displays the same.
 * Each file is replaced atomically; files already in NFC are not touched.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../src/lib/files.ts';

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
  const nfc = text.normalize('NFC');
  if (nfc !== text) {
    writeFileAtomic(file, nfc);
    changed++;
    console.log(`đã chuẩn hoá NFC / normalised: ${relative(root, file)}`);
  }
}
console.log(changed === 0 ? 'Mọi tệp đã ở dạng NFC. / All files are NFC.' : `Đã chuẩn hoá ${changed} tệp. / ${changed} file(s) normalised.`);

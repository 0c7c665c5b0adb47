/**
 * npm run photos -- <hồ-sơ> [ảnh …]
 *
 * With photo files: adds each to content/profiles/<hồ-sơ>/ as anh-<n>.<ext>, resized to at most
 * 2000 px, turned upright, with location and camera metadata (EXIF GPS, XMP location) removed, and
 * lists it under "images" with alt text and credit to fill in ("cần xem lại").
 * Without: does the same to every photo already in the profile's folder, in place.
 * Writes only inside that profile's folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseDocument } from 'yaml';
import { writeFileAtomic } from '../src/lib/files.ts';
import { ingestPhoto, PHOTO_EXTENSIONS } from '../src/lib/photos/ingest.ts';
import { profileDir, slugProblem } from '../src/lib/profile-slug.ts';
import { reviewText } from '../src/lib/review.ts';

const USAGE = 'Cách dùng: npm run photos -- <đường-dẫn-hồ-sơ> [tệp ảnh …]\n(usage: npm run photos -- <profile-slug> [photo files…])';
function fail(vi: string, en: string, code = 1): never {
  console.error(`${vi}\n(${en})`);
  process.exit(code);
}

const [slug, ...files] = process.argv.slice(2);
if (!slug) fail(USAGE, 'a profile slug is required', 2);
const problem = slugProblem(slug);
if (problem) fail(`${problem.vi}. Không có tệp nào được ghi.`, `${problem.en}; nothing was written`, 2);
const dir = profileDir(process.cwd(), slug);
const index = join(dir, 'index.mdx');
if (!existsSync(index)) fail(`Không có hồ sơ "${slug}" (content/profiles/${slug}/index.mdx).`, `no profile "${slug}"`, 2);

for (const f of files) {
  if (!existsSync(f)) fail(`Không tìm thấy tệp ảnh "${f}". Không có tệp nào được ghi.`, `no such file: ${f}; nothing was written`, 2);
  if (!PHOTO_EXTENSIONS.includes(extname(f).toLowerCase())) fail(`"${f}" không phải ảnh jpg, png, webp hoặc avif.`, `not a supported photo: ${f}`, 2);
}

const kb = (n: number) => `${Math.round(n / 1024)} KB`;
if (files.length === 0) {
  const photos = readdirSync(dir).filter((n) => PHOTO_EXTENSIONS.includes(extname(n).toLowerCase()));
  if (photos.length === 0) console.log(`Hồ sơ "${slug}" chưa có ảnh. (no photos in ${slug})`);
  for (const name of photos) {
    const path = join(dir, name);
    const r = await ingestPhoto(path, path);
    console.log(`${name}: ${r.width}×${r.height}, ${kb(r.bytes)}${r.removed.length ? `; đã xóa ${r.removed.join(', ')}` : ''}`);
  }
} else {
  const raw = readFileSync(index, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw);
  if (!m) fail(`content/profiles/${slug}/index.mdx không có phần khai báo giữa hai dòng "---".`, 'no front matter', 1);
  const doc = parseDocument(m[1] ?? '');
  if (doc.errors.length > 0) fail(`content/profiles/${slug}/index.mdx có lỗi cú pháp; chạy "npm run check:content" và sửa trước.`, 'front matter does not parse', 1);
  const used = new Set(readdirSync(dir));
  let n = 1;
  const added: string[] = [];
  for (const f of files) {
    const ext = extname(f).toLowerCase() === '.jpeg' ? '.jpg' : extname(f).toLowerCase();
    while ([...PHOTO_EXTENSIONS, '.jpg'].some((e) => used.has(`anh-${n}${e}`))) n++;
    const name = `anh-${n}${ext}`;
    used.add(name);
    const r = await ingestPhoto(f, join(dir, name));
    added.push(name);
    const entry = { src: `./${name}`, alt: reviewText('mô tả nội dung ảnh cho người không xem được ảnh'), credit: reviewText('ghi tác giả hoặc nơi cung cấp ảnh') };
    if (doc.has('images')) doc.addIn(['images'], doc.createNode(entry));
    else doc.set('images', doc.createNode([entry]));
    console.log(`${f} → content/profiles/${slug}/${name}: ${r.width}×${r.height}, ${kb(r.bytes)}${r.removed.length ? `; đã xóa ${r.removed.join(', ')}` : ''}`);
  }
  writeFileAtomic(index, `---\n${doc.toString({ lineWidth: 0 })}---${raw.slice(m[0].length)}`);
  console.log(`Đã thêm ${added.length} ảnh; ghi mô tả (alt) và tác giả (credit) cho từng ảnh trong index.mdx, rồi chạy "npm run check:content".`);
}

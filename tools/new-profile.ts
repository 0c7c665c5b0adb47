/**
 * npm run new -- "Tên mô hình, điển hình" — starts a new profile at content/profiles/<slug>/index.mdx
 * from a commented template. It never overwrites: if the slug is taken (as a folder or as an
 * alias), it stops and says so. The new profile is a draft until the editor sets draft: false.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../src/lib/text.ts';
import { writeFileAtomic } from '../src/lib/files.ts';

const root = process.cwd();
const title = (process.argv[2] ?? '').normalize('NFC').trim();
if (!title) {
  console.error('Cách dùng: npm run new -- "Tên mô hình, điển hình" [đường-dẫn]\n(usage: npm run new -- "<title>" [slug])');
  process.exit(2);
}
const slug = process.argv[3] ?? slugify(title).slice(0, 60).replace(/-+$/, '');
const profilesDir = join(root, 'content/profiles');
const dir = join(profilesDir, slug);

const aliasTaken = existsSync(profilesDir)
  ? readdirSync(profilesDir).find((other) => {
      const file = join(profilesDir, other, 'index.mdx');
      return existsSync(file) && new RegExp(`^\\s*-\\s*["']?${slug}["']?\\s*$`, 'm').test(readFileSync(file, 'utf8'));
    })
  : undefined;
if (existsSync(dir) || aliasTaken) {
  console.error(
    `Đường dẫn "${slug}" đã được dùng${aliasTaken ? ` (đường dẫn cũ của hồ sơ "${aliasTaken}")` : ''}; chọn đường dẫn khác: npm run new -- "${title}" <đường-dẫn-khác>\n(slug "${slug}" is taken)`,
  );
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
const template = `---
# Hồ sơ mới — điền các trường dưới đây, chạy "npm run check:content" để kiểm tra.
# Mọi thông tin phải có nguồn (kế hoạch, văn bản, bài báo ghi ở "sources"). Không bịa số liệu, ảnh, lời kể.
# Đường dẫn của hồ sơ là tên thư mục: ${slug} — sau khi đăng không đổi; nếu buộc phải đổi, ghi đường dẫn cũ vào "aliases".
kind: mo-hinh            # mo-hinh (phụ lục nêu tên mô hình) hoặc dien-hinh
subject: tap-the         # tap-the, ca-nhan hoặc ho-gia-dinh
unit: ""                 # tên đơn vị / cá nhân đúng như văn bản ghi
title: "${title.replace(/"/g, '\\"')}"
summary: ""              # 1–2 câu, chỉ dựa vào nguồn
fields: []               # đường dẫn lĩnh vực trong content/fields, ví dụ [giao-duc-dao-tao]
# movement: san-xuat-kinh-doanh-gioi   # nếu văn bản nêu phong trào thi đua (content/movements)
locality:
  address: ""            # địa chỉ đúng như văn bản ghi
  province: { name: "", code: "" }     # đơn vị tại thời điểm văn bản, mã 2 số, ví dụ { name: "tỉnh Hòa Bình", code: "17" }
  # district: { name: "", code: "" }   # mã 3 số
  # commune: { name: "", code: "" }    # mã 5 số
recognitions:
  - plan: ""             # đường dẫn kế hoạch trong content/plans
    year: ${today.slice(0, 4)}
    row: 1               # số thứ tự trong phụ lục
    form: ""
    citation: ""         # chép nguyên văn dòng phụ lục
sources:
  - title: ""
    plan: ""
draft: true              # đổi thành false khi đã kiểm tra xong
updated: ${today}
---
`;
mkdirSync(dir, { recursive: true });
writeFileAtomic(join(dir, 'index.mdx'), template);
console.log(`Đã tạo content/profiles/${slug}/index.mdx — điền thông tin rồi chạy "npm run check:content".\n(created content/profiles/${slug}/index.mdx)`);

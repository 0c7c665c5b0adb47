/**
 * npm run new — starts a new profile at content/profiles/<slug>/index.mdx from a commented
 * template, as a draft.
 *
 *   npm run new -- "Tên mô hình, điển hình" [đường-dẫn]
 *   npm run new -- --title "…" [--slug …] [--kind mo-hinh|dien-hinh] [--subject tap-the|ca-nhan|ho-gia-dinh]
 *                  [--unit "…"] [--plan <kế-hoạch>] [--field <lĩnh-vực>]
 *   npm run new            (in a terminal, with no title, or with --interactive: asks for each value)
 *
 * It never overwrites and never writes outside content/profiles/: a slug that is a path, breaks
 * the slug rules, or is taken by another profile's folder or alias is refused and nothing is written.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { KINDS, SUBJECTS } from '../src/schema/profile.ts';
import { writeFileAtomic } from '../src/lib/files.ts';
import { freeSlug, profileDir, slugFromTitle, slugProblem, takenSlugs } from '../src/lib/profile-slug.ts';

const USAGE =
  'Cách dùng: npm run new -- "Tên mô hình, điển hình" [đường-dẫn]\n' +
  '   hoặc:   npm run new -- --title "…" [--slug …] [--kind mo-hinh|dien-hinh] [--subject tap-the|ca-nhan|ho-gia-dinh] [--unit "…"] [--plan …] [--field …]\n' +
  '   hoặc:   npm run new   (trong cửa sổ dòng lệnh: lần lượt hỏi từng thông tin)\n' +
  '(usage: npm run new -- "<title>" [slug] | --title … [--slug …] … | no arguments in a terminal for questions)';

function fail(vi: string, en: string, code = 1): never {
  console.error(`${vi}\n(${en})`);
  process.exit(code);
}

interface Answers {
  title: string;
  slug?: string | undefined;
  kind: string;
  subject: string;
  unit: string;
  plan: string;
  field: string;
}

function fromArgs(): Answers | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        slug: { type: 'string' },
        kind: { type: 'string' },
        subject: { type: 'string' },
        unit: { type: 'string' },
        plan: { type: 'string' },
        field: { type: 'string' },
        interactive: { type: 'boolean', short: 'i' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    fail(`Tham số không hợp lệ.\n${USAGE}`, (err as Error).message, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length > 2) fail(`Thừa tham số: ${positionals.slice(2).join(' ')}\n${USAGE}`, 'too many arguments', 2);
  const title = values.title ?? positionals[0];
  if (title === undefined || values.interactive) return undefined;
  return {
    title,
    slug: values.slug ?? positionals[1],
    kind: values.kind ?? 'mo-hinh',
    subject: values.subject ?? 'tap-the',
    unit: values.unit ?? '',
    plan: values.plan ?? '',
    field: values.field ?? '',
  };
}

async function ask(): Promise<Answers> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
  // Lines typed ahead of a question are kept for it (rl.question would drop them).
  const lines = rl[Symbol.asyncIterator]();
  try {
    const q = async (vi: string, fallback = '') => {
      process.stdout.write(`${vi}${fallback ? ` [${fallback}]` : ''}: `);
      const next = await lines.next();
      if (next.done) fail('\nĐã hủy; không có tệp nào được ghi.', 'cancelled; nothing was written', 130);
      return String(next.value).trim() || fallback;
    };
    const title = await q('Tên mô hình, điển hình (đúng như văn bản)');
    const slug = await q('Đường dẫn (để trống để tự tạo)', title ? slugFromTitle(title) : '');
    const kind = await q(`Loại (${KINDS.join(' / ')})`, 'mo-hinh');
    const subject = await q(`Đối tượng (${SUBJECTS.join(' / ')})`, 'tap-the');
    const unit = await q('Tên đơn vị hoặc cá nhân (đúng như văn bản)');
    const plan = await q('Kế hoạch (tên tệp trong content/plans, không có .mdx)');
    const field = await q('Lĩnh vực (tên tệp trong content/fields, không có .yaml)');
    return { title, slug, kind, subject, unit, plan, field };
  } finally {
    rl.close();
  }
}

const root = process.cwd();
let answers = fromArgs();
if (!answers) {
  if (!process.stdin.isTTY && !process.argv.includes('--interactive') && !process.argv.includes('-i')) fail(USAGE, 'no title given', 2);
  answers = await ask();
}

const title = answers.title.normalize('NFC').trim();
if (!title) fail(`Chưa có tên mô hình, điển hình.\n${USAGE}`, 'the title is empty', 2);
if (!(KINDS as readonly string[]).includes(answers.kind)) fail(`Loại "${answers.kind}" không hợp lệ; chỉ được dùng: ${KINDS.join(', ')}`, `invalid kind "${answers.kind}"`, 2);
if (!(SUBJECTS as readonly string[]).includes(answers.subject))
  fail(`Đối tượng "${answers.subject}" không hợp lệ; chỉ được dùng: ${SUBJECTS.join(', ')}`, `invalid subject "${answers.subject}"`, 2);
for (const [name, value] of [['plan', answers.plan], ['field', answers.field]] as const) {
  const p = value ? slugProblem(value) : undefined;
  if (p) fail(`--${name}: ${p.vi}`, `--${name}: ${p.en}`, 2);
}

const slug = answers.slug?.trim() || slugFromTitle(title);
const problem = slugProblem(slug);
if (problem) fail(`Không tạo hồ sơ: ${problem.vi}. Không có tệp nào được ghi.`, `${problem.en}; nothing was written`, 2);
if (!slug) fail('Không tạo được đường dẫn từ tên này; hãy ghi đường dẫn: npm run new -- "<tên>" <đường-dẫn>', 'no slug could be made from the title', 2);

const taken = takenSlugs(root);
const owner = taken.get(slug);
if (owner !== undefined) {
  fail(
    `Đường dẫn "${slug}" đã được dùng${owner !== slug ? ` (đường dẫn cũ của hồ sơ "${owner}")` : ''}; chọn đường dẫn khác, ví dụ: npm run new -- "${title}" ${freeSlug(slug, taken)}`,
    `slug "${slug}" is taken${owner !== slug ? ` (an alias of "${owner}")` : ''}; nothing was written`,
  );
}

const q = (s: string) => JSON.stringify(s.normalize('NFC'));
const today = new Date().toISOString().slice(0, 10);
const template = `---
# Hồ sơ mới — điền các trường dưới đây, chạy "npm run check:content" để kiểm tra.
# Mọi thông tin phải có nguồn (kế hoạch, văn bản, bài báo ghi ở "sources"). Không bịa số liệu, ảnh, lời kể.
# Đường dẫn của hồ sơ là tên thư mục: ${slug} — sau khi đăng không đổi; nếu buộc phải đổi, ghi đường dẫn cũ vào "aliases".
kind: ${answers.kind}${' '.repeat(Math.max(1, 17 - answers.kind.length))}# mo-hinh (phụ lục nêu tên mô hình) hoặc dien-hinh
subject: ${answers.subject}${' '.repeat(Math.max(1, 14 - answers.subject.length))}# tap-the, ca-nhan hoặc ho-gia-dinh
unit: ${q(answers.unit)}                 # tên đơn vị / cá nhân đúng như văn bản ghi
title: ${q(title)}
summary: ""              # 1–2 câu, chỉ dựa vào nguồn
fields: [${answers.field}]${' '.repeat(Math.max(1, 15 - answers.field.length))}# đường dẫn lĩnh vực trong content/fields, ví dụ [giao-duc-dao-tao]
# movement: san-xuat-kinh-doanh-gioi   # nếu văn bản nêu phong trào thi đua (content/movements)
locality:
  address: ""            # địa chỉ đúng như văn bản ghi
  province: { name: "", code: "" }     # đơn vị tại thời điểm văn bản, mã 2 số, ví dụ { name: "tỉnh Hòa Bình", code: "17" }
  # district: { name: "", code: "" }   # mã 3 số
  # commune: { name: "", code: "" }    # mã 5 số
recognitions:
  - plan: ${q(answers.plan)}             # đường dẫn kế hoạch trong content/plans
    year: ${today.slice(0, 4)}
    row: 1               # số thứ tự trong phụ lục
    form: ""
    citation: ""         # chép nguyên văn dòng phụ lục
sources:
  - title: ""
    plan: ${q(answers.plan)}
# Cá nhân (subject: ca-nhan): ghi ở "sources" căn cứ công bố tên — văn bản công khai nêu tên, hoặc ghi chú đồng ý (note).
draft: true              # đổi thành false khi đã kiểm tra xong
updated: ${today}
---
`;

const dir = profileDir(root, slug);
mkdirSync(dir);
try {
  writeFileAtomic(join(dir, 'index.mdx'), template);
} catch (err) {
  rmSync(dir, { recursive: true, force: true });
  throw err;
}
console.log(`Đã tạo content/profiles/${slug}/index.mdx (bản nháp) — điền thông tin rồi chạy "npm run check:content".\n(created content/profiles/${slug}/index.mdx as a draft)`);

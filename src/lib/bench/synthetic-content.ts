/**
 * Clearly synthetic content for benchmarks: N profiles (titles marked "[Dữ liệu thử]"), valid for
 * the content check, written into the content/ folder of a TEMPORARY copy of the project — never
 * into the real content/. A realistic mix: the shipped fields and movements, real localities of
 * many provinces from the gazetteer (a former commune, its district and province, with today's
 * commune pinned), individuals, collectives and households, several years, a ~1.5 KB body.
 * The profiles are recognised by synthetic plans written beside them, so no real plan's
 * appendix is touched.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { currentCommunesOf, currentProvinces, type CurrentCommune } from '../locality.ts';
import { GIVEN, SYNTHETIC_MARK, UNIT_KINDS, seededRandom, type SeededRandom } from './vocabulary.ts';

export const SYNTHETIC_PREFIX = 'du-lieu-thu';
/** Profiles per synthetic plan: like a province's yearly list. */
const PER_PLAN = 500;

const yaml = (s: string) => JSON.stringify(s);

/** Communes of today that were formed from at least one whole former commune. */
function localities() {
  return currentProvinces().flatMap((p) =>
    currentCommunesOf(p.code).flatMap((c: CurrentCommune) => {
      const f = c.former.find((u) => u.district && u.share === 'full');
      return f?.district ? [{ province: p, commune: c, former: { ...f, district: f.district } }] : [];
    }),
  );
}

const planSlug = (i: number) => `${SYNTHETIC_PREFIX}-ke-hoach-${Math.floor(i / PER_PLAN) + 1}`;

function planMdx(slug: string, n: number, r: SeededRandom): string {
  const year = 2015 + (n % 11);
  return `---
number: ${n}/KH-THU
date: { year: ${year}, month: ${r.int(1, 12)}, day: ${r.int(1, 28)} }
issuer: ${yaml(`${SYNTHETIC_MARK} Cơ quan giả lập số ${n}`)}
locality: { name: tỉnh Hòa Bình, province: "17" }
title: ${yaml(`${SYNTHETIC_MARK} Kế hoạch giả lập số ${n} dùng cho đo hiệu năng`)}
signer: { name: ${yaml(`${SYNTHETIC_MARK} Người ký`)}, role: Chủ tịch }
summary: ${yaml(`${SYNTHETIC_MARK} Kế hoạch giả lập, sinh tự động để đo hiệu năng; không phải văn bản thật (${slug}).`)}
updated: 2026-01-01
---

${SYNTHETIC_MARK} Kế hoạch giả lập, không đăng.
`;
}

function body(r: SeededRandom, unit: string, place: string): string {
  const paragraphs = Array.from({ length: 5 }, (_, i) =>
    i === 0
      ? `${SYNTHETIC_MARK} ${unit} ở ${place} thực hiện mô hình ${r.phrases(3)}. Mô hình ${r.phrases(2)}, góp phần ${r.phrases(2)}.`
      : `Từ năm ${r.int(2010, 2024)}, đơn vị ${r.phrases(3)}; đến nay ${r.phrases(2)}, được cộng đồng ${r.phrases(1)} ghi nhận. Kinh nghiệm ${r.phrases(2)} được ${r.phrases(1)} ở nhiều nơi.`,
  );
  return paragraphs.join('\n\n');
}

function profileMdx(i: number, r: SeededRandom, ctx: { fields: string[]; movements: string[]; places: ReturnType<typeof localities> }): string {
  const { province, commune, former } = r.pick(ctx.places);
  const subject = r.rand() < 0.3 ? 'ca-nhan' : r.rand() < 0.85 ? 'tap-the' : 'ho-gia-dinh';
  const unit =
    subject === 'ca-nhan'
      ? `${r.rand() < 0.5 ? 'Ông' : 'Bà'} ${r.person()}`
      : subject === 'ho-gia-dinh'
        ? `Hộ gia đình ${r.rand() < 0.5 ? 'ông' : 'bà'} ${r.person()}`
        : `${r.pick(UNIT_KINDS)} ${commune.name}`;
  const title = `${SYNTHETIC_MARK} ${r.phrases(r.int(1, 2))}`;
  const fields = [...new Set([r.pick(ctx.fields), ...(r.rand() < 0.4 ? [r.pick(ctx.fields)] : [])])];
  const year = r.int(2010, 2025);
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  const address = `xóm ${r.pick(GIVEN)}, ${lower(former.fullName)}`;
  const citation = `${unit}, ${address} — ${title}`;
  return `---
kind: ${r.rand() < 0.7 ? 'mo-hinh' : 'dien-hinh'}
subject: ${subject}
unit: ${yaml(unit)}
title: ${yaml(title)}
summary: ${yaml(`${unit} (${lower(commune.fullName)}, ${lower(province.fullName)}): ${r.phrases(2)}. Dữ liệu giả lập dùng cho đo hiệu năng.`.slice(0, 480))}
fields: [${fields.join(', ')}]
${ctx.movements.length && r.rand() < 0.5 ? `movement: ${r.pick(ctx.movements)}\n` : ''}locality:
  address: ${yaml(address)}
  province: { name: ${yaml(lower(former.province.fullName))}, code: "${former.province.code}" }
  district: { name: ${yaml(lower(former.district.fullName))}, code: "${former.district.code}" }
  commune: { name: ${yaml(lower(former.fullName))}, code: "${former.code}" }
  current: { province: "${province.code}", commune: "${commune.code}" }
recognitions:
  - plan: ${planSlug(i)}
    year: ${year}
    row: ${(i % PER_PLAN) + 1}
    form: Danh sách mô hình, điển hình tiên tiến (giả lập)
    citation: ${yaml(citation)}
sources:
  - title: ${yaml(`${SYNTHETIC_MARK} Kế hoạch giả lập`)}
    plan: ${planSlug(i)}
${subject === 'ca-nhan' ? `    note: ${yaml(`${SYNTHETIC_MARK} Nhân vật giả lập; đã đồng ý công bố tên (giả lập, để qua bước kiểm tra căn cứ công bố tên người)`)}\n` : ''}updated: 2026-0${1 + (i % 9)}-1${i % 10}
---

${body(r, unit, address)}
`;
}

/** The folder name of synthetic profile number i. */
export const syntheticSlug = (i: number) => `${SYNTHETIC_PREFIX}-${i}`;

/**
 * Write `count` synthetic profiles (and their plans) into `<root>/content`. `root` must be a
 * temporary copy of the project: refuses the folder this module lives in.
 */
export function writeSyntheticContent(root: string, count: number, seed = 20261201): { profiles: number; plans: number } {
  const own = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..');
  if (path.resolve(root) === own) throw new Error('synthetic content goes into a temporary copy of the project, never into its own content/');
  const r = seededRandom(seed);
  const content = path.join(root, 'content');
  const names = (dir: string, ext: string) =>
    readdirSync(path.join(content, dir))
      .filter((f) => f.endsWith(ext))
      .map((f) => f.slice(0, -ext.length));
  const ctx = { fields: names('fields', '.yaml'), movements: names('movements', '.yaml'), places: localities() };
  const plans = Math.ceil(count / PER_PLAN);
  for (let p = 0; p < plans; p++) writeFileSync(path.join(content, 'plans', `${planSlug(p * PER_PLAN)}.mdx`), planMdx(planSlug(p * PER_PLAN), p + 1, r));
  for (let i = 0; i < count; i++) {
    const dir = path.join(content, 'profiles', syntheticSlug(i));
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'index.mdx'), profileMdx(i, r, ctx));
  }
  return { profiles: count, plans };
}

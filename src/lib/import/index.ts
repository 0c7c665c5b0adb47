/**
 * npm run import — a year's list (xlsx or csv) in, draft profiles out, all or nothing.
 * readTable → analyseRows → slugs and duplicates against content/profiles → stage every draft in a
 * hidden folder inside content/profiles → move them all into place (undone if any move fails).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { fieldSchema, planSchema, type PlanData, type ProfileData } from '../../schema/index.ts';
import { writeFileAtomic } from '../files.ts';
import { freeSlug, PROFILES_DIR, profileDir, slugFromTitle, slugProblem, takenSlugs } from '../profile-slug.ts';
import { slugify } from '../text.ts';
import { ImportError } from './errors.ts';
import type { FieldRef } from './guess.ts';
import { escapeMdxText } from './mdx.ts';
import { planCitation } from '../format.ts';
import { analyseRows, confidenceText, SKIP_VI, type DraftRow, type RowOutcome } from './rows.ts';
import { readTable } from './table.ts';

export { ImportError } from './errors.ts';

export interface ImportOptions {
  /** Project root (holds content/). */
  root: string;
  file: string;
  plan: string;
  dryRun?: boolean;
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
  /** Optional hook that puts a row's photo into its staged draft folder (photo ingest). */
  addPhoto?: (draft: PlannedDraft, stagedDir: string) => Promise<PhotoAdded | undefined>;
}

/** A photo put next to a draft, or why it could not be. */
export interface PhotoAdded {
  image?: ProfileData['images'][number];
  note?: string;
}

export interface PlannedDraft {
  row: DraftRow;
  slug: string;
  /** Path of the file relative to the project root. */
  file: string;
  text: string;
  /** The file's text again, after the row's data changed (a photo added). */
  render: () => string;
  /** The slug the title gave, when it was taken and a number was added. */
  collidedWith?: string;
}

export interface ReportLine {
  line: number;
  /** "tạo mới", "tạo mới — cần xem lại", "bỏ qua". */
  result: string;
  slug: string;
  detail: string;
  /** Each guess and how sure it is ("kind: suy luận — dòng có tên mô hình"), for the CSV report. */
  guesses?: string;
}

export interface ImportResult {
  drafts: PlannedDraft[];
  report: ReportLine[];
  written: boolean;
}

function readPlan(root: string, slug: string): PlanData {
  const problem = slugProblem(slug);
  if (problem) throw new ImportError(`--plan: ${problem.vi}`, `--plan: ${problem.en}`);
  const file = join(root, 'content/plans', `${slug}.mdx`);
  if (!existsSync(file)) {
    const known = existsSync(join(root, 'content/plans'))
      ? readdirSync(join(root, 'content/plans'))
          .filter((n) => n.endsWith('.mdx'))
          .map((n) => n.slice(0, -4))
          .join(', ')
      : '';
    throw new ImportError(
      `Không có kế hoạch "${slug}" trong content/plans. Thêm kế hoạch trước, hoặc chọn một trong: ${known || '(chưa có)'}.`,
      `unknown plan "${slug}"`,
    );
  }
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  const parsed = planSchema.safeParse(m ? parseYaml(m[1] ?? '') : undefined);
  if (!parsed.success)
    throw new ImportError(`Kế hoạch content/plans/${slug}.mdx chưa hợp lệ; chạy "npm run check:content" và sửa trước.`, `plan "${slug}" does not validate`);
  return parsed.data;
}

function readFields(root: string): FieldRef[] {
  const dir = join(root, 'content/fields');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .flatMap((n) => {
      const parsed = fieldSchema.safeParse(parseYaml(readFileSync(join(dir, n), 'utf8')));
      return parsed.success ? [{ slug: n.slice(0, -5), name: parsed.data.name }] : [];
    });
}

/** Existing recognitions: plan#row → the profile and its citation, to find rows imported before. */
function existingRows(root: string): Map<string, { slug: string; citation: string }> {
  const out = new Map<string, { slug: string; citation: string }>();
  const dir = join(root, PROFILES_DIR);
  if (!existsSync(dir)) return out;
  for (const slug of readdirSync(dir)) {
    const file = join(dir, slug, 'index.mdx');
    if (slug.startsWith('.') || !existsSync(file)) continue;
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
    try {
      const data = parseYaml(m?.[1] ?? '') as { recognitions?: { plan?: string; row?: number; citation?: string }[] } | null;
      for (const r of data?.recognitions ?? []) out.set(`${r.plan}#${r.row}`, { slug, citation: String(r.citation ?? '') });
    } catch {
      // reported by the content check
    }
  }
  return out;
}

/** The draft file: a commented front matter (source row, guesses and how sure), then the row's text quoted. */
export function draftText(row: DraftRow, source: string, planName: string): string {
  const data: Partial<ProfileData> = { ...row.data };
  for (const key of ['figures', 'images', 'aliases'] as const) if (Array.isArray(data[key]) && data[key].length === 0) delete data[key];
  const comment = (s: string) => `# ${s.replace(/[\r\n]+/g, ' ')}`.normalize('NFC');
  const head = [
    comment(`Bản nháp do "npm run import" tạo từ tệp "${source}", dòng ${row.line}, ngày ${row.data.updated}.`),
    comment('Sửa mọi giá trị "cần xem lại" và kiểm tra từng trường theo văn bản gốc, rồi mới đổi draft: false.'),
    comment('Độ tin cậy của các giá trị đoán:'),
    ...row.notes.map((n) => comment(`  ${n.field}: ${confidenceText(n.confidence)} — ${n.why}`)),
  ];
  const yaml = stringifyYaml(data, { lineWidth: 0 }).normalize('NFC');
  const body = row.body ? `\nTheo danh sách kèm theo ${escapeMdxText(planName)}:\n\n> ${escapeMdxText(row.body)}\n` : '';
  return `---\n${head.join('\n')}\n${yaml}---\n${body}`;
}

/** Analyse the file and plan every draft; nothing is written. */
export async function planImport(opts: ImportOptions): Promise<{ drafts: PlannedDraft[]; outcomes: RowOutcome[]; report: ReportLine[] }> {
  const plan = readPlan(opts.root, opts.plan);
  const table = await readTable(opts.file);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const outcomes = analyseRows({ table, planSlug: opts.plan, plan, fields: readFields(opts.root), today });
  const taken = new Set(takenSlugs(opts.root).keys());
  const before = existingRows(opts.root);
  const planName = planCitation(plan);
  const source = basename(opts.file);
  const drafts: PlannedDraft[] = [];
  const report: ReportLine[] = [];
  for (const o of outcomes) {
    if (o.status === 'skipped') {
      report.push({ line: o.line, result: 'bỏ qua', slug: '', detail: o.detail });
      continue;
    }
    const rec = o.data.recognitions[0]!;
    const already = before.get(`${rec.plan}#${rec.row}`);
    if (already && already.citation === o.citation) {
      report.push({ line: o.line, result: 'bỏ qua', slug: already.slug, detail: `${SKIP_VI.duplicate}: đã có hồ sơ "${already.slug}" cho dòng này` });
      continue;
    }
    if (already) {
      o.notes.push({
        field: 'recognitions[0].row',
        confidence: 'can-xem-lai',
        why: `dòng ${rec.row} của kế hoạch đã thuộc hồ sơ "${already.slug}" với nội dung khác`,
      });
    }
    const base = slugFromTitle(o.title) || slugify(o.unit) || 'ho-so-nhap';
    const slug = freeSlug(base, taken);
    taken.add(slug);
    const draft: PlannedDraft = { row: o, slug, file: `${PROFILES_DIR}/${slug}/index.mdx`, text: '', render: () => draftText(o, source, planName) };
    if (slug !== base) draft.collidedWith = base;
    drafts.push(draft);
  }
  for (const d of drafts) d.text = d.render();
  for (const d of drafts) {
    const review = d.row.notes.filter((n) => n.confidence === 'can-xem-lai');
    const details = [
      ...(d.collidedWith ? [`đường dẫn "${d.collidedWith}" đã có, dùng "${d.slug}"`] : []),
      ...review.map((n) => `${n.field}: ${n.why}`),
    ];
    const guesses = d.row.notes.map((n) => `${n.field}: ${confidenceText(n.confidence)} — ${n.why}`).join('; ');
    report.push({ line: d.row.line, result: review.length > 0 ? 'tạo mới — cần xem lại' : 'tạo mới', slug: d.slug, detail: details.join('; '), guesses });
  }
  report.sort((a, b) => a.line - b.line);
  return { drafts, outcomes, report };
}

/**
 * Import a table: plan, then (unless dry-run) stage every draft in a hidden folder inside
 * content/profiles and move them into place together. If anything fails, every draft already moved
 * is taken back and the staging folder removed: the content tree is as it was.
 */
export async function importTable(opts: ImportOptions): Promise<ImportResult> {
  const { drafts, report } = await planImport(opts);
  if (opts.dryRun || drafts.length === 0) return { drafts, report, written: false };
  const base = resolve(opts.root, PROFILES_DIR);
  mkdirSync(base, { recursive: true });
  const stage = join(base, `.import-${process.pid}-${Date.now()}`);
  const moved: string[] = [];
  try {
    mkdirSync(stage);
    for (const d of drafts) {
      const dir = join(stage, d.slug);
      mkdirSync(dir);
      if (opts.addPhoto) {
        const added = await opts.addPhoto(d, dir);
        if (added?.image) {
          d.row.data.images.push(added.image);
          d.text = d.render();
        }
        const line = report.find((r) => r.line === d.row.line);
        if (added?.note && line) line.detail = [line.detail, `images: ${added.note}`].filter(Boolean).join('; ');
      }
      writeFileAtomic(join(dir, 'index.mdx'), d.text);
    }
    for (const d of drafts) {
      const target = profileDir(opts.root, d.slug);
      if (existsSync(target)) throw new ImportError(`Thư mục "${d.file}" vừa được tạo bởi việc khác; chạy lại lệnh nhập.`, `${d.file} appeared during the import`);
      renameSync(join(stage, d.slug), target);
      moved.push(target);
    }
  } catch (err) {
    for (const dir of moved.reverse()) rmSync(dir, { recursive: true, force: true });
    throw err;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  return { drafts, report, written: true };
}

/** The report as a table for the terminal. */
export function formatReport(report: readonly ReportLine[]): string {
  const head = { line: 'Dòng', result: 'Kết quả', slug: 'Đường dẫn', detail: 'Chi tiết' };
  const w = {
    line: Math.max(head.line.length, ...report.map((r) => String(r.line).length)),
    result: Math.max(head.result.length, ...report.map((r) => r.result.length)),
    slug: Math.max(head.slug.length, ...report.map((r) => r.slug.length)),
  };
  const fmt = (l: string, r: string, s: string, d: string) => `${l.padStart(w.line)}  ${r.padEnd(w.result)}  ${s.padEnd(w.slug)}  ${d}`.trimEnd();
  return [fmt(head.line, head.result, head.slug, head.detail), fmt('-'.repeat(w.line), '-'.repeat(w.result), '-'.repeat(w.slug), '-'.repeat(8)), ...report.map((r) => fmt(String(r.line), r.result, r.slug, r.detail))].join('\n');
}

/** The report as CSV (UTF-8 with a BOM so Excel shows Vietnamese letters), one line per row of the input. */
export function reportCsv(report: readonly ReportLine[]): string {
  // A value starting with = + - @ would run as a formula when the editor opens the file in a
  // spreadsheet (text copied from the input can start so): an apostrophe keeps it text.
  const q = (s: string) => `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
  const lines = [['Dòng', 'Kết quả', 'Đường dẫn', 'Chi tiết', 'Các giá trị đoán và độ tin cậy'], ...report.map((r) => [String(r.line), r.result, r.slug, r.detail, r.guesses ?? ''])];
  return '\uFEFF' + lines.map((l) => l.map(q).join(',')).join('\r\n') + '\r\n';
}

/**
 * Where the CSV report goes: next to the input by default ("<tên>.bao-cao-nhap.csv"), or a given
 * path, which must be a .csv inside the project or the input's folder.
 */
export function reportPath(root: string, input: string, given?: string): string {
  const inputDir = dirname(resolve(input));
  if (!given) return join(inputDir, `${basename(input, extname(input))}.bao-cao-nhap.csv`);
  const path = resolve(given);
  const inside = (dir: string) => {
    const rel = relative(resolve(dir), path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (!path.toLowerCase().endsWith('.csv') || !(inside(root) || inside(inputDir)) || inside(join(root, 'content'))) {
    throw new ImportError(
      `--report "${given}": tệp báo cáo phải là tệp .csv trong thư mục dự án (ngoài content/) hoặc thư mục của tệp nhập.`,
      `--report must be a .csv file inside the project or the input's folder`,
    );
  }
  return path;
}

/**
 * The content checker: reads every file under content/, validates it against the data model and
 * checks what a schema alone cannot (references, localities, duplicate slugs and aliases, images,
 * NFC text, stray files). One report for the whole tree, so an editor fixes everything in one pass.
 *
 * Used by the build (src/integrations/content-check.ts), by `npm run check:content` and by the tests.
 * Messages are Vietnamese for editors, with the English detail after them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import {
  SLUG_PATTERN,
  articleSchema,
  fieldSchema,
  movementSchema,
  planSchema,
  profileDataSchema,
  type ProfileData,
} from '../schema/index.ts';
import { oldProvince, resolveLocality } from './locality.ts';
import { checkMdxBody } from './mdx-body.ts';
import { ContentMemo } from './content-memo.ts';
import { checkProfileCare, reviewProblems } from './content-care.ts';
import { isReviewValue } from './review.ts';
import { siteTextOutsideQuotes } from './format.ts';
import { resolveReplications } from './stats/spread.ts';

export type Severity = 'error' | 'warning';

export interface ContentProblem {
  /**
   * An error stops the build; a warning does not. A draft's problems are warnings (the draft is
   * left out of every output until it is published); a published file's are errors.
   */
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  /** Dotted field path ("locality.commune.code"), or "" for the whole file. */
  field: string;
  vi: string;
  en: string;
}

export interface ContentReport {
  /** Every problem, errors and warnings, sorted by file and line. */
  problems: ContentProblem[];
  counts: { profiles: number; drafts: number; plans: number; articles: number; fields: number; movements: number };
}

/** A problem found while reading; its severity is decided once the file's draft status is known. */
type Found = Omit<ContentProblem, 'severity'> & { severity?: Severity };

export const errorsOf = (report: ContentReport) => report.problems.filter((p) => p.severity === 'error');
export const warningsOf = (report: ContentReport) => report.problems.filter((p) => p.severity === 'warning');

type Kind = 'profiles' | 'plans' | 'articles' | 'fields' | 'movements';

interface Parsed {
  file: string;
  slug: string;
  data: unknown;
  /** Resolves a field path to a 1-based line in the file. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const IMAGE_EXTENSIONS = /\.(avif|gif|jpe?g|png|svg|webp)$/i;

/** Where each collection lives and which files it is made of. */
const LAYOUT: Record<Kind, { dir: string; ext: '.mdx' | '.yaml' }> = {
  profiles: { dir: 'content/profiles', ext: '.mdx' },
  plans: { dir: 'content/plans', ext: '.mdx' },
  articles: { dir: 'content/articles', ext: '.mdx' },
  fields: { dir: 'content/fields', ext: '.yaml' },
  movements: { dir: 'content/movements', ext: '.yaml' },
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

const toPosix = (p: string) => p.split(sep).join('/');

/** Zod's own words for an issue, in Vietnamese or English, reworded for the common cases editors meet. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): { vi: string; en: string } {
  const got = valueAt(data, issue.path);
  if (issue.code === 'invalid_type' && got === undefined) {
    return { vi: 'thiếu trường bắt buộc', en: `required field is missing (expected ${issue.expected})` };
  }
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ');
    return {
      vi: `trường không có trong mẫu dữ liệu: ${keys} (có thể gõ sai tên trường)`,
      en: `unknown field(s): ${keys}`,
    };
  }
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const allowed = issue.values.map(String).join(', ');
    return { vi: `giá trị "${String(got)}" không hợp lệ; chỉ được dùng: ${allowed}`, en: `invalid value; expected one of: ${allowed}` };
  }
  // Custom messages in the schema are already bilingual: "tiếng Việt / English".
  const [vi, en] = issue.message.includes(' / ') ? issue.message.split(' / ', 2) : [undefined, undefined];
  if (vi && en) return { vi, en };
  const viMessage = z.locales.vi().localeError;
  const enMessage = z.locales.en().localeError;
  const toText = (r: unknown) => (typeof r === 'string' ? r : ((r as { message?: string } | undefined)?.message ?? issue.message));
  // The locale functions take the raw issue; the finished issue carries the same fields.
  return {
    vi: toText(viMessage?.(issue as unknown as Parameters<NonNullable<typeof viMessage>>[0])),
    en: toText(enMessage?.(issue as unknown as Parameters<NonNullable<typeof enMessage>>[0])),
  };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

const pathText = (path: readonly PropertyKey[]) =>
  path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');

/** The nearest "name:" key at or above a line of YAML (1-based): the field being typed there, and its line. */
function keyNear(yamlText: string, line: number): { field: string; line: number } | undefined {
  const lines = yamlText.split('\n');
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) {
    const m = /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:/.exec(lines[i] ?? '');
    if (m?.[1]) return { field: m[1], line: i + 1 };
  }
  return undefined;
}

/**
 * The field a YAML error belongs to. An unclosed quote or bracket is noticed only on the next
 * line, so the field is the one above where the parser stopped.
 */
function fieldOfYamlError(yamlText: string, err: { code: string; message: string }, line: number) {
  const noticedLate = err.code === 'MISSING_CHAR' || /flow (sequence|mapping|collection)|closing/i.test(err.message);
  return keyNear(yamlText, noticedLate ? line - 1 : line);
}

/** An MDX body's problems: text not NFC or not in the site's style, and what the MDX compiler refuses. */
function checkBody(raw: string, frontMatterLength: number, file: string, kind: Kind, out: Found[]): void {
  const bodyStartLine = raw.slice(0, frontMatterLength).split('\n').length;
  raw
    .slice(frontMatterLength)
    .split('\n')
    .forEach((line, i) => {
      if (line !== line.normalize('NFC')) {
        out.push({
          file,
          line: bodyStartLine + i,
          field: '(nội dung)',
          vi: 'văn bản chưa ở dạng Unicode NFC; chạy "npm run content:normalize" để chuẩn hoá',
          en: 'body text is not NFC-normalised; run "npm run content:normalize"',
        });
      } else if (siteTextOutsideQuotes(line) !== line) {
        out.push({
          file,
          line: bodyStartLine + i,
          field: '(nội dung)',
          vi: 'ngày chưa viết đủ hai chữ số (viết 09/01/2021, không viết 9/1/2021) hoặc dấu thanh đặt kiểu "Hoà" (trang viết "Hòa"); chạy "npm run content:normalize" để sửa, hoặc đặt câu trích nguyên văn trong <q>…</q>',
          en: 'date not written dd/mm/yyyy or tone mark placed "oà"-style (the site writes "òa"); run "npm run content:normalize", or wrap a verbatim quotation in <q>…</q>',
        });
      }
    });
  for (const p of checkMdxBody(raw, { allowEsm: kind !== 'profiles' })) out.push({ file, line: p.line, field: '(nội dung)', vi: p.vi, en: p.en });
}

/**
 * Parse YAML (a .yaml file or an MDX file's frontmatter); problems go to `out`. With `bodies`,
 * an MDX file's body is checked too (NFC, site style, and compiled as the build compiles it).
 * A file whose bytes the memo has seen gives what it gave then, without parsing; its lines are
 * found by parsing it again only if a later check reports a problem in it.
 */
function parseFile(root: string, absPath: string, slug: string, kind: Kind, out: Found[], bodies: boolean, memo: ContentMemo): Parsed | undefined {
  const file = toPosix(relative(root, absPath));
  const raw = readFileSync(absPath, 'utf8');
  const bodyKey = memo.key(`${kind}+body`, file, raw);
  const key = bodies ? bodyKey : memo.key(kind, file, raw);
  // A read of the front matter alone takes a full check's entry too (its data is the same; its
  // problems include the body's): the build's alias reader then finds what the check just learnt.
  const known = memo.get(key) ?? (bodies ? undefined : memo.peek(bodyKey));
  if (known) {
    for (const p of known.problems) out.push({ file, ...p });
    if (known.data === undefined) return undefined;
    let again: Parsed | undefined;
    const lineOf = (path: readonly PropertyKey[]) => (again ??= parseText(raw, file, slug, kind, [], false))?.lineOf(path);
    return { file, slug, data: known.data, lineOf };
  }
  const problems: Found[] = [];
  const parsed = parseText(raw, file, slug, kind, problems, bodies);
  memo.set(key, { ...(parsed ? { data: parsed.data } : {}), problems: problems.map(({ line, field, vi, en }) => ({ line, field, vi, en })) });
  out.push(...problems);
  return parsed;
}

function parseText(raw: string, file: string, slug: string, kind: Kind, out: Found[], bodies: boolean): Parsed | undefined {
  const mdx = kind === 'profiles' || kind === 'plans' || kind === 'articles';
  let yamlText = raw;
  let offsetLines = 0;
  // Where a missing top-level field belongs: the closing "---" of an MDX file, the end of a YAML file.
  let endLine = raw.split('\n').length;
  if (mdx) {
    const m = FRONTMATTER.exec(raw);
    if (!m) {
      out.push({
        file,
        line: 1,
        field: '',
        vi: 'tệp không bắt đầu bằng phần khai báo dữ liệu giữa hai dòng "---"',
        en: 'missing YAML frontmatter between "---" lines',
      });
      return undefined;
    }
    yamlText = m[1] ?? '';
    offsetLines = 1;
    endLine = yamlText.split('\n').length + 2;
    if (bodies) checkBody(raw, m[0].length, file, kind, out);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const at = fieldOfYamlError(yamlText, err, lineCounter.linePos(err.pos[0]).line);
      const field = at?.field ?? '';
      out.push({
        file,
        line: (at?.line ?? lineCounter.linePos(err.pos[0]).line) + offsetLines,
        field,
        vi:
          `lỗi cú pháp YAML${field ? ` ở trường "${field}"` : ''}: kiểm tra thụt lề (chỉ dùng dấu cách), dấu hai chấm sau tên trường, ` +
          'và đặt giá trị có dấu hai chấm, dấu # hoặc dấu ngoặc vào trong dấu ngoặc kép "..."',
        en: `YAML syntax error: ${err.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    out.push({ file, line: 1, field: '', vi: 'phần khai báo dữ liệu trống hoặc không phải dạng "tên: giá trị"', en: 'data must be a YAML mapping' });
    return undefined;
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    const exact = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (path.length > 0 && !exact?.range && valueAt(data, path) === undefined) {
      // A missing field belongs inside its parent, or before the end of the front matter.
      if (path.length === 1) return endLine;
    }
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + offsetLines;
    }
    return undefined;
  };
  return { file, slug, data, lineOf };
}

/** A required field that is absent: say where it goes and what to type. */
function describeMissing(path: readonly PropertyKey[]): { vi: string; en: string } {
  const name = String(path.at(-1));
  const parent = pathText(path.slice(0, -1));
  if (typeof path.at(-1) === 'number') {
    return { vi: `thiếu mục thứ ${Number(path.at(-1)) + 1} trong danh sách "${parent}"`, en: `missing list item ${parent}[${String(path.at(-1))}]` };
  }
  return parent
    ? {
        vi: `thiếu trường bắt buộc "${name}": thêm dòng "${name}: …" (thụt vào trong "${parent}") rồi điền giá trị`,
        en: `required field "${pathText(path)}" is missing`,
      }
    : {
        vi: `thiếu trường bắt buộc "${name}": thêm dòng "${name}: …" vào phần khai báo (trước dòng --- thứ hai) rồi điền giá trị`,
        en: `required field "${name}" is missing`,
      };
}

/** Validate against a schema; every issue becomes a problem with its field and line. */
function validate<S extends z.ZodType>(schema: S, parsed: Parsed, out: Found[]): z.infer<S> | undefined {
  // Values a tool left "cần xem lại" are reported as such, and not again as a wrong value.
  const marks = reviewProblems(parsed.data);
  for (const m of marks) out.push({ file: parsed.file, line: parsed.lineOf(m.path), field: pathText(m.path), vi: m.vi, en: m.en });
  const marked = new Set(marks.map((m) => pathText(m.path)));
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (marked.has(pathText(issue.path))) continue;
    const missing = issue.code === 'invalid_type' && valueAt(parsed.data, issue.path) === undefined && issue.path.length > 0;
    const { vi, en } = missing ? describeMissing(issue.path) : describeIssue(issue, parsed.data);
    out.push({ file: parsed.file, line: parsed.lineOf(issue.path), field: pathText(issue.path), vi, en });
  }
  return undefined;
}

/** Files of one collection; anything in its folder that the site would not load is reported, never skipped. */
function collectFiles(root: string, kind: Kind, out: Found[]): { abs: string; slug: string }[] {
  const { dir, ext } = LAYOUT[kind];
  const base = join(root, dir);
  if (!existsSync(base)) return [];
  const found: { abs: string; slug: string }[] = [];
  for (const name of readdirSync(base).sort()) {
    if (name.startsWith('.')) continue;
    const abs = join(base, name);
    const rel = toPosix(relative(root, abs));
    const isDir = statSync(abs).isDirectory();
    if (kind === 'profiles') {
      if (!isDir) {
        out.push({
          file: rel,
          field: '',
          vi: 'mỗi hồ sơ phải nằm trong thư mục riêng: content/profiles/<đường-dẫn>/index.mdx; tệp này sẽ không được đăng',
          en: 'a profile must be content/profiles/<slug>/index.mdx; this file would not be published',
        });
        continue;
      }
      const index = join(abs, 'index.mdx');
      if (!existsSync(index)) {
        const inside = readdirSync(abs).filter((n) => !n.startsWith('.')).join(', ') || '(trống)';
        out.push({
          file: rel + '/',
          field: '',
          vi: `thư mục hồ sơ không có tệp index.mdx (tên tệp phải đúng là index.mdx; trong thư mục có: ${inside}); hồ sơ này sẽ không được đăng`,
          en: `profile folder has no index.mdx (found: ${inside}); it would not be published`,
        });
        continue;
      }
      for (const inner of readdirSync(abs)) {
        if (inner !== 'index.mdx' && !IMAGE_EXTENSIONS.test(inner) && !inner.startsWith('.')) {
          out.push({
            file: `${rel}/${inner}`,
            field: '',
            vi: 'tệp không được dùng: thư mục hồ sơ chỉ chứa index.mdx và ảnh (avif, gif, jpg, png, svg, webp)',
            en: 'unexpected file in a profile folder (only index.mdx and images)',
          });
        }
      }
      found.push({ abs: index, slug: name });
    } else {
      if (isDir || !name.endsWith(ext)) {
        out.push({
          file: rel,
          field: '',
          vi: `tệp không đúng loại: thư mục ${dir} chỉ chứa các tệp ${ext}; tệp này sẽ không được đăng`,
          en: `only ${ext} files belong in ${dir}; this would not be published`,
        });
        continue;
      }
      found.push({ abs, slug: name.slice(0, -ext.length) });
    }
  }
  for (const f of found) {
    if (!SLUG_PATTERN.test(f.slug)) {
      out.push({
        file: toPosix(relative(root, f.abs)),
        field: '',
        vi: `tên "${f.slug}" không dùng được làm đường dẫn: chỉ chữ thường không dấu, số và dấu gạch ngang (đ viết là d)`,
        en: `"${f.slug}" is not a valid slug (lowercase ASCII, digits, hyphens)`,
      });
    }
  }
  return found;
}

function parseAll<S extends z.ZodType>(root: string, kind: Kind, schema: S, out: Found[], memo: ContentMemo, bodies = true) {
  const entries: { parsed: Parsed; data: z.infer<S> }[] = [];
  for (const { abs, slug } of collectFiles(root, kind, out)) {
    const parsed = parseFile(root, abs, slug, kind, out, bodies, memo);
    if (!parsed) continue;
    const data = validate(schema, parsed, out);
    if (data !== undefined) entries.push({ parsed, data });
  }
  return entries;
}

/**
 * Whether a profile file is a draft, decided from its front matter text alone, so that a draft
 * whose other fields are still blank or broken is known as a draft all the same.
 */
export function isDraftSource(raw: string): boolean {
  const fm = FRONTMATTER.exec(raw)?.[1];
  if (fm === undefined) return false;
  return /^draft:[ \t]*(true|yes|on)[ \t]*(#.*)?$/im.test(fm);
}

/** Slugs of the profiles under `root` that are drafts: left out of the content collection and every output. */
export function draftSlugs(root: string): string[] {
  return collectFiles(root, 'profiles', [])
    .filter(({ abs }) => isDraftSource(readFileSync(abs, 'utf8')))
    .map(({ slug }) => slug);
}

/**
 * The published profiles' slugs, titles and aliases, read straight from content/ under `root`:
 * what the redirects integration and the sitemap filter need, outside Astro's content layer.
 * Files that do not parse are skipped (checkContent reports them and stops the build); bodies are
 * not read (the check compiles them once).
 */
export function readProfileAliases(root: string, memo: ContentMemo = ContentMemo.open(root)): { slug: string; title: string; aliases: string[] }[] {
  const profiles = parseAll(root, 'profiles', profileDataSchema, [], memo, false);
  // Adds to the memo without pruning it: the full check (checkContent) decides what stays, and
  // pruning here would drop its entries, so that every build compiled every body again.
  memo.save({ prune: false });
  return profiles.filter(({ data }) => !data.draft).map(({ parsed, data }) => ({ slug: parsed.slug, title: data.title, aliases: data.aliases }));
}

type Ref = (parsed: Parsed, path: PropertyKey[], value: string | undefined, kind: 'plans' | 'articles' | 'fields' | 'movements') => void;

/** Check the whole content tree under `root` (the project root). */
export function checkContent(root: string, memo: ContentMemo = ContentMemo.open(root)): ContentReport {
  const found: Found[] = [];
  const drafts = new Set(draftSlugs(root));
  const profiles = parseAll(root, 'profiles', profileDataSchema, found, memo);
  const plans = parseAll(root, 'plans', planSchema, found, memo);
  const articles = parseAll(root, 'articles', articleSchema, found, memo);
  const fields = parseAll(root, 'fields', fieldSchema, found, memo);
  const movements = parseAll(root, 'movements', movementSchema, found, memo);
  memo.save();

  // Counted by file, not by what parsed, so a broken file still shows in the totals.
  const fileCount = (kind: Kind) => collectFiles(root, kind, []).length;
  const slugsOf = (kind: Kind) => new Set(collectFiles(root, kind, []).map((f) => f.slug));
  const known = {
    plans: slugsOf('plans'),
    articles: slugsOf('articles'),
    fields: slugsOf('fields'),
    movements: slugsOf('movements'),
  };

  const ref: Ref = (parsed, path, value, kind) => {
    if (value === undefined || known[kind].has(value) || isReviewValue(value)) return;
    const what = { plans: 'kế hoạch', articles: 'bài viết nguồn', fields: 'lĩnh vực', movements: 'phong trào' }[kind];
    const list = [...known[kind]].sort().join(', ') || '(chưa có)';
    found.push({
      file: parsed.file,
      line: parsed.lineOf(path),
      field: pathText(path),
      vi: `không có ${what} "${value}" trong ${LAYOUT[kind].dir}; các giá trị có: ${list}`,
      en: `unknown ${kind.slice(0, -1)} reference "${value}"`,
    });
  };

  for (const { parsed, data } of plans) checkPlanLocality(parsed, data.locality, found);
  for (const { parsed, data } of movements) data.plans.forEach((p, i) => ref(parsed, ['plans', i], p, 'plans'));
  for (const { parsed, data } of articles) data.plans.forEach((p, i) => ref(parsed, ['plans', i], p, 'plans'));
  for (const { parsed, data } of fields) data.criteria.forEach((c, i) => ref(parsed, ['criteria', i, 'plan'], c.plan, 'plans'));

  // Published profiles first: where a draft and a published profile claim the same row or alias,
  // the draft is the one told (with a warning), and the published site is not held up.
  const publishedFirst = [...profiles].sort((x, y) => Number(drafts.has(x.parsed.slug)) - Number(drafts.has(y.parsed.slug)));
  const appendix = new Map(plans.map(({ parsed, data }) => [parsed.slug, data.appendixRows]));
  checkProfiles(root, publishedFirst, drafts, appendix, found, ref);
  // Alt text, sources, photo weight and location, the basis for naming a person.
  const planData = new Map(plans.map(({ parsed, data }) => [parsed.slug, data]));
  for (const { parsed, data } of profiles)
    for (const p of checkProfileCare(root, parsed.slug, data, planData))
      found.push({ file: parsed.file, line: parsed.lineOf(p.path), field: pathText(p.path), vi: p.vi, en: p.en });

  // A draft's problems, wherever in its folder, are warnings; everything else is an error.
  const draftFolders = [...drafts].map((slug) => `${LAYOUT.profiles.dir}/${slug}/`);
  const problems: ContentProblem[] = found.map((p) => ({
    ...p,
    severity: p.severity ?? (draftFolders.some((dir) => p.file.startsWith(dir)) ? 'warning' : 'error'),
  }));
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    problems,
    counts: {
      profiles: fileCount('profiles'),
      drafts: drafts.size,
      plans: fileCount('plans'),
      articles: fileCount('articles'),
      fields: fileCount('fields'),
      movements: fileCount('movements'),
    },
  };
}

/** The recognition's row exists in its plan's appendix, and its citation is that row, word for word. */
function checkAppendixRow(parsed: Parsed, i: number, r: { plan: string; row: number; citation: string }, rows: string[] | undefined, problems: Found[]) {
  if (rows === undefined) return;
  if (r.row > rows.length) {
    problems.push({
      file: parsed.file,
      line: parsed.lineOf(['recognitions', i, 'row']),
      field: `recognitions[${i}].row`,
      vi: `phụ lục của kế hoạch "${r.plan}" chỉ có ${rows.length} dòng; không có số thứ tự ${r.row}. Kiểm tra lại số thứ tự (Số TT) trong phụ lục`,
      en: `plan "${r.plan}" has ${rows.length} appendix rows; there is no row ${r.row}`,
    });
    return;
  }
  const expected = rows[r.row - 1];
  if (expected !== undefined && expected !== r.citation) {
    problems.push({
      file: parsed.file,
      line: parsed.lineOf(['recognitions', i, 'citation']),
      field: `recognitions[${i}].citation`,
      vi: `trích dẫn phải chép đúng nguyên văn dòng ${r.row} của phụ lục kế hoạch "${r.plan}": “${expected}”`,
      en: `citation differs from row ${r.row} of plan "${r.plan}"'s appendix (appendixRows)`,
    });
  }
}

function checkProfiles(
  root: string,
  profiles: { parsed: Parsed; data: ProfileData }[],
  drafts: ReadonlySet<string>,
  appendix: ReadonlyMap<string, string[] | undefined>,
  problems: Found[],
  ref: Ref,
) {
  // Every slug and alias names exactly one profile, forever: an alias must not shadow a slug or another alias.
  const owner = new Map<string, string>();
  for (const slug of collectFiles(root, 'profiles', []).map((f) => f.slug)) if (!drafts.has(slug)) owner.set(slug, slug);
  const appendixRows = new Map<string, string>();

  for (const { parsed, data } of profiles) {
    if (drafts.has(parsed.slug)) {
      const taken = owner.get(parsed.slug);
      if (taken !== undefined) {
        problems.push({
          file: parsed.file,
          field: '',
          vi: `đường dẫn "${parsed.slug}" của hồ sơ nháp này đã là đường dẫn cũ của hồ sơ "${taken}"; đổi tên thư mục trước khi đăng`,
          en: `this draft's slug is an alias of "${taken}"`,
        });
      } else owner.set(parsed.slug, parsed.slug);
    }
    data.fields.forEach((f, i) => ref(parsed, ['fields', i], f, 'fields'));
    ref(parsed, ['movement'], data.movement, 'movements');
    data.recognitions.forEach((r, i) => {
      ref(parsed, ['recognitions', i, 'plan'], r.plan, 'plans');
      checkAppendixRow(parsed, i, r, appendix.get(r.plan), problems);
      const key = `${r.plan}#${r.row}`;
      const other = appendixRows.get(key);
      if (other) {
        problems.push({
          file: parsed.file,
          line: parsed.lineOf(['recognitions', i, 'row']),
          field: `recognitions[${i}].row`,
          vi: `số thứ tự ${r.row} của kế hoạch "${r.plan}" đã được hồ sơ "${other}" dùng; mỗi dòng phụ lục là một hồ sơ`,
          en: `appendix row ${r.row} of plan "${r.plan}" is already used by profile "${other}"`,
        });
      } else appendixRows.set(key, parsed.slug);
    });
    data.sources.forEach((s, i) => {
      ref(parsed, ['sources', i, 'plan'], s.plan, 'plans');
      ref(parsed, ['sources', i, 'article'], s.article, 'articles');
    });

    data.aliases.forEach((alias, i) => {
      const taken = owner.get(alias);
      if (taken !== undefined) {
        problems.push({
          file: parsed.file,
          line: parsed.lineOf(['aliases', i]),
          field: `aliases[${i}]`,
          vi:
            taken === parsed.slug
              ? `đường dẫn cũ "${alias}" trùng với đường dẫn hiện tại hoặc bị lặp lại`
              : `đường dẫn cũ "${alias}" đã thuộc về hồ sơ "${taken}"; một đường dẫn chỉ trỏ tới một hồ sơ`,
          en: taken === parsed.slug ? `alias "${alias}" repeats the profile's own slug or alias` : `alias "${alias}" already belongs to "${taken}"`,
        });
      } else owner.set(alias, parsed.slug);
    });

    data.images.forEach((img, i) => {
      const abs = join(root, 'content/profiles', parsed.slug, img.src);
      if (!IMAGE_EXTENSIONS.test(img.src) || !existsSync(abs)) {
        problems.push({
          file: parsed.file,
          line: parsed.lineOf(['images', i, 'src']),
          field: `images[${i}].src`,
          vi: `không tìm thấy tệp ảnh "${img.src}" trong thư mục của hồ sơ (ảnh đặt cạnh index.mdx, ví dụ ./anh-1.jpg)`,
          en: `image file "${img.src}" not found next to the profile (or not an image type)`,
        });
      }
    });

    const located = resolveLocality(data.locality);
    if (!located.ok) {
      for (const issue of located.issues) {
        const path = issue.field.split('.').filter(Boolean);
        problems.push({ file: parsed.file, line: parsed.lineOf(path), field: issue.field, vi: issue.vi, en: issue.en });
      }
    }
    // Where the model was replicated: the same gazetteer checks, reported at the record's fields.
    for (const issue of resolveReplications(data.replications ?? [], resolveLocality).issues) {
      const path = issue.field.split('.').filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      problems.push({ file: parsed.file, line: parsed.lineOf(path), field: pathText(path), vi: issue.vi, en: issue.en });
    }
    for (const key of ['stages', 'replications'] as const) {
      (data[key] ?? []).forEach((record, i) => {
        ref(parsed, [key, i, 'source', 'plan'], record.source.plan, 'plans');
        ref(parsed, [key, i, 'source', 'article'], record.source.article, 'articles');
      });
    }
  }
}

/** A plan's issuing locality: the codes exist and the name is the unit they name. */
function checkPlanLocality(parsed: Parsed, loc: { name: string; province: string; district?: string | undefined }, problems: Found[]) {
  const result = resolveLocality({
    address: loc.name,
    province: { name: loc.district ? (oldProvince(loc.province)?.fullName ?? loc.name) : loc.name, code: loc.province },
    ...(loc.district ? { district: { name: loc.name, code: loc.district } } : {}),
  });
  if (result.ok) return;
  for (const issue of result.issues) {
    // Report against the plan's own fields: its name and its codes.
    const field = issue.field.endsWith('.name') ? 'locality.name' : issue.field.includes('district') ? 'locality.district' : 'locality.province';
    problems.push({ file: parsed.file, line: parsed.lineOf(field.split('.')), field, vi: issue.vi, en: issue.en });
  }
}

/** The report as text: errors, then warnings, one block per problem, in Vietnamese with the English detail. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const block = (p: ContentProblem) => {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
    const field = p.field ? ` — trường "${p.field}"` : '';
    return `${p.severity === 'error' ? '✗' : '⚠'} ${where}${field}\n    ${p.vi}\n    (${p.en})`;
  };
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const files = (list: readonly ContentProblem[]) => new Set(list.map((p) => p.file)).size;
  const out: string[] = [];
  if (errors.length > 0) {
    out.push(
      `Nội dung có ${errors.length} lỗi trong ${files(errors)} tệp; sửa rồi chạy lại "npm run check:content".`,
      `(content has ${errors.length} error(s) in ${files(errors)} file(s))`,
      '',
      ...errors.map(block),
    );
  }
  if (warnings.length > 0) {
    if (out.length > 0) out.push('');
    out.push(
      `${warnings.length} cảnh báo trong ${files(warnings)} tệp (hồ sơ nháp: chưa được đăng; sửa trước khi đặt draft: false).`,
      `(${warnings.length} warning(s) in ${files(warnings)} file(s): drafts are left out of the site until published)`,
      '',
      ...warnings.map(block),
    );
  }
  return out.join('\n');
}

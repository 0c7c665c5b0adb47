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
import { siteTextOutsideQuotes } from './format.ts';

export interface ContentProblem {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line?: number;
  /** Dotted field path ("locality.commune.code"), or "" for the whole file. */
  field: string;
  vi: string;
  en: string;
}

export interface ContentReport {
  problems: ContentProblem[];
  counts: { profiles: number; plans: number; articles: number; fields: number; movements: number };
}

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

/** Parse YAML (a .yaml file or an MDX file's frontmatter); problems go to `out`. */
function parseFile(root: string, absPath: string, slug: string, out: ContentProblem[]): Parsed | undefined {
  const file = toPosix(relative(root, absPath));
  const raw = readFileSync(absPath, 'utf8');
  let yamlText = raw;
  let offsetLines = 0;
  if (absPath.endsWith('.mdx')) {
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
    const bodyStartLine = raw.slice(0, m[0].length).split('\n').length;
    raw
      .slice(m[0].length)
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
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = lineCounter.linePos(err.pos[0]).line;
      out.push({
        file,
        line: line + offsetLines,
        field: '',
        vi: 'lỗi cú pháp YAML (kiểm tra thụt lề, dấu hai chấm, dấu ngoặc kép)',
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
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line + offsetLines;
    }
    return undefined;
  };
  return { file, slug, data, lineOf };
}

/** Validate against a schema; every issue becomes a problem with its field and line. */
function validate<S extends z.ZodType>(schema: S, parsed: Parsed, out: ContentProblem[]): z.infer<S> | undefined {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const { vi, en } = describeIssue(issue, parsed.data);
    out.push({ file: parsed.file, line: parsed.lineOf(issue.path), field: pathText(issue.path), vi, en });
  }
  return undefined;
}

/** Files of one collection; anything in its folder that the site would not load is reported, never skipped. */
function collectFiles(root: string, kind: Kind, out: ContentProblem[]): { abs: string; slug: string }[] {
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

function parseAll<S extends z.ZodType>(root: string, kind: Kind, schema: S, out: ContentProblem[]) {
  const entries: { parsed: Parsed; data: z.infer<S> }[] = [];
  for (const { abs, slug } of collectFiles(root, kind, out)) {
    const parsed = parseFile(root, abs, slug, out);
    if (!parsed) continue;
    const data = validate(schema, parsed, out);
    if (data !== undefined) entries.push({ parsed, data });
  }
  return entries;
}

/**
 * The published profiles' slugs, titles and aliases, read straight from content/ under `root`:
 * what the redirects integration and the sitemap filter need, outside Astro's content layer.
 * Files that do not parse are skipped (checkContent reports them and stops the build).
 */
export function readProfileAliases(root: string): { slug: string; title: string; aliases: string[] }[] {
  return parseAll(root, 'profiles', profileDataSchema, [])
    .filter(({ data }) => !data.draft)
    .map(({ parsed, data }) => ({ slug: parsed.slug, title: data.title, aliases: data.aliases }));
}

/** Check the whole content tree under `root` (the project root). */
export function checkContent(root: string): ContentReport {
  const problems: ContentProblem[] = [];
  const profiles = parseAll(root, 'profiles', profileDataSchema, problems);
  const plans = parseAll(root, 'plans', planSchema, problems);
  const articles = parseAll(root, 'articles', articleSchema, problems);
  const fields = parseAll(root, 'fields', fieldSchema, problems);
  const movements = parseAll(root, 'movements', movementSchema, problems);

  // Counted by file, not by what parsed, so a broken file still shows in the totals.
  const fileCount = (kind: Kind) => collectFiles(root, kind, []).length;
  const slugsOf = (kind: Kind) => new Set(collectFiles(root, kind, []).map((f) => f.slug));
  const known = {
    plans: slugsOf('plans'),
    articles: slugsOf('articles'),
    fields: slugsOf('fields'),
    movements: slugsOf('movements'),
  };

  const ref = (parsed: Parsed, path: PropertyKey[], value: string | undefined, kind: keyof typeof known) => {
    if (value === undefined || known[kind].has(value)) return;
    const what = { plans: 'kế hoạch', articles: 'bài viết nguồn', fields: 'lĩnh vực', movements: 'phong trào' }[kind];
    const list = [...known[kind]].sort().join(', ') || '(chưa có)';
    problems.push({
      file: parsed.file,
      line: parsed.lineOf(path),
      field: pathText(path),
      vi: `không có ${what} "${value}" trong ${LAYOUT[kind].dir}; các giá trị có: ${list}`,
      en: `unknown ${kind.slice(0, -1)} reference "${value}"`,
    });
  };

  for (const { parsed, data } of plans) checkPlanLocality(parsed, data.locality, problems);
  for (const { parsed, data } of movements) data.plans.forEach((p, i) => ref(parsed, ['plans', i], p, 'plans'));
  for (const { parsed, data } of articles) data.plans.forEach((p, i) => ref(parsed, ['plans', i], p, 'plans'));
  for (const { parsed, data } of fields) data.criteria.forEach((c, i) => ref(parsed, ['criteria', i, 'plan'], c.plan, 'plans'));

  checkProfiles(root, profiles, problems, ref);

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    problems,
    counts: {
      profiles: fileCount('profiles'),
      plans: fileCount('plans'),
      articles: fileCount('articles'),
      fields: fileCount('fields'),
      movements: fileCount('movements'),
    },
  };
}

function checkProfiles(
  root: string,
  profiles: { parsed: Parsed; data: ProfileData }[],
  problems: ContentProblem[],
  ref: (parsed: Parsed, path: PropertyKey[], value: string | undefined, kind: 'plans' | 'articles' | 'fields' | 'movements') => void,
) {
  // Every slug and alias names exactly one profile, forever: an alias must not shadow a slug or another alias.
  const owner = new Map<string, string>();
  for (const slug of collectFiles(root, 'profiles', []).map((f) => f.slug)) owner.set(slug, slug);
  const appendixRows = new Map<string, string>();

  for (const { parsed, data } of profiles) {
    data.fields.forEach((f, i) => ref(parsed, ['fields', i], f, 'fields'));
    ref(parsed, ['movement'], data.movement, 'movements');
    data.recognitions.forEach((r, i) => {
      ref(parsed, ['recognitions', i, 'plan'], r.plan, 'plans');
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
  }
}

/** A plan's issuing locality: the codes exist and the name is the unit they name. */
function checkPlanLocality(parsed: Parsed, loc: { name: string; province: string; district?: string | undefined }, problems: ContentProblem[]) {
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

/** The report as text: one block per problem, in Vietnamese with the English detail. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => {
    const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
    const field = p.field ? ` — trường "${p.field}"` : '';
    return `✗ ${where}${field}\n    ${p.vi}\n    (${p.en})`;
  });
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `Nội dung có ${problems.length} lỗi trong ${files} tệp; sửa rồi chạy lại "npm run check:content".`,
    `(content has ${problems.length} problem(s) in ${files} file(s))`,
    '',
    ...lines,
  ].join('\n');
}

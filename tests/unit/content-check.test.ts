/**
 * The content checker accepts the shipped content and rejects each kind of bad input with a message
 * that names the file, the field and the problem. Fixtures are synthetic and written to a temp folder.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent, errorsOf, formatProblems, readProfileAliases, warningsOf, type ContentProblem } from '../../src/lib/content-check.ts';
import { ContentMemo } from '../../src/lib/content-memo.ts';
import contentCheck, { BUILD_STOPPED } from '../../src/integrations/content-check.ts';
import { appendixRowCount, planFullText } from '../support/appendix.ts';
import { blankDraft } from '../support/drafts.ts';

const projectRoot = resolve(import.meta.dirname, '../..');

const PLAN = `---
number: 1/KH-TEST
date: { year: 2024, month: 5, day: 2 }
issuer: Cơ quan thử nghiệm (dữ liệu giả lập)
locality: { name: tỉnh Hòa Bình, province: "17" }
title: Kế hoạch giả lập dùng cho kiểm thử
signer: { name: Người ký giả lập, role: Chủ tịch }
summary: Dữ liệu giả lập, không đăng.
updated: 2026-01-01
---
`;

const FIELD = `name: Lĩnh vực giả lập
description: Dữ liệu giả lập dùng cho kiểm thử.
`;

const MOVEMENT = `name: Phong trào giả lập
description: Dữ liệu giả lập dùng cho kiểm thử.
plans: [ke-hoach-gia-lap]
`;

function profile(overrides: Record<string, string> = {}): string {
  const lines: Record<string, string> = {
    kind: 'kind: mo-hinh',
    subject: 'subject: tap-the',
    unit: 'unit: Đơn vị giả lập',
    title: 'title: Mô hình giả lập',
    summary: 'summary: Hồ sơ giả lập dùng cho kiểm thử, không đăng.',
    fields: 'fields: [linh-vuc-gia-lap]',
    movement: 'movement: phong-trao-gia-lap',
    locality: `locality:
  address: phường Thái Bình, thành phố Hòa Bình
  province: { name: tỉnh Hòa Bình, code: "17" }
  district: { name: thành phố Hòa Bình, code: "148" }
  commune: { name: phường Thái Bình, code: "04789" }`,
    recognitions: `recognitions:
  - plan: ke-hoach-gia-lap
    year: 2024
    row: 1
    form: Danh sách giả lập
    citation: Dòng phụ lục giả lập`,
    sources: `sources:
  - title: Kế hoạch giả lập
    plan: ke-hoach-gia-lap`,
    updated: 'updated: 2026-01-01',
    ...overrides,
  };
  return `---\n${Object.values(lines).filter(Boolean).join('\n')}\n---\n\nNội dung giả lập.\n`;
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A minimal valid content tree; `profiles` maps slug → index.mdx text. */
function fixture(profiles: Record<string, string> = { 'ho-so-gia-lap': profile() }): string {
  const root = mkdtempSync(join(tmpdir(), 'dhtt-content-'));
  temps.push(root);
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  write('content/plans/ke-hoach-gia-lap.mdx', PLAN);
  write('content/fields/linh-vuc-gia-lap.yaml', FIELD);
  write('content/movements/phong-trao-gia-lap.yaml', MOVEMENT);
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  for (const [slug, text] of Object.entries(profiles)) write(`content/profiles/${slug}/index.mdx`, text);
  return root;
}

const only = (problems: ContentProblem[]) => {
  expect(problems, formatProblems(problems)).toHaveLength(1);
  return problems[0]!;
};

/**
 * What must stay true of a content tree, whatever editors add: no published file has an error,
 * and every row of every plan appendix that the plan records has its profile (published or
 * draft), with the plan's row list as long as the appendix in the plan's shipped full text.
 */
function expectContentInvariants(root: string): void {
  const report = checkContent(root);
  expect(errorsOf(report), formatProblems(errorsOf(report))).toEqual([]);
  const claimed = new Set<string>();
  for (const slug of readdirSync(join(root, 'content/profiles'))) {
    const text = readFileSync(join(root, 'content/profiles', slug, 'index.mdx'), 'utf8');
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as { recognitions?: { plan: string; row: number }[] } | null;
    for (const r of data?.recognitions ?? []) claimed.add(`${r.plan}#${r.row}`);
  }
  let plansWithAppendix = 0;
  for (const file of readdirSync(join(root, 'content/plans'))) {
    const slug = file.replace(/\.mdx$/, '');
    const plan = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, 'content/plans', file), 'utf8'))?.[1] ?? '') as {
      appendixRows?: string[];
    };
    const inFullText = appendixRowCount(planFullText(root, slug) ?? '');
    if (inFullText !== undefined) expect(plan.appendixRows?.length, `${slug}: appendixRows vs the full text's appendix`).toBe(inFullText);
    if (!plan.appendixRows) continue;
    plansWithAppendix++;
    const missing = plan.appendixRows.map((_, i) => i + 1).filter((row) => !claimed.has(`${slug}#${row}`));
    expect(missing, `rows of ${slug}'s appendix with no profile`).toEqual([]);
  }
  expect(plansWithAppendix).toBeGreaterThan(0);
}

describe('content checker', () => {
  it('accepts every shipped content file, and every appendix row of the shipped plans has its profile', () => {
    expectContentInvariants(projectRoot);
  });

  it('stays green when an editor adds a profile (a temp copy with one more, synthetic, profile)', () => {
    const root = mkdtempSync(join(tmpdir(), 'dhtt-added-'));
    temps.push(root);
    for (const dir of ['content', 'public']) cpSync(join(projectRoot, dir), join(root, dir), { recursive: true });
    const some = readdirSync(join(root, 'content/profiles'))[0]!;
    const text = readFileSync(join(root, 'content/profiles', some, 'index.mdx'), 'utf8');
    // A second recognition would claim a used row: give the copy none of the original's rows, only
    // a plan without an appendix list, and a fresh slug.
    const plans = readdirSync(join(root, 'content/plans')).map((f) => f.replace(/\.mdx$/, ''));
    const free = plans.find((p) => !/^appendixRows:/m.test(readFileSync(join(root, 'content/plans', `${p}.mdx`), 'utf8')));
    expect(free, 'a shipped plan without an appendix list').toBeDefined();
    const synthetic = text
      .replace(/^title: .*$/m, 'title: "[Dữ liệu thử] Mô hình thêm vào bởi kiểm thử"')
      .replace(/^aliases:[\s\S]*?(?=^\w)/m, '')
      .replace(/(^recognitions:\n\s+- plan: )\S+/m, `$1${free}`)
      .replace(/(^recognitions:[\s\S]*?row: )\d+/m, '$1999');
    mkdirSync(join(root, 'content/profiles/du-lieu-thu-them-vao'));
    writeFileSync(join(root, 'content/profiles/du-lieu-thu-them-vao/index.mdx'), synthetic);
    const report = checkContent(root);
    expect(report.counts.profiles).toBe(readdirSync(join(projectRoot, 'content/profiles')).length + 1);
    expectContentInvariants(root);
  });

  it('accepts a minimal valid tree', () => {
    expect(checkContent(fixture()).problems).toEqual([]);
  });

  it('reports a missing required field with file, line and field, at the line where it belongs', () => {
    const text = profile({ unit: '' });
    const p = only(checkContent(fixture({ 'ho-so': text })).problems);
    expect(p.file).toBe('content/profiles/ho-so/index.mdx');
    expect(p.field).toBe('unit');
    expect(p.severity).toBe('error');
    expect(p.vi).toContain('thiếu trường bắt buộc "unit"');
    expect(p.vi).toContain('unit: …');
    expect(p.en).toContain('required field "unit" is missing');
    // Not the line of another field (the first key, "kind:"), but the end of the front matter.
    const closing = text.split('\n').findIndex((line, i) => i > 0 && line === '---') + 1;
    expect(p.line).toBe(closing);
  });

  it('reports a missing nested field inside its parent', () => {
    const text = profile({
      recognitions: `recognitions:
  - plan: ke-hoach-gia-lap
    year: 2024
    row: 1
    citation: Dòng phụ lục giả lập`,
    });
    const p = only(checkContent(fixture({ 'ho-so': text })).problems);
    expect(p.field).toBe('recognitions[0].form');
    expect(p.vi).toContain('"form: …"');
    expect(p.vi).toContain('"recognitions[0]"');
    expect(p.line).toBe(text.split('\n').findIndex((l) => l.includes('- plan: ke-hoach-gia-lap')) + 1);
  });

  it('reports a misspelt (unknown) field', () => {
    const p = only(checkContent(fixture({ 'ho-so': profile({ draft: 'drafft: true' }) })).problems);
    expect(p.vi).toContain('drafft');
    expect(p.en).toContain('unknown field');
  });

  it('reports an unknown field, movement and plan reference', () => {
    const problems = checkContent(
      fixture({
        'ho-so': profile({
          fields: 'fields: [linh-vuc-khong-co]',
          movement: 'movement: phong-trao-khong-co',
          sources: 'sources:\n  - title: Nguồn\n    plan: ke-hoach-khong-co',
        }),
      }),
    ).problems;
    const byField = Object.fromEntries(problems.map((p) => [p.field, p]));
    expect(Object.keys(byField).sort()).toEqual(['fields[0]', 'movement', 'sources[0].plan']);
    expect(byField['fields[0]']!.vi).toContain('không có lĩnh vực "linh-vuc-khong-co"');
    expect(byField['movement']!.en).toContain('unknown movement reference');
    expect(byField['sources[0].plan']!.en).toContain('unknown plan reference');
    expect(byField['fields[0]']!.line).toBe(7);
  });

  it('reports an unknown locality code and a name that does not match its code', () => {
    const unknown = checkContent(
      fixture({
        'ho-so': profile({
          locality: `locality:
  address: x
  province: { name: tỉnh Hòa Bình, code: "17" }
  commune: { name: phường Thái Bình, code: "99999" }`,
        }),
      }),
    ).problems;
    expect(unknown.map((p) => p.field)).toContain('locality.commune.code');
    const mismatch = checkContent(
      fixture({
        'ho-so': profile({
          locality: `locality:
  address: x
  province: { name: tỉnh Hà Giang, code: "17" }`,
        }),
      }),
    ).problems;
    expect(mismatch.map((p) => p.field)).toContain('locality.province.name');
  });

  it('checks a plan’s issuing locality against its codes', () => {
    const root = fixture();
    writeFileSync(
      join(root, 'content/plans/ke-hoach-gia-lap.mdx'),
      PLAN.replace('locality: { name: tỉnh Hòa Bình, province: "17" }', 'locality: { name: thành phố Hòa Bình, province: "17", district: "999" }'),
    );
    const p = only(checkContent(root).problems);
    expect(p.file).toBe('content/plans/ke-hoach-gia-lap.mdx');
    expect(p.field).toBe('locality.district');
  });

  it('matches place names whatever the accent style (Hoà/Hòa)', () => {
    const text = profile({
      locality: `locality:
  address: x
  province: { name: tỉnh Hoà Bình, code: "17" }`,
    });
    expect(checkContent(fixture({ 'ho-so': text })).problems).toEqual([]);
  });

  it('reports an alias that duplicates another profile slug, and a duplicate alias', () => {
    const problems = checkContent(
      fixture({
        'ho-so-a': profile({ aliases: 'aliases: [ho-so-b]' }),
        'ho-so-b': profile({
          aliases: 'aliases: [ten-cu, ten-cu]',
          recognitions: 'recognitions:\n  - { plan: ke-hoach-gia-lap, year: 2024, row: 2, form: x, citation: y }',
        }),
      }),
    ).problems;
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/profiles/ho-so-a/index.mdx aliases[0]',
      'content/profiles/ho-so-b/index.mdx aliases[1]',
    ]);
    expect(problems[0]!.vi).toContain('đã thuộc về hồ sơ "ho-so-b"');
  });

  it('reports two profiles claiming the same appendix row', () => {
    const p = only(checkContent(fixture({ 'ho-so-a': profile(), 'ho-so-b': profile() })).problems);
    expect(p.field).toBe('recognitions[0].row');
    expect(p.file).toBe('content/profiles/ho-so-b/index.mdx');
  });

  it('reports an invalid date', () => {
    const p = only(checkContent(fixture({ 'ho-so': profile({ updated: 'updated: 2026-02-30' }) })).problems);
    expect(p.field).toBe('updated');
    expect(p.vi).toContain('ngày không hợp lệ');
  });

  it('reports an image without alt text', () => {
    const p = only(
      checkContent(fixture({ 'ho-so': profile({ images: 'images:\n  - { src: ./anh.svg, credit: Tác giả }' }) })).problems,
    );
    expect(p.field).toBe('images[0].alt');
    expect(p.vi).toContain('thiếu trường bắt buộc');
  });

  it('reports an image file that does not exist', () => {
    const p = only(
      checkContent(
        fixture({ 'ho-so': profile({ images: 'images:\n  - { src: ./khong-co.jpg, alt: Ảnh giả lập, credit: Tác giả }' }) }),
      ).problems,
    );
    expect(p.field).toBe('images[0].src');
    expect(p.vi).toContain('không tìm thấy tệp ảnh "./khong-co.jpg"');
  });

  it('accepts an image that exists and has alt text', () => {
    const root = fixture({ 'ho-so': profile({ images: 'images:\n  - { src: ./anh.svg, alt: Ảnh giả lập, credit: Tác giả }' }) });
    writeFileSync(join(root, 'content/profiles/ho-so/anh.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>');
    expect(checkContent(root).problems).toEqual([]);
  });

  it("rejects body text off the site's style (d/m/yyyy, 'Hoà') outside quotations, naming the line", () => {
    const text = profile().replace('Nội dung giả lập.', 'Nội dung giả lập ngày 9/1/2021 ở Hoà Bình.\n\nTrích <q>ngày 9/1/2021 ở Hoà Bình</q>.');
    const problems = checkContent(fixture({ 'ho-so': text })).problems;
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p?.field).toBe('(nội dung)');
    expect(p?.vi).toContain('npm run content:normalize');
    expect(p?.line).toBeGreaterThan(1);
    expect(readLine(text, p?.line)).toContain('9/1/2021 ở Hoà Bình.');
  });

  it('rejects non-NFC text in a field and in the body, and says how to normalise', () => {
    const nfd = 'Đơn vị giả lập'.normalize('NFD');
    const text = profile({ unit: `unit: ${nfd}` }).replace('Nội dung giả lập.', 'Nội dung giả lập.'.normalize('NFD'));
    const problems = checkContent(fixture({ 'ho-so': text })).problems;
    expect(problems.map((p) => p.field)).toEqual(['unit', '(nội dung)']);
    for (const p of problems) expect(p.vi).toContain('npm run content:normalize');
  });

  it('never silently drops a profile: stray files and misnamed folders are reported', () => {
    const root = fixture();
    writeFileSync(join(root, 'content/profiles/lac-cho.mdx'), profile());
    mkdirSync(join(root, 'content/profiles/thieu-index'));
    writeFileSync(join(root, 'content/profiles/thieu-index/index.md'), profile());
    mkdirSync(join(root, 'content/profiles/Sai_Ten'));
    writeFileSync(join(root, 'content/profiles/Sai_Ten/index.mdx'), profile({ recognitions: 'recognitions:\n  - { plan: ke-hoach-gia-lap, year: 2024, row: 3, form: x, citation: y }' }));
    const problems = checkContent(root).problems;
    expect(problems.map((p) => p.file).sort()).toEqual([
      'content/profiles/Sai_Ten/index.mdx',
      'content/profiles/lac-cho.mdx',
      'content/profiles/thieu-index/',
    ]);
    expect(problems.find((p) => p.file === 'content/profiles/thieu-index/')!.vi).toContain('trong thư mục có: index.md');
    expect(problems.find((p) => p.file === 'content/profiles/Sai_Ten/index.mdx')!.vi).toContain('không dùng được làm đường dẫn');
  });

  it('reports YAML syntax errors with a line number and the field being typed', () => {
    const p = only(checkContent(fixture({ 'ho-so': profile({ title: 'title: [chưa đóng ngoặc' }) })).problems);
    expect(p.vi).toContain('lỗi cú pháp YAML');
    expect(p.field).toBe('title');
    expect(p.vi).toContain('ở trường "title"');
    expect(p.line).toBe(profile({ title: 'title: [chưa đóng ngoặc' }).split('\n').findIndex((l) => l.startsWith('title:')) + 1);
  });

  it('fails the build through the integration with the report and one line, no stack trace, before anything is written', () => {
    const root = fixture({ 'ho-so': profile({ fields: 'fields: [linh-vuc-khong-co]' }) });
    const marker = join(root, 'dist/index.html');
    mkdirSync(dirname(marker), { recursive: true });
    writeFileSync(marker, 'bản dựng trước');
    const hook = contentCheck().hooks['astro:config:setup'] as unknown as (o: object) => void;
    const logger = { info() {}, error() {}, warn() {} };
    let written = '';
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += String(chunk);
      return true;
    });
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    try {
      expect(() => hook({ config: { root: new URL(`file://${root}/`) }, command: 'build', logger })).toThrow('exit 1');
    } finally {
      write.mockRestore();
      exit.mockRestore();
    }
    expect(written).toMatch(/content\/profiles\/ho-so\/index\.mdx:\d+ — trường "fields\[0\]"/);
    expect(written).toContain(BUILD_STOPPED);
    expect(written).not.toMatch(/^\s+at /m);
    expect(written).not.toContain('astro:config:setup');
    expect(readFileSync(marker, 'utf8')).toBe('bản dựng trước');
  });

  it('lets the build go on past a draft, printing its problems as warnings', () => {
    const root = fixture({ 'ho-so': profile(), 'nhap': profile({ unit: '', draft: 'draft: true' }) });
    const hook = contentCheck().hooks['astro:config:setup'] as unknown as (o: object) => void;
    const warned: string[] = [];
    const logger = { info() {}, error() {}, warn: (m: string) => warned.push(m) };
    expect(() => hook({ config: { root: new URL(`file://${root}/`) }, command: 'build', logger })).not.toThrow();
    expect(warned.join('\n')).toContain('content/profiles/nhap/index.mdx');
  });
});

describe('drafts', () => {
  const BLANK_DRAFT = blankDraft();

  it('reports a blank draft’s problems as warnings, and a published profile’s as errors', () => {
    const report = checkContent(fixture({ 'ho-so': profile(), 'ban-nhap': BLANK_DRAFT }));
    expect(errorsOf(report)).toEqual([]);
    expect(warningsOf(report).length).toBeGreaterThan(0);
    expect(new Set(warningsOf(report).map((p) => p.file))).toEqual(new Set(['content/profiles/ban-nhap/index.mdx']));
    expect(report.counts.drafts).toBe(1);
    const published = checkContent(fixture({ 'ho-so': profile(), 'ban-nhap': BLANK_DRAFT.replace('draft: true', 'draft: false') }));
    expect(errorsOf(published).length).toBe(warningsOf(report).length);
    expect(formatProblems(report.problems)).toContain('cảnh báo');
  });

  it('knows a draft even when its front matter does not parse', () => {
    const broken = BLANK_DRAFT.replace('title: ""', 'title: [chưa đóng');
    const report = checkContent(fixture({ 'ho-so': profile(), 'ban-nhap': broken }));
    expect(errorsOf(report)).toEqual([]);
    expect(warningsOf(report)[0]!.vi).toContain('lỗi cú pháp YAML');
  });

  it('tells the draft, not the published profile, when both claim one appendix row', () => {
    const report = checkContent(fixture({ 'a-nhap': profile({ draft: 'draft: true' }), 'b-da-dang': profile() }));
    expect(errorsOf(report)).toEqual([]);
    expect(warningsOf(report).map((p) => `${p.file} ${p.field}`)).toEqual(['content/profiles/a-nhap/index.mdx recognitions[0].row']);
  });
});

describe('the body of an MDX file', () => {
  const withBody = (body: string) => profile().replace('Nội dung giả lập.\n', body);

  it('is compiled as the build compiles it: a stray { is reported with its line and how to write it', () => {
    const text = withBody('Dòng một.\n\nCâu có dấu { giữa chừng.\n');
    const p = only(checkContent(fixture({ 'ho-so': text })).problems);
    expect(p.severity).toBe('error');
    expect(p.line).toBe(text.split('\n').findIndex((l) => l.includes('dấu {')) + 1);
    expect(p.vi).toContain('\\{');
    expect(p.en).toContain('MDX body does not compile');
  });

  it('reports an unclosed tag and says to close it or write \\<', () => {
    const text = withBody('Đoạn văn.\n\n<div class="x">\n\nChữ.\n');
    const p = only(checkContent(fixture({ 'ho-so': text })).problems);
    expect(p.vi).toContain('</div>');
    expect(p.vi).toContain('\\<');
  });

  it('refuses import/export lines in a profile, which is text, not code', () => {
    const text = withBody('import x from "./y.js"\n\nChữ.\n');
    const p = only(checkContent(fixture({ 'ho-so': text })).problems);
    expect(p.field).toBe('(nội dung)');
    expect(p.vi).toContain('import');
  });

  it('reports a body error in a draft as a warning', () => {
    const text = withBody('Câu có dấu { giữa chừng.\n').replace('updated: 2026-01-01', 'updated: 2026-01-01\ndraft: true');
    const report = checkContent(fixture({ 'ho-so': text }));
    expect(errorsOf(report)).toEqual([]);
    expect(warningsOf(report)).toHaveLength(1);
  });
});

describe('the memo of checked files', () => {
  it('gives, for files it has seen, the problems and lines a fresh check gives', () => {
    const root = fixture({
      'ho-so-a': profile({ aliases: 'aliases: [ho-so-b]' }),
      'ho-so-b': profile().replace('Nội dung giả lập.\n', 'Dòng một.\n\nCâu có dấu { giữa chừng.\n'),
      'ho-so-c': profile(),
    });
    const fresh = checkContent(root, ContentMemo.none());
    expect(fresh.problems.length).toBeGreaterThanOrEqual(3);
    const first = checkContent(root);
    expect(existsSync(join(root, 'node_modules/.cache/content-check/memo.json'))).toBe(true);
    const second = checkContent(root);
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
  });

  it('keeps what the check learnt when the aliases are read, and reads them from it', () => {
    const root = fixture({ 'ho-so-a': profile({ aliases: 'aliases: [ho-so-cu]' }), 'ho-so-b': profile() });
    const memoFile = join(root, 'node_modules/.cache/content-check/memo.json');
    const keys = () => (JSON.parse(readFileSync(memoFile, 'utf8')) as [string, unknown][]).map(([k]) => k).sort();
    checkContent(root);
    const checked = keys();
    const aliases = readProfileAliases(root);
    expect(aliases.find((p) => p.slug === 'ho-so-a')?.aliases).toEqual(['ho-so-cu']);
    // The build reads the aliases after the check: the next build's check must still find its entries.
    expect(keys()).toEqual(checked);
    expect(readProfileAliases(root, ContentMemo.none())).toEqual(aliases);
  });

  it('checks a changed file afresh', () => {
    const root = fixture({ 'ho-so': profile().replace('Nội dung giả lập.\n', 'Câu có dấu { giữa chừng.\n') });
    expect(checkContent(root).problems).toHaveLength(1);
    writeFileSync(join(root, 'content/profiles/ho-so/index.mdx'), profile());
    expect(checkContent(root).problems).toEqual([]);
  });
});

describe('appendix rows', () => {
  const withRows = (root: string, rows: string[]) =>
    writeFileSync(
      join(root, 'content/plans/ke-hoach-gia-lap.mdx'),
      PLAN.replace('updated:', `appendixRows:\n${rows.map((r) => `  - "${r}"`).join('\n')}\nupdated:`),
    );

  it('refuses a row the plan does not have', () => {
    const root = fixture({ 'ho-so': profile({ recognitions: 'recognitions:\n  - { plan: ke-hoach-gia-lap, year: 2024, row: 3, form: x, citation: Dòng phụ lục giả lập }' }) });
    withRows(root, ['Dòng phụ lục giả lập', 'Dòng thứ hai']);
    const p = only(checkContent(root).problems);
    expect(p.field).toBe('recognitions[0].row');
    expect(p.vi).toContain('chỉ có 2 dòng');
  });

  it('refuses a citation that is not the row, word for word', () => {
    const root = fixture({ 'ho-so': profile({ recognitions: 'recognitions:\n  - { plan: ke-hoach-gia-lap, year: 2024, row: 2, form: x, citation: Dòng phụ lục giả lập }' }) });
    withRows(root, ['Dòng phụ lục giả lập', 'Dòng thứ hai']);
    const p = only(checkContent(root).problems);
    expect(p.field).toBe('recognitions[0].citation');
    expect(p.vi).toContain('“Dòng thứ hai”');
  });

  it('accepts a row within the appendix whose citation matches', () => {
    const root = fixture();
    withRows(root, ['Dòng phụ lục giả lập']);
    expect(checkContent(root).problems).toEqual([]);
  });
});

describe('spread records', () => {
  it('checks where a model spread: the locality against the gazetteer, the source required and its references', () => {
    const spread = (locality: string, source: string) =>
      profile({
        extra: `replications:
  - kind: ap-dung
    units: Hợp tác xã giả lập
    locality:
${locality}
    date: { year: 2024 }
${source}
stages:
  - stage: tong-ket
    source: { title: Báo cáo giả lập, plan: ke-hoach-khong-co }`,
      });
    const valid = '      province: { name: tỉnh Hòa Bình, code: "17" }';
    const problems = checkContent(
      fixture({ 'ho-so': spread('      province: { name: tỉnh Hà Giang, code: "17" }', '    source: { title: Nguồn giả lập }') }),
    ).problems;
    const mismatch = problems.find((p) => p.field === 'replications[0].locality.province.name');
    expect(mismatch, formatProblems(problems)).toBeDefined();
    expect(mismatch?.line).toBeGreaterThan(1);
    expect(problems.map((p) => p.field)).toContain('stages[0].source.plan');
    const noSource = checkContent(fixture({ 'ho-so': spread(valid, '') })).problems;
    expect(noSource.map((p) => p.field).join(' ')).toMatch(/replications.*0.*source/);
  });
});

/** Line `n` (1-based) of a text. */
function readLine(text: string, n: number | undefined): string {
  return text.split('\n')[(n ?? 0) - 1] ?? '';
}

/**
 * The content checker accepts the shipped content and rejects each kind of bad input with a message
 * that names the file, the field and the problem. Fixtures are synthetic and written to a temp folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblems, type ContentProblem } from '../../src/lib/content-check.ts';
import contentCheck from '../../src/integrations/content-check.ts';

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

describe('content checker', () => {
  it('accepts every shipped content file', () => {
    const report = checkContent(projectRoot);
    expect(report.problems, formatProblems(report.problems)).toEqual([]);
    expect(report.counts.profiles).toBe(47);
    expect(report.counts.plans).toBe(4);
  });

  it('accepts a minimal valid tree', () => {
    expect(checkContent(fixture()).problems).toEqual([]);
  });

  it('reports a missing required field with file, line and field', () => {
    const p = only(checkContent(fixture({ 'ho-so': profile({ unit: '' }) })).problems);
    expect(p.file).toBe('content/profiles/ho-so/index.mdx');
    expect(p.field).toBe('unit');
    expect(p.vi).toContain('thiếu trường bắt buộc');
    expect(p.en).toContain('required field is missing');
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
        fixture({ 'ho-so': profile({ images: 'images:\n  - { src: ./khong-co.jpg, alt: Ảnh, credit: Tác giả }' }) }),
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

  it('reports YAML syntax errors with a line number', () => {
    const p = only(checkContent(fixture({ 'ho-so': profile({ title: 'title: [chưa đóng ngoặc' }) })).problems);
    expect(p.vi).toContain('lỗi cú pháp YAML');
    expect(p.line).toBeGreaterThan(1);
  });

  it('fails the build through the integration, naming file and field, before anything is written', () => {
    const root = fixture({ 'ho-so': profile({ fields: 'fields: [linh-vuc-khong-co]' }) });
    const marker = join(root, 'dist/index.html');
    mkdirSync(dirname(marker), { recursive: true });
    writeFileSync(marker, 'bản dựng trước');
    const hook = contentCheck().hooks['astro:config:setup'] as unknown as (o: object) => void;
    const logger = { info() {}, error() {}, warn() {} };
    expect(() => hook({ config: { root: new URL(`file://${root}/`) }, command: 'build', logger })).toThrow(
      /content\/profiles\/ho-so\/index\.mdx:\d+ — trường "fields\[0\]"/,
    );
    expect(readFileSync(marker, 'utf8')).toBe('bản dựng trước');
  });
});

/** Line `n` (1-based) of a text. */
function readLine(text: string, n: number | undefined): string {
  return text.split('\n')[(n ?? 0) - 1] ?? '';
}

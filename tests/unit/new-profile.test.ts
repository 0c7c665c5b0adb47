/**
 * npm run new: creates a draft inside content/profiles/ only, and refuses (writing nothing
 * anywhere) a name that is a path, breaks the slug rules, or is already taken.
 * Runs the real tool in a temporary project folder; content/ of the repository is never touched.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const TOOL = resolve(import.meta.dirname, '../../tools/new-profile.ts');
const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A sandbox: outer/a/b/project with content/profiles holding one profile that has an alias. */
function sandbox() {
  const outer = mkdtempSync(join(tmpdir(), 'dhtt-new-'));
  temps.push(outer);
  const project = join(outer, 'a', 'b', 'project');
  const existing = join(project, 'content/profiles/mo-hinh-co-san');
  mkdirSync(existing, { recursive: true });
  writeFileSync(join(existing, 'index.mdx'), '---\ntitle: Hồ sơ giả lập\naliases:\n  - ten-cu-gia-lap\n---\n');
  return { outer, project };
}

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

function run(cwd: string, args: string[], input?: string) {
  // process.execPath is the project's Node 24 (npm scripts put node_modules/.bin first).
  return spawnSync(process.execPath, [TOOL, ...args], { cwd, encoding: 'utf8', input: input ?? '', stdio: ['pipe', 'pipe', 'pipe'] });
}

describe('npm run new', () => {
  it.each([
    ['../../../x-test'],
    ['../escape'],
    ['a/b'],
    ['/tmp/x-test'],
    ['Ca_Long'],
    ['Có-Dấu'],
    ['hai--gach'],
  ])('refuses the slug %j with a Vietnamese and English message and writes nothing anywhere', (slug) => {
    const { outer, project } = sandbox();
    const before = listAll(outer);
    const r = run(project, ['Thử', slug]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/không|Không/);
    expect(r.stderr).toMatch(/nothing was written|slug|path/);
    expect(listAll(outer)).toEqual(before);
  });

  it('refuses a title-derived or given slug that is a folder or an alias of another profile', () => {
    const { outer, project } = sandbox();
    const before = listAll(outer);
    for (const args of [['Mô hình có sẵn'], ['Khác', 'ten-cu-gia-lap'], ['--title', 'Khác', '--slug', 'mo-hinh-co-san']]) {
      const r = run(project, args);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('đã được dùng');
    }
    expect(listAll(outer)).toEqual(before);
  });

  it('creates a draft from flags, with the title NFC and the slug computed from it', () => {
    const { project } = sandbox();
    const title = 'Nuôi ong lấy mật "rừng" — Đồng Tâm'.normalize('NFD');
    const r = run(project, ['--title', title, '--subject', 'ca-nhan', '--plan', 'ke-hoach-gia-lap', '--field', 'linh-vuc-gia-lap']);
    expect(r.status, r.stderr).toBe(0);
    const file = join(project, 'content/profiles/nuoi-ong-lay-mat-rung-dong-tam/index.mdx');
    const text = readFileSync(file, 'utf8');
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
    expect(data.title).toBe(title.normalize('NFC'));
    expect(data.draft).toBe(true);
    expect(data.subject).toBe('ca-nhan');
    expect(data.fields).toEqual(['linh-vuc-gia-lap']);
    expect((data.recognitions as { plan: string }[])[0]?.plan).toBe('ke-hoach-gia-lap');
  });

  it('refuses an unknown kind or subject before writing', () => {
    const { outer, project } = sandbox();
    const before = listAll(outer);
    expect(run(project, ['--title', 'Khác', '--kind', 'khac']).status).toBe(2);
    expect(run(project, ['--title', 'Khác', '--subject', 'ca_nhan']).status).toBe(2);
    expect(run(project, ['--title', 'Khác', '--plan', '../x']).status).toBe(2);
    expect(listAll(outer)).toEqual(before);
  });

  it('asks for each value in turn (--interactive, as in a terminal), and stops cleanly at end of input', () => {
    const { outer, project } = sandbox();
    const r = run(project, ['--interactive'], 'Vườn rau giả lập\n\ndien-hinh\nca-nhan\nGiả Văn Lập\nke-hoach-gia-lap\nnong-thon-moi\n');
    expect(r.status, r.stderr).toBe(0);
    const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(project, 'content/profiles/vuon-rau-gia-lap/index.mdx'), 'utf8'))?.[1] ?? '') as Record<string, unknown>;
    expect(data).toMatchObject({ title: 'Vườn rau giả lập', kind: 'dien-hinh', subject: 'ca-nhan', unit: 'Giả Văn Lập', fields: ['nong-thon-moi'], draft: true });
    const before = listAll(outer);
    const cancelled = run(project, ['--interactive'], 'Chưa xong\n');
    expect(cancelled.status).toBe(130);
    expect(cancelled.stderr).toContain('không có tệp nào được ghi');
    expect(listAll(outer)).toEqual(before);
  });
});


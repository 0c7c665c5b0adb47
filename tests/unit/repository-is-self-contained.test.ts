/**
 * The repository builds, tests and runs from a clone alone: nothing reads the sibling folder the
 * project's sources were first copied from, and the gazetteer tool regenerates its output from the
 * vendored upstream data in a copy of the project that has nothing beside it.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../support/fixture-site.ts';
import { ROOT } from '../support/paths.ts';

const CODE = /\.(ts|mjs|js|astro|json)$/;
// Built from parts so that this file does not match itself.
const SIBLING = ['..', 'shared'].join('/');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.') || e.name === 'dist') return [];
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

describe('the repository', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'dhtt-alone-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('has no code, config or test that reads the sibling shared folder', () => {
    const files = [...walk(path.join(ROOT, 'src')), ...walk(path.join(ROOT, 'tools')), ...walk(path.join(ROOT, 'tests'))]
      .concat(['astro.config.mjs', 'package.json', 'vitest.config.ts'].map((f) => path.join(ROOT, f)))
      .filter((f) => CODE.test(f) && statSync(f).size < 2_000_000);
    const hits = files.filter((f) => readFileSync(f, 'utf8').includes(SIBLING)).map((f) => path.relative(ROOT, f));
    expect(hits).toEqual([]);
  });

  it('regenerates the gazetteer from its vendored data in a copy with nothing beside it', async () => {
    const root = path.join(tmp, 'alone', 'project');
    mkdirSync(root, { recursive: true });
    for (const entry of ['src', 'tools', 'package.json']) cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    const out = path.join(tmp, 'localities.json');
    const { code, log } = await run(process.execPath, ['tools/build-localities.ts', 'src/data/upstream', out], root, 120_000);
    expect(code, log).toBe(0);
    expect(readFileSync(out).equals(readFileSync(path.join(ROOT, 'src/data/localities.json')))).toBe(true);
  });

  it('says in Vietnamese, without a stack trace, when the gazetteer data is missing, and writes nothing', async () => {
    const out = path.join(tmp, 'never-written.json');
    const { code, log } = await run(process.execPath, ['tools/build-localities.ts', path.join(tmp, 'khong-co'), out], ROOT, 60_000);
    expect(code).toBe(1);
    expect(log).toContain('Không tạo được danh mục đơn vị hành chính; chưa ghi gì');
    expect(log).not.toMatch(/^\s+at /m);
    expect(() => statSync(out)).toThrow();
  });
});

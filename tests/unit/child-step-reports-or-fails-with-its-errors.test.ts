/**
 * A build step run in a process of its own (src/lib/build/child-step.ts): its JSON report comes
 * back to the build; its failure fails the build with the step's own error output, never silently.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runChildStep } from '../../src/lib/build/child-step.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'child-step-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CHILD_STEP = path.resolve('src/lib/build/child-step.ts');

function script(name: string, body: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, `import { childStepMain } from ${JSON.stringify(CHILD_STEP)};\n${body}\n`);
  return file;
}

describe('runChildStep', () => {
  it('resolves with the report the step prints', async () => {
    const file = script('ok.mts', 'await childStepMain(() => ({ files: Number(process.argv[2]) * 2 }));');
    await expect(runChildStep(file, ['21'], 'test step')).resolves.toEqual({ files: 42 });
  });

  it('rejects with the step’s name, exit code and error when the step throws', async () => {
    const file = script('fails.mts', "await childStepMain(() => { throw new Error('tệp hỏng / broken file'); });");
    await expect(runChildStep(file, [], 'Bước thử / test step')).rejects.toThrow(/Bước thử \/ test step: thất bại \/ failed \(exit 1\):\n[\s\S]*tệp hỏng \/ broken file/);
  });

  it('rejects when the step dies without a report', async () => {
    const file = script('dies.mts', 'process.exit(3);');
    await expect(runChildStep(file, [], 'test step')).rejects.toThrow(/exit 3/);
  });
});

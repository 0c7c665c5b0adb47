/** Whole-folder comparisons for tests that say "byte-identical". */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under dir, as a POSIX path relative to it. */
export function treeFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? treeFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** path → sha256 of every file under dir, in path order. */
export function treeDigests(dir: string): Map<string, string> {
  return new Map(treeFiles(dir).sort().map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]));
}

/** The files whose bytes differ, or that only one of the two folders has. */
export function treeDifferences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}

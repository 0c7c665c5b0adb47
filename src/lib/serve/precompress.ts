/**
 * Precompressed siblings for nginx's gzip_static: "app.css" → "app.css.gz", for every text file
 * the serving rules precompress (src/lib/serve/rules.ts isPrecompressed: not the pages and oEmbed
 * documents, which nginx compresses on the fly) large enough to gain. Maximum compression, done once at
 * build time instead of on every request; the output is the same for the same input (no name, no
 * time in the gzip header), so the build stays reproducible.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { isPrecompressed } from './rules.ts';

/** Smaller files are sent as they are (nginx's gzip_min_length, src/lib/serve/nginx.ts). */
export const MIN_BYTES = 256;

/** Every file under `dir`, as paths relative to it with "/" separators, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export interface PrecompressReport {
  files: number;
  bytes: number;
  gzipBytes: number;
  /** Of `files`, how many were taken from the previous build or the store (same bytes) instead of compressed again. */
  reused: number;
}

/** Link `from` to `to` (replacing it), or copy where links cannot be made. */
function place(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * A folder of .gz files named by the sha256 of the bytes they compress, kept between builds: a
 * file whose path changes but not its bytes (the quick search index lives under a folder named by
 * the hash of the whole index, so one changed profile renames its ~10,000 small files) is not
 * compressed again. A file that does not gain from compression is remembered by an empty entry.
 * Entries this build did not use are removed, so the store never outgrows the site.
 */
class GzipStore {
  private readonly used = new Set<string>();
  private readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
  }
  /** The stored .gz of `data`: its path, '' when compression does not gain, or undefined when unknown. */
  get(data: Buffer): { key: string; gz: string | undefined } {
    const key = createHash('sha256').update(data).digest('base64url');
    const file = join(this.dir, key);
    this.used.add(key);
    if (!existsSync(file)) return { key, gz: undefined };
    return { key, gz: statSync(file).size === 0 ? '' : file };
  }
  /** Keep `gz` (null: no gain) as the compression of the bytes of `key`; returns the stored file. */
  set(key: string, gz: Buffer | null): string {
    const file = join(this.dir, key);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, gz ?? '');
    renameSync(temp, file);
    return file;
  }
  prune(): void {
    for (const name of readdirSync(this.dir)) if (!this.used.has(name)) rmSync(join(this.dir, name), { force: true });
  }
}

/** The previous build's .gz of `rel` when the file is byte-identical to `data` there; else null. */
function previousGzip(previous: string | undefined, rel: string, data: Buffer): string | null {
  if (!previous) return null;
  const before = join(previous, rel);
  const gz = `${before}.gz`;
  if (!existsSync(gz) || !existsSync(before) || statSync(before).size !== data.length) return null;
  return readFileSync(before).equals(data) ? gz : null;
}

/**
 * Write a .gz next to every precompressed file of `dir` that it makes smaller; replaces stale ones.
 * With `previous` (the last good build, which is not changed), a file whose bytes are the same
 * there gets that build's .gz, linked rather than compressed again: compression is the same
 * function of the same bytes, so the result is the one a cold build writes. With `store` (a
 * folder kept between builds, GzipStore), the same holds for a file whose bytes were compressed
 * by an earlier build under any path.
 */
export function precompress(dir: string, { previous, store }: { previous?: string; store?: string } = {}): PrecompressReport {
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, reused: 0 };
  const gzipStore = store ? new GzipStore(store) : undefined;
  for (const rel of listFiles(dir)) {
    if (rel.endsWith('.gz') || !isPrecompressed(rel)) continue;
    const file = join(dir, rel);
    if (statSync(file).size < MIN_BYTES) continue;
    const data = readFileSync(file);
    const stored = gzipStore?.get(data);
    if (stored?.gz === '') continue;
    const reuse = stored?.gz ?? previousGzip(previous, rel, data);
    if (reuse) {
      place(reuse, `${file}.gz`);
      report.files += 1;
      report.reused += 1;
      report.bytes += data.length;
      report.gzipBytes += statSync(reuse).size;
      continue;
    }
    const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
    const gains = gz.length < data.length;
    if (stored) {
      const kept = gzipStore!.set(stored.key, gains ? gz : null);
      if (!gains) continue;
      place(kept, `${file}.gz`);
    } else {
      if (!gains) continue;
      writeFileSync(`${file}.gz`, gz);
    }
    report.files += 1;
    report.bytes += data.length;
    report.gzipBytes += gz.length;
  }
  gzipStore?.prune();
  return report;
}

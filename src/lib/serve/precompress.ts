/**
 * Precompressed siblings for nginx's gzip_static: "app.css" → "app.css.gz", for every text file
 * the serving rules precompress (src/lib/serve/rules.ts isPrecompressed: not the pages and oEmbed
 * documents, which nginx compresses on the fly) large enough to gain. Maximum compression, done once at
 * build time instead of on every request; the output is the same for the same input (no name, no
 * time in the gzip header), so the build stays reproducible.
 */
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
  /** Of `files`, how many were taken from the previous build (same bytes) instead of compressed again. */
  reused: number;
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
 * function of the same bytes, so the result is the one a cold build writes.
 */
export function precompress(dir: string, { previous }: { previous?: string } = {}): PrecompressReport {
  const report: PrecompressReport = { files: 0, bytes: 0, gzipBytes: 0, reused: 0 };
  for (const rel of listFiles(dir)) {
    if (rel.endsWith('.gz') || !isPrecompressed(rel)) continue;
    const file = join(dir, rel);
    if (statSync(file).size < MIN_BYTES) continue;
    const data = readFileSync(file);
    const reuse = previousGzip(previous, rel, data);
    if (reuse) {
      try {
        linkSync(reuse, `${file}.gz`);
      } catch {
        copyFileSync(reuse, `${file}.gz`);
      }
      report.files += 1;
      report.reused += 1;
      report.bytes += data.length;
      report.gzipBytes += statSync(reuse).size;
      continue;
    }
    const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
    if (gz.length >= data.length) continue;
    writeFileSync(`${file}.gz`, gz);
    report.files += 1;
    report.bytes += data.length;
    report.gzipBytes += gz.length;
  }
  return report;
}

/**
 * The serving files of a build, written into dist/ after every other build step:
 *   dist/_nginx/server.conf, dist/_nginx/http.conf (nginx includes, src/lib/serve/nginx.ts),
 *   dist/_headers (Netlify, Cloudflare Pages, src/lib/serve/static-hosts.ts),
 *   a .gz sibling for each shared text file (src/lib/serve/precompress.ts; pages are gzipped on the fly).
 * The CSP hashes come from the built HTML (src/lib/serve/inline.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inlineHashes, type PageScan } from './inline.ts';
import { writeFileAtomic } from '../files.ts';
import { HTTP_INCLUDE, NGINX_DIR, SERVER_INCLUDE, httpInclude, serverInclude } from './nginx.ts';
import { listFiles, precompress, type PrecompressReport } from './precompress.ts';
import type { InlineHashes } from './rules.ts';
import { CLOUDFLARE_MAX_RULES, headersFile } from './static-hosts.ts';

export interface ServeReport {
  inline: InlineHashes;
  headerRules: number;
  compressed: PrecompressReport;
  warnings: string[];
}

export interface ServeOptions {
  /** The last good build: its .gz files are reused for files that have not changed. */
  previous?: string;
  /** A file where the CSP scan of each page is kept between builds, by the page's hash. */
  scanMemoFile?: string;
  /**
   * A folder where the .gz files are kept between builds by the hash of the bytes they compress
   * (precompress.ts); by default `gzip/` beside `scanMemoFile`, in the build's cache folder.
   */
  gzipStore?: string;
}

function readScans(file: string): Map<string, PageScan> {
  try {
    return new Map(existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as [string, PageScan][]) : []);
  } catch {
    return new Map();
  }
}

function writeScans(file: string, scans: Map<string, PageScan>): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic(file, JSON.stringify([...scans]));
}

const gzipStoreOf = (options: ServeOptions): string | undefined =>
  options.gzipStore ?? (options.scanMemoFile ? join(dirname(options.scanMemoFile), 'gzip') : undefined);

export function writeServeFiles(dist: string, options: ServeOptions = {}): ServeReport {
  const files = listFiles(dist).filter((f) => !f.endsWith('.gz'));
  const htmlFiles = files.filter((f) => f.endsWith('.html')).map((f) => join(dist, f));
  let inline: InlineHashes;
  if (options.scanMemoFile) {
    const before = readScans(options.scanMemoFile);
    // This build's pages only, so the memo never outgrows the site.
    const scans = new Map<string, PageScan>();
    inline = inlineHashes(htmlFiles, {
      get: (key) => {
        const scan = scans.get(key) ?? before.get(key);
        if (scan) scans.set(key, scan);
        return scan;
      },
      set: (key, scan) => scans.set(key, scan),
    });
    writeScans(options.scanMemoFile, scans);
  } else {
    inline = inlineHashes(htmlFiles);
  }
  mkdirSync(join(dist, NGINX_DIR), { recursive: true });
  writeFileSync(join(dist, SERVER_INCLUDE), serverInclude(inline));
  writeFileSync(join(dist, HTTP_INCLUDE), httpInclude());
  const headers = headersFile(files, inline);
  writeFileSync(join(dist, '_headers'), headers.text);
  const warnings: string[] = [];
  if (headers.rules > CLOUDFLARE_MAX_RULES) {
    warnings.push(`_headers có ${headers.rules} quy tắc, Cloudflare Pages chỉ đọc ${CLOUDFLARE_MAX_RULES} / _headers has ${headers.rules} rules, Cloudflare Pages reads ${CLOUDFLARE_MAX_RULES}`);
  }
  const attrs = inline.scriptAttributes.length + inline.styleAttributes.length;
  if (attrs > 0) {
    warnings.push(
      `${attrs} thuộc tính on…="" / style="" trong HTML: CSP phải cho phép bằng 'unsafe-hashes'; nên dùng class và tệp .js / ` +
        `${attrs} inline event handler or style attribute(s) need 'unsafe-hashes' in the CSP; prefer classes and script files`,
    );
  }
  return { inline, headerRules: headers.rules, compressed: precompress(dist, { previous: options.previous, store: gzipStoreOf(options) }), warnings };
}

/**
 * Builds the search index after the pages: reads the search records the build wrote
 * (dist/tim-kiem/ban-ghi.json), indexes them with Pagefind's Node API into dist/pagefind/, and
 * removes the records file. `astro build` alone produces the whole site, index included.
 *
 * Records rather than the built pages are indexed so that only profile content is searched (no
 * navigation, footer or boilerplate), with title and unit weighted above body text, each facet a
 * Pagefind filter with a stable value, and the folded forms of đ-words alongside (src/lib/search).
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { recordHtml, searchRecordsSchema, type SearchRecord } from '../lib/search/record.ts';

/** Where the build leaves the records, relative to the output folder. */
export const RECORDS_FILE = 'tim-kiem/ban-ghi.json';
export const INDEX_DIR = 'pagefind';
/** The search page, relative to the output folder. */
export const SEARCH_PAGE = 'tim-kiem/index.html';

/**
 * Pagefind writes its ready-made UIs too; the site has its own, so these are not shipped. Nor is
 * the worker: the search page runs Pagefind on the main thread (src/scripts/search/pagefind.ts).
 */
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)$/;

export interface IndexReport {
  pages: number;
  files: number;
  bytes: number;
}

/** Read and check the records file; errors name the record and the field. */
export function readRecords(file: string): SearchRecord[] {
  if (!existsSync(file)) {
    throw new Error(`${file} không tồn tại: trang src/pages/tim-kiem/ban-ghi.json.ts chưa được dựng / search records not found`);
  }
  const parsed = searchRecordsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${file}: bản ghi tìm kiếm không hợp lệ / invalid search records:\n${issues}`);
  }
  return parsed.data;
}

/** Index the records into `outputPath` (replacing what is there) and report its size. */
export async function writeSearchIndex(
  records: readonly SearchRecord[],
  outputPath: string,
  // One record at a time: handing Pagefind's service more at once made indexing no faster and its
  // memory larger (tools/bench-search.ts --concurrency).
  { concurrency = 1 }: { concurrency?: number } = {},
): Promise<IndexReport> {
  // One language for the whole site: Pagefind then uses no stemmer, which suits Vietnamese.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: không tạo được chỉ mục / could not create an index: ${errors.join('; ')}`);
  try {
    const problems: string[] = [];
    for (let i = 0; i < records.length; i += concurrency) {
      const batch = records.slice(i, i + concurrency);
      const responses = await Promise.all(batch.map((r) => index.addHTMLFile({ url: r.url, content: recordHtml(r) })));
      responses.forEach((res, j) => {
        if (res.errors.length > 0) problems.push(`${batch[j]?.url}: ${res.errors.join('; ')}`);
      });
    }
    if (problems.length > 0) throw new Error(`Pagefind: lỗi khi lập chỉ mục / indexing failed:\n${problems.join('\n')}`);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: không ghi được chỉ mục / could not write the index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
  for (const name of readdirSync(outputPath)) if (UNUSED.test(name)) rmSync(join(outputPath, name));
  const { files, bytes } = folderSize(outputPath);
  return { pages: records.length, files, bytes };
}

const PRELOAD = /<link [^>]*data-pagefind-preload[^>]*>/g;

/**
 * Let the search page fetch the index's metadata and search engine while it is still parsing,
 * instead of only once its script asks for them: their names hold a hash known only after
 * indexing, so the links are written into the built page here (replacing any from an earlier run).
 */
export function preloadSearchIndex(siteDir: string): string[] {
  const page = join(siteDir, SEARCH_PAGE);
  const names = readdirSync(join(siteDir, INDEX_DIR)).filter((n) => /\.pf_meta$/.test(n) || /^wasm\..+\.pagefind$/.test(n));
  const links = names.map((n) => `<link rel="preload" href="/${INDEX_DIR}/${n}" as="fetch" crossorigin data-pagefind-preload>`);
  const html = readFileSync(page, 'utf8').replace(PRELOAD, '');
  if (!html.includes('</head>')) throw new Error(`${page}: no </head> to add the index preloads to`);
  writeFileSync(page, html.replace('</head>', `${links.join('')}</head>`));
  return names;
}

export function folderSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = folderSize(full);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files += 1;
      bytes += statSync(full).size;
    }
  }
  return { files, bytes };
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const recordsFile = join(out, RECORDS_FILE);
        const records = readRecords(recordsFile);
        const report = await writeSearchIndex(records, join(out, INDEX_DIR));
        rmSync(recordsFile);
        preloadSearchIndex(out);
        logger.info(
          `${report.pages} hồ sơ đã lập chỉ mục tìm kiếm: ${INDEX_DIR}/, ${report.files} tệp, ${Math.round(report.bytes / 1024)} KB`,
        );
      },
    },
  };
}

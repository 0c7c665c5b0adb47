/**
 * Builds the search index after the pages: reads the search records the build wrote
 * (dist/tim-kiem/ban-ghi.json), indexes them with Pagefind's Node API into dist/pagefind/, and
 * removes the records file. `astro build` alone produces the whole site, index included.
 *
 * Records rather than the built pages are indexed so that only profile content is searched (no
 * navigation, footer or boilerplate), with title and unit weighted above body text, each facet a
 * Pagefind filter with a stable value, and the folded forms of đ-words alongside (src/lib/search).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { quickStartScript, type QuickIndexRef } from '../lib/search/quick.ts';
import { buildQuickIndex } from '../lib/search/quick-build.ts';
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

/** Where the quick index goes (src/lib/search/quick.ts), relative to the output folder. */
export const QUICK_DIR = 'tim-kiem/nhanh';

/** The search page's client configuration: a JSON script the page's script reads. */
const CONFIG_SCRIPT = /(<script type="application\/json" id="cau-hinh-tim-kiem">)([\s\S]*?)(<\/script>)/;

/** Write the quick index of the records under `siteDir` (replacing an earlier one) and say where it is. */
export function writeQuickIndex(records: readonly SearchRecord[], siteDir: string): QuickIndexRef & { files: number; bytes: number } {
  const { hash, buckets, files } = buildQuickIndex(records);
  const root = join(siteDir, QUICK_DIR);
  rmSync(root, { recursive: true, force: true });
  let bytes = 0;
  for (const [path, text] of files) {
    const file = join(root, hash, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { base: `/${QUICK_DIR}/${hash}/`, buckets, files: files.size, bytes };
}

const START_SCRIPT = /<script data-quick-start>[\s\S]*?<\/script>/;
const CHARSET = '<meta charset="utf-8">';

/**
 * Tell the built search page where the quick index is: its folder name holds a hash known only
 * after indexing, so it is written into the page's configuration here, and so is the head script
 * that starts the quick search of the words in the URL (placed before the stylesheets, which would
 * otherwise hold it back). Nothing of Pagefind's is preloaded: the first results come from the
 * quick index, and Pagefind is fetched after them.
 */
export function linkSearchIndex(siteDir: string, quick: QuickIndexRef): void {
  const page = join(siteDir, SEARCH_PAGE);
  let html = readFileSync(page, 'utf8').replace(START_SCRIPT, '');
  if (!html.includes(CHARSET)) throw new Error(`${page}: không thấy ${CHARSET} / no ${CHARSET} to put the quick search script after`);
  // A function, not a string, as the replacement: the script's own "$" characters stay as written.
  const script = `<script data-quick-start>${quickStartScript(quick)}</script>`;
  html = html.replace(CHARSET, () => `${CHARSET}${script}`);
  const match = CONFIG_SCRIPT.exec(html);
  if (!match) throw new Error(`${page}: không thấy cấu hình tìm kiếm / no #cau-hinh-tim-kiem script`);
  const config = JSON.parse(match[2] ?? '{}') as Record<string, unknown>;
  config.quick = { base: quick.base, buckets: quick.buckets } satisfies QuickIndexRef;
  // "<" escaped, as Astro writes it, so the JSON can never close the script element.
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  writeFileSync(page, html.replace(CONFIG_SCRIPT, (_all, open: string, _old: string, close: string) => `${open}${json}${close}`));
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
        const quick = writeQuickIndex(records, out);
        rmSync(recordsFile);
        linkSearchIndex(out, quick);
        logger.info(
          `${report.pages} hồ sơ đã lập chỉ mục tìm kiếm: ${INDEX_DIR}/, ${report.files} tệp, ${Math.round(report.bytes / 1024)} KB; ` +
            `chỉ mục nhanh ${quick.base}: ${quick.files} tệp, ${Math.round(quick.bytes / 1024)} KB`,
        );
      },
    },
  };
}

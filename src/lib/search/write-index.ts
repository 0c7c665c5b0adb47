/**
 * The search step of a build, after the pages: reads the search records the build wrote
 * (tim-kiem/ban-ghi/*.json), writes the quick index (quick-build.ts) and Pagefind's index in
 * bundles (bundles.ts), tells the search page where they are, and removes the records.
 *
 * Records rather than the built pages are indexed so that only profile content is searched (no
 * navigation, footer or boilerplate), with title and unit weighted above body text, each facet a
 * Pagefind filter with a stable value, and the folded forms of đ-words alongside (record.ts).
 *
 * A bundle's Pagefind output is kept in a cache folder under the content hash of its records'
 * documents (and Pagefind's version): a bundle whose records did not change since an earlier build
 * is copied from there instead of being indexed again.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { BUNDLE_FILTER, bundleFolder, bundlePaths, bundleSizeFor, planBundles } from './bundles.ts';
import { quickStartScript, type QuickIndexRef } from './quick.ts';
import { buildQuickIndex } from './quick-build.ts';
import { recordHtml, searchRecordsSchema, type SearchRecord } from './record.ts';

/** Where the build leaves the records, relative to the output folder: files 1.json, 2.json, … */
export const RECORDS_DIR = 'tim-kiem/ban-ghi';
/** The search page, relative to the output folder. */
export const SEARCH_PAGE = 'tim-kiem/index.html';
/** Where the quick index goes (quick.ts), relative to the output folder. */
export const QUICK_DIR = 'tim-kiem/nhanh';
/** One language for the whole site: Pagefind then uses no stemmer, which suits Vietnamese. */
const LANGUAGE = 'vi';

/**
 * Pagefind writes its ready-made UIs too; the site has its own, so these are not shipped. Nor is
 * the worker: the search page runs Pagefind on the main thread (src/scripts/search/pagefind.ts).
 */
const UNUSED = /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)$/;
/**
 * The script and WebAssembly of a bundle: the search page loads them from the first bundle only,
 * and the bundles merged into it use the first one's (Pagefind's mergeIndex).
 */
const FIRST_BUNDLE_ONLY = /^(?:pagefind\.js|wasm\..*\.pagefind)$/;

export interface IndexReport {
  pages: number;
  files: number;
  bytes: number;
}

/** Read and check the records files; errors name the file, the record and the field. */
export function readRecords(dir: string): SearchRecord[] {
  if (!existsSync(dir)) {
    throw new Error(`${dir} không tồn tại: trang src/pages/tim-kiem/ban-ghi/[phan].json.ts chưa được dựng / search records not found`);
  }
  const files = readdirSync(dir)
    .filter((f) => /^\d+\.json$/.test(f))
    .sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const records: SearchRecord[] = [];
  for (const name of files) {
    const file = join(dir, name);
    const parsed = searchRecordsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
      throw new Error(`${file}: bản ghi tìm kiếm không hợp lệ / invalid search records:\n${issues}`);
    }
    for (const record of parsed.data) records.push(record);
  }
  return records;
}

/** A document Pagefind indexes: a record's URL and HTML (record.ts recordHtml). */
interface IndexDocument {
  url: string;
  content: string;
}

/** The documents of the records; with several bundles, each names its bundle as a filter. */
const documentsOf = (records: readonly SearchRecord[], bundle?: string): IndexDocument[] =>
  records.map((r) => ({ url: r.url, content: recordHtml(r, bundle === undefined ? {} : { [BUNDLE_FILTER]: bundle }) }));

/** Index the records into `outputPath` (replacing what is there) as one Pagefind bundle, and report its size. */
export function writeSearchIndex(records: readonly SearchRecord[], outputPath: string, options: { concurrency?: number } = {}): Promise<IndexReport> {
  return indexDocuments(documentsOf(records), outputPath, options);
}

async function indexDocuments(
  documents: readonly IndexDocument[],
  outputPath: string,
  // One document at a time: handing Pagefind's service more at once made indexing no faster and its
  // memory larger (tools/bench-search.ts --concurrency). Nor did indexing two bundles side by side,
  // each in a process of its own (tried 2026-12-02: 3,047 records in 4 bundles, 11.0 s one after
  // another, 9.7–11.5 s two at a time): Pagefind's service waits on writing its files (~1.7 s of
  // 3.6 s a thousand records, the process at ~75 % of one core), not on the CPU.
  { concurrency = 1 }: { concurrency?: number } = {},
): Promise<IndexReport> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  if (!index) throw new Error(`Pagefind: không tạo được chỉ mục / could not create an index: ${errors.join('; ')}`);
  try {
    const problems: string[] = [];
    for (let i = 0; i < documents.length; i += concurrency) {
      const batch = documents.slice(i, i + concurrency);
      const responses = await Promise.all(batch.map((d) => index.addHTMLFile(d)));
      responses.forEach((res, j) => {
        if (res.errors.length > 0) problems.push(`${batch[j]?.url}: ${res.errors.join('; ')}`);
      });
    }
    if (problems.length > 0) throw new Error(`Pagefind: lỗi khi lập chỉ mục / indexing failed:\n${problems.join('\n')}`);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: không ghi được chỉ mục / could not write the index: ${written.errors.join('; ')}`);
  } finally {
    // Ends Pagefind's indexing service, and with it the memory this bundle took.
    await pagefind.close();
  }
  for (const name of readdirSync(outputPath)) if (UNUSED.test(name)) rmSync(join(outputPath, name));
  const { files, bytes } = folderSize(outputPath);
  return { pages: documents.length, files, bytes };
}

let version: string | undefined;

/** Pagefind's version, from its package.json (which its package does not export): the folder above its entry point. */
function pagefindVersion(): string {
  if (version) return version;
  let dir = dirname(fileURLToPath(import.meta.resolve('pagefind')));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'pagefind' && pkg.version) return (version = pkg.version);
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('pagefind: không thấy package.json / package.json not found');
    dir = parent;
  }
}

/** The cache key of a bundle: Pagefind's version, the language, and every document it indexes, in order. */
function bundleKey(documents: readonly IndexDocument[]): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion()} ${LANGUAGE}\0`);
  for (const d of documents) hash.update(d.url).update('\0').update(d.content).update('\0');
  return hash.digest('hex').slice(0, 32);
}

export interface BundlesReport {
  bundles: number;
  /** Bundles copied from the cache of an earlier build. */
  reused: number;
  pages: number;
  files: number;
  bytes: number;
}

/**
 * Pagefind's index of the records under siteDir, in bundles of at most `size` records (fewer on a
 * small site: bundles.ts bundleSizeFor); each bundle
 * from `cacheDir` when an earlier build indexed the same documents, else indexed now (one at a
 * time, so Pagefind's memory is that of one bundle) and kept there. Cache entries this build did
 * not use are removed.
 */
export async function writeSearchBundles(
  records: readonly SearchRecord[],
  siteDir: string,
  { size, cacheDir }: { size: number; cacheDir: string },
): Promise<BundlesReport> {
  const plan = planBundles(records, bundleSizeFor(records.length, size));
  // An empty site still gets an (empty) index, so the search page loads and finds nothing.
  if (plan.length === 0) plan.push([]);
  for (const name of readdirSync(siteDir)) if (/^pagefind(?:-\d+)?$/.test(name)) rmSync(join(siteDir, name), { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const used = new Set<string>();
  const report: BundlesReport = { bundles: plan.length, reused: 0, pages: records.length, files: 0, bytes: 0 };
  for (const [i, bundleRecords] of plan.entries()) {
    const documents = documentsOf(bundleRecords, plan.length > 1 ? String(i + 1) : undefined);
    const key = bundleKey(documents);
    used.add(key);
    const cached = join(cacheDir, key);
    if (existsSync(join(cached, 'pagefind-entry.json'))) {
      report.reused++;
    } else {
      // Indexed beside the cache entry and renamed into place: an interrupted build leaves no half entry.
      const temp = join(cacheDir, `.${key}-${process.pid}`);
      await indexDocuments(documents, temp);
      rmSync(cached, { recursive: true, force: true });
      renameSync(temp, cached);
    }
    const target = join(siteDir, bundleFolder(i));
    cpSync(cached, target, { recursive: true });
    if (i > 0) for (const name of readdirSync(target)) if (FIRST_BUNDLE_ONLY.test(name)) rmSync(join(target, name));
    const size = folderSize(target);
    report.files += size.files;
    report.bytes += size.bytes;
  }
  for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name), { recursive: true, force: true });
  return report;
}

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

/** The search page's client configuration: a JSON script the page's script reads. */
const CONFIG_SCRIPT = /(<script type="application\/json" id="cau-hinh-tim-kiem">)([\s\S]*?)(<\/script>)/;
const START_SCRIPT = /<script data-quick-start>[\s\S]*?<\/script>/;
const CHARSET = '<meta charset="utf-8">';

/**
 * Tell the built search page where the indexes are: the quick index's folder name holds a hash
 * known only after indexing, so it is written into the page's configuration here, with the list of
 * Pagefind bundles, and so is the head script that starts the quick search of the words in the URL
 * (placed before the stylesheets, which would otherwise hold it back). Nothing of Pagefind's is
 * preloaded: the first results come from the quick index, and Pagefind is fetched after them.
 */
export function linkSearchIndex(siteDir: string, quick: QuickIndexRef, bundles = 1): void {
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
  config.bundles = bundlePaths(bundles);
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

export interface SearchStepReport {
  pagefind: BundlesReport;
  quick: QuickIndexRef & { files: number; bytes: number };
}

/** The whole search step over a built site (see the top of this file). */
export async function buildSearch(siteDir: string, options: { size: number; cacheDir: string }): Promise<SearchStepReport> {
  const recordsDir = join(siteDir, RECORDS_DIR);
  const records = readRecords(recordsDir);
  const quick = writeQuickIndex(records, siteDir);
  const pagefindReport = await writeSearchBundles(records, siteDir, options);
  rmSync(recordsDir, { recursive: true });
  linkSearchIndex(siteDir, quick, pagefindReport.bundles);
  return { pagefind: pagefindReport, quick };
}

/**
 * npm run import -- <tệp.xlsx|tệp.csv> --plan <kế-hoạch> [--dry-run] [--report <báo-cáo.csv>] [--photos <thư-mục-ảnh>]
 *
 * Turns a year's list into draft profiles in content/profiles/ (all of them or none), prints a
 * report of every row and writes it as CSV next to the input (or to --report). --dry-run writes
 * nothing at all. Messages in Vietnamese, with the English detail after them.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReport, importTable, ImportError, reportCsv, reportPath } from '../src/lib/import/index.ts';
import { photoIngester } from '../src/lib/photos/import-photos.ts';
import { writeFileAtomic } from '../src/lib/files.ts';

const USAGE =
  'Cách dùng: npm run import -- <tệp.xlsx hoặc tệp.csv> --plan <kế-hoạch> [--dry-run] [--report <báo-cáo.csv>] [--photos <thư-mục-ảnh>]\n' +
  '(usage: npm run import -- <file.xlsx|file.csv> --plan <plan-slug> [--dry-run] [--report <report.csv>] [--photos <folder>])';

function fail(vi: string, en: string, code: number): never {
  console.error(`${vi}\n(${en})`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      plan: { type: 'string' },
      'dry-run': { type: 'boolean' },
      report: { type: 'string' },
      photos: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (err) {
  fail(`Tham số không hợp lệ.\n${USAGE}`, (err as Error).message, 2);
}
if (args.values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [file, ...extra] = args.positionals;
if (!file || extra.length > 0 || !args.values.plan) fail(USAGE, 'a file and --plan are required', 2);
if (!existsSync(file)) fail(`Không tìm thấy tệp "${file}".`, `no such file: ${file}`, 2);

const root = process.cwd();
const dryRun = args.values['dry-run'] === true;
try {
  const report = dryRun ? undefined : reportPath(root, file, args.values.report);
  // Ctrl+C while the drafts are written would leave some of them: finish (or undo) first.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    console.error('Đang ghi các bản nháp, xin chờ xong… (finishing the writes)');
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const result = await importTable({
    root,
    file,
    plan: args.values.plan,
    dryRun,
    // Photos named in a photo column, from the table's folder (or --photos); with --photos, a row
    // without one also takes "<Số TT>.jpg" or "<slug>.jpg" from that folder.
    addPhoto: photoIngester(resolve(args.values.photos ?? resolve(file, '..')), { byRow: args.values.photos !== undefined }),
  });
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  console.log(formatReport(result.report));
  const review = result.report.filter((r) => r.result.includes('cần xem lại')).length;
  const skipped = result.report.filter((r) => r.result === 'bỏ qua').length;
  console.log('');
  if (dryRun) {
    console.log(`Chạy thử (--dry-run): sẽ tạo ${result.drafts.length} bản nháp (${review} cần xem lại), bỏ qua ${skipped} dòng. Không có tệp nào được ghi.`);
    console.log(`(dry run: would create ${result.drafts.length} draft(s); nothing was written)`);
  } else {
    if (report) writeFileAtomic(report, reportCsv(result.report));
    console.log(`Đã tạo ${result.drafts.length} bản nháp trong content/profiles/ (${review} cần xem lại), bỏ qua ${skipped} dòng.`);
    if (report) console.log(`Báo cáo: ${report}`);
    console.log('Tiếp theo: sửa các giá trị "cần xem lại", chạy "npm run check:content", rồi đổi draft: false để đăng.');
    console.log(`(created ${result.drafts.length} draft(s), ${review} to review, ${skipped} row(s) skipped)`);
  }
  if (interrupted) process.exit(130);
} catch (err) {
  if (err instanceof ImportError) fail(err.vi, err.en, 1);
  throw err;
}

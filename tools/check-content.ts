/**
 * npm run check:content — checks every file under content/ and prints what is wrong, in Vietnamese
 * with the English detail: errors (published content; they would stop the build) and warnings
 * (drafts, which the site leaves out until they are published). Exit code 1 when there is an error.
 */
import { checkContent, errorsOf, formatProblems } from '../src/lib/content-check.ts';

const root = process.argv[2] ?? process.cwd();
const report = checkContent(root);
const c = report.counts;
const summary =
  `${c.profiles} hồ sơ (${c.drafts} bản nháp), ${c.plans} kế hoạch, ${c.fields} lĩnh vực, ${c.movements} phong trào, ${c.articles} bài viết`;
if (report.problems.length > 0) console.error(formatProblems(report.problems) + '\n');
if (errorsOf(report).length > 0) {
  console.error(`Nội dung chưa hợp lệ: ${summary}. (content is not valid)`);
  process.exit(1);
}
console.log(`Nội dung hợp lệ: ${summary}.`);

/**
 * npm run check:content — checks every file under content/ and prints what is wrong, in Vietnamese
 * with the English detail. Exit code 1 when there is any problem.
 */
import { checkContent, formatProblems } from '../src/lib/content-check.ts';

const root = process.argv[2] ?? process.cwd();
const report = checkContent(root);
if (report.problems.length > 0) {
  console.error(formatProblems(report.problems));
  process.exit(1);
}
const c = report.counts;
console.log(
  `Nội dung hợp lệ: ${c.profiles} hồ sơ, ${c.plans} kế hoạch, ${c.fields} lĩnh vực, ${c.movements} phong trào, ${c.articles} bài viết.`,
);

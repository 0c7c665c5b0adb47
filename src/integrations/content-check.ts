/**
 * Runs the content checker before Astro reads any content. Errors (in published content) stop the
 * build with the Vietnamese report and one line saying so — no stack trace, unless DEBUG is set or
 * the build runs with --verbose. Warnings (drafts, which the content collection leaves out) are
 * printed and the build goes on.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, errorsOf, formatProblems, warningsOf } from '../lib/content-check.ts';

export const BUILD_STOPPED =
  'Bản dựng đã dừng vì nội dung có lỗi (xem danh sách trên). (build stopped: content errors)';

const verbose = () => Boolean(process.env.DEBUG) || process.argv.includes('--verbose');

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const report = checkContent(fileURLToPath(config.root));
        const c = report.counts;
        const errors = errorsOf(report);
        const warnings = warningsOf(report);
        if (warnings.length > 0) logger.warn(formatProblems(warnings));
        if (errors.length === 0) {
          logger.info(
            `${c.profiles - c.drafts} hồ sơ được đăng (${c.drafts} bản nháp để riêng), ${c.plans} kế hoạch, ${c.fields} lĩnh vực, ${c.movements} phong trào, ${c.articles} bài viết: hợp lệ`,
          );
          return;
        }
        const text = formatProblems(errors);
        // In the dev server the editor keeps a running preview and sees the same report.
        if (command === 'dev') {
          logger.error(text);
          return;
        }
        if (verbose()) throw new Error(text);
        // The editor needs the report and one line, not Astro's wrapper and a stack trace.
        process.stderr.write(`\n${text}\n\n${BUILD_STOPPED}\n`);
        process.exit(1);
      },
    },
  };
}

/**
 * Runs the content checker before Astro reads any content, so a broken profile stops the build
 * with one Vietnamese report naming every file and field, and before dist/ is touched, so the
 * last good build is left as it was.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../lib/content-check.ts';

export default function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const report = checkContent(fileURLToPath(config.root));
        if (report.problems.length === 0) {
          const c = report.counts;
          logger.info(`${c.profiles} hồ sơ, ${c.plans} kế hoạch, ${c.fields} lĩnh vực, ${c.movements} phong trào, ${c.articles} bài viết: hợp lệ`);
          return;
        }
        const text = formatProblems(report.problems);
        // In the dev server the editor keeps a running preview and sees the same report.
        if (command === 'dev') logger.error(text);
        else throw new Error(text);
      },
    },
  };
}

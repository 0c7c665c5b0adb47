/**
 * After the build: the serving files (nginx includes with this build's CSP hashes, `_headers`,
 * precompressed .gz siblings), from src/lib/serve/. It must see the final HTML, so its
 * astro:build:done runs after every other integration's: Astro runs those hooks one after another,
 * in the order of the integrations list, and this integration refuses to build when another
 * integration with such a hook comes after it in astro.config.mjs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { runOrDefer } from '../lib/build/deferred-steps.ts';
import type { ServeOptions, ServeReport } from '../lib/serve/write.ts';
import { PREVIOUS_BUILD_ENV } from '../lib/build/atomic.ts';

export const NAME = 'serve-files';

/** Writes the serving files in a process of its own (src/lib/serve/write-process.ts). */
const CHILD = fileURLToPath(new URL('../lib/serve/write-process.ts', import.meta.url));

/** What the build log says of the serving files' report. */
export function describeServeReport(value: unknown): { info: string[]; warn: string[] } {
  const report = value as ServeReport;
  const { inline, compressed } = report;
  return {
    info: [
      `CSP: ${inline.scripts.length} script, ${inline.styles.length} style nội tuyến (sha256); _headers: ${report.headerRules} quy tắc; ` +
        `${compressed.files} tệp .gz (${compressed.reused} lấy lại từ bản dựng trước; ${Math.round(compressed.bytes / 1024)} KB → ${Math.round(compressed.gzipBytes / 1024)} KB); _nginx/server.conf, _nginx/http.conf`,
    ],
    warn: report.warnings,
  };
}

export default function serveFiles(): AstroIntegration {
  let scanMemoFile: string | undefined;
  return {
    name: NAME,
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.cacheDir) scanMemoFile = fileURLToPath(new URL('serve-files/inline-scan.json', config.cacheDir));
        const names = config.integrations.map((i) => i.name);
        const after = config.integrations.slice(names.lastIndexOf(NAME) + 1).filter((i) => i.hooks['astro:build:done']);
        if (after.length > 0) {
          throw new Error(
            `astro.config.mjs: serveFiles() phải đứng cuối danh sách integrations (sau ${after.map((i) => i.name).join(', ')}), ` +
              'để mã CSP tính trên HTML cuối cùng / serveFiles() must come last among the integrations, so the CSP hashes see the final HTML',
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const previous = process.env[PREVIOUS_BUILD_ENV];
        const options: ServeOptions = {
          ...(scanMemoFile ? { scanMemoFile } : {}),
          ...(previous && existsSync(previous) && previous !== out ? { previous } : {}),
        };
        // Deferred until Astro's process has exited when run by npm run build (src/lib/build/deferred-steps.ts);
        // the other integrations' hooks have all run by then, so it still sees the final HTML.
        const report = await runOrDefer<ServeReport>({ name: NAME, script: CHILD, args: [out, JSON.stringify(options)], what: 'Tệp phục vụ / the serving files' });
        if (!report) return;
        const { info, warn } = describeServeReport(report);
        for (const line of info) logger.info(line);
        for (const line of warn) logger.warn(line);
      },
    },
  };
}

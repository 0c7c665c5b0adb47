/**
 * The files of /admin/: the page that starts Decap CMS, its configuration, and Decap's own script
 * files, copied from node_modules/decap-cms (served from this site, never from a CDN).
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { t } from '../../i18n/vi.ts';
import { site } from '../../site.config.ts';
import { cmsConfig, type CmsConfigOptions } from './config.ts';

export const ADMIN_DIR = 'admin';
export const CMS_SCRIPT = 'decap-cms.js';

/** Decap's distribution folder: the main script and the chunks it loads on demand. */
export function decapDistDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('decap-cms/dist/decap-cms.js'));
}

/** The script files to ship: decap-cms.js and its numbered chunks (no source maps, no duplicate cms.js build). */
export function decapFiles(): string[] {
  return readdirSync(decapDistDir())
    .filter((n) => n === CMS_SCRIPT || /^\d+\.decap-cms\.js$/.test(n))
    .sort();
}

/** The admin page: Vietnamese, not indexed, loads the CMS script from this site. */
export function adminPage(): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${t('cms.site')} — ${site.name}</title>
<link href="/${ADMIN_DIR}/config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
<script src="/${ADMIN_DIR}/${CMS_SCRIPT}"></script>
</body>
</html>
`;
}

export function adminConfigYaml(options: CmsConfigOptions = {}): string {
  return `# Tạo tự động từ mô hình dữ liệu (src/schema) bởi src/lib/cms/config.ts; đừng sửa tay.\n${stringify(cmsConfig(options), { lineWidth: 0 })}`;
}

export const decapFile = (name: string) => join(decapDistDir(), name);

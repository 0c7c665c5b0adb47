/**
 * The serving files of a build, written into dist/ after every other build step:
 *   dist/_nginx/server.conf, dist/_nginx/http.conf (nginx includes, src/lib/serve/nginx.ts),
 *   dist/_headers (Netlify, Cloudflare Pages, src/lib/serve/static-hosts.ts),
 *   a .gz sibling for each shared text file (src/lib/serve/precompress.ts; pages are gzipped on the fly).
 * The CSP hashes come from the built HTML (src/lib/serve/inline.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineHashes } from './inline.ts';
import { HTTP_INCLUDE, NGINX_DIR, SERVER_INCLUDE, httpInclude, serverInclude } from './nginx.ts';
import { listFiles, precompress, type PrecompressReport } from './precompress.ts';
import type { InlineHashes } from './rules.ts';
import { CLOUDFLARE_MAX_RULES, headersFile } from './static-hosts.ts';

export interface ServeReport {
  inline: InlineHashes;
  headerRules: number;
  compressed: PrecompressReport;
  warnings: string[];
}

export function writeServeFiles(dist: string): ServeReport {
  const files = listFiles(dist).filter((f) => !f.endsWith('.gz'));
  const inline = inlineHashes(files.filter((f) => f.endsWith('.html')).map((f) => join(dist, f)));
  mkdirSync(join(dist, NGINX_DIR), { recursive: true });
  writeFileSync(join(dist, SERVER_INCLUDE), serverInclude(inline));
  writeFileSync(join(dist, HTTP_INCLUDE), httpInclude());
  const headers = headersFile(files, inline);
  writeFileSync(join(dist, '_headers'), headers.text);
  const warnings: string[] = [];
  if (headers.rules > CLOUDFLARE_MAX_RULES) {
    warnings.push(`_headers có ${headers.rules} quy tắc, Cloudflare Pages chỉ đọc ${CLOUDFLARE_MAX_RULES} / _headers has ${headers.rules} rules, Cloudflare Pages reads ${CLOUDFLARE_MAX_RULES}`);
  }
  const attrs = inline.scriptAttributes.length + inline.styleAttributes.length;
  if (attrs > 0) {
    warnings.push(
      `${attrs} thuộc tính on…="" / style="" trong HTML: CSP phải cho phép bằng 'unsafe-hashes'; nên dùng class và tệp .js / ` +
        `${attrs} inline event handler or style attribute(s) need 'unsafe-hashes' in the CSP; prefer classes and script files`,
    );
  }
  return { inline, headerRules: headers.rules, compressed: precompress(dist), warnings };
}

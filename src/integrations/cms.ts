/**
 * /admin/: Decap CMS for editors. The build writes the admin page, its configuration (generated
 * from the data model) and Decap's script files into dist/admin/; the dev server serves the same
 * from memory and node_modules, so "npm run cms" (dev server + decap-server) edits content/ in a
 * browser. Nothing is loaded from a CDN.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_DIR, adminConfigYaml, adminPage, decapFile, decapFiles } from '../lib/cms/admin.ts';

export default function cms(): AstroIntegration {
  return {
    name: 'cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const files = new Set(decapFiles());
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (path === `/${ADMIN_DIR}` || path === `/${ADMIN_DIR}/` || path === `/${ADMIN_DIR}/index.html`) {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(adminPage());
          } else if (path === `/${ADMIN_DIR}/config.yml`) {
            res.setHeader('Content-Type', 'text/yaml; charset=utf-8');
            res.end(adminConfigYaml({ localBackendPort: Number(process.env.DECAP_PORT ?? 8081) }));
          } else if (path.startsWith(`/${ADMIN_DIR}/`) && files.has(path.slice(ADMIN_DIR.length + 2))) {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.end(readFileSync(decapFile(path.slice(ADMIN_DIR.length + 2))));
          } else next();
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), ADMIN_DIR);
        mkdirSync(out, { recursive: true });
        writeFileSync(join(out, 'index.html'), adminPage());
        writeFileSync(join(out, 'config.yml'), adminConfigYaml());
        const files = decapFiles();
        for (const name of files) copyFileSync(decapFile(name), join(out, name));
        logger.info(`/${ADMIN_DIR}/: Decap CMS (${files.length} tệp)`);
      },
    },
  };
}

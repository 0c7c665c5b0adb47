// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import contentCheck from './src/integrations/content-check.ts';
import redirects, { aliasPaths, inSitemap } from './src/integrations/redirects.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import sitemapAlias from './src/integrations/sitemap-alias.ts';
import cms from './src/integrations/cms.ts';
import ogImages from './src/integrations/og-images.ts';
import serveFiles from './src/integrations/serve.ts';
import baseUrlGuard from './src/integrations/base-url-guard.ts';
import { site } from './src/site.config.ts';

// Old slugs redirect (src/integrations/redirects.ts); neither they nor posters belong in the sitemap,
// nor the embed pages (/nhung/…, noindex views of other pages; the builder /nhung/ itself stays).
const oldPaths = aliasPaths(fileURLToPath(new URL('.', import.meta.url)));

// A throw-away copy of the project (tests/support/fixture-site.ts) links the real node_modules:
// these keep its caches to itself.
const cacheDir = process.env.ASTRO_CACHE_DIR;

export default defineConfig({
  site: site.baseUrl,
  ...(cacheDir ? { cacheDir: `${cacheDir}/astro` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // serveFiles() stays last: it hashes the final HTML for the CSP and compresses the files (src/integrations/serve.ts).
  // Embed pages (/nhung/…) are for other sites' iframes, not for search engines: not in the sitemap.
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => inSitemap(page, oldPaths) && !/^\/nhung\/.+/.test(new URL(page).pathname) }),
    sitemapAlias(),
    redirects(),
    pagefindIndex(),
    cms(),
    // Draws the Open Graph PNGs in worker threads beside the page rendering and the integrations
    // above, and puts them in dist/og/ at the end (src/integrations/og-images.ts).
    ogImages(),
    baseUrlGuard(site.baseUrl),
    serveFiles(),
  ],
  vite: {
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
    build: {
      // Vite 8 (Rolldown) name for rollupOptions, which it still reads but marks deprecated.
      rolldownOptions: {
        onwarn(warning, warn) {
          // Harmless: Astro's MDX modules start with a "use astro:head-inject" directive that the
          // bundler cannot keep, and does not need to (withastro/astro#18087). Drop it when fixed.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});

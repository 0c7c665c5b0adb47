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
import embedCss from './src/integrations/embed-css.ts';
import oembedFiles from './src/integrations/oembed-files.ts';
import baseUrlGuard from './src/integrations/base-url-guard.ts';
import { site } from './src/site.config.ts';

// Old slugs redirect (src/integrations/redirects.ts) and do not belong in the sitemap (nor do the old
// poster URLs, redirect pages written after the sitemap);
// nor the embed pages (/nhung/…, noindex views of other pages; the builder /nhung/ itself stays).
const oldPaths = aliasPaths(fileURLToPath(new URL('.', import.meta.url)));

// A throw-away copy of the project (tests/support/fixture-site.ts) links the real node_modules:
// these keep its caches to itself.
const cacheDir = process.env.ASTRO_CACHE_DIR;

export default defineConfig({
  site: site.baseUrl,
  ...(cacheDir ? { cacheDir: `${cacheDir}/astro` } : {}),
  trailingSlash: 'always',
  experimental: {
    // Pages whose getStaticPaths() gives a cacheKey (src/lib/build/cache-keys.ts) are copied from
    // the previous build when their key and their route's code are unchanged. The copies live in
    // the cache folder (node_modules/.astro, or ASTRO_CACHE_DIR/astro): keep it between CI builds.
    incrementalBuild: true,
  },
  // Pages link their stylesheets rather than copy them in: a reader fetches each once for the whole
  // site, and the thousands of profile pages of a large site do not each carry ~6 KB of the same CSS
  // (issue 13). Not even a small one is inlined: ~1 KB copied into each of tens of thousands of pages
  // costs more than one cached request. Embed pages, which must read without fetching anything, get
  // theirs inlined after the build (embedCss(), src/lib/embed/inline-css.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scoped styles by a class ("astro-…", added to the element's class list) rather than a
  // data-astro-cid-… attribute on every element. The components of the pages there is one of per
  // profile or per dozen profiles (profile page, lists, header, footer) use global styles whose
  // selectors start with the component's own class instead, so those pages carry no scope class.
  scopedStyleStrategy: 'class',
  // serveFiles() stays last: it hashes the final HTML for the CSP and compresses the files (src/integrations/serve.ts).
  // Embed pages (/nhung/…) are for other sites' iframes, not for search engines: not in the sitemap.
  integrations: [
    contentCheck(),
    mdx(),
    // The oEmbed documents, one file each, from the one bundle Astro rendered: before anything reads dist/.
    oembedFiles(),
    sitemap({ filter: (page) => inSitemap(page, oldPaths) && !/^\/nhung\/.+/.test(new URL(page).pathname) }),
    sitemapAlias(),
    redirects(),
    pagefindIndex(),
    cms(),
    // Draws the Open Graph PNGs in worker threads beside the page rendering and the integrations
    // above, and puts them in dist/og/ at the end (src/integrations/og-images.ts).
    ogImages(),
    baseUrlGuard(site.baseUrl),
    embedCss(),
    serveFiles(),
  ],
  vite: {
    ...(cacheDir ? { cacheDir: `${cacheDir}/vite` } : {}),
    build: {
      // Scripts are never inlined: the profile page's enhancements (src/scripts/) are one cached
      // file, not ~2.5 KB copied into each of tens of thousands of pages (issue 13). Other assets:
      // Vite's default.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
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

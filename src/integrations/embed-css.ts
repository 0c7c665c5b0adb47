/**
 * After the build: embed pages get their stylesheets inside the page (src/lib/embed/inline-css.ts),
 * while every other page links them. Must come before serveFiles(), which hashes inline styles for
 * the CSP.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineEmbedStylesheets } from '../lib/embed/inline-css.ts';

export default function embedCss(): AstroIntegration {
  return {
    name: 'embed-css',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, stylesheets } = inlineEmbedStylesheets(fileURLToPath(dir));
        logger.info(`${pages} trang nhúng, ${stylesheets} tệp CSS đưa vào trong trang / embed pages with their stylesheets inlined`);
      },
    },
  };
}

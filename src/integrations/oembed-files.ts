/**
 * After the build: the oEmbed documents, one file each, from the bundle Astro rendered
 * (src/lib/embed/oembed.ts writeOembedFiles). Comes before every integration that reads the built
 * files (the sitemap, the serving files' hashes and compression).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeOembedFiles } from '../lib/embed/oembed.ts';

export default function oembedFiles(): AstroIntegration {
  return {
    name: 'oembed-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const count = await writeOembedFiles(fileURLToPath(dir));
        logger.info(`${count} tài liệu oEmbed / oEmbed documents written`);
      },
    },
  };
}

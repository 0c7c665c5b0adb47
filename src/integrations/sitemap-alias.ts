/**
 * @astrojs/sitemap writes sitemap-index.xml; crawlers and agencies that ask for the
 * conventional /sitemap.xml get the same index, so both addresses work on any static host.
 * Must come after sitemap() in the integrations list (build:done hooks run in order).
 */
import { copyFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export default function sitemapAlias(): AstroIntegration {
  return {
    name: 'sitemap-alias',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const index = fileURLToPath(new URL('sitemap-index.xml', dir));
        if (!existsSync(index)) throw new Error('sitemap-index.xml was not written: is @astrojs/sitemap before sitemap-alias?');
        copyFileSync(index, fileURLToPath(new URL('sitemap.xml', dir)));
        logger.info('sitemap.xml = sitemap-index.xml');
      },
    },
  };
}

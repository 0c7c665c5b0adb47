/** robots.txt: everything may be crawled; the sitemap (from @astrojs/sitemap) lists every page. */
import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';

export const GET: APIRoute = ({ site: astroSite }) => {
  const sitemap = new URL('sitemap-index.xml', `${(astroSite ?? new URL(site.baseUrl)).href.replace(/\/?$/, '/')}`);
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap.href}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

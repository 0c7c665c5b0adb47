/** The site's identity as the tests see it: canonical URLs and the sitemap are built from baseUrl. */
import { site } from '../../src/site.config.ts';

/** Absolute base URL without a trailing slash, e.g. "https://example.vn". */
export const BASE_URL: string = site.baseUrl.replace(/\/+$/, '');

/** Origin of the base URL; absolute links to it count as internal links. */
export const BASE_ORIGIN: string = new URL(BASE_URL).origin;

/** The absolute URL of a site path ("/mo-hinh/" → "https://…/mo-hinh/"). */
export function absoluteUrl(pagePath: string): string {
  return BASE_URL + pagePath;
}

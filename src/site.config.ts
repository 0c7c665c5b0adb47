import { PLACEHOLDER_BASE_URL, resolveBaseUrl } from './lib/base-url.ts';

/**
 * The identity of this instance of the site. Another province or city runs its own instance by
 * changing this file and the content/ folder; nothing else names the publisher.
 */
export interface SiteConfig {
  /**
   * Absolute base URL, no trailing slash; canonical URLs, the sitemap, share links, citations and
   * poster QR codes are built from it. The SITE_URL environment variable, when set, overrides the
   * value below (read here only, src/lib/base-url.ts). A build with the placeholder warns; a
   * release build (`npm run build:release`) refuses it.
   */
  baseUrl: string;
  name: string;
  shortName: string;
  tagline: string;
  publisher: { name: string; parent?: string; address?: string; email?: string; phone?: string };
  /** Path under public/ of the logo (SVG). */
  logo: string;
  /** IETF language tag of the content. */
  lang: 'vi';
}

export const site: SiteConfig = {
  // Set the real domain here, or pass SITE_URL=https://… to the build.
  baseUrl: resolveBaseUrl(process.env, PLACEHOLDER_BASE_URL),
  name: 'Mô hình, điển hình tiên tiến',
  shortName: 'Điển hình tiên tiến',
  tagline: 'Phát hiện – Bồi dưỡng – Tổng kết – Nhân rộng các mô hình, điển hình tiên tiến',
  publisher: {
    name: 'Ban Thi đua – Khen thưởng',
    parent: 'Sở Nội vụ',
  },
  logo: '/logo.svg',
  lang: 'vi',
};

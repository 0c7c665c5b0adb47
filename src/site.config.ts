/**
 * The identity of this instance of the site. Another province or city runs its own instance by
 * changing this file and the content/ folder; nothing else names the publisher.
 */
export interface SiteConfig {
  /** Absolute base URL, no trailing slash; canonical URLs and the sitemap are built from it. */
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
  baseUrl: 'https://dienhinhtientien.example.vn',
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

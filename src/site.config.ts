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
  publisher: {
    name: string;
    parent?: string;
    /**
     * The locality the publisher serves, as it follows the name: "tỉnh Hòa Bình" makes
     * "Ban Thi đua – Khen thưởng tỉnh Hòa Bình". Shown wherever the publisher is named.
     */
    locality?: string;
    address?: string;
    email?: string;
    phone?: string;
  };
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
  // The publisher as the shipped content's sources name it: Kế hoạch số 162/KH-UBND ngày 26/12/2017
  // của Ủy ban nhân dân tỉnh Hòa Bình (content/plans/162-kh-ubnd-hoa-binh-2017.mdx, "Tổ chức thực
  // hiện") gives the "Ban Thi đua - Khen thưởng tỉnh trực thuộc Sở Nội vụ" the task of following
  // the plan and presenting the exemplars to the public. Another instance sets its own.
  publisher: {
    name: 'Ban Thi đua – Khen thưởng',
    parent: 'Sở Nội vụ',
    locality: 'tỉnh Hòa Bình',
    // TO SET BEFORE PUBLISHING: the sources give no address, e-mail or telephone number for the
    // publisher. Fill them in from the publisher itself; never guess. Left out, the footer shows none.
    address: undefined,
    email: undefined,
    phone: undefined,
  },
  logo: '/logo.svg',
  lang: 'vi',
};

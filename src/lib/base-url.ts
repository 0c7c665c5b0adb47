/**
 * The site's base URL: the SITE_URL environment variable when set, else the value written in
 * src/site.config.ts. Canonical URLs, the sitemap, share links, citations and the QR codes on
 * posters are built from it, so a build that still names the placeholder domain must say so
 * loudly, and a release build must refuse (src/integrations/base-url-guard.ts).
 */

/** The domain the shipped configuration names until an instance sets its own. */
export const PLACEHOLDER_BASE_URL = 'https://dienhinhtientien.example.vn';

/** The environment variable that sets the base URL at build time. */
export const BASE_URL_ENV = 'SITE_URL';

/** The environment variable that turns on the release mode (`npm run build:release`). */
export const RELEASE_ENV = 'CI_RELEASE';

/** "https://x.vn/" → "https://x.vn"; rejects what cannot be a site's address, in Vietnamese then English. */
export function normalizeBaseUrl(value: string, from: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `${from} = "${value}" không phải một địa chỉ web; hãy ghi dạng https://ten-mien.gov.vn\n` + `${from} = "${value}" is not a URL; write it as https://your-domain.example`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`${from} phải bắt đầu bằng https:// (đang là "${value}")\n${from} must start with https:// (got "${value}")`);
  }
  if (url.search || url.hash) {
    throw new Error(`${from} không được có "?" hay "#" (đang là "${value}")\n${from} must not have a query or fragment (got "${value}")`);
  }
  return url.href.replace(/\/+$/, '');
}

/** The base URL for this build: SITE_URL when set (and not blank), else the configured one. */
export function resolveBaseUrl(env: Readonly<Record<string, string | undefined>>, configured: string): string {
  const fromEnv = env[BASE_URL_ENV]?.trim();
  return fromEnv ? normalizeBaseUrl(fromEnv, BASE_URL_ENV) : normalizeBaseUrl(configured, 'site.config.ts baseUrl');
}

/**
 * Whether the base URL names no real site: the shipped placeholder, or a domain reserved for
 * examples and tests (RFC 2606/6761: example.*, *.example, *.test, *.invalid, *.localhost).
 */
export function isPlaceholderBaseUrl(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname.toLowerCase();
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  return (
    baseUrl.replace(/\/+$/, '') === PLACEHOLDER_BASE_URL ||
    labels.includes('example') ||
    ['test', 'invalid', 'localhost', 'example'].includes(tld)
  );
}

/** Whether this build is a release build (CI_RELEASE set to anything but "", "0" or "false"). */
export function isRelease(env: Readonly<Record<string, string | undefined>>): boolean {
  const v = env[RELEASE_ENV]?.trim().toLowerCase();
  return Boolean(v) && v !== '0' && v !== 'false';
}

/** The warning a build with a placeholder base URL prints at its end (Vietnamese, then English). */
export function placeholderWarning(baseUrl: string): string {
  return [
    `CẢNH BÁO: trang được dựng với địa chỉ mẫu ${baseUrl}.`,
    `Đường dẫn chính thức (canonical), sơ đồ trang, liên kết chia sẻ, trích dẫn và mã QR trên áp phích đều trỏ tới địa chỉ này, nơi không có trang nào.`,
    `Trước khi công bố hoặc in áp phích, hãy dựng lại với địa chỉ thật: SITE_URL=https://ten-mien-that npm run build (hoặc sửa baseUrl trong src/site.config.ts).`,
    `WARNING: the site was built with the placeholder base URL ${baseUrl}.`,
    `Canonical URLs, the sitemap, share links, citations and poster QR codes all point there, where no site exists.`,
    `Before publishing or printing posters, rebuild with the real domain: SITE_URL=https://your-domain npm run build (or set baseUrl in src/site.config.ts).`,
  ].join('\n');
}

/** Why a release build refuses to run (Vietnamese, then English). */
export function placeholderRefusal(baseUrl: string): string {
  return [
    `Không dựng bản phát hành: địa chỉ trang vẫn là địa chỉ mẫu ${baseUrl}, nên mọi mã QR, đường dẫn chia sẻ và trích dẫn sẽ hỏng.`,
    `Đặt địa chỉ thật rồi chạy lại: SITE_URL=https://ten-mien-that npm run build:release (hoặc sửa baseUrl trong src/site.config.ts).`,
    `Refusing a release build: the base URL is still the placeholder ${baseUrl}, so every QR code, share link and citation would be dead.`,
    `Set the real domain and run again: SITE_URL=https://your-domain npm run build:release (or set baseUrl in src/site.config.ts).`,
  ].join('\n');
}

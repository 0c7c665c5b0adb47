/**
 * Permanent (absolute) URLs: what canonical links, Open Graph tags, JSON-LD, citations, share
 * links and poster QR codes all print. One function, so they can never disagree.
 */
import { site } from '../site.config.ts';

/** "/mo-hinh/abc/" → "https://dienhinhtientien.example.vn/mo-hinh/abc/"; absolute URLs pass through. */
export function absoluteUrl(path: string, baseUrl: string = site.baseUrl): string {
  return new URL(path, `${baseUrl.replace(/\/+$/, '')}/`).href;
}

/**
 * The HTML an agency pastes into its portal: a plain iframe (works with no script, fixed height)
 * or a link that the resize script (/nhung/nhung.js) turns into an iframe that keeps its height.
 * Every value is escaped, so any title stays text. Used by the builder in the browser too.
 */
import { escapeHtml } from '../html.ts';

/** Heights of the plain iframe, without the script: enough for a card, or five rows of a list. */
export const EMBED_HEIGHT = { card: 420, list: 640 } as const;
export const EMBED_WIDTH = 600;

/** Options an embed page reads from its query (all optional; the page has defaults). */
export interface EmbedOptions {
  /** "gon" (compact) or "day-du" (full). */
  layout?: 'gon' | 'day-du' | undefined;
  /** "sang" (light) or "toi" (dark); otherwise the reader's system setting. */
  theme?: 'sang' | 'toi' | undefined;
  /** Number of items of a list. */
  items?: number | undefined;
}

/** The embed page's URL with the chosen options in its query. */
export function embedUrl(absolutePageUrl: string, options: EmbedOptions = {}): string {
  const url = new URL(absolutePageUrl);
  if (options.layout) url.searchParams.set('giao-dien', options.layout);
  if (options.theme) url.searchParams.set('nen', options.theme);
  if (options.items && Number.isInteger(options.items) && options.items > 0) url.searchParams.set('so', String(options.items));
  return url.href;
}

export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="border:0;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}

/** A link (readable without script) that the resize script replaces with an auto-height iframe. */
export function scriptSnippet(src: string, title: string, scriptUrl: string): string {
  return `<a class="dhtt-nhung" href="${escapeHtml(src)}">${escapeHtml(title)}</a>\n<script async src="${escapeHtml(scriptUrl)}"></script>`;
}

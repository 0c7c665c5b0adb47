/**
 * Plain share links: each one is an ordinary <a href> to the network's own public share page,
 * so no third-party script runs on our pages and nothing is tracked.
 *
 * Zalo: Zalo's developer documentation describes only its Social Plugin (a script from
 * sp.zalo.me plus an Official Account id), which this site will not load. The plugin's own share
 * page, sp.zalo.me/share_inline, also takes the page as a plain `url` parameter; that is the link
 * Vietnamese news and government sites put behind their Zalo buttons, and it runs no script on
 * our page. Because Zalo does not document it, it is kept in one constant (ZALO_SHARE_TEMPLATE):
 * if Zalo ever changes it, one line changes (or set it to null to leave Zalo to the system
 * share sheet, which the "Chia sẻ…" button (Web Share API) opens on phones).
 */

export interface ShareTarget {
  id: 'facebook' | 'zalo' | 'x' | 'email';
  href: string;
  /** Opens in a new window (all but e-mail). */
  external: boolean;
}

/**
 * Zalo's share page with {url} (and optionally {title}) placeholders; null leaves Zalo to
 * the system share sheet. Zalo reads the title, description and image from the page's Open Graph
 * tags, so only the URL is passed.
 */
export const ZALO_SHARE_TEMPLATE: string | null = 'https://sp.zalo.me/share_inline?url={url}';

const enc = encodeURIComponent;

/** Share links for one page. `url` must be the absolute permanent URL. */
export function shareTargets(url: string, title: string, zaloTemplate: string | null = ZALO_SHARE_TEMPLATE): ShareTarget[] {
  if (!/^https?:\/\//.test(url)) throw new Error(`shareTargets: cần địa chỉ tuyệt đối / an absolute URL is required, got "${url}"`);
  const targets: ShareTarget[] = [
    { id: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`, external: true },
  ];
  if (zaloTemplate) targets.push({ id: 'zalo', href: zaloTemplate.replace('{url}', enc(url)).replace('{title}', enc(title)), external: true });
  targets.push(
    // X's documented web intent (twitter.com redirects to x.com).
    { id: 'x', href: `https://twitter.com/intent/tweet?url=${enc(url)}&text=${enc(title)}`, external: true },
    // RFC 6068: spaces as %20, never "+"; the subject carries the title, the body the link, so any
    // mail client shows it (the title is not repeated in the body: issue 13, bytes on every page).
    { id: 'email', href: `mailto:?subject=${enc(title)}&body=${enc(url)}`, external: false },
  );
  return targets;
}

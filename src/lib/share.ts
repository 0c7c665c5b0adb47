/**
 * Plain share links: each one is an ordinary <a href> to the network's own public share page,
 * so no third-party script runs on our pages and nothing is tracked.
 *
 * Zalo: Zalo documents only its Social Plugin for web sharing (a script from sp.zalo.me plus an
 * Official Account id), which this site does not load. No plain share URL is documented, so
 * none is guessed here; on phones the "Chia sẻ…" button (Web Share API) opens the system share
 * sheet, where Zalo appears when it is installed, and the Zalo link below only appears if a
 * documented URL template is configured (ZALO_SHARE_TEMPLATE).
 */

export interface ShareTarget {
  id: 'facebook' | 'zalo' | 'x' | 'email';
  href: string;
  /** Opens in a new window (all but e-mail). */
  external: boolean;
}

/**
 * A documented Zalo share URL with {url} and {title} placeholders, once one is confirmed;
 * undefined leaves Zalo to the system share sheet.
 */
export const ZALO_SHARE_TEMPLATE: string | undefined = undefined;

const enc = encodeURIComponent;

/** Share links for one page. `url` must be the absolute permanent URL. */
export function shareTargets(url: string, title: string, zaloTemplate: string | undefined = ZALO_SHARE_TEMPLATE): ShareTarget[] {
  if (!/^https?:\/\//.test(url)) throw new Error(`shareTargets: cần địa chỉ tuyệt đối / an absolute URL is required, got "${url}"`);
  const targets: ShareTarget[] = [
    { id: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`, external: true },
  ];
  if (zaloTemplate) targets.push({ id: 'zalo', href: zaloTemplate.replace('{url}', enc(url)).replace('{title}', enc(title)), external: true });
  targets.push(
    // X's documented web intent (twitter.com redirects to x.com).
    { id: 'x', href: `https://twitter.com/intent/tweet?url=${enc(url)}&text=${enc(title)}`, external: true },
    // RFC 6068: spaces as %20, never "+"; the body carries the link so any mail client shows it.
    { id: 'email', href: `mailto:?subject=${enc(title)}&body=${enc(`${title}\n${url}`)}`, external: false },
  );
  return targets;
}

/** Share links: plain URLs to each network's public share page, the page URL encoded once. */
import { describe, expect, it } from 'vitest';
import { shareTargets } from '../../src/lib/share.ts';

const URL = 'https://dienhinhtientien.example.vn/mo-hinh/trong-rau-huu-co/';
const TITLE = 'Mô hình “trồng rau” hữu cơ & sạch';

describe('shareTargets', () => {
  const targets = shareTargets(URL, TITLE);
  const href = (id: string) => targets.find((t) => t.id === id)?.href ?? '';

  it('links Facebook, Zalo, X and e-mail; Zalo can be switched off in one place', () => {
    expect(targets.map((t) => t.id)).toEqual(['facebook', 'zalo', 'x', 'email']);
    expect(shareTargets(URL, TITLE, null).map((t) => t.id)).toEqual(['facebook', 'x', 'email']);
    const custom = new globalThis.URL(shareTargets(URL, TITLE, 'https://zalo.example/share?u={url}&t={title}')[1]?.href ?? '');
    expect(custom.searchParams.get('u')).toBe(URL);
    expect(custom.searchParams.get('t')).toBe(TITLE);
  });

  it("sends Zalo the permanent URL as a plain link to Zalo's share page", () => {
    const zalo = new globalThis.URL(href('zalo'));
    expect(zalo.origin + zalo.pathname).toBe('https://sp.zalo.me/share_inline');
    expect(zalo.searchParams.get('url')).toBe(URL);
    expect([...zalo.searchParams.keys()]).toEqual(['url']);
  });

  it('encodes the URL and title so they survive the round trip', () => {
    const fb = new globalThis.URL(href('facebook'));
    expect(fb.origin + fb.pathname).toBe('https://www.facebook.com/sharer/sharer.php');
    expect(fb.searchParams.get('u')).toBe(URL);
    const x = new globalThis.URL(href('x'));
    expect(x.searchParams.get('url')).toBe(URL);
    expect(x.searchParams.get('text')).toBe(TITLE);
  });

  it('writes mailto with %20, never "+", the title as subject and the link in the body', () => {
    const mail = href('email');
    expect(mail.startsWith('mailto:?subject=')).toBe(true);
    expect(mail).not.toContain('+');
    expect(decodeURIComponent(mail.slice('mailto:?subject='.length).split('&body=')[0] ?? '')).toBe(TITLE);
    const body = decodeURIComponent(mail.split('&body=')[1] ?? '');
    expect(body).toBe(URL);
  });

  it('opens networks in a new window, mail in the mail client', () => {
    expect(targets.filter((t) => t.external).map((t) => t.id)).toEqual(['facebook', 'zalo', 'x']);
  });

  it('needs an absolute URL', () => {
    expect(() => shareTargets('/mo-hinh/x/', TITLE)).toThrow(/absolute/);
  });
});

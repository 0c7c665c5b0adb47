/**
 * Another site (here: another loopback origin) can put an embed page (/nhung/) in an iframe, and
 * cannot frame a profile page: nginx sends frame-ancestors * on the first, 'none' and
 * X-Frame-Options: DENY on the second. The embed page is a built one when the site has any, else a
 * clearly synthetic page in an overlay of dist/.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { overlaySite, startNginx, SYNTHETIC, syntheticFiles, urlOf, type LocalNginx, type Overlay } from '../support/nginx.ts';
import { DIST } from '../support/paths.ts';
import { firstProfile } from '../support/templates.ts';

/** The first built page under dist/nhung/, if any. */
function builtEmbedPage(): string | undefined {
  const dir = path.join(DIST, 'nhung');
  if (!existsSync(dir)) return undefined;
  const html = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).sort();
  return html[0] ? urlOf(`nhung/${html[0].split(path.sep).join('/')}`) : undefined;
}

describe('framing from another origin', () => {
  let overlay: Overlay | undefined;
  let nginx: LocalNginx;
  let parent: Server;
  let parentOrigin: string;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  const embedPath = builtEmbedPage() ?? urlOf(SYNTHETIC.embedPage);
  const profilePath = `/mo-hinh/${firstProfile().slug}/`;

  beforeAll(async () => {
    if (!builtEmbedPage()) overlay = overlaySite({ [SYNTHETIC.embedPage]: syntheticFiles()[SYNTHETIC.embedPage] ?? '' });
    nginx = await startNginx(overlay ? { root: overlay.root } : {});
    parent = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trang khác</title></head><body>
<iframe name="embed" title="nhúng" src="${nginx.url(embedPath)}"></iframe>
<iframe name="profile" title="hồ sơ" src="${nginx.url(profilePath)}"></iframe></body></html>`);
    });
    await new Promise<void>((ok) => parent.listen(0, '127.0.0.1', ok));
    parentOrigin = `http://127.0.0.1:${(parent.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => parent?.close(ok));
    await nginx?.stop();
    overlay?.remove();
  });

  it('the embed page loads in the frame and the profile page is refused', async () => {
    expect(parentOrigin).not.toBe(nginx.origin);
    const page = await browser.newPage();
    const refusals: string[] = [];
    page.on('console', (m) => {
      if (/frame-ancestors|X-Frame-Options/i.test(m.text())) refusals.push(m.text());
    });
    await page.goto(parentOrigin, { waitUntil: 'load' });
    const embed = page.frame({ name: 'embed' });
    const profile = page.frame({ name: 'profile' });
    expect(embed && profile).toBeTruthy();
    // The embed frame shows the page; the refused frame holds Chromium's error page, not the profile.
    expect(await embed?.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await embed?.evaluate(() => location.href)).toBe(nginx.url(embedPath));
    const profileHref = await profile?.evaluate(() => location.href).catch(() => 'unreachable');
    expect(profileHref).not.toBe(nginx.url(profilePath));
    expect(refusals.join('\n')).toMatch(/frame-ancestors|X-Frame-Options/);
    await page.close();
  });
});

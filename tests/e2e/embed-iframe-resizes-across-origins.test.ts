/**
 * The resize script across origins, in real Chromium: the site (dist/) on one origin, an agency's
 * page on another (a different port and host name). The script turns the link into an iframe that
 * grows to its content and follows a content change; a forged message — from another frame of the
 * site's origin, from another origin, with a wrong type, a huge height or a non-number — changes nothing.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/server.ts';
import { contentCatalog } from '../support/catalog.ts';

const catalog = contentCatalog();
// The list with the most profiles: its content is taller than the small starting height.
const field = [...catalog.fields].sort((a, b) => b.profiles.length - a.profiles.length)[0]!;

let site: StaticServer;
let host: Server;
let hostOrigin: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;

function hostPage(siteOrigin: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin thử nghiệm</title></head><body>
<h1>Cổng thông tin thử nghiệm</h1>
<a class="dhtt-nhung" data-height="100" href="${siteOrigin}/nhung${field.url}?so=3">${field.data.name}</a>
<iframe id="khac" title="khung khác" src="${siteOrigin}/nhung/moi-nhat/" height="200"></iframe>
<script async src="${siteOrigin}/nhung/nhung.js"></script>
</body></html>`;
}

beforeAll(async () => {
  site = await startStaticServer();
  host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(site.origin));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  // "localhost" and "127.0.0.1" on different ports: two origins, as on the real web.
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 800, height: 900 } });
  await context.route(
    (url) => url.origin !== site.origin && url.origin !== hostOrigin,
    (route) => route.abort('blockedbyclient'),
  );
  page = await context.newPage();
  await page.goto(`${hostOrigin}/`);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
});

const frameHeight = () => page.evaluate(() => Number(document.querySelector('iframe:not(#khac)')?.getAttribute('height')));
const embedFrame = async (): Promise<Frame> => {
  const handle = await page.waitForSelector('iframe:not(#khac)');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForLoadState('load');
  return frame;
};
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.getElementById('nhung')!.getBoundingClientRect().height));
const idOf = () => page.evaluate(() => new URL(document.querySelector<HTMLIFrameElement>('iframe:not(#khac)')!.src).searchParams.get('id'));
/** Let messages arrive and any resize happen. */
const settle = () => page.waitForTimeout(300);

describe('resize script', () => {
  it('replaces the link with a titled, lazy iframe of the embed page', async () => {
    await embedFrame();
    const attrs = await page.evaluate(() => {
      const f = document.querySelector<HTMLIFrameElement>('iframe:not(#khac)')!;
      return { title: f.title, loading: f.loading, src: f.src, link: document.querySelectorAll('a.dhtt-nhung').length };
    });
    expect(attrs.link).toBe(0);
    expect(attrs.title).toBe(field.data.name);
    expect(attrs.loading).toBe('lazy');
    expect(attrs.src.startsWith(`${site.origin}/nhung${field.url}?so=3&id=`)).toBe(true);
  });

  it('grows the iframe to its content', async () => {
    const frame = await embedFrame();
    await expect.poll(frameHeight, { timeout: 10_000 }).toBe(await contentHeight(frame));
    expect(await frameHeight()).toBeGreaterThan(100);
  });

  it('follows a change of the content', async () => {
    const frame = await embedFrame();
    const before = await frameHeight();
    await frame.evaluate(() => {
      const block = document.createElement('div');
      block.style.height = '400px';
      document.getElementById('nhung')!.append(block);
    });
    await expect.poll(frameHeight, { timeout: 10_000 }).toBe(before + 400);
  });

  it('ignores forged messages: another frame, another origin, wrong type, huge height, non-number', async () => {
    const frame = await embedFrame();
    const id = await idOf();
    const height = await frameHeight();
    // Another frame of the site's own origin, naming the real id.
    const other = await (await page.waitForSelector('#khac')).contentFrame();
    await other!.waitForLoadState('load');
    await other!.evaluate((id) => parent.postMessage({ type: 'dhtt-nhung:height', id, height: 123 }, '*'), id);
    // The host page itself: another origin.
    await page.evaluate((id) => window.postMessage({ type: 'dhtt-nhung:height', id, height: 124 }, '*'), id);
    // The real iframe, with bad messages.
    await frame.evaluate((id) => {
      const bad: unknown[] = [
        { type: 'resize', id, height: 125 },
        { type: 'dhtt-nhung:height', id, height: 1e9 },
        { type: 'dhtt-nhung:height', id, height: Infinity },
        { type: 'dhtt-nhung:height', id, height: '126' },
        { type: 'dhtt-nhung:height', id, height: Number.NaN },
        { type: 'dhtt-nhung:height', id: 'khac', height: 127 },
        { type: 'dhtt-nhung:height', id: '__proto__', height: 128 },
        'dhtt-nhung:height 129',
        null,
      ];
      for (const m of bad) parent.postMessage(m, '*');
    }, id);
    await settle();
    expect(await frameHeight()).toBe(height);
    // The real frame with a good message still works (the check above is not vacuous).
    await frame.evaluate((id) => parent.postMessage({ type: 'dhtt-nhung:height', id, height: 321 }, '*'), id);
    await expect.poll(frameHeight, { timeout: 5_000 }).toBe(321);
  });
});

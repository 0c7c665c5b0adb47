/** One static server and one Chromium for an end-to-end test file. */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchChromium, VIEWPORTS, type ViewportName } from './browser.ts';
import { startStaticServer, type StaticServer } from './server.ts';

export interface Site {
  server: StaticServer;
  browser: Browser;
  /** A fresh context at a named viewport; only the local server is reachable from it. */
  context(viewport: ViewportName, options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Requests the pages tried to make to any other origin (blocked), as "page → url". */
  foreignRequests: string[];
  close(): Promise<void>;
}

export async function openSite(): Promise<Site> {
  const server = await startStaticServer();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  const foreignRequests: string[] = [];
  return {
    server,
    browser,
    foreignRequests,
    async context(viewport, options = {}) {
      const context = await browser.newContext({ viewport: VIEWPORTS[viewport], ...options });
      // The machine has no network; block anything that is not the local server and remember it.
      await context.route(
        (url) => url.origin !== server.origin,
        async (route) => {
          const frame = route.request().frame();
          foreignRequests.push(`${frame.url()} → ${route.request().url()}`);
          await route.abort('blockedbyclient');
        },
      );
      return context;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** One static server and one Chromium for an end-to-end test file. */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, VIEWPORTS, type ViewportName } from './browser.ts';
import { startStaticServer, type StaticServer } from './server.ts';
import { buildFixtureSite, type FixtureSite } from './fixture-site.ts';

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

/** The site and one open page, for the tests of the enclosing describe block. */
export interface SitePage {
  readonly site: Site;
  readonly page: Page;
}

/**
 * Opens the site and one page at `viewport` before the enclosing describe block's tests and
 * closes them after; read `.site` and `.page` inside the tests.
 */
export function useSitePage(viewport: ViewportName = 'desktop'): SitePage {
  const open = useSite();
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    context = await open.site.context(viewport);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });
  return {
    get site() {
      return open.site;
    },
    get page() {
      return opened(page);
    },
  };
}

const opened = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('the site is not open yet (use it inside a test)');
  return value;
};

/**
 * Opens the site (server and browser) before the enclosing describe block's tests and closes it
 * after; read `.site` inside the tests, and open contexts from it as each test needs.
 */
export function useSite(): { readonly site: Site } {
  let site: Site | undefined;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => {
    await site?.close();
  });
  return {
    get site() {
      return opened(site);
    },
  };
}

/** A throw-away copy of the project, changed and built, served, with a Chromium: for the tests of the enclosing describe block. */
export interface FixtureInBrowser {
  readonly site: FixtureSite;
  readonly server: StaticServer;
  readonly browser: Browser;
}

/**
 * Builds a copy of the project changed by `change` (tests/support/fixture-site.ts), serves its
 * dist/ and opens Chromium before the enclosing describe block's tests; closes all after.
 */
export function useFixtureSite(name: string, change: (root: string) => void | Promise<void>): FixtureInBrowser {
  const state: { site?: FixtureSite; server?: StaticServer; browser?: Browser } = {};
  beforeAll(async () => {
    state.site = await buildFixtureSite(name, change);
    state.server = await startStaticServer(state.site.dist);
    state.browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
    state.site?.remove();
  });
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`useFixtureSite: ${what} is not open yet (read it inside a test)`);
    return value;
  };
  return {
    get site() {
      return need(state.site, 'the site');
    },
    get server() {
      return need(state.server, 'the server');
    },
    get browser() {
      return need(state.browser, 'the browser');
    },
  };
}

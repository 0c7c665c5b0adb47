/**
 * Loads Pagefind's browser API from the index the build wrote (/pagefind/), once, on first need.
 */
import type { PagefindApi } from '../../lib/search/engine.ts';

const BUNDLE = '/pagefind/pagefind.js';

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    // A runtime URL, not a module of the build: the bundler must leave it alone.
    const api = (await import(/* @vite-ignore */ BUNDLE)) as PagefindApi;
    // On the main thread: a search over the site's index takes milliseconds, and a worker would
    // cost another download and start-up before the first results.
    await api.options({ noWorker: true });
    return api;
  })();
  loading.catch(() => {
    // Let a later attempt (the next keystroke) try again.
    loading = undefined;
  });
  return loading;
}

/**
 * Loads Pagefind's browser API from the index the build wrote, once, on first need: the script of
 * the first bundle (/pagefind/), and every further bundle of a very large site merged into it
 * (Pagefind's mergeIndex; src/lib/search/bundles.ts).
 */
import type { PagefindApi } from '../../lib/search/engine.ts';

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(bundles: readonly string[] = ['/pagefind/']): Promise<PagefindApi> {
  loading ??= (async () => {
    const [first = '/pagefind/', ...more] = bundles;
    // A runtime URL, not a module of the build: the bundler must leave it alone.
    const api = (await import(/* @vite-ignore */ `${first}pagefind.js`)) as PagefindApi;
    // On the main thread: a search over the site's index takes milliseconds, and a worker would
    // cost another download and start-up before the first results.
    await api.options({ noWorker: true });
    // The merged bundles share the first one's WebAssembly, which is why they ship none (write-index.ts).
    for (const path of more) await api.mergeIndex?.(path, { noWorker: true });
    return api;
  })();
  loading.catch(() => {
    // Let a later attempt (the next keystroke) try again.
    loading = undefined;
  });
  return loading;
}

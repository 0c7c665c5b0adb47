/**
 * Running the search page's head script (src/lib/search/quick.ts, quickStartScript) outside a
 * browser: with stand-ins for location, window and fetch, over index files read by `read`.
 */
import { QUICK_STARTED, type QuickFirst } from '../../src/lib/search/quick.ts';

export interface StartScriptRun {
  /** Site paths it fetched, in order. */
  fetched: string[];
  started: { q: string; result: Promise<QuickFirst | null> } | undefined;
  answer: QuickFirst | null | undefined;
}

export async function runStartScript(script: string, search: string, read: (sitePath: string) => string | undefined): Promise<StartScriptRun> {
  const fetched: string[] = [];
  const fetch = async (path: string) => {
    fetched.push(path);
    const text = read(path);
    return { ok: text !== undefined, status: text === undefined ? 404 : 200, json: async () => JSON.parse(text ?? 'null') };
  };
  const window: Record<string, StartScriptRun['started']> = {};
  new Function('location', 'window', 'fetch', 'URLSearchParams', script)({ search }, window, fetch, URLSearchParams);
  const started = window[QUICK_STARTED];
  return { fetched, started, answer: await started?.result };
}

/**
 * The search page's script (loaded only on /tim-kiem/). The URL is the state: reading it on load
 * and on back/forward, writing it as the reader types (replaceState) and chooses (pushState).
 * A word search draws its first results from the quick index (src/lib/search/quick.ts) — a few
 * small files — and then Pagefind, loaded after them, gives the complete answer with counts and
 * filters, replacing the first one. Results are announced through the status line; focus moves
 * to the results only when the reader asks for them (submit), never while typing or filtering.
 */
import { FIRST_RESULTS_MARK, SEARCH_DONE_MARK, facetCounts, resultView, searchResults, type PagefindResult, type ResultView } from '../../lib/search/engine.ts';
import { isSortKey } from '../../lib/search/facets.ts';
import { unmatchedTerms } from '../../lib/search/highlight.ts';
import { normalizeQuery, queryTerms } from '../../lib/search/query.ts';
import { cardView, quickFirst, startedQuickSearch } from '../../lib/search/quick.ts';
import { hasFilters, isBlank, parseState, stateToUrl, toPagefindSort, toggleValue, type SearchState } from '../../lib/search/state.ts';
import { loadPagefind } from './pagefind.ts';
import { FacetPanel, format, renderChips, renderResult, type ClientConfig } from './render.ts';

/** Typing pause before searching. */
const DEBOUNCE_MS = 200;

/** How long Pagefind waits for the quick answer before starting anyway (a slow or stuck request). */
const QUICK_WAIT_MS = 1000;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function required<T extends Element>(parent: ParentNode, selector: string): T {
  const el = parent.querySelector<T>(selector);
  if (!el) throw new Error(`search page: missing ${selector}`);
  return el;
}

function start(root: HTMLElement): void {
  const config = JSON.parse(required<HTMLScriptElement>(document, '#cau-hinh-tim-kiem').textContent ?? '{}') as ClientConfig;
  const quickIndex = config.quick;
  // Pagefind's bundles, in year order (src/lib/search/bundles.ts); one on all but very large sites.
  const bundles = config.bundles ?? ['/pagefind/'];
  const pagefind = () => loadPagefind(bundles);
  /** A search the quick index can start: words only, in order of relevance. */
  const quickable = (s: SearchState): boolean => Boolean(quickIndex) && s.q !== '' && !hasFilters(s) && !toPagefindSort(s);

  /**
   * The first results of a query from the quick index: the search the head script started for
   * the URL (taken over once), or a new one. Kept for the query, so that typing back to it costs
   * nothing; dropped on failure, so that the next time tries again.
   */
  let quickAnswer: { q: string; result: Promise<ResultView[] | null> } | undefined;
  let headSearch = true;
  function quickResults(q: string): Promise<ResultView[] | null> {
    if (quickAnswer?.q === q) return quickAnswer.result;
    const index = quickIndex;
    const started = headSearch ? startedQuickSearch(q) : undefined;
    headSearch = false;
    const result = (async () => {
      if (!index) return null;
      const answer = await (started ?? quickFirst(q, index));
      return answer && answer.cards.map(cardView);
    })();
    quickAnswer = { q, result };
    result.catch(() => {
      if (quickAnswer?.result === result) quickAnswer = undefined;
    });
    return result;
  }

  const ui = {
    app: required<HTMLElement>(root, '[data-search-app]'),
    error: required<HTMLElement>(root, '[data-search-fallback="error"]'),
    form: required<HTMLFormElement>(root, '[data-search-form]'),
    input: required<HTMLInputElement>(root, '[data-search-input]'),
    details: required<HTMLDetailsElement>(root, '[data-search-filters-details]'),
    summary: required<HTMLElement>(root, '[data-search-filters-summary]'),
    facets: required<HTMLElement>(root, '[data-search-facets]'),
    heading: required<HTMLElement>(root, '#ket-qua'),
    sort: required<HTMLSelectElement>(root, '[data-search-sort]'),
    status: required<HTMLElement>(root, '[data-search-status]'),
    active: required<HTMLElement>(root, '[data-search-active]'),
    chips: required<HTMLElement>(root, '[data-search-chips]'),
    unmatched: required<HTMLElement>(root, '[data-search-unmatched]'),
    results: required<HTMLOListElement>(root, '[data-search-results]'),
    more: required<HTMLButtonElement>(root, '[data-search-more]'),
    empty: required<HTMLElement>(root, '[data-search-empty]'),
    emptyFilters: required<HTMLElement>(root, '[data-search-empty-filters]'),
    template: required<HTMLTemplateElement>(document, '#mau-ket-qua'),
  };

  // The page works: replace the "needs JavaScript" notice with the interface.
  root.querySelector('[data-search-fallback="noscript"]')?.remove();
  ui.app.hidden = false;
  // Filters open beside the results on wide screens, folded above them on phones.
  ui.details.open = window.matchMedia('(min-width: 60rem)').matches;

  let state: SearchState = parseState(location.search);
  // Without a quick first answer the page needs Pagefind at once: start fetching it now. With one,
  // Pagefind is fetched right after the first results, so it is never on their way.
  if (!quickable(state)) void pagefind().catch(() => undefined);
  /** Bumped by every search; a search that finds it changed drops its results. */
  let generation = 0;
  let pending: PagefindResult[] = [];
  let shownViews: ResultView[] = [];
  let marked = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const facets = new FacetPanel(ui.facets, config, (key, value, checked) => {
    change(toggleValue(state, key, value, checked));
  });

  /** Put the state into the controls (on load and after back/forward). */
  function syncControls(): void {
    if (normalizeQuery(ui.input.value) !== state.q) ui.input.value = state.q;
    ui.sort.value = state.sort;
  }

  function currentUrl(): string {
    return location.pathname + location.search;
  }

  /** A choice (submit, filter, sort): a new history entry, so Back undoes it. */
  function commit(): void {
    const url = stateToUrl(state);
    if (url !== currentUrl()) history.pushState(null, '', url);
  }

  /** Typing: the current entry follows the words, without an entry per keystroke. */
  function follow(): void {
    const url = stateToUrl(state);
    if (url !== currentUrl()) history.replaceState(null, '', url);
  }

  /** Where focus goes once the new results are drawn, if anywhere. */
  type FocusTarget = () => HTMLElement | undefined;

  function change(next: SearchState, focus?: FocusTarget): void {
    clearTimeout(timer);
    state = next;
    commit();
    syncControls();
    void run({ focus });
  }

  function setStatus(text: string): void {
    if (ui.status.textContent !== text) ui.status.textContent = text;
  }

  function statusText(total: number): string {
    const query = state.q;
    if (total === 0) return query ? format(config, 'search.status.noneFor', { query }) : format(config, 'search.status.none');
    const count = total.toLocaleString('vi-VN');
    const head = query ? format(config, 'search.status.countFor', { count, query }) : format(config, 'search.status.count', { count });
    return total > shownViews.length ? `${head}. ${format(config, 'search.status.shown', { shown: shownViews.length })}` : head;
  }

  /** Load the next page of Pagefind's results and draw it into `list`; resolves with the first new item. */
  async function showMore(myGeneration: number, terms: string[], list: HTMLElement = ui.results): Promise<HTMLLIElement | undefined> {
    const batch = pending.slice(shownViews.length, shownViews.length + config.pageSize);
    const views = (await Promise.all(batch.map((r) => r.data()))).map(resultView);
    if (myGeneration !== generation) return undefined;
    const items = views.map((v) => renderResult(ui.template, v, terms, config));
    list.append(...items);
    shownViews = shownViews.concat(views);
    ui.more.hidden = shownViews.length >= pending.length;
    return items[0];
  }

  /** The generation whose results on screen are Pagefind's (a quick answer must not replace them). */
  let pagefindDrawn = 0;

  async function run({ focus }: { focus?: FocusTarget | undefined } = {}): Promise<void> {
    const myGeneration = ++generation;
    const current = state;
    root.dataset.status = 'busy';
    ui.results.setAttribute('aria-busy', 'true');
    try {
      // The quick answer first — unless the list already shows Pagefind's for these words (the
      // reader pressed Enter on the search just run) — but never more than QUICK_WAIT_MS ahead of
      // Pagefind, whose answer it must not hold back.
      const words = queryTerms(current.q).join(' ');
      const listed = ui.results.dataset.source === 'pagefind' && ui.results.dataset.terms === words;
      if (quickable(current) && !listed) {
        const quick = showQuick(current, myGeneration);
        await Promise.race([quick, new Promise((resolve) => setTimeout(resolve, QUICK_WAIT_MS))]);
      }
      if (myGeneration !== generation) return;
      const api = await pagefind();
      const results = await searchResults(api, current, bundles.length);
      if (myGeneration !== generation || !results) return;
      await showResults(results, myGeneration);
      if (myGeneration !== generation) return;
      // Unless the reader has moved into the results meanwhile (the first ones were there).
      if (!ui.results.contains(document.activeElement)) focus?.()?.focus();
      // The counts need every filter's data: fetched after the results are on screen.
      const counts = await facetCounts(api, current);
      if (myGeneration !== generation) return;
      facets.update(counts, current);
    } catch (error) {
      if (myGeneration !== generation) return;
      // First results already on screen stay there, under the notice that search is unavailable.
      if (ui.results.dataset.source !== 'quick' || pagefindDrawn === myGeneration) ui.app.hidden = true;
      ui.error.hidden = false;
      ui.results.removeAttribute('aria-busy');
      root.dataset.status = 'error';
      console.error('search unavailable', error);
      return;
    }
    root.dataset.status = 'done';
    root.dataset.url = stateToUrl(current);
    if (performance.getEntriesByName(SEARCH_DONE_MARK).length === 0) performance.mark(SEARCH_DONE_MARK);
  }

  /**
   * The first results from the quick index, when it can give them and Pagefind has not answered
   * yet. Any failure here only means waiting for Pagefind, which answers every search.
   */
  async function showQuick(current: SearchState, myGeneration: number): Promise<void> {
    try {
      const views = await quickResults(current.q);
      if (!views || myGeneration !== generation || pagefindDrawn === myGeneration) return;
      draw(views, { total: undefined, first: true });
    } catch {
      // Pagefind answers.
    }
  }

  async function showResults(results: PagefindResult[], myGeneration: number): Promise<void> {
    const batch = results.slice(0, config.pageSize);
    const views = (await Promise.all(batch.map((r) => r.data()))).map(resultView);
    if (myGeneration !== generation) return;
    pending = results.slice();
    pagefindDrawn = myGeneration;
    draw(views, { total: pending.length, first: false });
  }

  /**
   * Put a list of results on screen. Where the list already begins with the same results (the
   * quick answer agreed with Pagefind's), those items stay as they are and the rest are added
   * after them, so nothing moves under the reader; otherwise the items are replaced, and a result
   * link that had focus keeps it if still listed.
   */
  function draw(views: ResultView[], { total, first }: { total: number | undefined; first: boolean }): void {
    const chosen = renderChips(ui.chips, state, config, (key, value) => {
      // The removed chip disappears: focus goes to the chip now in its place, or the results heading.
      const chips = [...ui.chips.querySelectorAll<HTMLButtonElement>('.chip')];
      const at = chips.findIndex((c) => c.dataset.facet === key && c.dataset.value === value);
      change(toggleValue(state, key, value, false), () => {
        const after = [...ui.chips.querySelectorAll<HTMLButtonElement>('.chip')];
        return after[Math.min(at, after.length - 1)] ?? ui.heading;
      });
    });
    ui.active.hidden = chosen === 0;
    ui.summary.textContent = chosen > 0 ? format(config, 'search.filters.chosen', { count: chosen }) : format(config, 'search.filters');

    const terms = queryTerms(state.q);
    const kept = ui.results.children.length;
    const sameWords = kept > 0 && kept === shownViews.length && ui.results.dataset.terms === terms.join(' ');
    const continues = sameWords && kept <= views.length && shownViews.every((v, i) => views[i]?.url === v.url);
    // A quick answer never shortens a list that already begins with it (Back, or Enter again).
    if (first && sameWords && kept >= views.length && views.every((v, i) => shownViews[i]?.url === v.url)) return;
    // The "more" button pages through Pagefind's results only.
    if (first) pending = [];
    shownViews = views;
    if (continues) {
      ui.results.append(...views.slice(kept).map((v) => renderResult(ui.template, v, terms, config)));
    } else {
      const active = document.activeElement;
      const focused = active instanceof HTMLAnchorElement && ui.results.contains(active) ? active.getAttribute('href') : null;
      ui.results.replaceChildren(...views.map((v) => renderResult(ui.template, v, terms, config)));
      ui.results.dataset.terms = terms.join(' ');
      if (focused !== null) {
        const again = [...ui.results.querySelectorAll('a')].find((a) => a.getAttribute('href') === focused);
        (again ?? ui.heading).focus();
      }
    }
    // The list stays busy while it shows only the first results: Pagefind's answer may reorder it.
    if (!first) ui.results.removeAttribute('aria-busy');
    ui.results.dataset.source = first ? 'quick' : 'pagefind';

    const blank = isBlank(state);
    ui.more.hidden = first || shownViews.length >= pending.length;
    ui.empty.hidden = blank || views.length > 0;
    ui.emptyFilters.hidden = !hasFilters(state);
    // The quick answer gives no count: only Pagefind's is announced, once.
    if (blank) setStatus(format(config, 'search.status.prompt'));
    else if (total === undefined) setStatus(format(config, 'search.status.first', { query: state.q }));
    else setStatus(statusText(total));

    // Pagefind drops a query word the index does not hold and answers for the others: say so.
    // (A quick answer always holds every word.)
    const head = shownViews[0];
    const missing = !first && head && terms.length > 1 ? unmatchedTerms(terms, [head.content]) : [];
    ui.unmatched.hidden = missing.length === 0;
    ui.unmatched.textContent = missing.length
      ? format(config, 'search.unmatched', { terms: missing.map((m) => `“${m}”`).join(', ') })
      : '';

    if (!marked && shownViews.length > 0) {
      performance.mark(FIRST_RESULTS_MARK);
      marked = true;
    }
  }

  ui.input.addEventListener('focus', () => void pagefind().catch(() => undefined), { once: true });
  ui.input.addEventListener('input', () => {
    const q = normalizeQuery(ui.input.value);
    void pagefind()
      .then((api) => (q ? api.preload?.(q) : undefined))
      .catch(() => undefined);
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (q === state.q) return;
      state = { ...state, q };
      follow();
      void run();
    }, DEBOUNCE_MS);
  });

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    change({ ...state, q: normalizeQuery(ui.input.value) }, () => ui.heading);
  });

  ui.sort.addEventListener('change', () => {
    const sort = ui.sort.value;
    if (isSortKey(sort)) change({ ...state, sort });
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-search-clear]')) {
    button.addEventListener('click', () => change({ ...state, filters: {} }, () => ui.heading));
  }

  ui.more.addEventListener('click', async () => {
    const myGeneration = generation;
    try {
      const first = await showMore(myGeneration, queryTerms(state.q));
      // A newer search has taken the list over: its own status stands.
      if (!first || myGeneration !== generation) return;
      setStatus(statusText(pending.length));
      first.querySelector('a')?.focus();
    } catch (error) {
      if (myGeneration !== generation) return;
      ui.error.hidden = false;
      console.error('search unavailable', error);
    }
  });

  window.addEventListener('popstate', () => {
    clearTimeout(timer);
    state = parseState(location.search);
    syncControls();
    void run();
  });

  // Links to /tim-kiem/?… on this page (the empty state's suggestions) change the state in place.
  root.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname) return;
    event.preventDefault();
    change(parseState(url.search), () => ui.heading);
  });

  syncControls();
  void run();
}

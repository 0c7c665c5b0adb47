/**
 * The embed builder's behaviour (/nhung/): keeps one chosen embed (a profile found with the site's
 * own Pagefind search, or a list picked from a select) and the options, and redraws the preview
 * (through /nhung/nhung.js, as a host page would) and the two snippets on every change.
 */
import type { PagefindApi } from '../lib/search/engine.ts';
import { embedUrl, iframeSnippet, scriptSnippet, type EmbedOptions } from '../lib/embed/snippet.ts';
import { viAgencies } from '../i18n/vi-agencies.ts';

/**
 * The builder's words, from the agencies' section of the one dictionary (src/i18n/vi.ts spreads it):
 * importing t() would bundle every string of the site into this page's script (+8 KB gzipped).
 */
function t(key: keyof typeof viAgencies, params: Readonly<Record<string, string | number>> = {}): string {
  return viAgencies[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** Results the builder shows for a search: enough to pick from, few enough to tab through. */
const SHOWN = 8;

/**
 * The site's own Pagefind index (the search page's, not a second one), loaded on first search.
 * Loaded here rather than through the search page's modules so that those stay one module for the
 * search page: a module shared by two pages' scripts becomes a chunk the search page must fetch too.
 */
const PAGEFIND_BUNDLE = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindApi> | undefined;
function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const api = (await import(/* @vite-ignore */ PAGEFIND_BUNDLE)) as PagefindApi;
    await api.options({ noWorker: true });
    return api;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

interface Choice {
  path: string;
  title: string;
  list: boolean;
}

const byId = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
};

export function startBuilder(): void {
  const form = document.getElementById('tao-ma') as HTMLFormElement | null;
  if (!form) return;
  const base = form.dataset.base ?? location.origin;
  // The index's metadata keys (src/lib/search/meta.ts), handed over by the page.
  const metaTitle = form.dataset.metaTitle ?? 'title';
  const metaUnit = form.dataset.metaUnit ?? 'unit';
  const max = Number(form.dataset.max);
  const height = { card: Number(form.dataset.cardHeight), list: Number(form.dataset.listHeight) };
  const kind = byId<HTMLSelectElement>('loai');
  const search = byId<HTMLInputElement>('tim');
  const status = byId('tim-trang-thai');
  const results = byId<HTMLUListElement>('ket-qua');
  const chosenLine = byId('da-chon');
  const preview = byId('xem-truoc');
  const iframeCode = byId<HTMLTextAreaElement>('ma-iframe');
  const scriptCode = byId<HTMLTextAreaElement>('ma-script');
  const copyStatus = byId('sao-chep');
  const items = byId<HTMLInputElement>('so');
  let choice: Choice | undefined;
  let profileChoice: Choice | undefined;

  const options = (): EmbedOptions => {
    const data = new FormData(form);
    const layout = data.get('giao-dien');
    const theme = data.get('nen');
    const n = Number(items.value);
    return {
      layout: layout === 'gon' || layout === 'day-du' ? layout : undefined,
      theme: theme === 'sang' || theme === 'toi' ? theme : undefined,
      items: choice?.list && Number.isInteger(n) && n >= 1 && n <= max ? n : undefined,
    };
  };

  function redraw(): void {
    preview.replaceChildren();
    if (!choice) {
      iframeCode.value = scriptCode.value = '';
      chosenLine.textContent = t('builder.nothingChosen');
      return;
    }
    const opts = options();
    const src = embedUrl(new URL(choice.path, base).href, opts);
    iframeCode.value = iframeSnippet(src, choice.title, choice.list ? height.list : height.card);
    scriptCode.value = scriptSnippet(src, choice.title, new URL('/nhung/nhung.js', base).href);
    // The preview is served by this site, whatever the production base URL.
    const link = document.createElement('a');
    link.className = 'dhtt-nhung';
    link.href = embedUrl(new URL(choice.path, location.origin).href, opts);
    link.dataset.title = t('builder.previewTitle', { title: choice.title });
    link.textContent = choice.title;
    preview.append(link);
    (window as { dhttNhung?: { scan(): void } }).dhttNhung?.scan();
  }

  function choose(next: Choice | undefined): void {
    choice = next;
    chosenLine.textContent = next ? t('builder.chosen', { title: next.title }) : t('builder.nothingChosen');
    for (const el of form!.querySelectorAll<HTMLElement>('[data-lists-only]')) el.hidden = !next?.list;
    redraw();
  }

  function fromSelect(k: string): Choice | undefined {
    if (k === 'latest') {
      const opt = kind.selectedOptions[0];
      return opt?.dataset.path ? { path: opt.dataset.path, title: opt.dataset.title ?? '', list: true } : undefined;
    }
    const select = document.getElementById(`chon-${k}`) as HTMLSelectElement | null;
    const opt = select?.selectedOptions[0];
    return opt ? { path: opt.value, title: opt.dataset.title ?? opt.text, list: true } : undefined;
  }

  function onKind(): void {
    const k = kind.value;
    for (const el of form!.querySelectorAll<HTMLElement>('[data-for]')) el.hidden = el.dataset.for !== k;
    choose(k === 'profile' ? profileChoice : fromSelect(k));
  }

  let searchNo = 0;
  async function onSearch(): Promise<void> {
    const q = search.value.trim();
    const no = ++searchNo;
    if (q.length < 2) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = t('builder.searching');
    try {
      const api = await loadPagefind();
      const found = (await api.search(q))?.results ?? [];
      const views = await Promise.all(
        found.slice(0, SHOWN).map(async (r) => {
          const data = await r.data();
          return { url: data.url, title: data.meta[metaTitle] ?? '', unit: data.meta[metaUnit] ?? '' };
        }),
      );
      if (no !== searchNo) return;
      results.replaceChildren(
        ...views.map((v) => {
          const li = document.createElement('li');
          const label = document.createElement('span');
          label.textContent = v.unit ? `${v.title} — ${v.unit}` : v.title;
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'button';
          button.textContent = t('builder.choose');
          button.setAttribute('aria-label', `${t('builder.choose')}: ${v.title}`);
          button.addEventListener('click', () => {
            const path = new URL(v.url, location.origin).pathname;
            profileChoice = { path: `/nhung${path}`, title: v.title, list: false };
            choose(profileChoice);
          });
          li.append(label, button);
          return li;
        }),
      );
      status.textContent = found.length === 0 ? t('builder.noResults') : t('builder.results', { count: found.length, shown: views.length });
    } catch {
      if (no === searchNo) status.textContent = t('builder.searchFailed');
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void onSearch(), 200);
  });
  search.addEventListener('keydown', (e) => {
    // Enter searches at once; it never submits the form.
    if (e.key === 'Enter') {
      e.preventDefault();
      clearTimeout(timer);
      void onSearch();
    }
  });
  kind.addEventListener('change', onKind);
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[id^="chon-"]')) {
    select.addEventListener('change', () => choose(fromSelect(kind.value)));
  }
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type="radio"], #so')) redraw();
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const area = byId<HTMLTextAreaElement>(button.dataset.copy ?? '');
      if (!area.value) return;
      try {
        await navigator.clipboard.writeText(area.value);
        copyStatus.textContent = t('builder.copied');
      } catch {
        area.focus();
        area.select();
        copyStatus.textContent = t('builder.copyFailed');
      }
    });
  }

  form.hidden = false;
  document.querySelector<HTMLElement>('[data-example]')?.setAttribute('hidden', '');
  onKind();
}

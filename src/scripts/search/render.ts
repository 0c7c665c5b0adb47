/**
 * Drawing the search page: results (cloned from the page's <template>, matched words marked), the
 * facets with their counts, and the chips of the chosen filters. DOM only; no innerHTML, so no
 * content is ever read as markup.
 */
import { FACETS, type FacetKey, type FacetLabels } from '../../lib/search/facets.ts';
import type { ResultView } from '../../lib/search/engine.ts';
import { excerpt, highlight } from '../../lib/search/highlight.ts';
import type { QuickIndexRef } from '../../lib/search/quick.ts';
import type { SearchState } from '../../lib/search/state.ts';

export interface ClientConfig {
  pageSize: number;
  labels: FacetLabels;
  strings: Record<string, string>;
  /** The quick index, written in by the build once it exists (absent under `astro dev`). */
  quick?: QuickIndexRef;
  /** Site paths of Pagefind's bundles, in year order, written in by the build (absent under `astro dev`: /pagefind/). */
  bundles?: string[];
}

/** A UI string from the page's config, with {placeholders} filled. */
export function format(config: ClientConfig, key: string, params: Record<string, string | number> = {}): string {
  const template = config.strings[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** Put the text into the element, its matched words in <mark>. */
export function fillHighlighted(el: Element, text: string, terms: readonly string[]): void {
  el.replaceChildren(
    ...highlight(text, terms).map((s) => {
      if (!s.match) return document.createTextNode(s.text);
      const mark = document.createElement('mark');
      mark.textContent = s.text;
      return mark;
    }),
  );
}

export function renderResult(
  template: HTMLTemplateElement,
  view: ResultView,
  terms: readonly string[],
  config: ClientConfig,
): HTMLLIElement {
  const item = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement;
  const slot = (name: string) => item.querySelector<HTMLElement>(`[data-slot="${name}"]`);

  const thumb = slot('thumb');
  if (thumb) {
    if (view.image) {
      const img = document.createElement('img');
      img.src = view.image.src;
      // The title next to it says what it shows.
      img.alt = '';
      img.width = 80;
      img.height = 80;
      img.loading = 'lazy';
      img.decoding = 'async';
      thumb.replaceChildren(img);
    } else {
      for (const icon of thumb.querySelectorAll('[data-kind]')) if (icon.getAttribute('data-kind') !== view.kind) icon.remove();
    }
  }

  const link = slot('link') as HTMLAnchorElement | null;
  if (link) {
    link.href = view.url;
    fillHighlighted(link, view.title, terms);
  }
  const fill = (name: string, text: string) => {
    const el = slot(name);
    if (el) fillHighlighted(el, text, terms);
  };
  fill('unit', view.unit);
  fill('locality', view.locality);
  const former = slot('former');
  if (former) {
    if (view.former) fillHighlighted(former, ` (${format(config, 'search.result.former', { units: view.former })})`, terms);
    else former.remove();
  }
  fill('fields', view.fields);
  fill('years', view.years);

  const ex = slot('excerpt');
  if (ex) {
    const cut = excerpt(view.summary, terms);
    fillHighlighted(ex, `${cut.before ? '… ' : ''}${cut.text}${cut.after ? ' …' : ''}`, terms);
  }
  const kind = slot('kind');
  if (kind) kind.textContent = format(config, `kind.${view.kind}`);
  const subject = slot('subject');
  if (subject) subject.textContent = format(config, `subject.${view.subject}`);
  return item;
}

/** The label of a facet value, or the value itself for one the page does not know. */
export function valueLabel(config: ClientConfig, key: FacetKey, value: string): string {
  return config.labels[key].find(([v]) => v === value)?.[1] ?? value;
}

/**
 * The facet checkboxes. Built once, then only their counts, visibility and checked state change,
 * so that the box a reader just ticked keeps its focus.
 */
export class FacetPanel {
  private readonly groups = new Map<FacetKey, { fieldset: HTMLFieldSetElement; list: HTMLUListElement; items: Map<string, HTMLLIElement> }>();
  private readonly config: ClientConfig;

  constructor(container: HTMLElement, config: ClientConfig, onChange: (key: FacetKey, value: string, checked: boolean) => void) {
    this.config = config;
    for (const key of FACETS) {
      const fieldset = document.createElement('fieldset');
      fieldset.dataset.facet = key;
      const legend = document.createElement('legend');
      legend.textContent = format(config, `search.facet.${key}`);
      const list = document.createElement('ul');
      fieldset.append(legend, list);
      fieldset.hidden = true;
      container.append(fieldset);
      const group = { fieldset, list, items: new Map<string, HTMLLIElement>() };
      this.groups.set(key, group);
      for (const [value] of config.labels[key]) this.item(key, value);
    }
    container.addEventListener('change', (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'checkbox') return;
      const key = input.name as FacetKey;
      onChange(key, input.value, input.checked);
    });
  }

  private item(key: FacetKey, value: string): HTMLLIElement {
    const group = this.groups.get(key);
    if (!group) throw new Error(`unknown facet ${key}`);
    let li = group.items.get(value);
    if (li) return li;
    li = document.createElement('li');
    const id = `loc-${key}-${value}`;
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.id = id;
    input.name = key;
    input.value = value;
    const label = document.createElement('label');
    label.htmlFor = id;
    const count = document.createElement('span');
    count.className = 'facet-count';
    label.append(`${valueLabel(this.config, key, value)} `, count);
    li.append(input, label);
    li.hidden = true;
    group.list.append(li);
    group.items.set(value, li);
    return li;
  }

  /** Show each value with its count; values with none are hidden unless chosen. */
  update(counts: Record<FacetKey, Record<string, number>>, state: SearchState): void {
    for (const key of FACETS) {
      const group = this.groups.get(key);
      if (!group) continue;
      const chosen = new Set(state.filters[key] ?? []);
      // Values the page does not list (new since the page was built) are still offered.
      for (const value of [...Object.keys(counts[key]), ...chosen]) this.item(key, value);
      let visible = 0;
      for (const [value, li] of group.items) {
        const n = counts[key][value] ?? 0;
        const input = li.querySelector('input');
        const count = li.querySelector('.facet-count');
        if (input) input.checked = chosen.has(value);
        if (count) count.textContent = `(${n})`;
        li.hidden = n === 0 && !chosen.has(value);
        if (!li.hidden) visible += 1;
      }
      group.fieldset.hidden = visible === 0;
    }
  }
}

/** The chosen filters as buttons that remove them. */
export function renderChips(
  list: HTMLElement,
  state: SearchState,
  config: ClientConfig,
  onRemove: (key: FacetKey, value: string) => void,
): number {
  const items: HTMLLIElement[] = [];
  for (const key of FACETS) {
    for (const value of state.filters[key] ?? []) {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      const label = valueLabel(config, key, value);
      button.setAttribute('aria-label', format(config, 'search.filters.remove', { label }));
      button.dataset.facet = key;
      button.dataset.value = value;
      const cross = document.createElement('span');
      cross.setAttribute('aria-hidden', 'true');
      cross.textContent = '×';
      button.append(label, ' ', cross);
      button.addEventListener('click', () => onRemove(key, value));
      li.append(button);
      items.push(li);
    }
  }
  list.replaceChildren(...items);
  return items.length;
}

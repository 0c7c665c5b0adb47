/**
 * `astro build` leaves a Pagefind index of the published profiles in dist/pagefind/ — profile
 * content only, nothing else shipped with it — and a search page and header box that work as
 * plain HTML: the box is a GET form to /tim-kiem/ on every page, with no script.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedProfiles } from '../support/content.ts';
import { contentPages, pageAt, requireDist } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';
import { FACETS } from '../../src/lib/search/facets.ts';
import { cardPath, quickSearch, type QuickBucket, type QuickCard, type QuickIndexRef } from '../../src/lib/search/quick.ts';
import { QUERY_TABLE } from '../support/search-queries.ts';
import { runStartScript } from '../support/quick-script.ts';

const INDEX = path.join(DIST, 'pagefind');

describe('the search index', () => {
  requireDist();

  it('holds one page per published profile', () => {
    const entry = JSON.parse(readFileSync(path.join(INDEX, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi?.page_count).toBe(publishedProfiles().length);
  });

  it('ships the search runtime and data, and neither Pagefind’s own UIs nor the build’s records file', () => {
    const files = readdirSync(INDEX);
    expect(files).toContain('pagefind.js');
    expect(files.some((f) => f.startsWith('wasm.'))).toBe(true);
    expect(files.filter((f) => /^pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\./.test(f))).toEqual([]);
    expect(existsSync(path.join(DIST, 'tim-kiem', 'ban-ghi'))).toBe(false);
  });
});

describe('the search page', () => {
  requireDist();
  const page = pageAt('/tim-kiem/');

  it('exists', () => {
    expect(page).toBeDefined();
  });

  it('says, in its HTML, that search needs JavaScript and links the browse pages', () => {
    const notice = page?.doc.querySelector('[data-search-fallback="noscript"]');
    expect(notice?.querySelector('h2')?.textContent).toBe('Tìm kiếm cần JavaScript');
    expect(notice?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/mo-hinh/', '/linh-vuc/', '/dia-phuong/', '/ke-hoach/']);
    // Without scripts the interface is not shown (scripting media query; the e2e test
    // search-without-javascript checks it in Chromium); with them it is laid out from the start.
    const css = [page?.html ?? '', ...(page?.doc.querySelectorAll('link[rel="stylesheet"]') ?? []).map((l) => readFileSync(path.join(DIST, l.getAttribute('href') ?? ''), 'utf8'))].join('\n');
    expect(css).toMatch(/@media \(scripting: ?none\)\s*\{\s*\.search-app[^{]*\{\s*display:\s*none/);
  });

  it('points its script at the quick index the build wrote: a bucket of words per file, a card per profile', () => {
    const config = JSON.parse(page?.doc.querySelector('#cau-hinh-tim-kiem')?.textContent ?? '{}') as { quick?: { base: string; buckets: number } };
    expect(config.quick?.base).toMatch(/^\/tim-kiem\/nhanh\/[0-9a-f]{12}\/$/);
    const folder = path.join(DIST, config.quick?.base ?? '');
    expect(readdirSync(path.join(DIST, 'tim-kiem', 'nhanh'))).toEqual([path.basename(folder)]);
    // Leaving out the precompressed .gz copies the build adds for nginx (src/lib/serve/precompress.ts).
    const files = (dir: string): string[] => readdirSync(path.join(folder, dir)).filter((f) => !f.endsWith('.gz'));
    expect(files('t').length).toBe(config.quick?.buckets);
    expect(files('d').length).toBe(publishedProfiles().length);
    // Nothing of Pagefind's is fetched before the first results (the one preload is the body font).
    const preloads = page?.doc.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]').map((l) => l.getAttribute('href') ?? '') ?? [];
    expect(preloads.filter((href) => !/\.woff2$/.test(href))).toEqual([]);
  });

  it('gets, from the shipped quick index, the query table’s profile among the first three results', async () => {
    const config = JSON.parse(page?.doc.querySelector('#cau-hinh-tim-kiem')?.textContent ?? '{}') as { quick: QuickIndexRef };
    const read = <T,>(site: string): T => JSON.parse(readFileSync(path.join(DIST, site), 'utf8')) as T;
    const problems: string[] = [];
    for (const row of QUERY_TABLE.filter((r) => Object.keys(r.query).every((k) => k === 'q'))) {
      const answer = await quickSearch(String(row.query.q), config.quick, async (p) => read<QuickBucket>(p));
      const urls = (answer?.ids ?? []).slice(0, 3).map((id) => read<QuickCard>(cardPath(config.quick, id)).url);
      if (!urls.includes(`/mo-hinh/${row.expect}/`)) problems.push(`${row.what} ("${row.query.q}"): ${urls.join(', ') || 'no answer'}`);
    }
    expect(problems).toEqual([]);
  });

  it('starts, from its head, the search in the URL with the shipped script and gets the same first results', async () => {
    const config = JSON.parse(page?.doc.querySelector('#cau-hinh-tim-kiem')?.textContent ?? '{}') as { quick: QuickIndexRef };
    const script = page?.doc.querySelector('head script[data-quick-start]')?.textContent ?? '';
    expect(script, 'no quick-start script in the head').not.toBe('');
    // Before any stylesheet, which would hold an inline script back until it has loaded.
    const head = page?.doc.querySelector('head')?.innerHTML ?? '';
    expect(head.indexOf('data-quick-start')).toBeLessThan(head.search(/<link[^>]+rel="stylesheet"|<style/));
    const readSite = (p: string) => {
      const file = path.join(DIST, p);
      return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    };
    const problems: string[] = [];
    for (const row of QUERY_TABLE.filter((r) => Object.keys(r.query).every((k) => k === 'q'))) {
      const q = String(row.query.q);
      const { answer } = await runStartScript(script, `?${new URLSearchParams({ q })}`, readSite);
      const expected = await quickSearch(q, config.quick, async (p) => JSON.parse(readSite(p) ?? '{}') as QuickBucket);
      const urls = answer?.cards.map((c) => c.url) ?? [];
      if (JSON.stringify(answer?.ids) !== JSON.stringify(expected?.ids) || !urls.includes(`/mo-hinh/${row.expect}/`)) {
        problems.push(`${row.what} ("${q}"): ${urls.join(', ') || 'no answer'}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('hands its script a label for every facet', () => {
    const config = JSON.parse(page?.doc.querySelector('#cau-hinh-tim-kiem')?.textContent ?? '{}') as { labels: Record<string, unknown[]> };
    expect(Object.keys(config.labels).sort()).toEqual([...FACETS].sort());
    for (const key of FACETS) expect(config.labels[key]?.length, key).toBeGreaterThan(0);
  });

  it('loads one small module of its own, and Pagefind only from the bundles its configuration lists, /pagefind/ first', () => {
    const scripts = page?.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '') ?? [];
    expect(scripts).toHaveLength(1);
    const file = path.join(DIST, scripts[0] ?? '');
    const source = readFileSync(file, 'utf8');
    expect(source.length, `${scripts[0]} is ${source.length} bytes`).toBeLessThan(30_000);
    // The script imports pagefind.js from the first bundle of the configuration (/pagefind/ by default).
    expect(source).toMatch(/import\(`\$\{\w+\}pagefind\.js`\)/);
    expect(source).toContain('`/pagefind/`');
    const config = JSON.parse(page?.doc.querySelector('#cau-hinh-tim-kiem')?.textContent ?? '{}') as { bundles?: string[] };
    expect(config.bundles?.[0]).toBe('/pagefind/');
    for (const bundle of config.bundles ?? []) expect(existsSync(path.join(DIST, bundle, 'pagefind-entry.json')), bundle).toBe(true);
  });
});

describe('the header search box', () => {
  requireDist();

  it('is a labelled GET form to /tim-kiem/ with a "q" box on every page', () => {
    const problems: string[] = [];
    for (const p of contentPages()) {
      const form = p.doc.querySelector('header form[role="search"]');
      if (!form) {
        // Print views carry no site header.
        if (p.doc.querySelector('header.site-header')) problems.push(`${p.path}: no search form in the header`);
        continue;
      }
      const input = form.querySelector('input[name="q"]');
      const id = input?.getAttribute('id');
      const label = id ? p.doc.querySelector(`label[for="${id}"]`) : undefined;
      if (form.getAttribute('action') !== '/tim-kiem/' || (form.getAttribute('method') ?? 'get').toLowerCase() !== 'get') {
        problems.push(`${p.path}: the form does not GET /tim-kiem/`);
      }
      if (!input || !label?.textContent?.trim()) problems.push(`${p.path}: the box has no label`);
      if (form.querySelector('script') || Object.keys(form.attributes).some((a) => /^on/i.test(a))) problems.push(`${p.path}: script in the form`);
    }
    expect(problems).toEqual([]);
  });
});

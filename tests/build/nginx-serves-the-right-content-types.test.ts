/**
 * nginx names every kind of file the site ships with the right Content-Type: WebAssembly,
 * Pagefind's own files, JSON Feed, RSS, oEmbed JSON, CSV with its charset, WOFF2, pages in UTF-8.
 * Files of features the site may not have yet are clearly synthetic, in an overlay of dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor } from '../../src/lib/serve/rules.ts';
import { listDistFiles } from '../support/dist.ts';
import { httpGet, overlaySite, startNginx, SYNTHETIC, syntheticFiles, urlOf, type LocalNginx, type Overlay } from '../support/nginx.ts';
import { DIST } from '../support/paths.ts';

describe('nginx content types', () => {
  let overlay: Overlay;
  let nginx: LocalNginx;
  beforeAll(async () => {
    overlay = overlaySite(syntheticFiles());
    nginx = await startNginx({ root: overlay.root });
  });
  afterAll(async () => {
    await nginx?.stop();
    overlay?.remove();
  });

  const typeOf = async (path: string): Promise<string | undefined> => {
    const res = await httpGet(nginx.url(path), {}, 'HEAD');
    expect(res.status, path).toBe(200);
    return res.headers['content-type'];
  };

  it.each([
    [SYNTHETIC.wasm, 'application/wasm'],
    [SYNTHETIC.jsonFeed, 'application/feed+json; charset=utf-8'],
    [SYNTHETIC.rssFeed, 'application/rss+xml; charset=utf-8'],
    [SYNTHETIC.oembed, 'application/json+oembed; charset=utf-8'],
    [SYNTHETIC.dataCsv, 'text/csv; charset=utf-8'],
    [SYNTHETIC.dataJson, 'application/json; charset=utf-8'],
    [SYNTHETIC.dataSchema, 'application/json; charset=utf-8'],
    [SYNTHETIC.embedPage, 'text/html; charset=utf-8'],
  ])('%s is %s', async (rel, type) => {
    expect(await typeOf(urlOf(rel))).toBe(type);
  });

  it('built files of each kind carry their type (fonts, Pagefind files, pages, scripts, styles)', async () => {
    const rels = listDistFiles().map((f) => f.slice(DIST.length + 1).split('\\').join('/'));
    const kinds = ['.woff2', '.pagefind', '.pf_meta', '.pf_fragment', '.pf_index', '.pf_filter', '.js', '.css', '.html', '.xml', '.txt', '.svg', '.png', '.json'];
    const checked: string[] = [];
    for (const ext of kinds) {
      const rel = rels.find((r) => r.endsWith(ext) && !r.startsWith('_nginx/'));
      if (!rel) continue;
      expect(await typeOf(urlOf(rel)), rel).toBe(contentTypeFor(urlOf(rel)));
      checked.push(ext);
    }
    // The site always ships its fonts, its search index and pages.
    for (const must of ['.woff2', '.pagefind', '.pf_meta', '.pf_fragment', '.html']) expect(checked).toContain(must);
    expect(contentTypeFor('/_astro/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/pagefind/wasm.unknown.pagefind')).toBe('application/octet-stream');
  });
});

/**
 * Real nginx with the site's configuration sends, on every kind of path, exactly the headers the
 * serving rules (src/lib/serve/rules.ts) say, and none of the others: security headers everywhere,
 * framing denied but on /nhung/, CORS only on feeds, oEmbed and open data files. Paths of features
 * the site may not have yet are served from clearly synthetic files in an overlay of dist/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineHashes } from '../../src/lib/serve/inline.ts';
import { headersFor, MANAGED_HEADERS, PATH_RULES, ruleFor, type InlineHashes } from '../../src/lib/serve/rules.ts';
import { listDistFiles, listHtmlFiles } from '../support/dist.ts';
import { httpGet, overlaySite, startNginx, SYNTHETIC, syntheticFiles, urlOf, type LocalNginx, type Overlay } from '../support/nginx.ts';
import { DIST } from '../support/paths.ts';
import { listing } from '../support/report.ts';
import { templatePages } from '../support/templates.ts';

describe('nginx sends the headers of the serving rules', () => {
  let overlay: Overlay;
  let nginx: LocalNginx;
  let inline: InlineHashes;
  beforeAll(async () => {
    overlay = overlaySite(syntheticFiles());
    nginx = await startNginx({ root: overlay.root });
    inline = inlineHashes(listHtmlFiles());
  });
  afterAll(async () => {
    await nginx?.stop();
    overlay?.remove();
  });

  /** One built or synthetic path per rule, plus every page template and a missing page. */
  const samples = (): string[] => {
    const urls = [
      ...listDistFiles().map((f) => urlOf(f.slice(DIST.length + 1).split('\\').join('/'))),
      ...Object.values(SYNTHETIC).map(urlOf),
    ].filter((u) => !u.endsWith('.gz') && !u.startsWith('/_nginx/') && !/^\/(?:_headers|_redirects|nginx-redirects\.conf)$/.test(u));
    const perRule = PATH_RULES.flatMap((rule) => urls.filter((u) => ruleFor(u) === rule).slice(0, 2));
    return [...new Set([...perRule, ...templatePages().map((t) => t.path)])];
  };

  it('every rule is exercised by a file', () => {
    const covered = new Set(samples().map((u) => ruleFor(u).name));
    expect(PATH_RULES.map((r) => r.name).filter((n) => !covered.has(n))).toEqual([]);
  });

  it('each path gets exactly the managed headers its rule gives', async () => {
    const wrong: string[] = [];
    for (const url of samples()) {
      const res = await httpGet(nginx.url(url));
      // A missing page is answered by /404.html, with the headers of that path.
      const expected = headersFor(res.status === 404 ? '/404.html' : url, inline);
      for (const name of MANAGED_HEADERS) {
        const got = res.all[name.toLowerCase()];
        const want = expected[name];
        if (want === undefined && got !== undefined) wrong.push(`${url}: ${name} must be absent, got "${got.join(' | ')}"`);
        else if (want !== undefined && (got?.length !== 1 || got[0] !== want)) wrong.push(`${url}: ${name} = "${got?.join(' | ') ?? '(absent)'}", want "${want}"`);
      }
      if ('strict-transport-security' in res.headers) wrong.push(`${url}: HSTS over plain HTTP`);
    }
    expect(wrong, listing('wrong headers', wrong)).toEqual([]);
  });

  it('profile pages refuse framing and embed pages allow it', async () => {
    const profile = templatePages().find((t) => t.name === 'profile')?.path ?? '/';
    const p = await httpGet(nginx.url(profile));
    expect(p.headers['x-frame-options']).toBe('DENY');
    expect(p.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const e = await httpGet(nginx.url(urlOf(SYNTHETIC.embedPage)));
    expect(e.status).toBe(200);
    expect(e.headers['x-frame-options']).toBeUndefined();
    expect(e.headers['content-security-policy']).toContain('frame-ancestors *');
  });

  it('CORS is open on feeds, oEmbed and open data files only', async () => {
    const open = [SYNTHETIC.rssFeed, SYNTHETIC.jsonFeed, SYNTHETIC.oembed, SYNTHETIC.dataCsv, SYNTHETIC.dataJson, SYNTHETIC.dataSchema];
    const closed = [SYNTHETIC.dataPage, SYNTHETIC.embedPage, 'index.html', 'robots.txt', 'sitemap-index.xml'];
    for (const rel of open) expect((await httpGet(nginx.url(urlOf(rel)))).headers['access-control-allow-origin'], rel).toBe('*');
    for (const rel of closed) expect((await httpGet(nginx.url(urlOf(rel)))).headers['access-control-allow-origin'], rel).toBeUndefined();
  });

  it('the files for the server and the hosts are not served', async () => {
    for (const path of ['/_nginx/server.conf', '/_headers', '/_redirects', '/nginx-redirects.conf']) {
      expect((await httpGet(nginx.url(path))).status, path).toBe(404);
    }
  });
});

/**
 * Permanent URLs: old slugs (aliases) and old poster pages redirect by static page, `_redirects`
 * and nginx map.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { currentSlugOf, netlifyRedirects, nginxRedirectMap, posterRedirects, profileRedirects, publishedPosterSlugs, redirectPageHtml, writeRedirectFiles } from '../../src/lib/redirects.ts';

const BASE = 'https://dienhinhtientien.example.vn';
const PROFILES = [
  { slug: 'trong-rau-huu-co-thanh-lap', aliases: ['rau-huu-co', 'mo-hinh-rau'] },
  { slug: 'dan-van-kheo-dong-tam', aliases: [] },
];

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('profileRedirects', () => {
  it('maps every alias to its profile\'s path, sorted by old path', () => {
    expect(profileRedirects(PROFILES)).toEqual([
      { from: '/mo-hinh/mo-hinh-rau/', to: '/mo-hinh/trong-rau-huu-co-thanh-lap/' },
      { from: '/mo-hinh/rau-huu-co/', to: '/mo-hinh/trong-rau-huu-co-thanh-lap/' },
    ]);
  });

  it('refuses an alias that is a live slug, claimed twice, or not a slug, naming each', () => {
    const bad = [
      { slug: 'a', aliases: ['b', 'cu'] },
      { slug: 'b', aliases: ['cu', 'Sai Dấu'] },
    ];
    const err = (() => {
      try {
        profileRedirects(bad);
      } catch (e) {
        return String(e);
      }
      return '';
    })();
    expect(err).toMatch(/"b".*trùng đường dẫn/);
    expect(err).toMatch(/"cu" thuộc cả "a" và "b"/);
    expect(err).toMatch(/"Sai Dấu" không phải đường dẫn hợp lệ/);
  });

  it('uses the path rule it is given', () => {
    expect(profileRedirects([{ slug: 'moi', aliases: ['cu'] }], (s) => `/ho-so/${s}/`)).toEqual([{ from: '/ho-so/cu/', to: '/ho-so/moi/' }]);
  });
});

describe('redirectPageHtml', () => {
  const rule = { from: '/mo-hinh/rau-huu-co/', to: '/mo-hinh/trong-rau-huu-co-thanh-lap/' };
  const html = redirectPageHtml(rule, { baseUrl: `${BASE}/`, targetTitle: 'Mô hình trồng rau hữu cơ', siteName: 'Mô hình, điển hình tiên tiến' });
  const doc = parse(html);

  it('is a Vietnamese page with refresh, absolute canonical and noindex', () => {
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/mo-hinh/trong-rau-huu-co-thanh-lap/');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${BASE}/mo-hinh/trong-rau-huu-co-thanh-lap/`);
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
  });

  it('shows a visible link to the new page', () => {
    const a = doc.querySelector('body a');
    expect(a?.getAttribute('href')).toBe('/mo-hinh/trong-rau-huu-co-thanh-lap/');
    expect(a?.text).toBe('Mô hình trồng rau hữu cơ');
    expect(doc.querySelector('body p')?.text).toMatch(/^Trang này đã chuyển đến Mô hình trồng rau hữu cơ\.$/);
    expect(html).toBe(html.normalize('NFC'));
  });

  it('escapes what it is given', () => {
    const h = redirectPageHtml(rule, { baseUrl: BASE, targetTitle: '<script>"x"</script>' });
    expect(h).not.toContain('<script>');
    expect(h).toContain('&lt;script&gt;&quot;x&quot;&lt;/script&gt;');
  });
});

describe('_redirects and nginx map', () => {
  const rules = profileRedirects(PROFILES);

  it('_redirects: one 301 line per old spelling', () => {
    const lines = netlifyRedirects(rules).trim().split('\n').filter((l) => !l.startsWith('#'));
    expect(lines).toEqual([
      '/mo-hinh/mo-hinh-rau/ /mo-hinh/trong-rau-huu-co-thanh-lap/ 301',
      '/mo-hinh/mo-hinh-rau /mo-hinh/trong-rau-huu-co-thanh-lap/ 301',
      '/mo-hinh/rau-huu-co/ /mo-hinh/trong-rau-huu-co-thanh-lap/ 301',
      '/mo-hinh/rau-huu-co /mo-hinh/trong-rau-huu-co-thanh-lap/ 301',
    ]);
  });

  it('nginx: a map with a default, one entry per old spelling, and how to use it', () => {
    const conf = nginxRedirectMap(rules);
    expect(conf).toMatch(/^map \$uri \$dhtt_redirect \{$/m);
    expect(conf).toMatch(/^ {4}default "";$/m);
    expect(conf).toMatch(/^ {4}\/mo-hinh\/rau-huu-co\/ \/mo-hinh\/trong-rau-huu-co-thanh-lap\/;$/m);
    expect(conf).toMatch(/^ {4}\/mo-hinh\/rau-huu-co \/mo-hinh\/trong-rau-huu-co-thanh-lap\/;$/m);
    expect(conf).toContain('return 301 $dhtt_redirect;');
    expect(conf.trim().endsWith('}')).toBe(true);
    // Balanced braces outside comments.
    const code = conf.split('\n').filter((l) => !l.startsWith('#')).join('\n');
    expect((code.match(/\{/g) ?? []).length).toBe((code.match(/\}/g) ?? []).length);
  });

  it('empty rule sets still give valid files', () => {
    expect(nginxRedirectMap([])).toMatch(/map \$uri \$dhtt_redirect \{\n {4}default "";\n\n\}/);
    expect(netlifyRedirects([]).split('\n').filter((l) => l && !l.startsWith('#'))).toEqual([]);
  });
});

describe('posterRedirects', () => {
  const posters = posterRedirects(['b-mo-hinh', 'a-mo-hinh']);

  it('sends each old poster page to the poster view of its profile page, sorted by old path', () => {
    expect(posters.rules).toEqual([
      { from: '/mo-hinh/a-mo-hinh/ap-phich/', to: '/mo-hinh/a-mo-hinh/#ap-phich' },
      { from: '/mo-hinh/b-mo-hinh/ap-phich/', to: '/mo-hinh/b-mo-hinh/#ap-phich' },
    ]);
  });

  it('sends an old poster page whose slug became an alias to the poster view of the renamed profile, and drops one no profile answers to', () => {
    const now = currentSlugOf([{ slug: 'moi', aliases: ['cu'] }, { slug: 'khac', aliases: [] }]);
    expect(posterRedirects(['cu', 'khac', 'da-xoa'], undefined, now).rules).toEqual([
      { from: '/mo-hinh/cu/ap-phich/', to: '/mo-hinh/moi/#ap-phich' },
      { from: '/mo-hinh/khac/ap-phich/', to: '/mo-hinh/khac/#ap-phich' },
    ]);
  });

  it('lists the published poster pages once each, as clean slugs', () => {
    expect(publishedPosterSlugs.length).toBeGreaterThan(0);
    expect(new Set(publishedPosterSlugs).size).toBe(publishedPosterSlugs.length);
    for (const slug of publishedPosterSlugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('is one pattern in _redirects (both spellings) and one regex in the nginx map, after the exact rules', () => {
    const aliases = profileRedirects(PROFILES);
    const netlify = netlifyRedirects(aliases, [posters]).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(netlify.slice(-2)).toEqual(['/mo-hinh/:slug/ap-phich/ /mo-hinh/:slug/#ap-phich 301', '/mo-hinh/:slug/ap-phich /mo-hinh/:slug/#ap-phich 301']);
    expect(netlify).toHaveLength(aliases.length * 2 + 2);
    const map = nginxRedirectMap(aliases, '$dhtt_redirect', [posters]);
    const entries = map.split('\n').filter((l) => /^ {4}[~/]/.test(l));
    expect(entries.at(-1)).toBe('    ~^/mo-hinh/(?<dhtt_slug>[a-z0-9-]+)/ap-phich/?$ "/mo-hinh/$dhtt_slug/#ap-phich";');
    expect(entries).toHaveLength(aliases.length * 2 + 1);
    // The regex matches the old poster paths, with or without the slash, and nothing else.
    const re = new RegExp(/^ {4}~(\S+) /.exec(entries.at(-1)!)![1]!.replace('(?<dhtt_slug>', '('));
    expect(['/mo-hinh/a-mo-hinh/ap-phich/', '/mo-hinh/a-mo-hinh/ap-phich'].every((p) => re.test(p))).toBe(true);
    expect(['/mo-hinh/a-mo-hinh/', '/mo-hinh/ap-phich/', '/mo-hinh/a/ap-phich/x/'].some((p) => re.test(p))).toBe(false);
  });

  it('gives each old poster a redirect page to the poster view, canonical to the profile itself', async () => {
    const out = mkdtempSync(join(tmpdir(), 'redirects-'));
    dirs.push(out);
    const res = await writeRedirectFiles([], out, { baseUrl: BASE, families: [posters] });
    expect(res.pages).toBe(2);
    const doc = parse(readFileSync(join(out, 'mo-hinh', 'a-mo-hinh', 'ap-phich', 'index.html'), 'utf8'));
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/mo-hinh/a-mo-hinh/#ap-phich');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${BASE}/mo-hinh/a-mo-hinh/`);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('/mo-hinh/a-mo-hinh/#ap-phich');
  });
});

describe('writeRedirectFiles', () => {
  it('writes the pages and both rule files into the output folder', async () => {
    const out = mkdtempSync(join(tmpdir(), 'redirects-'));
    dirs.push(out);
    const rules = profileRedirects(PROFILES);
    const res = await writeRedirectFiles(rules, out, { baseUrl: BASE, titles: new Map([['/mo-hinh/trong-rau-huu-co-thanh-lap/', 'Mô hình trồng rau hữu cơ']]) });
    expect(res.pages).toBe(2);
    expect(readFileSync(join(out, 'mo-hinh', 'rau-huu-co', 'index.html'), 'utf8')).toContain('Mô hình trồng rau hữu cơ</a>');
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain('/mo-hinh/rau-huu-co/ /mo-hinh/trong-rau-huu-co-thanh-lap/ 301');
    expect(readFileSync(join(out, 'nginx-redirects.conf'), 'utf8')).toContain('map $uri $dhtt_redirect');
  });

  it('can write only the rule files, when Astro routes build the pages', async () => {
    const out = mkdtempSync(join(tmpdir(), 'redirects-'));
    dirs.push(out);
    mkdirSync(join(out, 'mo-hinh', 'cu'), { recursive: true });
    writeFileSync(join(out, 'mo-hinh', 'cu', 'index.html'), '<p>built by Astro</p>');
    const res = await writeRedirectFiles([{ from: '/mo-hinh/cu/', to: '/mo-hinh/moi/' }], out, { baseUrl: BASE, pages: false });
    expect(res.pages).toBe(0);
    expect(readFileSync(join(out, 'mo-hinh', 'cu', 'index.html'), 'utf8')).toBe('<p>built by Astro</p>');
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain('/mo-hinh/cu/ /mo-hinh/moi/ 301');
  });

  it('never overwrites a page the site built', async () => {
    const out = mkdtempSync(join(tmpdir(), 'redirects-'));
    dirs.push(out);
    mkdirSync(join(out, 'mo-hinh', 'cu'), { recursive: true });
    writeFileSync(join(out, 'mo-hinh', 'cu', 'index.html'), '<p>real</p>');
    await expect(writeRedirectFiles([{ from: '/mo-hinh/cu/', to: '/mo-hinh/moi/' }], out, { baseUrl: BASE })).rejects.toThrow(/không ghi đè/);
  });
});

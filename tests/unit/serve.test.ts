import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import serveFiles from '../../src/integrations/serve.ts';
import { deployFiles } from '../../src/lib/serve/deploy-files.ts';
import { inlineHashes, scanHtml, sha256Source } from '../../src/lib/serve/inline.ts';
import { precompress } from '../../src/lib/serve/precompress.ts';
import { writeServeFiles } from '../../src/lib/serve/write.ts';
import { nginxRegex, serverInclude } from '../../src/lib/serve/nginx.ts';
import { CACHE, contentSecurityPolicy, contentTypeFor, headersFor, isPrecompressed, NO_INLINE, PATH_RULES, ruleFor } from '../../src/lib/serve/rules.ts';
import { githubPagesWorkflow, headerRules } from '../../src/lib/serve/static-hosts.ts';
import { ROOT } from '../support/paths.ts';

describe('inline code scanning', () => {
  const html = `<!doctype html><html><head>
<script data-quick-start>start()</script>
<script type="module">go()</script>
<script type="application/ld+json">{"@type":"Thing"}</script>
<script type="application/json" id="c">{"a":1}</script>
<script type="module" src="/_astro/x.js"></script>
<style>p{color:red}</style>
<!-- <script>commented()</script> -->
</head><body><p style="width: 40%" data-x="a>b">x</p><button onclick="f(&quot;a&quot;)">b</button>
<pre>onclick="not an attribute"</pre></body></html>`;
  const found = scanHtml(html);

  it('hashes inline scripts that run, classic and module', () => {
    expect([...found.scripts].sort()).toEqual([sha256Source('start()'), sha256Source('go()')].sort());
  });
  it('leaves out data blocks, external scripts and comments', () => {
    expect(found.scripts.has(sha256Source('{"@type":"Thing"}'))).toBe(false);
    expect(found.scripts.has(sha256Source('commented()'))).toBe(false);
    expect(found.scripts.size).toBe(2);
  });
  it('hashes styles and, decoded, style and event handler attributes', () => {
    expect([...found.styles]).toEqual([sha256Source('p{color:red}')]);
    expect([...found.styleAttributes]).toEqual([sha256Source('width: 40%')]);
    expect([...found.scriptAttributes]).toEqual([sha256Source('f("a")')]);
  });
  it('hashes as browsers do (sha256 of the UTF-8 text, base64)', () => {
    expect(sha256Source('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('the serving rules', () => {
  it.each([
    ['/_astro/BaseLayout.abc.css', 'immutable'],
    ['/pagefind/fragment/vi_1a2b.pf_fragment', 'immutable'],
    ['/pagefind/pagefind.vi_956562167d.pf_meta', 'immutable'],
    ['/pagefind/pagefind.js', 'revalidate'],
    ['/pagefind/wasm.unknown.pagefind', 'revalidate'],
    ['/pagefind-2/index/vi_3c4d.pf_index', 'immutable'],
    ['/pagefind-2/pagefind-entry.json', 'revalidate'],
    ['/tim-kiem/nhanh/9be692c59aa3/the/a.json', 'immutable'],
    ['/tim-kiem/', 'revalidate'],
    ['/mo-hinh/x/', 'revalidate'],
    ['/404.html', 'revalidate'],
    ['/rss/index.xml', 'data'],
    ['/du-lieu/', 'revalidate'],
    ['/du-lieu/ho-so.csv', 'data'],
    ['/logo.svg', 'files'],
  ] as const)('%s is cached as %s', (path, cache) => {
    expect(ruleFor(path).cache).toBe(cache);
  });

  it('open framing on /nhung/ only and CORS on feeds, oEmbed and open data files only', () => {
    const framable = ['/nhung/', '/nhung/mo-hinh/x/', '/nhung/nhung.js'];
    const cors = ['/rss/index.xml', '/rss/linh-vuc/x.json', '/oembed/mo-hinh/x.json', '/du-lieu/ho-so.csv', '/du-lieu/ho-so.schema.json'];
    const neither = ['/', '/mo-hinh/x/', '/du-lieu/', '/du-lieu/huong-dan/', '/_astro/a.js', '/tim-kiem/'];
    for (const p of framable) expect(ruleFor(p).framable, p).toBe(true);
    for (const p of cors) expect(ruleFor(p).cors, p).toBe(true);
    for (const p of [...neither, ...cors]) expect(ruleFor(p).framable ?? false, p).toBe(false);
    for (const p of [...neither, ...framable]) expect(ruleFor(p).cors ?? false, p).toBe(false);
  });

  it('name types with charsets for text and per-folder JSON types', () => {
    expect(contentTypeFor('/rss/index.json')).toBe('application/feed+json; charset=utf-8');
    expect(contentTypeFor('/oembed/mo-hinh/x.json')).toBe('application/json+oembed; charset=utf-8');
    expect(contentTypeFor('/du-lieu/x.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor('/x.wasm')).toBe('application/wasm');
    expect(contentTypeFor('/mo-hinh/x/')).toBe('text/html; charset=utf-8');
  });

  it('build a CSP that frames per path and allows attributes only by hash', () => {
    const csp = contentSecurityPolicy(NO_INLINE);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-hashes');
    expect(contentSecurityPolicy(NO_INLINE, { framable: true })).toContain('frame-ancestors *');
    const withAttr = contentSecurityPolicy({ ...NO_INLINE, styleAttributes: ['sha256-x'] });
    expect(withAttr).toContain("style-src 'self' 'unsafe-hashes' 'sha256-x'");
    expect(headersFor('/nhung/x/', NO_INLINE)['X-Frame-Options']).toBeUndefined();
    expect(headersFor('/x/', NO_INLINE)['X-Frame-Options']).toBe('DENY');
  });

  it('are all written into the nginx include, in order', () => {
    const conf = serverInclude(NO_INLINE);
    let at = 0;
    for (const rule of PATH_RULES) {
      const next = conf.indexOf(`location ~ ${nginxRegex(rule.pattern)} {`, at);
      expect(next, rule.name).toBeGreaterThanOrEqual(at);
      at = next + 1;
    }
    expect(conf).toContain(`"${CACHE.immutable}"`);
  });
});

describe('precompressed files', () => {
  it('are the shared text files; pages, oEmbed documents and quick index cards, one per profile, are gzipped on the fly', () => {
    for (const shared of ['_astro/BaseLayout.abc.css', '/_astro/page.abc.js', 'pagefind/pagefind.js', 'rss/index.xml', 'du-lieu/mo-hinh.csv', 'du-lieu/mo-hinh.json', 'sitemap-0.xml', 'logo.svg', 'nhung/nhung.js', 'tim-kiem/nhanh/abcdef12/a.json', 'tim-kiem/nhanh/abcdef12/t/3.json']) {
      expect(isPrecompressed(shared), shared).toBe(true);
    }
    for (const perEntry of ['mo-hinh/a/index.html', '/mo-hinh/a/ap-phich/index.html', 'nhung/mo-hinh/a/index.html', 'index.html', '404.html', 'oembed/mo-hinh/a.json', '/oembed/dia-phuong/ha-noi/x.json', 'tim-kiem/nhanh/abcdef12/d/17.json', '/tim-kiem/nhanh/abcdef12/d/0.json']) {
      expect(isPrecompressed(perEntry), perEntry).toBe(false);
    }
    for (const binary of ['og/mo-hinh/a.png', '_astro/be-vietnam-pro-400.abc.woff2', 'pagefind/fragment/x.pf_fragment']) expect(isPrecompressed(binary), binary).toBe(false);
  });
});

describe('nginx regular expressions', () => {
  it('keep what PCRE reads and escape what nginx would unescape', () => {
    expect(nginxRegex(/^\/_astro\//)).toBe('"^/_astro/"');
    expect(nginxRegex(/\.pf_(?:meta)$/)).toBe('"\\.pf_(?:meta)$"');
    expect(nginxRegex(/a\\b"\t/)).toBe('"a\\\\\\\\b\\"\\\\t"');
  });
});

describe('_headers rules', () => {
  it('give a folder of alike files one pattern and never overlap', () => {
    const files = ['index.html', '404.html', 'logo.svg', '_astro/a.css', '_astro/b.js', 'mo-hinh/a/index.html', 'mo-hinh/b/index.html', 'tim-kiem/index.html', 'tim-kiem/nhanh/abcdef12/a.json', 'nginx-redirects.conf', '_headers', 'index.html.gz'];
    const patterns = headerRules(files, NO_INLINE).map((r) => r.pattern);
    expect(patterns).toEqual(['/404.html', '/', '/logo.svg', '/_astro/*', '/mo-hinh/*', '/tim-kiem/', '/tim-kiem/nhanh/*']);
  });
});

describe('deployment files', () => {
  it.each([...deployFiles()].map(([file, text]) => [file, text]))('%s is committed as generated (npm run deploy:files)', (file, text) => {
    expect(readFileSync(path.join(ROOT, file), 'utf8')).toBe(text);
  });
});

describe('the GitHub Pages workflow', () => {
  it('builds with npm and publishes dist/', () => {
    const wf = parseYaml(githubPagesWorkflow()) as { jobs: { build: { steps: { run?: string; uses?: string; with?: { path?: string } }[] }; deploy: { steps: { uses?: string }[] } } };
    const steps = wf.jobs.build.steps;
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci --no-audit --no-fund', 'npm run build']);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(wf.jobs.deploy.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });
});

describe('the serve-files integration', () => {
  const configDone = (names: string[]) => {
    const hook = serveFiles().hooks['astro:config:done'] as unknown as (o: { config: { integrations: unknown[] } }) => void;
    const integrations = names.map((name) => (name === 'serve-files' ? serveFiles() : { name, hooks: { 'astro:build:done': () => {} } }));
    return () => hook({ config: { integrations } });
  };
  it('refuses to run before another integration that changes the built files', () => {
    expect(configDone(['a', 'serve-files'])).not.toThrow();
    expect(configDone(['serve-files', 'late'])).toThrow(/late/);
  });
});

describe('a rebuild reuses what has not changed', () => {
  const page = (n: number) => `<!doctype html><html lang="vi"><head><style>p{color:red}</style></head><body>${'<p>Nội dung thử</p>'.repeat(40)}<script>go(${n})</script></body></html>`;

  it('links the previous build’s .gz for a byte-identical file and compresses a changed one', () => {
    const root = mkdtempSync(join(tmpdir(), 'dhtt-precompress-'));
    try {
      const previous = join(root, 'previous');
      const next = join(root, 'next');
      for (const dir of [previous, next]) mkdirSync(dir);
      writeFileSync(join(previous, 'a.css'), page(1));
      writeFileSync(join(previous, 'b.css'), page(2));
      precompress(previous);
      writeFileSync(join(next, 'a.css'), page(1));
      writeFileSync(join(next, 'b.css'), page(3));
      const report = precompress(next, { previous });
      expect(report).toMatchObject({ files: 2, reused: 1 });
      expect(statSync(join(next, 'a.css.gz')).ino).toBe(statSync(join(previous, 'a.css.gz')).ino);
      expect(gunzipSync(readFileSync(join(next, 'b.css.gz'))).toString()).toBe(page(3));
      // The same bytes as a cold build's.
      const cold = join(root, 'cold');
      mkdirSync(cold);
      writeFileSync(join(cold, 'a.css'), page(1));
      precompress(cold);
      expect(readFileSync(join(next, 'a.css.gz')).equals(readFileSync(join(cold, 'a.css.gz')))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('takes the .gz of a file moved to another path from the store of an earlier build, the bytes a cold build writes', () => {
    const root = mkdtempSync(join(tmpdir(), 'dhtt-gzstore-'));
    try {
      const store = join(root, 'store');
      const first = join(root, 'first');
      const second = join(root, 'second');
      const cold = join(root, 'cold');
      // The quick index's folder is named by a hash of the whole index: one change moves every file.
      for (const dir of [join(first, 'q', 'h1'), join(second, 'q', 'h2'), join(cold, 'q', 'h2')]) mkdirSync(dir, { recursive: true });
      writeFileSync(join(first, 'q', 'h1', 'a.json'), page(1));
      writeFileSync(join(first, 'q', 'h1', 'b.json'), page(2));
      expect(precompress(first, { store })).toMatchObject({ files: 2, reused: 0 });
      for (const dir of [second, cold]) {
        writeFileSync(join(dir, 'q', 'h2', 'a.json'), page(1));
        writeFileSync(join(dir, 'q', 'h2', 'b.json'), page(3));
      }
      expect(precompress(second, { previous: first, store })).toMatchObject({ files: 2, reused: 1 });
      precompress(cold);
      for (const name of ['a.json.gz', 'b.json.gz']) {
        expect(readFileSync(join(second, 'q', 'h2', name)).equals(readFileSync(join(cold, 'q', 'h2', name))), name).toBe(true);
      }
      // Only what the last build used is kept.
      expect(readdirSync(store)).toHaveLength(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('keeps each page’s CSP scan by its hash, and gives the hashes a fresh scan gives', () => {
    const root = mkdtempSync(join(tmpdir(), 'dhtt-scan-'));
    try {
      const memo = join(root, 'cache', 'scan.json');
      writeFileSync(join(root, 'a.html'), page(1));
      writeFileSync(join(root, 'b.html'), page(2));
      const fresh = inlineHashes([join(root, 'a.html'), join(root, 'b.html')]);
      const first = writeServeFiles(root, { scanMemoFile: memo });
      expect(first.inline).toEqual(fresh);
      const kept = JSON.parse(readFileSync(memo, 'utf8')) as unknown[];
      expect(kept).toHaveLength(2);
      writeFileSync(join(root, 'b.html'), page(3));
      const second = writeServeFiles(root, { scanMemoFile: memo });
      expect(second.inline).toEqual(inlineHashes([join(root, 'a.html'), join(root, 'b.html')]));
      // The scan of the page that is gone is dropped.
      expect(JSON.parse(readFileSync(memo, 'utf8'))).toHaveLength(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

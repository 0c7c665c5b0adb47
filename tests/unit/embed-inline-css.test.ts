/** Embed pages carry their stylesheets inside the page; every other page links them. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inlineEmbedStylesheets, inlineStylesheets, isEmbedPagePath } from '../../src/lib/embed/inline-css.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('inlineStylesheets', () => {
  it('replaces each same-site stylesheet link with a <style> holding the file, in place', () => {
    const html = '<head><link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="/x/"><link rel="stylesheet" href="/_astro/b.css"></head>';
    const css: Record<string, string> = { '/_astro/a.css': '.a{color:red}\n', '/_astro/b.css': '.b{margin:0}' };
    expect(inlineStylesheets(html, (h) => css[h]!)).toBe('<head><style>.a{color:red}</style><link rel="canonical" href="/x/"><style>.b{margin:0}</style></head>');
  });

  it('leaves other origins alone and refuses CSS that would close the element', () => {
    expect(inlineStylesheets('<link rel="stylesheet" href="https://example.org/a.css">', () => '')).toBe('<link rel="stylesheet" href="https://example.org/a.css">');
    expect(() => inlineStylesheets('<link rel="stylesheet" href="/a.css">', () => 'a{}</style><script>')).toThrow(/<\/style/);
  });
});

describe('the embed pages of a build', () => {
  it('are every page under /nhung/ but the builder', () => {
    expect(isEmbedPagePath('/nhung/mo-hinh/a/')).toBe(true);
    expect(isEmbedPagePath('/nhung/thong-ke/ban-do/index.html')).toBe(true);
    expect(isEmbedPagePath('/nhung/')).toBe(false);
    expect(isEmbedPagePath('/nhung/index.html')).toBe(false);
    expect(isEmbedPagePath('/mo-hinh/a/')).toBe(false);
  });

  it('get their stylesheets inlined; the builder and the other pages keep their links', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'embed-css-'));
    dirs.push(dist);
    const page = (rel: string) => {
      mkdirSync(path.join(dist, rel), { recursive: true });
      writeFileSync(path.join(dist, rel, 'index.html'), '<link rel="stylesheet" href="/_astro/e.css"><p>x</p>');
      return path.join(dist, rel, 'index.html');
    };
    mkdirSync(path.join(dist, '_astro'));
    writeFileSync(path.join(dist, '_astro', 'e.css'), '.e{color:#000}');
    const embed = page('nhung/mo-hinh/a');
    const builder = page('nhung');
    const profile = page('mo-hinh/a');
    expect(inlineEmbedStylesheets(dist)).toEqual({ pages: 1, stylesheets: 1 });
    expect(readFileSync(embed, 'utf8')).toBe('<style>.e{color:#000}</style><p>x</p>');
    expect(readFileSync(builder, 'utf8')).toContain('<link rel="stylesheet"');
    expect(readFileSync(profile, 'utf8')).toContain('<link rel="stylesheet"');
  });
});

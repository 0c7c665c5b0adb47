/** Embed snippets and oEmbed documents keep any title as text and stay one element. */
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { EMBED_HEIGHT, embedUrl, iframeSnippet, scriptSnippet } from '../../src/lib/embed/snippet.ts';
import { oembedDocument } from '../../src/lib/embed/oembed.ts';
import { oembedPath, embedPathOf, type EmbedTarget } from '../../src/lib/embed/targets.ts';

const NASTY = `"><script>alert('x')</script> & {{x}} =1+1\nxuống dòng`;
const SRC = 'https://vi-du.test/nhung/linh-vuc/y-te/?so=3&nen=toi';

describe('iframeSnippet', () => {
  it('is one titled, lazy iframe whatever the title holds', () => {
    const doc = parse(iframeSnippet(SRC, NASTY, 640));
    expect(doc.childNodes).toHaveLength(1);
    const frame = doc.querySelector('iframe')!;
    expect(frame.getAttribute('title')).toBe(NASTY);
    expect(frame.getAttribute('src')).toBe(SRC);
    expect(frame.getAttribute('loading')).toBe('lazy');
    expect(frame.getAttribute('height')).toBe('640');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('scriptSnippet', () => {
  it('is a link readable without script, then the resize script', () => {
    const doc = parse(scriptSnippet(SRC, NASTY, 'https://vi-du.test/nhung/nhung.js'));
    const link = doc.querySelector('a.dhtt-nhung')!;
    expect(link.getAttribute('href')).toBe(SRC);
    expect(link.text).toBe(NASTY);
    const scripts = doc.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.getAttribute('src')).toBe('https://vi-du.test/nhung/nhung.js');
    expect(scripts[0]!.text).toBe('');
  });
});

describe('embedUrl', () => {
  it('puts only valid options in the query', () => {
    expect(embedUrl('https://vi-du.test/nhung/moi-nhat/', { layout: 'gon', theme: 'toi', items: 3 })).toBe(
      'https://vi-du.test/nhung/moi-nhat/?giao-dien=gon&nen=toi&so=3',
    );
    expect(embedUrl('https://vi-du.test/nhung/moi-nhat/', { items: 0 })).toBe('https://vi-du.test/nhung/moi-nhat/');
    expect(embedUrl('https://vi-du.test/nhung/moi-nhat/', { items: 2.5 })).toBe('https://vi-du.test/nhung/moi-nhat/');
  });
});

describe('oEmbed paths', () => {
  it('follow the embed path without its slashes', () => {
    expect(oembedPath('/nhung/mo-hinh/abc/')).toBe('/oembed/mo-hinh/abc.json');
    expect(oembedPath('/nhung/dia-phuong/phu-tho/xa-a/')).toBe('/oembed/dia-phuong/phu-tho/xa-a.json');
    expect(oembedPath('/nhung/moi-nhat/')).toBe('/oembed/moi-nhat.json');
    expect(embedPathOf('/linh-vuc/y-te/')).toBe('/nhung/linh-vuc/y-te/');
  });
});

describe('oembedDocument', () => {
  const target = {
    kind: 'field',
    path: '/nhung/linh-vuc/thu/',
    pagePath: '/linh-vuc/thu/',
    title: NASTY,
    description: NASTY,
    profiles: [],
    total: 0,
    og: { path: '/og/linh-vuc/thu.png', alt: NASTY, card: { title: NASTY, siteName: 's', publisher: 'p', siteUrl: 'https://vi-du.test' } },
  } as unknown as EmbedTarget;

  it('is a rich oEmbed 1.0 document whose html is one iframe of the embed page', () => {
    const data = JSON.parse(JSON.stringify(oembedDocument(target)));
    expect(data).toMatchObject({ version: '1.0', type: 'rich', title: NASTY, width: 600, height: EMBED_HEIGHT.list, thumbnail_width: 1200, thumbnail_height: 630 });
    expect(data.thumbnail_url).toMatch(/^https?:\/\/.+\/og\/linh-vuc\/thu\.png$/);
    const doc = parse(data.html);
    expect(doc.childNodes).toHaveLength(1);
    expect(doc.querySelector('iframe')?.getAttribute('title')).toBe(NASTY);
    expect(doc.querySelector('iframe')?.getAttribute('src')).toMatch(/^https?:\/\/.+\/nhung\/linh-vuc\/thu\/$/);
  });
});

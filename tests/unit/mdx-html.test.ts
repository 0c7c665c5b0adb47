import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMdxHtmlRenderer, MdxComponentError } from '../../src/lib/content/mdx-html.ts';
import { checkMdxBody } from '../../src/lib/mdx-body.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/mdx-html/${name}`, import.meta.url), 'utf8');

describe('MDX bodies rendered to HTML at content-sync time', () => {
  it('writes byte for byte the HTML @astrojs/mdx wrote for a body with every construct', async () => {
    // rich.html is what Astro 7's MDX pipeline rendered for rich.mdx inside a built profile page:
    // headings with ids, smart punctuation, GFM (tables, task lists, footnotes, autolinks,
    // strikethrough), Shiki, escapes, inline JSX elements, an expression, a void element.
    const render = await createMdxHtmlRenderer();
    const { html, metadata } = await render(fixture('rich.mdx'));
    expect(html).toBe(fixture('rich.html'));
    expect(metadata.headings.map((h) => h.slug)).toEqual([
      'mở-đầu-trích-dẫn--gạch',
      'danh-sách',
      'mở-đầu-trích-dẫn--gạch-1',
      'footnote-label',
    ]);
  });

  it('evaluates expressions and escapes text as Astro does', async () => {
    const render = await createMdxHtmlRenderer();
    expect((await render('Năm {2000 + 25} & <abbr title="a&quot;b">x</abbr>')).html).toBe(
      '<p>Năm 2025 &amp; <abbr title="a&quot;b">x</abbr></p>',
    );
  });

  it('refuses a component, which no profile can import, naming it', async () => {
    const render = await createMdxHtmlRenderer();
    await expect(render('Xem <KhungAnh src="a.jpg" /> dưới đây')).rejects.toThrow(MdxComponentError);
    await expect(render('Xem <KhungAnh />')).rejects.toThrow(/KhungAnh/);
  });

  it('lists local and remote images for Astro to optimise, as for Markdown files', async () => {
    const render = await createMdxHtmlRenderer();
    const { metadata } = await render('![Ảnh](./anh.jpg)');
    expect(metadata.imagePaths).toEqual(['./anh.jpg']);
  });
});

describe('the content check names a component in a profile body', () => {
  it('reports the line of the tag and what to type instead', () => {
    const source = '---\ntitle: x\n---\n\nĐoạn một.\n\nĐoạn <KhungAnh /> hai.\n';
    const problems = checkMdxBody(source, { allowEsm: false });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(7);
    expect(problems[0]?.vi).toMatch(/<KhungAnh>.*chữ thường/);
  });

  it('accepts lower-case HTML tags', () => {
    expect(checkMdxBody('---\ntitle: x\n---\n\nCó <abbr title="Hợp tác xã">HTX</abbr>.\n', { allowEsm: false })).toEqual([]);
  });
});

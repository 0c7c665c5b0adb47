/**
 * Rendered MDX bodies kept in content-addressed files instead of the content store
 * (src/lib/content/body-files.ts): a page reads back exactly the HTML the loader rendered; a changed
 * body gets a file of its own; a missing or damaged file is rendered again from the MDX source
 * rather than breaking the build or giving the page wrong HTML.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyFile, bodyHash, entryBody, entrySource, hasBodyFile, hasBodyText, storeBody, storeSource } from '../../src/lib/content/body-files.ts';
import { createMdxHtmlRenderer } from '../../src/lib/content/mdx-html.ts';

const dir = path.join(mkdtempSync(path.join(tmpdir(), 'rendered-bodies-')), 'rendered-bodies');
afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const BODY = '## Kết quả nổi bật\n\nMô hình *“Dân vận khéo”* giúp **120 hộ** thoát nghèo — theo [báo cáo](https://example.vn/a?b=1&c=2).\n';

/** As the loader stores an entry: the HTML and the MDX source in their files, the store keeping hashes and paths, no body. */
async function storedEntry(body: string, filePath?: string) {
  const render = await createMdxHtmlRenderer();
  const { html, metadata } = await render(body, { frontmatter: {} });
  const stored = { ...metadata, ...storeSource(dir, body), ...storeBody(dir, html) };
  return { html, entry: { data: {}, ...(filePath ? { filePath } : {}), rendered: { html: '', metadata: stored } } };
}

describe('rendered bodies in files', () => {
  it('reads back byte for byte the HTML the renderer gave', { timeout: 30_000 }, async () => {
    const { html, entry } = await storedEntry(BODY);
    expect(html).toContain('<h2');
    expect(await entryBody(entry)).toBe(html);
  });

  it('names each file by the hash of its HTML, so a changed body gets a new file and the old one stays', { timeout: 30_000 }, async () => {
    const first = await storedEntry(BODY);
    const changed = await storedEntry(`${BODY}\nMột đoạn thêm.\n`);
    const a = first.entry.rendered.metadata.bodyFile;
    const b = changed.entry.rendered.metadata.bodyFile;
    expect(b).not.toBe(a);
    expect(a).toBe(bodyFile(dir, bodyHash(first.html)));
    expect(readFileSync(a, 'utf8')).toBe(first.html);
    expect(readFileSync(b, 'utf8')).toBe(changed.html);
    expect(await entryBody(changed.entry)).toBe(changed.html);
  });

  it('renders a body again when its file is missing, and writes the file back', { timeout: 30_000 }, async () => {
    const { html, entry } = await storedEntry(BODY);
    unlinkSync(entry.rendered.metadata.bodyFile);
    expect(await entryBody(entry)).toBe(html);
    expect(existsSync(entry.rendered.metadata.bodyFile)).toBe(true);
  });

  it('renders a body again when its file does not hold the HTML its name says', { timeout: 30_000 }, async () => {
    const { html, entry } = await storedEntry(BODY);
    writeFileSync(entry.rendered.metadata.bodyFile, '<p>nội dung cũ</p>');
    expect(await entryBody(entry)).toBe(html);
    expect(readFileSync(entry.rendered.metadata.bodyFile, 'utf8')).toBe(html);
  });

  it('gives the stored HTML of an entry the store still holds whole', async () => {
    expect(await entryBody({ body: BODY, rendered: { html: '<p>giữ nguyên</p>', metadata: {} } })).toBe('<p>giữ nguyên</p>');
  });

  it('keeps the MDX source out of the store, in a file read back byte for byte; a blank body has none', { timeout: 30_000 }, async () => {
    const { entry } = await storedEntry(BODY);
    expect(entry).not.toHaveProperty('body');
    expect(readFileSync(entry.rendered.metadata.sourceFile as string, 'utf8')).toBe(BODY);
    expect(entrySource(entry)).toBe(BODY);
    expect(hasBodyText(entry)).toBe(true);
    expect(storeSource(dir, '  \n')).toEqual({});
    const blank = { data: {}, rendered: { html: '', metadata: { ...storeSource(dir, '  \n') } } };
    expect(entrySource(blank)).toBe('');
    expect(hasBodyText(blank)).toBe(false);
    expect(hasBodyText({ body: ' \n' })).toBe(false);
    expect(hasBodyText({ body: BODY })).toBe(true);
  });

  it('reads the source from the entry\'s own .mdx file when the cache lost it, and renders the body from it', { timeout: 30_000 }, async () => {
    const mdxFile = path.join(path.dirname(dir), 'ho-so.mdx');
    writeFileSync(mdxFile, `---\ntitle: "Thử: ---"\nkind: mo-hinh\n---\n\n${BODY}\n`);
    const { html, entry } = await storedEntry(`${BODY}\nBản riêng của tệp.\n`.trim(), mdxFile);
    unlinkSync(entry.rendered.metadata.sourceFile as string);
    unlinkSync(entry.rendered.metadata.bodyFile as string);
    expect(entrySource(entry)).toBe(BODY.trim());
    expect(await entryBody(entry)).not.toBe(html);
    expect(await entryBody(entry)).toContain('<h2');
  });

  it('leaves a body with images to Astro: only entries the loader moved to a file count as having one', async () => {
    const { entry } = await storedEntry(BODY);
    expect(hasBodyFile(entry)).toBe(true);
    // A body with images keeps its HTML in the store (profile-loader.ts): EntryBody.astro renders it with render().
    expect(hasBodyFile({ body: '![Ảnh](./a.jpg)', rendered: { html: '<img src="__ASTRO_IMAGE_">', metadata: { imagePaths: ['./a.jpg'] } } })).toBe(false);
    expect(hasBodyFile({ body: BODY })).toBe(false);
  });
});

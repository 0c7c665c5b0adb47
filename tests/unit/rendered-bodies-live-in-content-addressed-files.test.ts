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
import { bodyFile, bodyHash, entryBody, hasBodyFile, storeBody } from '../../src/lib/content/body-files.ts';
import { createMdxHtmlRenderer } from '../../src/lib/content/mdx-html.ts';

const dir = path.join(mkdtempSync(path.join(tmpdir(), 'rendered-bodies-')), 'rendered-bodies');
afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const BODY = '## Kết quả nổi bật\n\nMô hình *“Dân vận khéo”* giúp **120 hộ** thoát nghèo — theo [báo cáo](https://example.vn/a?b=1&c=2).\n';

/** As the loader stores an entry: the HTML in its file, the store keeping hash and path. */
async function storedEntry(body: string) {
  const render = await createMdxHtmlRenderer();
  const { html, metadata } = await render(body, { frontmatter: {} });
  return { html, entry: { body, data: {}, rendered: { html: '', metadata: { ...metadata, ...storeBody(dir, html) } } } };
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

  it('leaves a body with images to Astro: only entries the loader moved to a file count as having one', async () => {
    const { entry } = await storedEntry(BODY);
    expect(hasBodyFile(entry)).toBe(true);
    // A body with images keeps its HTML in the store (profile-loader.ts): EntryBody.astro renders it with render().
    expect(hasBodyFile({ body: '![Ảnh](./a.jpg)', rendered: { html: '<img src="__ASTRO_IMAGE_">', metadata: { imagePaths: ['./a.jpg'] } } })).toBe(false);
    expect(hasBodyFile({ body: BODY })).toBe(false);
  });
});

/**
 * The build writes the oEmbed documents from one bundle (src/lib/embed/oembed.ts writeOembedFiles):
 * each document lands at its own path with its own bytes, the bundle is gone afterwards, and a path
 * outside /oembed/ is refused.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OEMBED_BUNDLE, writeOembedFiles, type OembedFile } from '../../src/lib/embed/oembed.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function siteWith(files: OembedFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'oembed-files-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'oembed'));
  writeFileSync(join(dir, ...OEMBED_BUNDLE.split('/')), JSON.stringify(files));
  return dir;
}

describe('oEmbed files', () => {
  it('writes each document of the bundle at its path, byte for byte, and removes the bundle', async () => {
    const files = [
      { path: '/oembed/mo-hinh/a.json', body: '{"title":"Trồng rau"}\n' },
      { path: '/oembed/dia-phuong/phu-tho/xa-b.json', body: '{"title":"xã B"}\n' },
      { path: '/oembed/moi-nhat.json', body: '{"title":"Mới nhất"}\n' },
    ];
    const dir = siteWith(files);
    expect(await writeOembedFiles(dir)).toBe(files.length);
    for (const f of files) expect(readFileSync(join(dir, ...f.path.split('/')), 'utf8')).toBe(f.body);
    expect(existsSync(join(dir, ...OEMBED_BUNDLE.split('/')))).toBe(false);
  });

  it('leaves a site without the bundle as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oembed-files-'));
    dirs.push(dir);
    expect(await writeOembedFiles(dir)).toBe(0);
  });

  it.each(['/mo-hinh/a/index.html', '/oembed/../../x.json', '/oembed/a.txt'])('refuses the path %s', async (path) => {
    const dir = siteWith([{ path, body: 'x' }]);
    await expect(writeOembedFiles(dir)).rejects.toThrow(/oEmbed/);
  });
});

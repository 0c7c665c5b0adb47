/**
 * Compressed responses decompress to exactly the file: the .gz siblings the build writes (served by
 * gzip_static) and nginx's on-the-fly gzip alike. Every shared text file large enough has its
 * sibling; pages and oEmbed documents have none (nginx compresses them on the fly); clients that
 * do not accept gzip get the file as it is.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MIN_BYTES } from '../../src/lib/serve/precompress.ts';
import { isCompressible, isPrecompressed } from '../../src/lib/serve/rules.ts';
import { listDistFiles } from '../support/dist.ts';
import { httpGet, overlaySite, startNginx, urlOf, useNginx } from '../support/nginx.ts';
import { DIST } from '../support/paths.ts';
import { listing } from '../support/report.ts';

const rel = (f: string): string => f.slice(DIST.length + 1).split('\\').join('/');

describe('gzip', () => {
  const open = useNginx();

  it('every precompressed text file of the build has a .gz sibling with the same bytes inside, pages and oEmbed documents none', () => {
    const wrong: string[] = [];
    let siblings = 0;
    let onTheFly = 0;
    for (const file of listDistFiles()) {
      if (file.endsWith('.gz') || !isCompressible(file) || statSync(file).size < MIN_BYTES || rel(file).startsWith('_nginx/')) continue;
      if (!isPrecompressed(rel(file))) {
        onTheFly += 1;
        if (existsSync(`${file}.gz`)) wrong.push(`${rel(file)}.gz: a page or oEmbed document, compressed on the fly`);
      } else if (!existsSync(`${file}.gz`)) wrong.push(`${rel(file)}: no .gz`);
      else if (!gunzipSync(readFileSync(`${file}.gz`)).equals(readFileSync(file))) wrong.push(`${rel(file)}.gz: other bytes`);
      else siblings += 1;
    }
    expect(wrong, listing('files', wrong)).toEqual([]);
    expect(siblings).toBeGreaterThan(0);
    expect(onTheFly).toBeGreaterThan(0);
  });

  it('pages, styles, scripts and data decompress to the file, and are sent as is without Accept-Encoding', async () => {
    const files = listDistFiles().filter((f) => !f.endsWith('.gz') && isCompressible(f) && statSync(f).size >= MIN_BYTES);
    const picks = ['.html', '.css', '.js', '.json', '.xml'].map((ext) => files.find((f) => f.endsWith(ext))).filter((f) => f !== undefined);
    expect(picks.length).toBeGreaterThanOrEqual(4);
    for (const file of picks) {
      const url = open.nginx.url(urlOf(rel(file)));
      const gz = await httpGet(url, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding'], rel(file)).toBe('gzip');
      expect(gz.headers.vary).toContain('Accept-Encoding');
      expect(gunzipSync(gz.body).equals(readFileSync(file)), rel(file)).toBe(true);
      // The build's own .gz (gzip_static), not a compression on the fly: its exact length, not chunked.
      if (isPrecompressed(rel(file))) expect(gz.headers['content-length'], rel(file)).toBe(String(statSync(`${file}.gz`).size));
      const plain = await httpGet(url);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(readFileSync(file))).toBe(true);
    }
  });

  it('a text file without a .gz sibling is compressed on the fly to the same bytes', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => `Dữ liệu thử ${i},không phải nội dung thật`).join('\n');
    const overlay = overlaySite({ 'du-lieu/__thu-nghiem-khong-nen-san.csv': `${rows}\n` });
    const nginx = await startNginx({ root: overlay.root });
    try {
      const gz = await httpGet(nginx.url('/du-lieu/__thu-nghiem-khong-nen-san.csv'), { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.body).toString('utf8')).toBe(`${rows}\n`);
    } finally {
      await nginx.stop();
      overlay.remove();
    }
  });
});

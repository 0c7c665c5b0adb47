/**
 * Real nginx for the tests: the site's own configuration (src/lib/serve/) over dist/ or over an
 * overlay of it, on a free loopback port, in a temporary prefix folder (src/lib/serve/local-nginx.ts).
 * Plus a raw HTTP GET (no automatic decompression) to see exactly what nginx sends.
 */
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startLocalNginx, type LocalNginx, type LocalNginxOptions } from '../../src/lib/serve/local-nginx.ts';
import { requireDist } from './dist.ts';
import { DIST } from './paths.ts';

export type { LocalNginx };

/** nginx over dist/ (or `root`), its includes read from dist/. */
export async function startNginx(options: Partial<LocalNginxOptions> = {}): Promise<LocalNginx> {
  requireDist();
  return startLocalNginx({ root: DIST, includeDir: DIST, ...options });
}

/** nginx for the tests of the enclosing describe block; read `.nginx` inside the tests. */
export function useNginx(options: () => Partial<LocalNginxOptions> = () => ({})): { readonly nginx: LocalNginx } {
  let nginx: LocalNginx | undefined;
  beforeAll(async () => {
    nginx = await startNginx(options());
  });
  afterAll(async () => {
    await nginx?.stop();
  });
  return {
    get nginx() {
      if (!nginx) throw new Error('nginx is not running (used outside a test?)');
      return nginx;
    },
  };
}

export interface Overlay {
  root: string;
  remove(): void;
}

/**
 * A folder that looks like dist/ plus `extra` files (path relative to the site root → content):
 * every entry of dist/ is a symbolic link, but the folders on the way to an extra file, which are
 * real folders of links. Nothing is written into dist/. Extra files replace files of the same path.
 */
export function overlaySite(extra: Readonly<Record<string, string | Buffer>>): Overlay {
  requireDist();
  const root = mkdtempSync(path.join(tmpdir(), 'dhtt-overlay-'));
  const names = Object.keys(extra).map((p) => p.replace(/^\/+/, ''));
  const mirror = (src: string, dst: string, under: string): void => {
    mkdirSync(dst, { recursive: true });
    if (!existsSync(src) || !lstatSync(src).isDirectory()) return;
    for (const entry of readdirSync(src)) {
      const rel = under ? `${under}/${entry}` : entry;
      if (names.includes(rel)) continue;
      if (names.some((n) => n.startsWith(`${rel}/`))) mirror(path.join(src, entry), path.join(dst, entry), rel);
      else symlinkSync(path.join(src, entry), path.join(dst, entry));
    }
  };
  mirror(DIST, root, '');
  for (const [name, content] of Object.entries(extra)) {
    const file = path.join(root, name.replace(/^\/+/, ''));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface RawResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Repeated headers, each value separately. */
  all: Record<string, string[]>;
  body: Buffer;
}

/** GET (or HEAD) without decompressing, redirects not followed; HTTPS accepts the tests' self-signed certificate. */
export function httpGet(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = url.startsWith('https:') ? httpsRequest : httpRequest;
    const req = request(url, { method, headers, rejectUnauthorized: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const all: Record<string, string[]> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = (res.rawHeaders[i] ?? '').toLowerCase();
          (all[name] ??= []).push(res.rawHeaders[i + 1] ?? '');
        }
        const flat = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.join(', ')]));
        resolve({ status: res.statusCode ?? 0, headers: flat, all, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Clearly synthetic files at the paths of features the site may not have built yet (feeds, oEmbed,
 * open data, embeds, a .wasm), so the serving rules for them are tested whatever dist/ holds.
 */
export const SYNTHETIC = {
  embedPage: 'nhung/__thu-nghiem/index.html',
  rssFeed: 'rss/__thu-nghiem.xml',
  jsonFeed: 'rss/__thu-nghiem.json',
  oembed: 'oembed/mo-hinh/__thu-nghiem.json',
  dataCsv: 'du-lieu/__thu-nghiem.csv',
  dataJson: 'du-lieu/__thu-nghiem.json',
  dataSchema: 'du-lieu/__thu-nghiem.schema.json',
  dataPage: 'du-lieu/__thu-nghiem/index.html',
  wasm: '__thu-nghiem/tep.wasm',
} as const;

const page = (title: string): string =>
  `<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>Dữ liệu thử, không phải nội dung thật.</p></body></html>\n`;

export function syntheticFiles(): Record<string, string | Buffer> {
  return {
    [SYNTHETIC.embedPage]: page('Trang nhúng thử nghiệm'),
    [SYNTHETIC.rssFeed]: '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Dữ liệu thử</title></channel></rss>\n',
    [SYNTHETIC.jsonFeed]: '{"version":"https://jsonfeed.org/version/1.1","title":"Dữ liệu thử","items":[]}\n',
    [SYNTHETIC.oembed]: '{"version":"1.0","type":"rich","title":"Dữ liệu thử"}\n',
    [SYNTHETIC.dataCsv]: 'ten,ghi_chu\nDữ liệu thử,không phải nội dung thật\n',
    [SYNTHETIC.dataJson]: '[{"ten":"Dữ liệu thử"}]\n',
    [SYNTHETIC.dataSchema]: '{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Dữ liệu thử"}\n',
    [SYNTHETIC.dataPage]: page('Trang dữ liệu thử nghiệm'),
    // The smallest valid WebAssembly module: magic number and version.
    [SYNTHETIC.wasm]: Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]),
  };
}

/** The site path of a file path ("a/index.html" → "/a/"). */
export const urlOf = (rel: string): string => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;

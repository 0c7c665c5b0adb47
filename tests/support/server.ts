/**
 * A tiny static file server over dist/, behaving like a plain static host:
 * "/x/" serves x/index.html, "/x" (a folder) redirects to "/x/", a missing file serves 404.html
 * with status 404. Listens on 127.0.0.1 on a free port chosen by the OS.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DIST } from './paths.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT" (no trailing slash). */
  origin: string;
  url(sitePath: string): string;
  close(): Promise<void>;
}

function send(req: IncomingMessage, res: ServerResponse, file: string, status: number): void {
  res.writeHead(status, {
    'content-type': contentTypeOf(file),
    'content-length': statSync(file).size,
    'cache-control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}

function handle(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const notFound = (): void => {
    const page = path.join(root, '404.html');
    if (existsSync(page)) send(req, res, page, 404);
    else res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404 Not Found');
  };
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const file = path.join(root, ...pathname.split('/').filter(Boolean));
  if (file !== root && !file.startsWith(root + path.sep)) {
    notFound();
    return;
  }
  if (!existsSync(file)) {
    notFound();
    return;
  }
  if (statSync(file).isDirectory()) {
    if (!pathname.endsWith('/')) {
      const location = new URL(req.url ?? '/', 'http://localhost');
      location.pathname += '/';
      res.writeHead(301, { location: location.pathname + location.search }).end();
      return;
    }
    const index = path.join(file, 'index.html');
    if (existsSync(index)) send(req, res, index, 200);
    else notFound();
    return;
  }
  send(req, res, file, 200);
}

export async function startStaticServer(root: string = DIST): Promise<StaticServer> {
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: build the site first ("npm run build").`);
  }
  const server = createServer((req, res) => {
    try {
      handle(root, req, res);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (sitePath) => origin + sitePath,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

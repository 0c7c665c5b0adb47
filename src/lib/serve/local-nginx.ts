/**
 * A real nginx (Debian's package) serving a built site on the loopback interface, with the site's
 * own configuration (src/lib/serve/nginx.ts siteConf) — for `npm run serve:nginx`, the tests and the
 * load run. Everything nginx writes (pid, logs, temp files, the config) goes into a fresh temporary
 * prefix folder, removed on stop; it runs in the foreground ("daemon off") as the current user.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { mainConf, SERVER_INCLUDE, siteConf } from './nginx.ts';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface LocalNginxOptions {
  /** The built site (its _nginx/ includes must be there: build first). */
  root: string;
  /** Port on 127.0.0.1; 0 or absent: a free one. */
  port?: number;
  /** Another nginx map of aliases instead of root/nginx-redirects.conf (tests feed synthetic ones). */
  redirectsFile?: string;
  /** Where the build's includes are, when root is a test's overlay of the site (default: root). */
  includeDir?: string;
  accessLog?: boolean;
  /** Serve HTTPS with this certificate and key instead of HTTP (the TLS example's headers). */
  tls?: { certificate: string; key: string };
}

export interface LocalNginx {
  /** "http://127.0.0.1:PORT" ("https://…" with tls), no trailing slash. */
  origin: string;
  port: number;
  prefix: string;
  url(sitePath: string): string;
  /** Resolves when nginx has exited (with its exit code, null when killed by a signal). */
  exited: Promise<number | null>;
  /** Stop nginx (SIGQUIT: finish the requests in flight, then exit) and remove the prefix folder. */
  stop(): Promise<void>;
}

/** A port nobody listens on now, chosen by the OS. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, host, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => ok(port));
    });
  });
}

/** Whether nothing listens on the port now. */
function isFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((ok) => {
    const server = createServer();
    server.once('error', () => ok(false));
    server.listen(port, host, () => server.close(() => ok(true)));
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((ok) => {
    const socket = connect({ host: '127.0.0.1', port }, () => {
      socket.destroy();
      ok(true);
    });
    socket.once('error', () => ok(false));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startLocalNginx(options: LocalNginxOptions): Promise<LocalNginx> {
  if (!existsSync(NGINX_PATH)) {
    throw new Error(`nginx không có ở ${NGINX_PATH}: cài bằng "apt-get install nginx" / nginx not found (or set NGINX_PATH)`);
  }
  const root = resolve(options.root);
  const includeDir = resolve(options.includeDir ?? root);
  if (!existsSync(join(includeDir, SERVER_INCLUDE))) {
    throw new Error(`${join(includeDir, SERVER_INCLUDE)} không có: hãy build trước ("npm run build") / build the site first`);
  }
  const port = options.port || (await freePort());
  if (options.port && !(await isFree(port))) {
    throw new Error(`cổng ${port} trên 127.0.0.1 đang được dùng, hãy chọn cổng khác / port ${port} is in use`);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'dhtt-nginx-'));
  const siteFile = join(prefix, 'site.conf');
  writeFileSync(
    siteFile,
    siteConf({
      root,
      includeDir,
      listen: [`127.0.0.1:${port}`],
      serverName: '127.0.0.1 localhost',
      ...(options.redirectsFile ? { redirectsFile: options.redirectsFile } : {}),
      ...(options.tls ? { tls: options.tls } : {}),
    }),
  );
  const confFile = join(prefix, 'nginx.conf');
  // Started by root, nginx would hand its workers to "nobody": keep them the current user.
  const user = process.getuid?.() === 0 ? userInfo().username : undefined;
  writeFileSync(confFile, mainConf({ prefix, siteFile, accessLog: options.accessLog ?? false, ...(user ? { user } : {}) }));
  const errorLog = join(prefix, 'error.log');
  const child: ChildProcess = spawn(NGINX_PATH, ['-p', prefix, '-c', confFile, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  let done = false;
  void exited.then(() => (done = true));
  const cleanup = (): void => rmSync(prefix, { recursive: true, force: true });
  const log = (): string => `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`.trim();
  // nginx writes its pid file once it holds its sockets; a connection alone could reach another server.
  const pidFile = join(prefix, 'nginx.pid');
  for (let waited = 0; done || !existsSync(pidFile) || !(await canConnect(port)); waited += 50) {
    if (done || waited > 10_000) {
      if (!done) child.kill('SIGKILL');
      await exited;
      const why = log();
      cleanup();
      throw new Error(`nginx không khởi động được / nginx did not start on 127.0.0.1:${port}:\n${why}`);
    }
    await sleep(50);
  }
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    origin,
    port,
    prefix,
    url: (sitePath) => origin + sitePath,
    exited,
    async stop() {
      if (!done) {
        child.kill('SIGQUIT');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      cleanup();
    },
  };
}

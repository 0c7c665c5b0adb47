/**
 * Serve the built site with a real nginx (Debian's package) and the site's own configuration
 * (deploy/nginx/, src/lib/serve/), on 127.0.0.1, in the foreground, until Ctrl-C.
 *
 *   npm run build && npm run serve:nginx [-- --port 8080] [--root dist] [--log]
 *
 * nginx runs as the current user with a temporary prefix folder (pid, logs, temp files), which is
 * removed when it stops.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalNginx } from '../src/lib/serve/local-nginx.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '0' },
    root: { type: 'string', default: 'dist' },
    log: { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port "${values.port}": cần một số cổng từ 0 đến 65535 (0: cổng trống bất kỳ) / a port number is required`);
  process.exit(2);
}

try {
  const nginx = await startLocalNginx({ root: resolve(values.root), port, accessLog: values.log });
  console.log(`nginx phục vụ ${resolve(values.root)} tại / serves it at ${nginx.origin}/  (Ctrl-C để dừng / to stop)`);
  console.log(`thư mục tạm / prefix: ${nginx.prefix}`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: dừng nginx / stopping nginx`);
    void nginx.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const code = await nginx.exited;
  if (!stopping) {
    console.error(`nginx đã dừng bất ngờ / nginx exited (code ${code})`);
    await nginx.stop();
    process.exit(1);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

/**
 * npm run cms — edit content in a browser on this computer: starts Decap's local proxy
 * (decap-server, which reads and writes the files under content/) and the Astro dev server, then
 * prints the address of /admin/. Both listen on 127.0.0.1 only. Ctrl+C stops both.
 * DECAP_PORT (default 8081) and PORT (default 4321) change the ports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = process.cwd();
const decapPort = process.env.DECAP_PORT ?? '8081';
const sitePort = process.env.PORT ?? '4321';
const require = createRequire(import.meta.url);
const children: ChildProcess[] = [];

function start(name: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code) => {
    console.error(`${name} đã dừng (mã ${code ?? '?'}); dừng cả hai. (${name} stopped)`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}
function stop(code: number): never {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('decap-server', [require.resolve('decap-server/dist/index.js')], {
  PORT: decapPort,
  BIND_HOST: '127.0.0.1',
  MODE: 'fs',
  GIT_REPO_DIRECTORY: root,
});
start('astro dev', [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', sitePort], { DECAP_PORT: decapPort });
console.log(
  `\nMở http://127.0.0.1:${sitePort}/admin/ trong trình duyệt, bấm "Đăng nhập". Các thay đổi được ghi vào content/ trên máy này.\n` +
    `(open http://127.0.0.1:${sitePort}/admin/; changes are written to content/ on this computer)\n`,
);

/**
 * `npm run serve:nginx` serves the built site with real nginx on the port asked for, and on Ctrl-C
 * (SIGINT) or SIGTERM stops nginx, removes its temporary prefix folder and exits with 0.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/lib/serve/local-nginx.ts';
import { requireDist } from '../support/dist.ts';
import { httpGet } from '../support/nginx.ts';
import { ROOT } from '../support/paths.ts';

describe('npm run serve:nginx', () => {
  requireDist();

  it.each(['SIGINT', 'SIGTERM'] as const)('serves dist/ and stops cleanly on %s', async (signal) => {
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(ROOT, 'tools', 'serve-nginx.ts'), '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
    const deadline = Date.now() + 15_000;
    while (!/prefix: (\S+)/.test(out) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    const prefix = /prefix: (\S+)/.exec(out)?.[1];
    expect(prefix, out).toBeDefined();
    expect(existsSync(prefix ?? '')).toBe(true);
    const home = await httpGet(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(home.headers['content-security-policy']).toBeDefined();
    child.kill(signal);
    expect(await exited, out).toBe(0);
    expect(existsSync(prefix ?? '')).toBe(false);
    await expect(httpGet(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});

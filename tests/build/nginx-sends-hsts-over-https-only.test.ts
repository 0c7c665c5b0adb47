/**
 * Strict-Transport-Security is sent over HTTPS (the TLS example, deploy/nginx/*-tls.conf), on pages
 * and files alike, next to the other headers, and never over plain HTTP (where it means nothing
 * and would be wrong behind a TLS proxy). nginx runs with a throw-away self-signed certificate.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HSTS } from '../../src/lib/serve/rules.ts';
import { httpGet, startNginx, type LocalNginx } from '../support/nginx.ts';
import { templatePages } from '../support/templates.ts';

describe('HSTS', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dhtt-tls-'));
  const certificate = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  let https: LocalNginx;
  let http: LocalNginx;
  beforeAll(async () => {
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', certificate], { encoding: 'utf8' });
    if (made.status !== 0) throw new Error(`openssl could not make a test certificate: ${made.stderr}`);
    https = await startNginx({ tls: { certificate, key } });
    http = await startNginx();
  });
  afterAll(async () => {
    await https?.stop();
    await http?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const paths = () => [...templatePages().map((t) => t.path), '/pagefind/pagefind.js', '/robots.txt'];

  it('is sent over HTTPS on every path, with the other security headers', async () => {
    expect(https.origin.startsWith('https://')).toBe(true);
    for (const p of paths()) {
      const res = await httpGet(https.url(p), {}, 'HEAD');
      expect(res.all['strict-transport-security'], p).toEqual([HSTS]);
      expect(res.headers['x-content-type-options'], p).toBe('nosniff');
    }
  });

  it('is never sent over plain HTTP', async () => {
    for (const p of paths()) expect((await httpGet(http.url(p), {}, 'HEAD')).headers['strict-transport-security'], p).toBeUndefined();
  });
});

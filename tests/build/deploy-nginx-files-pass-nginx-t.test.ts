/**
 * The server blocks an agency installs (deploy/nginx/, plain and TLS) are accepted by nginx itself
 * ("nginx -t") once their placeholders name a real built site, with the build's own includes.
 * The TLS one gets a throw-away self-signed certificate.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../src/lib/serve/deploy-files.ts';
import { NGINX_PATH } from '../../src/lib/serve/local-nginx.ts';
import { mainConf } from '../../src/lib/serve/nginx.ts';
import { requireDist } from '../support/dist.ts';
import { DIST, ROOT } from '../support/paths.ts';

describe('deploy/nginx files', () => {
  requireDist();
  const prefix = mkdtempSync(path.join(tmpdir(), 'dhtt-nginx-t-'));
  afterAll(() => rmSync(prefix, { recursive: true, force: true }));

  it.each(['dien-hinh-tien-tien.conf', 'dien-hinh-tien-tien-tls.conf'])('%s passes nginx -t', (name) => {
    let conf = readFileSync(path.join(ROOT, 'deploy', 'nginx', name), 'utf8').replaceAll(PLACEHOLDER.root, DIST);
    if (conf.includes(PLACEHOLDER.certificate)) {
      const cert = path.join(prefix, 'cert.pem');
      const key = path.join(prefix, 'key.pem');
      const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-keyout', key, '-out', cert], { encoding: 'utf8' });
      expect(made.status, made.stderr).toBe(0);
      conf = conf.replaceAll(PLACEHOLDER.certificate, cert).replaceAll(PLACEHOLDER.key, key);
    }
    const siteFile = path.join(prefix, name);
    writeFileSync(siteFile, conf);
    const main = path.join(prefix, `main-${name}`);
    writeFileSync(main, mainConf({ prefix, siteFile }));
    const test = spawnSync(NGINX_PATH, ['-t', '-p', prefix, '-c', main, '-e', path.join(prefix, 'error.log')], { encoding: 'utf8' });
    expect(test.status, test.stderr).toBe(0);
    expect(test.stderr).toContain('test is successful');
    expect(test.stderr).not.toMatch(/\[warn\]/);
  });
});

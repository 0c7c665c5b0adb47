/**
 * An old profile address (an alias) is answered by nginx with a real 301 to the profile, and an old
 * poster address (/mo-hinh/<slug>/ap-phich/) with a 301 to the profile page's poster view, from the
 * map the build writes (src/lib/redirects.ts). The shipped content may have no alias, so the map
 * here is written by the same builder for a clearly synthetic alias of a real profile.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nginxRedirectMap, posterRedirects, profileRedirects } from '../../src/lib/redirects.ts';
import { profileUrl } from '../../src/lib/routes.ts';
import { httpGet, useNginx } from '../support/nginx.ts';
import { firstProfile } from '../support/templates.ts';

const ALIAS = 'ho-so-cu-thu-nghiem-chuyen-huong';
const dir = mkdtempSync(path.join(tmpdir(), 'dhtt-redirects-'));
const mapFile = path.join(dir, 'nginx-redirects.conf');

describe('alias redirects in nginx', () => {
  const slug = firstProfile().slug;
  writeFileSync(mapFile, nginxRedirectMap(profileRedirects([{ slug, aliases: [ALIAS] }], profileUrl), undefined, [posterRedirects([slug], profileUrl)]));
  const open = useNginx(() => ({ redirectsFile: mapFile }));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([`/mo-hinh/${ALIAS}/`, `/mo-hinh/${ALIAS}`])('%s answers 301 to the profile', async (from) => {
    const res = await httpGet(open.nginx.url(from));
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(profileUrl(slug));
    const target = await httpGet(open.nginx.url(res.headers.location ?? ''));
    expect(target.status).toBe(200);
  });

  it('an old poster URL, with or without the slash, answers 301 to the poster view of the profile page', async () => {
    for (const from of [`/mo-hinh/${slug}/ap-phich/`, `/mo-hinh/${slug}/ap-phich`]) {
      const res = await httpGet(open.nginx.url(from));
      expect(res.status, from).toBe(301);
      expect(res.headers.location, from).toBe(`${profileUrl(slug)}#ap-phich`);
    }
  });

  it('the profile itself is not redirected', async () => {
    expect((await httpGet(open.nginx.url(profileUrl(slug)))).status).toBe(200);
  });
});

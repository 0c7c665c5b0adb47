/** A URL the site does not have gets the site's own 404 page from nginx, with status 404. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { httpGet, useNginx } from '../support/nginx.ts';
import { DIST } from '../support/paths.ts';

describe('missing URLs in nginx', () => {
  const open = useNginx();
  const notFound = () => readFileSync(path.join(DIST, '404.html'));

  it.each(['/khong-co-trang-nay/', '/mo-hinh/khong-co-ho-so-nay/', '/khong-co.css', '/_astro/'])('%s → 404 with the site\'s 404 page', async (url) => {
    const res = await httpGet(open.nginx.url(url));
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.equals(notFound())).toBe(true);
  });
});

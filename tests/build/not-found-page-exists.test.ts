/** dist/404.html exists: static hosts serve it for any unknown path. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage, requireDist, squash } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';

describe('404 page', () => {
  requireDist();
  const file = path.join(DIST, '404.html');

  it('exists as dist/404.html', () => {
    expect(existsSync(file)).toBe(true);
  });

  it('has a heading and a link back to the home page', () => {
    if (!existsSync(file)) return;
    const page = loadPage(file);
    expect(squash(page.doc.querySelector('h1')?.textContent ?? '')).not.toBe('');
    const hrefs = page.doc.querySelectorAll('a[href]').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/');
  });
});

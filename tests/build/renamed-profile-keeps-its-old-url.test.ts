/**
 * Permanent URLs: renaming a profile (new folder name, old slug moved to `aliases`) keeps the old
 * URL working. A copy of the project is changed and built in a temp folder (tests/support/
 * fixture-site.ts); the old URL must answer with a redirect page (meta refresh, canonical, visible
 * link) to the new one, `_redirects` and the nginx map must carry the 301, and a browser that
 * opens the old URL must land on the profile.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { parseHtml } from '../support/dist.ts';
import { buildFixtureSite, editFrontmatter, type FixtureSite } from '../support/fixture-site.ts';
import { CONTENT, DIST } from '../support/paths.ts';
import { startStaticServer } from '../support/server.ts';
import { BASE_URL } from '../support/site.ts';
import { firstProfile } from '../support/templates.ts';

const profile = firstProfile();
const oldSlug = profile.slug;
const newSlug = `${oldSlug}-doi-ten`;
const oldPath = `/mo-hinh/${oldSlug}/`;
const newPath = `/mo-hinh/${newSlug}/`;

/** What an editor does: rename the folder, and list the old slug under `aliases`. */
function rename(root: string): void {
  const dir = path.join(root, 'content', 'profiles');
  renameSync(path.join(dir, oldSlug), path.join(dir, newSlug));
  const file = path.join(dir, newSlug, 'index.mdx');
  editFrontmatter(file, (doc) => {
    const aliases = (doc.toJS() as { aliases?: string[] }).aliases ?? [];
    doc.set('aliases', [...aliases, oldSlug]);
  });
}

describe('a renamed profile', () => {
  let site: FixtureSite;
  const distIndex = path.join(DIST, 'index.html');
  const distStampBefore = existsSync(distIndex) ? statSync(distIndex).mtimeMs : undefined;

  beforeAll(async () => {
    site = await buildFixtureSite('rename', rename);
  }, 180_000);
  afterAll(() => site?.remove());

  const built = (sitePath: string) => path.join(site.dist, ...sitePath.split('/').filter(Boolean), 'index.html');

  it('is published at its new URL', () => {
    const page = parseHtml(readFileSync(built(newPath), 'utf8'));
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(BASE_URL + newPath);
    expect(page.querySelector('h1')?.textContent).toContain(profile.data.title);
  });

  it('leaves a redirect page at the old URL: meta refresh, canonical and a visible link to the new one', () => {
    const html = readFileSync(built(oldPath), 'utf8');
    const page = parseHtml(html);
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('vi');
    const refresh = page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
    expect(refresh).toMatch(new RegExp(`^0;\\s*url=${newPath.replace(/[/-]/g, '\\$&')}$`));
    expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(BASE_URL + newPath);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const link = page.querySelectorAll('a').find((a) => a.getAttribute('href') === newPath);
    expect(link, 'no visible link to the new URL').toBeDefined();
    expect(link?.textContent).toBe(profile.data.title);
    expect(page.querySelector('body')?.textContent).toContain('Trang này đã chuyển đến');
  });

  it('writes the 301 rule to _redirects (Netlify, Cloudflare) and the nginx map', () => {
    const netlify = readFileSync(path.join(site.dist, '_redirects'), 'utf8').split('\n');
    expect(netlify).toContain(`${oldPath} ${newPath} 301`);
    expect(netlify).toContain(`${oldPath.replace(/\/$/, '')} ${newPath} 301`);
    const nginx = readFileSync(path.join(site.dist, 'nginx-redirects.conf'), 'utf8');
    expect(nginx).toMatch(/map \$uri \$\w+ \{/);
    expect(nginx.split('\n').map((l) => l.trim())).toContain(`${oldPath} ${newPath};`);
  });

  it('lists the new URL in the sitemap, and not the old one', () => {
    const xml = readdirSync(site.dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(path.join(site.dist, f), 'utf8'))
      .join('\n');
    expect(xml).toContain(`<loc>${BASE_URL}${newPath}</loc>`);
    expect(xml).not.toContain(`<loc>${BASE_URL}${oldPath}</loc>`);
  });

  it('takes a browser from the old URL to the profile', async () => {
    const server = await startStaticServer(site.dist);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(server.url(oldPath));
      await page.waitForURL(server.url(newPath), { timeout: 10_000 });
      expect(await page.locator('h1').innerText()).toContain(profile.data.title);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it("leaves the repository's content/ and dist/ alone", () => {
    expect(existsSync(path.join(CONTENT, 'profiles', oldSlug, 'index.mdx'))).toBe(true);
    expect(existsSync(path.join(CONTENT, 'profiles', newSlug))).toBe(false);
    if (distStampBefore !== undefined) expect(statSync(distIndex).mtimeMs).toBe(distStampBefore);
    expect(existsSync(path.join(DIST, 'mo-hinh', newSlug))).toBe(false);
  });
});

/**
 * The Content-Security-Policy each page is served with allows every inline script that runs and
 * every inline style of that page, by sha256: read here with an HTML parser (not the build's own
 * scanner), from the built pages, against the policy real nginx sends. Data blocks (JSON-LD, the
 * search configuration) are not run and need no hash. Catches a script added by any part of the
 * build that the CSP would block.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentPages, requireDist } from '../support/dist.ts';
import { httpGet, useNginx } from '../support/nginx.ts';
import { listing } from '../support/report.ts';

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const DATA_TYPES = new Set(['application/ld+json', 'application/json']);

function sources(csp: string, directive: string): Set<string> {
  const part = csp.split(';').map((d) => d.trim().split(/\s+/)).find(([name]) => name === directive);
  return new Set(part?.slice(1) ?? []);
}

describe('CSP hashes', () => {
  requireDist();
  const open = useNginx();

  it('cover every inline script and style of every page', async () => {
    const missing: string[] = [];
    const policies = new Map<string, string>();
    for (const page of contentPages()) {
      const res = await httpGet(open.nginx.url(page.path), {}, 'HEAD');
      const csp = res.headers['content-security-policy'] ?? '';
      policies.set(page.path, csp);
      const scripts = sources(csp, 'script-src');
      const styles = sources(csp, 'style-src');
      for (const s of page.doc.querySelectorAll('script')) {
        if (s.getAttribute('src') !== undefined || DATA_TYPES.has((s.getAttribute('type') ?? '').trim().toLowerCase())) continue;
        if (!scripts.has(hash(s.rawText))) missing.push(`${page.path}: script ${s.rawText.slice(0, 60)}…`);
      }
      for (const s of page.doc.querySelectorAll('style')) if (!styles.has(hash(s.rawText))) missing.push(`${page.path}: style ${s.rawText.slice(0, 60)}…`);
    }
    expect(missing, listing('inline code the CSP would block', missing)).toEqual([]);
    expect(policies.size).toBeGreaterThan(0);
  });

  it('allow no inline code by a blanket rule', async () => {
    const csp = (await httpGet(open.nginx.url('/'), {}, 'HEAD')).headers['content-security-policy'] ?? '';
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(sources(csp, 'script-src').has("'wasm-unsafe-eval'")).toBe(true);
  });
});

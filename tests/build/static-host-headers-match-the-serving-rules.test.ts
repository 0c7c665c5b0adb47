/**
 * dist/_headers (Netlify, Cloudflare Pages) gives every built file the same headers as nginx: for
 * each file, the headers of every rule whose pattern matches its URL (both hosts add them up, as
 * simulated here) equal those of the serving rules (src/lib/serve/rules.ts), each header once.
 * Cloudflare Pages reads at most 100 rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineHashes } from '../../src/lib/serve/inline.ts';
import { headersFor, PRIVATE_FILES } from '../../src/lib/serve/rules.ts';
import { CLOUDFLARE_MAX_RULES, urlOfFile } from '../../src/lib/serve/static-hosts.ts';
import { listDistFiles, listHtmlFiles, requireDist } from '../support/dist.ts';
import { DIST } from '../support/paths.ts';
import { listing } from '../support/report.ts';

interface Rule {
  pattern: string;
  headers: [string, string][];
}

/** Parse _headers: a pattern line, then indented "Name: value" lines. */
function parseHeaders(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
      const rule = rules[rules.length - 1];
      if (!m || !rule) throw new Error(`_headers: cannot read "${line}"`);
      rule.headers.push([m[1] ?? '', m[2] ?? '']);
    }
  }
  return rules;
}

const matches = (pattern: string, url: string): boolean => (pattern.endsWith('*') ? url.startsWith(pattern.slice(0, -1)) : url === pattern);

describe('_headers', () => {
  requireDist();
  const rules = parseHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));

  it(`has at most ${CLOUDFLARE_MAX_RULES} rules`, () => {
    expect(rules.length).toBeLessThanOrEqual(CLOUDFLARE_MAX_RULES);
  });

  it('gives every built file the headers of the serving rules, each once', () => {
    const inline = inlineHashes(listHtmlFiles());
    const wrong: string[] = [];
    for (const file of listDistFiles()) {
      const rel = path.relative(DIST, file).split(path.sep).join('/');
      if (rel.endsWith('.gz') || PRIVATE_FILES.test(`/${rel}`)) continue;
      const url = urlOfFile(rel);
      const got: Record<string, string[]> = {};
      for (const rule of rules.filter((r) => matches(r.pattern, url))) for (const [name, value] of rule.headers) (got[name] ??= []).push(value);
      const want = headersFor(url, inline);
      for (const [name, values] of Object.entries(got)) if (values.length !== 1 || values[0] !== want[name]) wrong.push(`${url}: ${name} = ${values.join(' | ')}`);
      for (const name of Object.keys(want)) if (!got[name]) wrong.push(`${url}: no ${name}`);
    }
    expect(wrong, listing('wrong headers', wrong)).toEqual([]);
  });
});

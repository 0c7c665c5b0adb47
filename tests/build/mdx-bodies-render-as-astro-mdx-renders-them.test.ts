/**
 * Profile, plan and article bodies are rendered to HTML once, at content sync
 * (src/lib/content/mdx-html.ts), instead of each becoming a module of the site's bundle: that is
 * what lets the build reach 100,000 profiles. The site must not change for it. In a copy of the
 * project, one profile's body is replaced by one with every construct an editor may write
 * (tests/fixtures/mdx-html/rich.mdx); the copy is built twice, through the HTML path and through
 * Astro's own MDX modules (glob() loaders), each from a cold cache, and every file must be
 * byte-identical.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject } from '../support/fixture-site.ts';
import { treeDifferences, treeDigests } from '../support/tree.ts';

describe('MDX bodies rendered at content sync', () => {
  let project: { root: string; remove(): void };
  let htmlPath = '';
  let modulePath = '';
  let profile = '';

  beforeAll(async () => {
    project = copyProject('mdx-html');
    const { root } = project;
    profile = readdirSync(path.join(root, 'content', 'profiles')).sort()[0] ?? '';
    const file = path.join(root, 'content', 'profiles', profile, 'index.mdx');
    const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
    writeFileSync(file, frontmatter + readFileSync(new URL('../fixtures/mdx-html/rich.mdx', import.meta.url), 'utf8'));
    htmlPath = (await buildCopy(root, { outDir: path.join(root, 'dist-html'), cacheDir: path.join(root, '.cache', 'html') })).dist;
    const config = path.join(root, 'src', 'content.config.ts');
    const text = readFileSync(config, 'utf8');
    const modules = text.replace(/\bmdxAsHtml\(/g, 'glob(');
    expect(modules).not.toBe(text);
    writeFileSync(config, modules);
    modulePath = (await buildCopy(root, { outDir: path.join(root, 'dist-modules'), cacheDir: path.join(root, '.cache', 'modules') })).dist;
  }, 600_000);

  afterAll(() => project?.remove());

  it('gives the site Astro’s MDX modules give, byte for byte', () => {
    expect(treeDifferences(treeDigests(htmlPath), treeDigests(modulePath))).toEqual([]);
  });

  it('rendered the replaced body with its constructs', () => {
    const page = readFileSync(path.join(htmlPath, 'mo-hinh', profile, 'index.html'), 'utf8');
    for (const piece of ['<table>', 'class="contains-task-list"', 'data-footnotes', 'class="astro-code', '<abbr title="Hợp tác xã">HTX</abbr>', 'id="danh-sách"']) {
      expect(page).toContain(piece);
    }
  });
});

/**
 * The incremental build (experimental.incrementalBuild with the keys of
 * src/lib/build/cache-keys.ts) copies a page from the previous build only when nothing it shows
 * has changed. Proved the strict way: in a copy of the project, build; then publish two drafts,
 * edit a profile that other profiles list as related, and move one to another field; rebuild with
 * the first build's cache; and compare with a cold build of the same content: every file of the
 * site must be byte-identical, and the rebuild must really have reused pages, search bundles
 * (small bundles here, so that the changed profiles fall in some of several, not only the first)
 * and compressed files.
 *
 * Every build writes to the same folder, as `npm run build` does (.build/next), with the same log
 * level: Astro's hash of a route's code covers its bundled chunks, and those name both.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticSlug, writeSyntheticContent } from '../../src/lib/bench/synthetic-content.ts';
import { buildCopy, copyProject, editFrontmatter } from '../support/fixture-site.ts';
import { treeDifferences, treeDigests } from '../support/tree.ts';

const COUNT = 8;
const DRAFTS = [6, 7];
/** Records per search bundle: the ~55 records of the copy then make several bundles. */
const BUNDLE_SIZE = 8;

describe('an incremental rebuild gives the site a cold build gives', () => {
  let project: { root: string; remove(): void };
  let incremental: { dist: string; log: string };
  let cold: { dist: string; log: string };
  let edited = '';

  beforeAll(async () => {
    process.env.SEARCH_BUNDLE_SIZE = String(BUNDLE_SIZE);
    project = copyProject('incremental');
    const { root } = project;
    const cache = path.join(root, '.cache', 'incremental');
    const out = path.join(root, 'out');
    // The same log level too: it is compiled into a module of every route.
    const build = async (name: string, cacheDir: string) => {
      const { log } = await buildCopy(root, { outDir: out, cacheDir, logLevel: 'info' });
      renameSync(out, path.join(root, name));
      return { dist: path.join(root, name), log };
    };
    const profileFile = (i: number) => path.join(root, 'content', 'profiles', syntheticSlug(i), 'index.mdx');
    const setDraft = (i: number, draft: boolean) =>
      writeFileSync(profileFile(i), readFileSync(profileFile(i), 'utf8').replace(/^(kind: .*\n)(draft: .*\n)?/m, draft ? '$1draft: true\n' : '$1'));
    writeSyntheticContent(root, COUNT);
    for (const i of DRAFTS) setDraft(i, true);
    await build('dist-first', cache);

    // Two profiles published.
    for (const i of DRAFTS) setDraft(i, false);
    // A shipped profile listed as related by others: new title and summary.
    const related = readFileSync(path.join(root, 'dist-first', 'mo-hinh', syntheticSlug(0), 'index.html'), 'utf8');
    edited = /href="\/mo-hinh\/((?!du-lieu-thu)[a-z0-9-]+)\/"/.exec(related.slice(related.indexOf('id="lien-quan"')))?.[1] ?? 'bui-viet-bach-trong-cay-co-mui';
    editFrontmatter(path.join(root, 'content', 'profiles', edited, 'index.mdx'), (doc) => {
      doc.set('title', `${String(doc.get('title'))} (đã sửa)`);
      doc.set('summary', `${String(doc.get('summary'))} Câu thêm để thử bản dựng từng phần.`);
    });
    // A synthetic profile moved to another field.
    writeFileSync(profileFile(1), readFileSync(profileFile(1), 'utf8').replace(/^fields: \[.*\]$/m, 'fields: [y-te]'));

    incremental = await build('dist-incremental', cache);
    cold = await build('dist-cold', path.join(root, '.cache', 'cold'));
  }, 600_000);

  afterAll(() => {
    delete process.env.SEARCH_BUNDLE_SIZE;
    project?.remove();
  });

  it('writes exactly the files of a cold build, byte for byte', () => {
    const differing = treeDifferences(treeDigests(incremental.dist), treeDigests(cold.dist));
    expect(differing, 'files that differ between the incremental and the cold build').toEqual([]);
  });

  it('reused pages of the first build, and rendered the changed ones again', () => {
    const reused = incremental.log.match(/\((restored|cached)\)/g)?.length ?? 0;
    expect(reused).toBeGreaterThan(0);
    expect(cold.log).not.toMatch(/\((restored|cached)\)/);
    const line = (page: string) => incremental.log.split('\n').find((l) => l.includes(`${page}index.html`)) ?? '';
    expect(line(`/mo-hinh/${edited}/`)).not.toMatch(/restored|cached/);
    expect(line(`/mo-hinh/${syntheticSlug(DRAFTS[0] ?? 0)}/`)).not.toMatch(/^$|restored|cached/);
  });

  it('took the search bundles without a changed record, and the .gz of unchanged bytes, from the first build', () => {
    const search = /(\d+) gói \(pagefind\/…(?:, (\d+) lấy lại từ bản dựng trước)?\)/;
    const [, bundles = '0', reused = '0'] = search.exec(incremental.log) ?? [];
    expect(Number(bundles)).toBeGreaterThan(2);
    expect(Number(reused)).toBeGreaterThan(0);
    expect(Number(reused)).toBeLessThan(Number(bundles));
    expect(search.exec(cold.log)?.[2]).toBeUndefined();
    const gz = /tệp \.gz \((\d+) lấy lại/;
    expect(Number(gz.exec(incremental.log)?.[1] ?? 0)).toBeGreaterThan(0);
    expect(gz.exec(cold.log)?.[1]).toBe('0');
  });
});

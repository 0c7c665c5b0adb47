/**
 * The same sources give the same site, byte for byte: an unchanged copy of the project, built in
 * another folder, produces exactly the files of dist/. (Agencies mirror the site and compare
 * releases; a build that drifts would make every release look changed.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import { requireDist } from '../support/dist.ts';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { DIST } from '../support/paths.ts';
import { treeDigests as digests } from '../support/tree.ts';

describe('the build is reproducible', () => {
  requireDist();
  let copy: FixtureSite | undefined;
  afterAll(() => copy?.remove());

  it('an unchanged copy built elsewhere gives byte-identical files', async () => {
    copy = await buildFixtureSite('reproducible', () => {});
    const expected = digests(DIST);
    const actual = digests(copy.dist);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    const differing = [...expected].filter(([file, hash]) => actual.get(file) !== hash).map(([file]) => file);
    expect(differing, 'files that differ between two builds of the same sources').toEqual([]);
  });
});

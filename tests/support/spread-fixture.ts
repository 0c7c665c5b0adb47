/**
 * Synthetic spread records (nhân rộng, 4 khâu) for tests: clearly marked as test data, with real
 * gazetteer codes so that they resolve. Never written into content/ — only into a temp copy.
 */
import path from 'node:path';
import { currentCommunesOf, currentProvinces, formerProvincesOf } from '../../src/lib/locality.ts';
import type { Replication, StageRecord } from '../../src/schema/index.ts';
import { editFrontmatter } from './fixture-site.ts';

export const SYNTHETIC = 'dữ liệu giả lập cho kiểm thử';

export interface SpreadFixture {
  replications: Replication[];
  stages: StageRecord[];
  /** Today's province code of each replication, in order. */
  provinceCodes: string[];
}

/**
 * Three replication records in two provinces other than `homeCode` (two in the first, one with a
 * commune named), and two stages with their sources, dated `year`.
 */
export function spreadFixture(homeCode: string, year: number): SpreadFixture {
  const [first, second] = currentProvinces().filter((p) => p.code !== homeCode);
  if (!first || !second) throw new Error('the gazetteer has fewer than three provinces');
  const commune = currentCommunesOf(first.code)[0];
  const former = commune?.former[0];
  if (!commune || !former?.district) throw new Error(`no former commune with a district in province ${first.code}`);
  const source = (n: number) => ({ title: `Nguồn thử số ${n} (${SYNTHETIC})`, publisher: 'Cơ quan thử nghiệm' });
  // A record names a province as it was before 1 July 2025: one of those merged into today's.
  const keptCode = (code: string) => {
    const unit = formerProvincesOf(code)[0];
    if (!unit) throw new Error(`no former province for ${code}`);
    return { name: unit.fullName, code: unit.code };
  };
  const replications: Replication[] = [
    {
      kind: 'ap-dung',
      units: `Hợp tác xã thử nghiệm A (${SYNTHETIC})`,
      locality: {
        province: { name: former.province.fullName, code: former.province.code },
        district: { name: former.district.fullName, code: former.district.code },
        commune: { name: former.fullName, code: former.code },
      },
      date: { year, month: 5 },
      source: source(1),
    },
    {
      kind: 'tham-quan',
      units: `Đoàn cán bộ thử nghiệm B (${SYNTHETIC})`,
      locality: { province: keptCode(first.code) },
      date: { year },
      source: source(2),
    },
    {
      kind: 'hoc-tap',
      units: `Hội nông dân thử nghiệm C (${SYNTHETIC})`,
      locality: { province: keptCode(second.code) },
      date: { year: year + 1, month: 3, day: 2 },
      source: source(3),
    },
  ];
  const stages: StageRecord[] = [
    { stage: 'phat-hien', date: { year }, source: source(4) },
    { stage: 'nhan-rong', date: { year: year + 1 }, source: source(5) },
  ];
  return { replications, stages, provinceCodes: [first.code, first.code, second.code] };
}

/** Write the fixture's records into profile `slug` of the project copy at `root` (never into content/). */
export function addSpreadRecords(root: string, slug: string, fixture: SpreadFixture): void {
  const file = path.join(root, 'content', 'profiles', slug, 'index.mdx');
  editFrontmatter(file, (doc) => {
    doc.set('replications', fixture.replications);
    doc.set('stages', fixture.stages);
  });
}

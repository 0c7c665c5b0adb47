import { describe, expect, it } from 'vitest';
import { compareVi } from '../../src/lib/catalog.ts';
import { resolveLocality } from '../../src/lib/locality.ts';
import { currentStage, resolveReplications, stagesInOrder, summarizeSpread } from '../../src/lib/stats/spread.ts';
import { profileDataSchema, replicationSchema, STAGES } from '../../src/schema/index.ts';
import { firstProfile } from '../support/templates.ts';
import { spreadFixture } from '../support/spread-fixture.ts';

const fixture = spreadFixture('00', 2024);

describe('spread records', () => {
  it('are accepted by the profile schema, and rejected without a source', () => {
    const profile = firstProfile();
    const data = { ...profile.data, replications: fixture.replications, stages: fixture.stages };
    expect(profileDataSchema.safeParse(data).success).toBe(true);
    const { source: _dropped, ...withoutSource } = fixture.replications[0]!;
    expect(replicationSchema.safeParse(withoutSource).success).toBe(false);
    const stageWithoutSource = { stage: 'phat-hien' };
    expect(profileDataSchema.safeParse({ ...profile.data, stages: [stageWithoutSource] }).success).toBe(false);
  });

  it('resolve to today’s province and commune through the gazetteer', () => {
    const { value, issues } = resolveReplications(fixture.replications, resolveLocality);
    expect(issues).toEqual([]);
    expect(value.map((r) => r.province.code)).toEqual(fixture.provinceCodes);
    expect(value[0]?.commune).toBeDefined();
    expect(value[1]?.commune).toBeUndefined();
  });

  it('report a bad code at the record’s own field path', () => {
    const bad = { ...fixture.replications[1]!, locality: { province: { name: 'tỉnh Không Có', code: '99' } } };
    const { value, issues } = resolveReplications([fixture.replications[0]!, bad], resolveLocality);
    expect(value).toHaveLength(1);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.field).toMatch(/^replications\.1\.locality\./);
  });

  it('give the furthest stage reached, and the four khâu in order', () => {
    expect(currentStage(undefined)).toBeUndefined();
    expect(currentStage(fixture.stages)).toBe('nhan-rong');
    const ordered = stagesInOrder(fixture.stages);
    expect(ordered.map((s) => s.stage)).toEqual([...STAGES]);
    expect(ordered.map((s) => s.records.length)).toEqual([1, 0, 0, 1]);
  });

  it('sum models, records and places', () => {
    const { value } = resolveReplications(fixture.replications, resolveLocality);
    const summary = summarizeSpread(
      [
        { id: 'a', replications: value },
        { id: 'b', replications: value.slice(0, 1) },
        { id: 'c', replications: [] },
      ],
      compareVi,
    );
    expect(summary.models).toBe(2);
    expect(summary.records).toBe(4);
    const [first, second] = summary.places;
    expect(first?.province.code).toBe(fixture.provinceCodes[0]);
    expect(first?.records).toBe(3);
    expect(first?.models).toBe(2);
    expect(second?.records).toBe(1);
  });
});

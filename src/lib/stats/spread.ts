/**
 * How a model spreads (nhân rộng): its replication records resolved to today's units, the stage of
 * the 4 khâu it has reached, and the sums the statistics pages show. Pure; the gazetteer is passed in.
 */
import { STAGES, type Replication, type Stage, type StageRecord } from '../../schema/index.ts';
import type { CurrentCommune, CurrentProvince, LocalityIssue, resolveLocality } from '../locality.ts';

export interface ResolvedReplication {
  record: Replication;
  /** Today's province and, when the source names a commune, today's commune. */
  province: CurrentProvince;
  commune?: CurrentCommune;
}

/** Resolve every replication record's locality; issues name the record's field path. */
export function resolveReplications(
  records: readonly Replication[],
  resolve: typeof resolveLocality,
): { value: ResolvedReplication[]; issues: LocalityIssue[] } {
  const value: ResolvedReplication[] = [];
  const issues: LocalityIssue[] = [];
  records.forEach((record, i) => {
    const result = resolve({ ...record.locality, address: record.locality.address ?? record.locality.province.name });
    if (!result.ok) {
      for (const issue of result.issues) issues.push({ ...issue, field: `replications.${i}.${issue.field}` });
      return;
    }
    value.push({
      record,
      province: result.value.province,
      ...(result.value.commune ? { commune: result.value.commune } : {}),
    });
  });
  return { value, issues };
}

/** The furthest stage of the 4 khâu a source says the model has reached, or undefined. */
export function currentStage(stages: readonly StageRecord[] | undefined): Stage | undefined {
  let best = -1;
  for (const s of stages ?? []) best = Math.max(best, STAGES.indexOf(s.stage));
  return best >= 0 ? STAGES[best] : undefined;
}

/** For each of the 4 khâu in order, the records that state it (one stage may have several sources). */
export function stagesInOrder(stages: readonly StageRecord[] | undefined): { stage: Stage; records: StageRecord[] }[] {
  return STAGES.map((stage) => ({ stage, records: (stages ?? []).filter((s) => s.stage === stage) }));
}

export interface PlaceCount {
  province: CurrentProvince;
  /** Replication records in this province. */
  records: number;
  /** Distinct models replicated there. */
  models: number;
}

export interface SpreadSummary {
  /** Models with at least one replication record. */
  models: number;
  records: number;
  /** Today's provinces the models spread to, most records first. */
  places: PlaceCount[];
}

/**
 * Sum up the replications of a set of models. `compare` orders names (the site's Vietnamese
 * comparator), so ties read alphabetically.
 */
export function summarizeSpread(
  models: readonly { id: string; replications: readonly ResolvedReplication[] }[],
  compare: (a: string, b: string) => number,
): SpreadSummary {
  const byProvince = new Map<string, { province: CurrentProvince; records: number; models: Set<string> }>();
  let records = 0;
  let replicated = 0;
  for (const m of models) {
    if (m.replications.length > 0) replicated++;
    for (const r of m.replications) {
      records++;
      let entry = byProvince.get(r.province.code);
      if (!entry) {
        entry = { province: r.province, records: 0, models: new Set() };
        byProvince.set(r.province.code, entry);
      }
      entry.records++;
      entry.models.add(m.id);
    }
  }
  const places = [...byProvince.values()]
    .map((e) => ({ province: e.province, records: e.records, models: e.models.size }))
    .sort((a, b) => b.records - a.records || compare(a.province.name, b.province.name));
  return { models: replicated, records, places };
}

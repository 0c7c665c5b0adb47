/**
 * Related profiles: same commune first, then most fields in common; by catalogue order among
 * equals. Computed from an index, never by comparing every pair of profiles: profiles are grouped
 * by their set of fields (few distinct sets, however many profiles), each profile's ranking is
 * computed once per set of fields (and once per commune and set), and only the first few members
 * of each group are read. Linear in the number of profiles for a bounded number of field sets.
 */

export interface RelatedInput<P> {
  /** The profiles, in catalogue order (the tie-breaker). */
  profiles: readonly P[];
  fieldsOf: (p: P) => readonly unknown[];
  /** The profiles of its commune (itself included), or none. */
  communeOf: (p: P) => readonly P[] | undefined;
  limit: number;
}

interface Group<P> {
  key: string;
  fields: Set<number>;
  /** In catalogue order. */
  members: P[];
}

const sharedCount = (a: ReadonlySet<number>, b: ReadonlySet<number>) => {
  let n = 0;
  for (const f of a) if (b.has(f)) n++;
  return n;
};

/** Group profiles by their exact set of field ids, keeping catalogue order inside each group. */
function groupByFields<P>(profiles: Iterable<P>, signature: (p: P) => { key: string; fields: Set<number> }): Map<string, Group<P>> {
  const groups = new Map<string, Group<P>>();
  for (const p of profiles) {
    const { key, fields } = signature(p);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, fields, members: [] }));
    g.members.push(p);
  }
  return groups;
}

/**
 * The first `keep` members of `groups` by (fields shared with `mine` desc, catalogue order asc),
 * leaving out groups that share fewer than `minShared` fields.
 */
function topByShared<P>(groups: Iterable<Group<P>>, mine: ReadonlySet<number>, keep: number, minShared: number, rank: (p: P) => number): P[] {
  const byScore = new Map<number, P[][]>();
  for (const g of groups) {
    const s = sharedCount(g.fields, mine);
    if (s < minShared) continue;
    const list = byScore.get(s);
    if (list) list.push(g.members);
    else byScore.set(s, [g.members]);
  }
  const ranked: P[] = [];
  for (const s of [...byScore.keys()].sort((a, b) => b - a)) {
    if (ranked.length >= keep) break;
    // The first `keep` of a union of sorted lists are among the first `keep` of each list.
    const level = byScore
      .get(s)!
      .flatMap((members) => members.slice(0, keep))
      .sort((a, b) => rank(a) - rank(b));
    ranked.push(...level.slice(0, keep - ranked.length));
  }
  return ranked;
}

/** For each profile, its related profiles (at most `limit`), best first. */
export function relatedIndex<P>({ profiles, fieldsOf, communeOf, limit }: RelatedInput<P>): Map<P, P[]> {
  const order = new Map(profiles.map((p, i) => [p, i]));
  const rank = (p: P) => order.get(p) ?? 0;

  const fieldIds = new Map<unknown, number>();
  const idOf = (f: unknown) => {
    let id = fieldIds.get(f);
    if (id === undefined) fieldIds.set(f, (id = fieldIds.size));
    return id;
  };
  const signatures = new Map<P, { key: string; fields: Set<number> }>();
  for (const p of profiles) {
    const ids = [...new Set(fieldsOf(p).map(idOf))].sort((a, b) => a - b);
    signatures.set(p, { key: ids.join(','), fields: new Set(ids) });
  }
  const signature = (p: P) => signatures.get(p) ?? { key: '', fields: new Set<number>() };

  const groups = groupByFields(profiles, signature);
  // Which groups hold each field: the field ranking looks only at groups that share a field.
  const groupsWith = new Map<number, Group<P>[]>();
  for (const g of groups.values()) {
    for (const f of g.fields) {
      const list = groupsWith.get(f);
      if (list) list.push(g);
      else groupsWith.set(f, [g]);
    }
  }

  // Only the profile itself and fewer than `limit` commune mates are ever skipped from the field
  // ranking (with `limit` mates or more the commune alone fills the list): 2 × limit + 1 suffice.
  const byFields = new Map<string, P[]>();
  const rankedByFields = (key: string, mine: Set<number>): P[] => {
    let ranked = byFields.get(key);
    if (!ranked) {
      const candidates = new Set([...mine].flatMap((f) => groupsWith.get(f) ?? []));
      byFields.set(key, (ranked = topByShared(candidates, mine, 2 * limit + 1, 1, rank)));
    }
    return ranked;
  };

  // Within a commune every mate counts, whatever it shares; ranked once per commune and field set.
  const communeGroups = new Map<readonly P[], Map<string, Group<P>>>();
  const byCommune = new Map<readonly P[], Map<string, P[]>>();
  const rankedInCommune = (commune: readonly P[], key: string, mine: Set<number>): P[] => {
    let memo = byCommune.get(commune);
    if (!memo) byCommune.set(commune, (memo = new Map()));
    let ranked = memo.get(key);
    if (!ranked) {
      let grouped = communeGroups.get(commune);
      if (!grouped) communeGroups.set(commune, (grouped = groupByFields([...commune].sort((a, b) => rank(a) - rank(b)), signature)));
      memo.set(key, (ranked = topByShared(grouped.values(), mine, limit + 1, 0, rank)));
    }
    return ranked;
  };

  const none: readonly P[] = [];
  const result = new Map<P, P[]>();
  for (const p of profiles) {
    const { key, fields: mine } = signature(p);
    const commune = communeOf(p) ?? none;
    // A shared commune outweighs any number of shared fields.
    const chosen = rankedInCommune(commune, key, mine)
      .filter((q) => q !== p)
      .slice(0, limit);
    if (chosen.length < limit) {
      const skip = new Set<P>([p, ...commune]);
      for (const q of rankedByFields(key, mine)) {
        if (chosen.length >= limit) break;
        if (!skip.has(q)) chosen.push(q);
      }
    }
    result.set(p, chosen);
  }
  return result;
}

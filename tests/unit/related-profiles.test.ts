/**
 * Related profiles come from an index, not from comparing every pair, and give exactly what the
 * definition says: same commune first (it outweighs any number of shared fields), then most
 * fields in common, catalogue order among equals, never the profile itself.
 */
import { describe, expect, it } from 'vitest';
import { relatedIndex } from '../../src/lib/related.ts';

interface P {
  id: number;
  fields: string[];
  commune?: P[];
}

/** The definition, by brute force over all pairs. */
function bruteForce(profiles: P[], limit: number): Map<P, P[]> {
  const out = new Map<P, P[]>();
  for (const p of profiles) {
    const scored = profiles
      .filter((q) => q !== p)
      .map((q) => ({
        q,
        score: (p.commune && p.commune.includes(q) ? 100 : 0) + q.fields.filter((f) => p.fields.includes(f)).length,
      }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score || profiles.indexOf(a.q) - profiles.indexOf(b.q));
    out.set(p, scored.slice(0, limit).map(({ q }) => q));
  }
  return out;
}

/** Synthetic profiles with a seeded pseudo-random mix of fields and communes. */
function synthetic(n: number, fieldCount: number, communeCount: number, seed = 1): P[] {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const communes: P[][] = Array.from({ length: communeCount }, () => []);
  return Array.from({ length: n }, (_, id) => {
    const k = 1 + Math.floor(rnd() * 3);
    const fields = [...new Set(Array.from({ length: k }, () => `f${Math.floor(rnd() * fieldCount)}`))];
    const p: P = { id, fields };
    if (rnd() < 0.8) {
      const c = communes[Math.floor(rnd() * communeCount)]!;
      c.push(p);
      p.commune = c;
    }
    return p;
  });
}

const run = (profiles: P[], limit: number) =>
  relatedIndex({ profiles, fieldsOf: (p) => p.fields, communeOf: (p) => p.commune, limit });

describe('related profiles', () => {
  it('equal the brute-force definition on varied synthetic catalogues', () => {
    for (const [n, fields, communes, seed] of [
      [60, 3, 5, 1],
      [200, 8, 40, 2],
      [300, 18, 10, 3],
      [150, 2, 150, 4],
      [200, 5, 1, 5],
    ] as const) {
      const profiles = synthetic(n, fields, communes, seed);
      const expected = bruteForce(profiles, 4);
      const got = run(profiles, 4);
      for (const p of profiles) expect(got.get(p)!.map((q) => q.id), `profile ${p.id}`).toEqual(expected.get(p)!.map((q) => q.id));
    }
  });

  it('never lists a profile as related to itself, and respects the limit', () => {
    const profiles = synthetic(100, 2, 3);
    for (const [p, related] of run(profiles, 4)) {
      expect(related).not.toContain(p);
      expect(related.length).toBeLessThanOrEqual(4);
    }
  });

  it('grows linearly, even with large communes: 8× the profiles costs far less than 64× the time', () => {
    const time = (n: number) => {
      const profiles = synthetic(n, 18, 4);
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = performance.now();
        run(profiles, 4);
        runs.push(performance.now() - t0);
      }
      return runs.sort((a, b) => a - b)[1]!;
    };
    time(1000); // warm up
    const small = time(2000);
    const large = time(16000);
    // Quadratic would be ~64×; linear ~8×. The bound leaves room for a noisy machine.
    expect(large / small).toBeLessThan(30);
  });
});

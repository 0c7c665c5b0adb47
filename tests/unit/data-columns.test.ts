/** Every CSV column has a stable ASCII header and a Vietnamese description for the /du-lieu/ page. */
import { describe, expect, it } from 'vitest';
import { PROFILE_COLUMNS, columnDescription } from '../../src/lib/data/profile-csv.ts';

describe('open data CSV columns', () => {
  it('have unique ASCII headers', () => {
    const keys = PROFILE_COLUMNS.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z_]*$/);
  });

  it.each(PROFILE_COLUMNS.map((c) => c.key))('%s is explained in Vietnamese (NFC)', (key) => {
    const text = columnDescription(key);
    expect(typeof text).toBe('string');
    expect(text.trim().length).toBeGreaterThan(5);
    expect(text).toBe(text.normalize('NFC'));
  });
});

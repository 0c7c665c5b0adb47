/**
 * Every locality used in the shipped content maps to today's units. Expectations come from the
 * content itself: each old province code must land in the new province that absorbed it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { profileDataSchema } from '../../src/schema/index.ts';
import { formerProvincesOf, resolveLocality } from '../../src/lib/locality.ts';

const root = resolve(import.meta.dirname, '../..');
const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!);

const profiles = readdirSync(join(root, 'content/profiles')).map((slug) => ({
  slug,
  data: profileDataSchema.parse(frontmatter(join(root, 'content/profiles', slug, 'index.mdx'))),
}));

describe('localities of the shipped profiles', () => {
  it.each(profiles.map((p) => [p.slug, p.data] as const))('%s resolves to today’s units', (_slug, data) => {
    const result = resolveLocality(data.locality);
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.field}: ${i.en}`).join('\n'));
    const { province, commune, former } = result.value;
    // The old province the source names is one of those that formed today's province.
    expect(formerProvincesOf(province.code).map((u) => u.code)).toContain(data.locality.province.code);
    expect(former.province.code).toBe(data.locality.province.code);
    // A coded commune always maps to a commune of today, inside today's province.
    if (data.locality.commune?.code) {
      expect(commune, 'commune code must map to a current commune').toBeDefined();
      expect(commune!.provinceCode).toBe(province.code);
      expect(commune!.former.map((f) => f.code)).toContain(data.locality.commune.code);
    }
  });

  it('puts every exemplar of the two Hòa Bình plans in today’s Phú Thọ', () => {
    for (const { data } of profiles) {
      const result = resolveLocality(data.locality);
      expect(result.ok && result.value.province.name).toBe('Phú Thọ');
    }
  });

  it('maps xã Thành Lập (merged in 2020) to today’s xã Liên Sơn', () => {
    const htx = profiles.find((p) => p.data.locality.commune?.name === 'xã Thành Lập');
    expect(htx).toBeDefined();
    const result = resolveLocality(htx!.data.locality);
    expect(result.ok && result.value.commune?.fullName).toBe('Xã Liên Sơn');
  });
});


/**
 * A profile that records where its model was replicated (nhân rộng) and the stages of the 4 khâu it
 * reached shows them: the list and a small map with one marker per province on its page; how many
 * models spread, and where, on its field's and province's pages and on /thong-ke/; the records of
 * the year on the province's year-end summary. The shipped content records none of this, so a copy
 * of the project gets synthetic records (tests/support/spread-fixture.ts) and is built once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentProvinces, resolveLocality } from '../../src/lib/locality.ts';
import { parseHtml } from '../support/dist.ts';
import { buildFixtureSite, type FixtureSite } from '../support/fixture-site.ts';
import { addSpreadRecords, spreadFixture, SYNTHETIC } from '../support/spread-fixture.ts';
import { countInLabel } from '../support/stats.ts';
import { firstProfile } from '../support/templates.ts';

const profile = firstProfile();
const located = resolveLocality(profile.data.locality);
if (!located.ok) throw new Error(`${profile.file}: locality does not resolve`);
const home = located.value.province;
const year = profile.data.recognitions[0]?.year ?? 2000;
const fixture = spreadFixture(home.code, year);
const provinceName = (code: string) => currentProvinces().find((p) => p.code === code)?.name ?? '?';
const [firstCode = '', , secondCode = ''] = fixture.provinceCodes;

const addRecords = (root: string) => addSpreadRecords(root, profile.slug, fixture);

describe('spread records', () => {
  let site: FixtureSite;
  beforeAll(async () => {
    site = await buildFixtureSite('spread', addRecords);
  }, 200_000);
  afterAll(() => site?.remove());

  const page = (sitePath: string) =>
    parseHtml(readFileSync(path.join(site.dist, ...sitePath.split('/').filter(Boolean), 'index.html'), 'utf8'));

  it('are listed on the profile page, with their sources, the stages reached and a marker per province', () => {
    const doc = page(`/mo-hinh/${profile.slug}/`);
    const section = doc.querySelector('section[aria-labelledby="nhan-rong"]');
    expect(section, 'no spread section').not.toBeNull();
    const rows = section?.querySelectorAll('table.replications tbody tr') ?? [];
    expect(rows).toHaveLength(fixture.replications.length);
    fixture.replications.forEach((r, i) => {
      expect(rows[i]?.text).toContain(r.units);
      expect(rows[i]?.text).toContain(r.source.title);
    });
    const markers = section?.querySelectorAll('.spread-map__marker') ?? [];
    expect(markers.map((g) => [g.getAttribute('data-province'), g.text.trim()]).sort()).toEqual(
      [
        [firstCode, '2'],
        [secondCode, '1'],
      ].sort(),
    );
    const stages = section?.querySelectorAll('.stages li') ?? [];
    expect(stages).toHaveLength(4);
    expect(stages.map((li) => li.classList.contains('reached'))).toEqual([true, false, false, true]);
    expect(section?.text).toContain(fixture.stages[0]?.source.title ?? '?');
  });

  it('are summed on the field page and the province page', () => {
    for (const sitePath of [`/linh-vuc/${profile.data.fields[0]}/`, `/dia-phuong/${home.slug}/`]) {
      const text = page(sitePath).querySelector('.spread-summary')?.text ?? '';
      expect(text, sitePath).toContain(`${provinceName(firstCode)} (2)`);
      expect(text, sitePath).toContain(`${provinceName(secondCode)} (1)`);
    }
  });

  it('are counted per province on /thong-ke/', () => {
    const section = page('/thong-ke/').querySelector('section[aria-labelledby="nhan-rong"]');
    const bars = (section?.querySelectorAll('svg a') ?? []).map((a) => countInLabel(a.getAttribute('aria-label') ?? ''));
    expect(bars).toEqual([2, 1]);
    expect(section?.text).toContain('1 mô hình, điển hình');
  });

  it('of the year are on the province’s year-end summary, the others are not', () => {
    const items = page(`/thong-ke/${home.slug}/${year}/`).querySelectorAll('.year-end__spread li');
    const inYear = fixture.replications.filter((r) => r.date.year === year);
    expect(items).toHaveLength(inYear.length);
    for (const r of inYear) expect(items.some((li) => li.text.includes(r.units))).toBe(true);
    expect(items.every((li) => li.text.includes(SYNTHETIC))).toBe(true);
  });
});

/**
 * JSON-LD says true things in the right terms. For a sample of profiles of each subject (the
 * first, a middle and the last of each): a Person's name is the name without the honorific
 * ("Ông", "Bà", "Em"… go in honorificPrefix); a Person whose address in the plan names a
 * workplace has it as workLocation with that organisation as affiliation, never as homeLocation;
 * an Organization has a location and no Person-only property; and every encodingFormat on the
 * site is a media type ("text/plain"), not a label ("TXT").
 */
import { describe, expect, it } from 'vitest';
import { publishedProfiles, type Profile } from '../support/content.ts';
import { contentPages, pageAt, requireDist } from '../support/dist.ts';
import { jsonLdBlocks, jsonLdNodes, typesOf, type JsonNode } from '../support/page-kinds.ts';
import { BASE_URL } from '../support/site.ts';
import { SUBJECTS } from '../../src/schema/index.ts';
import { listing } from '../support/report.ts';

/** Words that begin a person's name in the plans' lists but are not part of it. */
const HONORIFIC = /^(Ông|Bà|Anh|Chị|Em|Cô|Chú|Bác|Thầy|Cháu|Đồng chí)\s/u;
/** Addresses that plainly name a workplace, as the plans write them. */
const WORKPLACE = /^(Công an|Trường|Ủy ban|UBND|Công ty|Bệnh viện|Trạm y tế|Hợp tác xã|Ban chỉ huy)\s/iu;

function sample(of: readonly Profile[]): Profile[] {
  if (of.length <= 3) return [...of];
  return [...new Set([of[0]!, of[Math.floor(of.length / 2)]!, of.at(-1)!])];
}

function subjectOf(profile: Profile): JsonNode {
  const page = pageAt(`/mo-hinh/${profile.slug}/`);
  if (!page) throw new Error(`/mo-hinh/${profile.slug}/ is not built`);
  const nodes = jsonLdBlocks(page).flatMap(jsonLdNodes);
  const id = `${BASE_URL}/mo-hinh/${profile.slug}/#subject`;
  const subject = nodes.find((n) => n['@id'] === id && n['@type'] !== undefined) ?? nodes.find((n) => typesOf(n).some((t) => t === 'Person' || t === 'Organization') && n.award);
  if (!subject) throw new Error(`/mo-hinh/${profile.slug}/: no Person or Organization node`);
  return subject;
}

describe('JSON-LD properties hold what they mean', () => {
  requireDist();
  const profiles = publishedProfiles();

  for (const subject of SUBJECTS) {
    const picked = sample(profiles.filter((p) => p.data.subject === subject));
    if (picked.length === 0) continue;

    it.each(picked.map((p) => [p.slug, p] as const))(`${subject}: %s`, (_slug, profile) => {
      const node = subjectOf(profile);
      const unit = profile.data.unit;
      const address = profile.data.locality.address;
      if (subject === 'ca-nhan') {
        expect(typesOf(node)).toContain('Person');
        expect(String(node.name)).not.toMatch(HONORIFIC);
        const prefix = HONORIFIC.exec(unit)?.[1];
        if (prefix) {
          expect(node.honorificPrefix).toBe(prefix);
          expect(`${String(node.honorificPrefix)} ${String(node.name)}`).toBe(unit);
        } else {
          expect(node.name).toBe(unit);
        }
        const place = (node.homeLocation ?? node.workLocation) as JsonNode | undefined;
        expect(place && typesOf(place)).toContain('Place');
        expect(place?.name).toBe(address);
        if (WORKPLACE.test(address)) {
          expect(node.homeLocation, `${address} is a workplace, not a home`).toBeUndefined();
          expect((node.affiliation as JsonNode | undefined)?.name).toBe(address.split(',')[0]?.trim());
        }
      } else {
        expect(typesOf(node)).toContain('Organization');
        expect(node.name).toBe(unit);
        for (const personOnly of ['honorificPrefix', 'homeLocation', 'workLocation']) expect(node[personOnly], personOnly).toBeUndefined();
        expect(typesOf(node.location as JsonNode)).toContain('Place');
      }
    });
  }

  it('writes every encodingFormat as a media type', () => {
    const bad: string[] = [];
    let seen = 0;
    for (const page of contentPages()) {
      for (const node of jsonLdBlocks(page).flatMap(jsonLdNodes)) {
        if (node.encodingFormat === undefined) continue;
        seen++;
        if (!/^[a-z]+\/[\w.+-]+$/.test(String(node.encodingFormat))) bad.push(`${page.path}: encodingFormat ${JSON.stringify(node.encodingFormat)}`);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(bad, listing('encodingFormat values that are not media types', bad)).toEqual([]);
  });
});

/**
 * The site model: every collection's entries, linked to each other once, sorted the Vietnamese way
 * and grouped the ways readers browse (field, today's province and commune, former district, plan,
 * movement, kind, subject, year). Pure: it takes plain entries ({ id, data, body? }) so that unit
 * tests can build a catalog from fixtures; src/site-data.ts feeds it the content collections.
 */
import { relatedIndex } from './related.ts';
import {
  KINDS,
  SUBJECTS,
  type ArticleData,
  type FieldData,
  type Kind,
  type MovementData,
  type PlanData,
  type ProfileData,
  type Recognition,
  type Subject,
} from '../schema/index.ts';
import * as locality from './locality.ts';
import type { CurrentCommune, CurrentProvince, FormerRef, ResolvedLocality, UnitRef } from './locality.ts';
import { nameKey, slugify } from './text.ts';
import { byKeys, compareVi } from './sort.ts';
import { t } from '../i18n/vi.ts';
import { partialDateKey, planCitation, planShortName, siteTextDeep, unitBareName, unitInText } from './format.ts';
import { articleUrl, communeUrl, fieldUrl, movementUrl, planUrl, profileUrl, provinceUrl } from './routes.ts';
import { pageOfIndex, pageUrl } from './pagination.ts';
import { resolveReplications, type ResolvedReplication } from './stats/spread.ts';

// ---------------------------------------------------------------------------------------------
// Input

export interface Entry<D> {
  id: string;
  data: D;
  body?: string;
}

type ImageData = ProfileData['images'][number];
/** A profile's data with images of any representation (a path for tools, image metadata for Astro). */
export type ProfileInput = Omit<ProfileData, 'images'> & { images: Array<Omit<ImageData, 'src'> & { src: unknown }> };

/** The entry types a catalog is built from; Astro passes its CollectionEntry types here. */
export interface EntryTypes {
  profile: Entry<ProfileInput>;
  plan: Entry<PlanData>;
  article: Entry<ArticleData>;
}

export interface CatalogInput<E extends EntryTypes = EntryTypes> {
  profiles: readonly E['profile'][];
  plans: readonly E['plan'][];
  articles: readonly E['article'][];
  fields: readonly Entry<FieldData>[];
  movements: readonly Entry<MovementData>[];
}

/** The parts of the gazetteer (src/lib/locality.ts) the catalog uses; tests may pass a stub. */
export interface Gazetteer {
  resolveLocality: typeof locality.resolveLocality;
  currentProvinces: typeof locality.currentProvinces;
  formerProvincesOf: typeof locality.formerProvincesOf;
}

const defaultGazetteer: Gazetteer = {
  resolveLocality: locality.resolveLocality,
  currentProvinces: locality.currentProvinces,
  formerProvincesOf: locality.formerProvincesOf,
};

// ---------------------------------------------------------------------------------------------
// Model

export interface ProfileNode<E extends EntryTypes = EntryTypes> {
  id: string;
  url: string;
  entry: E['profile'];
  data: E['profile']['data'];
  fields: FieldNode<E>[];
  movement?: MovementNode<E>;
  /** In the order the profile lists them. */
  recognitions: RecognitionRef<E>[];
  locality: ResolvedLocality;
  province: ProvinceNode<E>;
  commune?: CommuneNode<E>;
  /** The group of the former district (or the former province itself) it belongs to. */
  district: DistrictGroup<E>;
  /** Years of recognition, ascending, without repeats. */
  years: number[];
  related: ProfileNode<E>[];
  /** Where the model has been replicated or studied, resolved to today's units (src/lib/stats/spread.ts). */
  replications: ResolvedReplication[];
}

export interface RecognitionRef<E extends EntryTypes = EntryTypes> {
  recognition: Recognition;
  plan: PlanNode<E>;
}

export interface FieldNode<E extends EntryTypes = EntryTypes> {
  id: string;
  url: string;
  data: FieldData;
  profiles: ProfileNode<E>[];
  criteria: { criteria: FieldData['criteria'][number]; plan: PlanNode<E> }[];
}

export interface MovementNode<E extends EntryTypes = EntryTypes> {
  id: string;
  url: string;
  data: MovementData;
  plans: PlanNode<E>[];
  profiles: ProfileNode<E>[];
}

export interface PlanRow<E extends EntryTypes = EntryTypes> {
  recognition: Recognition;
  profile: ProfileNode<E>;
}

export interface PlanNode<E extends EntryTypes = EntryTypes> {
  id: string;
  url: string;
  entry: E['plan'];
  data: PlanData;
  /** "Kế hoạch số 162/KH-UBND ngày 26/12/2017 của Ủy ban nhân dân tỉnh Hòa Bình". */
  citation: string;
  /** "Kế hoạch số 162/KH-UBND". */
  shortName: string;
  /** The exemplars it lists, in appendix-row order. */
  rows: PlanRow<E>[];
  movements: MovementNode<E>[];
  articles: ArticleNode<E>[];
  criteria: { field: FieldNode<E>; criteria: FieldData['criteria'][number] }[];
  /** Today's province of the issuing locality. */
  currentProvince?: ProvinceNode<E>;
  /**
   * The document's own title exactly as it is written, when that differs from the site's style
   * (`data.title` is in the site's style, see siteText in src/lib/format.ts): quote it as written.
   */
  titleAsWritten?: string;
}

export interface ArticleNode<E extends EntryTypes = EntryTypes> {
  id: string;
  url: string;
  entry: E['article'];
  data: ArticleData;
  plans: PlanNode<E>[];
  /** Profiles that give this article as a source. */
  citedBy: ProfileNode<E>[];
}

export interface ProvinceNode<E extends EntryTypes = EntryTypes> {
  unit: CurrentProvince;
  /** Only provinces with exemplars have a page. */
  url?: string;
  /** The provinces (before 1 July 2025) it was formed from. */
  formerProvinces: UnitRef[];
  /** Ordered by former district group, then title. */
  profiles: ProfileNode<E>[];
  communes: CommuneNode<E>[];
  districts: DistrictGroup<E>[];
}

export interface CommuneNode<E extends EntryTypes = EntryTypes> {
  unit: CurrentCommune;
  url: string;
  province: ProvinceNode<E>;
  profiles: ProfileNode<E>[];
}

export interface DistrictGroup<E extends EntryTypes = EntryTypes> {
  key: string;
  /** Fragment id on the province page. */
  anchor: string;
  /** "huyện Kỳ Sơn"; for profiles placed only at province level, the former province's name. */
  label: string;
  formerProvince: UnitRef;
  district?: FormerRef;
  profiles: ProfileNode<E>[];
  /** URL of the province page (and fragment) where the group starts. */
  href: string;
}

export type FormerLevel = 'province' | 'district' | 'commune';

/** A unit as the content names it (before 1 July 2025), and where it is today. */
export interface FormerName {
  level: FormerLevel;
  /** As the source writes it: "xã Thành Lập". */
  name: string;
  /** The units above it, as the source writes them: ["huyện Lương Sơn", "tỉnh Hòa Bình"]. */
  context: string[];
  /** Today's unit, in running text: "xã Liên Sơn, tỉnh Phú Thọ". */
  today: string;
  /** Today's page, when it has one (only units with exemplars have pages). */
  url?: string;
}

export interface CatalogProblem {
  collection: 'profiles' | 'plans' | 'fields' | 'movements' | 'articles';
  id: string;
  field: string;
  vi: string;
  en: string;
}

export interface Catalog<E extends EntryTypes = EntryTypes> {
  /** Published profiles, in Vietnamese alphabetical order of title. */
  profiles: ProfileNode<E>[];
  profileById: Map<string, ProfileNode<E>>;
  /** Old slugs that must keep working: each redirects to its profile. */
  aliases: { alias: string; profile: ProfileNode<E> }[];
  /** By `order`, then name. */
  fields: FieldNode<E>[];
  fieldById: Map<string, FieldNode<E>>;
  /** Newest first. */
  plans: PlanNode<E>[];
  planById: Map<string, PlanNode<E>>;
  movements: MovementNode<E>[];
  movementById: Map<string, MovementNode<E>>;
  /** Newest first. */
  articles: ArticleNode<E>[];
  articleById: Map<string, ArticleNode<E>>;
  /** All of today's provinces, alphabetical, with or without exemplars. */
  provinces: ProvinceNode<E>[];
  /** Today's provinces that have exemplars (and so a page). */
  provincesWithProfiles: ProvinceNode<E>[];
  /** Today's communes that have exemplars, alphabetical within province order. */
  communes: CommuneNode<E>[];
  byKind: Record<Kind, ProfileNode<E>[]>;
  bySubject: Record<Subject, ProfileNode<E>[]>;
  /** Newest year first. */
  byYear: { year: number; profiles: ProfileNode<E>[] }[];
  /** Most recently recognised first. */
  latest: ProfileNode<E>[];
  formerNames: FormerName[];
  counts: {
    profiles: number;
    kinds: Record<Kind, number>;
    subjects: Record<Subject, number>;
    fields: number;
    plans: number;
    movements: number;
    articles: number;
    provinces: number;
    communes: number;
  };
  /** Broken references found while linking; the site refuses to build with any. */
  problems: CatalogProblem[];
}

// ---------------------------------------------------------------------------------------------
// Sorting

// One Vietnamese comparator for the whole site (src/lib/sort.ts); re-exported for older callers.
export { compareVi };

/** Every entry's data in the site's style; entries keep everything else (Astro renders them by id). */
function inSiteStyle<E extends EntryTypes>(input: CatalogInput<E>): CatalogInput<E> {
  const style = <T extends { data: unknown }>(entries: readonly T[]): T[] => entries.map((e) => ({ ...e, data: siteTextDeep(e.data) }));
  return {
    profiles: style(input.profiles),
    plans: style(input.plans),
    articles: style(input.articles),
    fields: style(input.fields),
    movements: style(input.movements),
  };
}

export const RELATED_LIMIT = 4;
export const LATEST_LIMIT = 6;

// ---------------------------------------------------------------------------------------------
// Building

/** Build the site model. Drafts are left out; broken references are reported in `problems`. */
export function buildCatalog<E extends EntryTypes = EntryTypes>(
  rawInput: CatalogInput<E>,
  gazetteer: Gazetteer = defaultGazetteer,
): Catalog<E> {
  const problems: CatalogProblem[] = [];
  const originalPlanTitles = new Map(rawInput.plans.map((p) => [p.id, p.data.title]));
  // Everything below reads the site's words in the site's one style (dates, accents).
  const input = inSiteStyle(rawInput);

  // Fields, movements, plans, articles: nodes first, links after.
  const fields = input.fields.map(
    (f): FieldNode<E> => ({ id: f.id, url: fieldUrl(f.id), data: f.data, profiles: [], criteria: [] }),
  );
  fields.sort(byKeys((f) => f.data.order, (f) => f.data.name, (f) => f.id));
  const fieldById = new Map(fields.map((f) => [f.id, f]));

  const plans = input.plans.map(
    (p): PlanNode<E> => ({
      id: p.id,
      url: planUrl(p.id),
      entry: p,
      data: p.data,
      citation: planCitation(p.data),
      shortName: planShortName(p.data),
      rows: [],
      movements: [],
      articles: [],
      criteria: [],
      ...(originalPlanTitles.get(p.id) !== p.data.title ? { titleAsWritten: originalPlanTitles.get(p.id) } : {}),
    }),
  );
  plans.sort((a, b) => partialDateKey(b.data.date).localeCompare(partialDateKey(a.data.date)) || compareVi(a.id, b.id));
  const planById = new Map(plans.map((p) => [p.id, p]));

  const movements = input.movements.map(
    (m): MovementNode<E> => ({ id: m.id, url: movementUrl(m.id), data: m.data, plans: [], profiles: [] }),
  );
  movements.sort(byKeys((m) => m.data.name, (m) => m.id));
  const movementById = new Map(movements.map((m) => [m.id, m]));

  const articles = input.articles.map(
    (a): ArticleNode<E> => ({ id: a.id, url: articleUrl(a.id), entry: a, data: a.data, plans: [], citedBy: [] }),
  );
  articles.sort(
    (a, b) =>
      (b.data.date ? partialDateKey(b.data.date) : '').localeCompare(a.data.date ? partialDateKey(a.data.date) : '') ||
      compareVi(a.data.title, b.data.title),
  );
  const articleById = new Map(articles.map((a) => [a.id, a]));

  for (const movement of movements) {
    movement.data.plans.forEach((planId, i) => {
      const plan = planById.get(planId);
      if (!plan) {
        problems.push(missing('movements', movement.id, `plans.${i}`, 'kế hoạch', planId));
        return;
      }
      movement.plans.push(plan);
      plan.movements.push(movement);
    });
  }
  for (const article of articles) {
    article.data.plans.forEach((planId, i) => {
      const plan = planById.get(planId);
      if (!plan) {
        problems.push(missing('articles', article.id, `plans.${i}`, 'kế hoạch', planId));
        return;
      }
      article.plans.push(plan);
      plan.articles.push(article);
    });
  }
  for (const field of fields) {
    field.data.criteria.forEach((criteria, i) => {
      const plan = planById.get(criteria.plan);
      if (!plan) {
        problems.push(missing('fields', field.id, `criteria.${i}.plan`, 'kế hoạch', criteria.plan));
        return;
      }
      field.criteria.push({ criteria, plan });
      plan.criteria.push({ field, criteria });
    });
  }

  // Today's provinces, and which of them each former province became part of.
  const provinces = gazetteer.currentProvinces().map(
    (unit): ProvinceNode<E> => ({
      unit,
      // The gazetteer's order: the province that kept the code first, then by name.
      formerProvinces: gazetteer.formerProvincesOf(unit.code),
      profiles: [],
      communes: [],
      districts: [],
    }),
  );
  provinces.sort(byKeys((p) => p.unit.name, (p) => p.unit.code));
  const provinceByCode = new Map(provinces.map((p) => [p.unit.code, p]));
  const provinceOfFormer = new Map<string, ProvinceNode<E>>();
  for (const p of provinces) for (const f of p.formerProvinces) provinceOfFormer.set(f.code, p);
  for (const plan of plans) plan.currentProvince = provinceOfFormer.get(plan.data.locality.province);

  const communeByCode = new Map<string, CommuneNode<E>>();
  const districtByKey = new Map<string, DistrictGroup<E>>();

  // Profiles.
  const profiles: ProfileNode<E>[] = [];
  for (const entry of input.profiles) {
    const data = entry.data;
    if (data.draft) continue;
    const resolved = gazetteer.resolveLocality(data.locality);
    if (!resolved.ok) {
      for (const issue of resolved.issues) {
        problems.push({ collection: 'profiles', id: entry.id, field: issue.field, vi: issue.vi, en: issue.en });
      }
      continue;
    }
    const loc = resolved.value;
    const province = provinceByCode.get(loc.province.code);
    if (!province) {
      problems.push({
        collection: 'profiles',
        id: entry.id,
        field: 'locality',
        vi: `không tìm thấy tỉnh, thành phố hiện nay có mã ${loc.province.code}`,
        en: `no current province with code ${loc.province.code}`,
      });
      continue;
    }
    province.url ??= provinceUrl(province.unit.slug);

    let commune: CommuneNode<E> | undefined;
    if (loc.commune) {
      commune = communeByCode.get(loc.commune.code);
      if (!commune) {
        commune = { unit: loc.commune, url: communeUrl(province.unit.slug, loc.commune.slug), province, profiles: [] };
        communeByCode.set(loc.commune.code, commune);
        province.communes.push(commune);
      }
    }

    const district = districtGroupFor(loc, data.locality.district?.name, province, districtByKey);
    const replications = resolveReplications(data.replications ?? [], gazetteer.resolveLocality);
    for (const issue of replications.issues) {
      problems.push({ collection: 'profiles', id: entry.id, field: issue.field, vi: issue.vi, en: issue.en });
    }

    const node: ProfileNode<E> = {
      id: entry.id,
      url: profileUrl(entry.id),
      entry,
      data: entry.data,
      fields: [],
      recognitions: [],
      locality: loc,
      province,
      commune,
      district,
      years: [...new Set(data.recognitions.map((r) => r.year))].sort((a, b) => a - b),
      related: [],
      replications: replications.value,
    };

    data.fields.forEach((fieldId, i) => {
      const field = fieldById.get(fieldId);
      if (field) node.fields.push(field);
      else problems.push(missing('profiles', entry.id, `fields.${i}`, 'lĩnh vực', fieldId));
    });
    if (data.movement) {
      node.movement = movementById.get(data.movement);
      if (!node.movement) problems.push(missing('profiles', entry.id, 'movement', 'phong trào', data.movement));
    }
    data.recognitions.forEach((recognition, i) => {
      const plan = planById.get(recognition.plan);
      if (plan) node.recognitions.push({ recognition, plan });
      else problems.push(missing('profiles', entry.id, `recognitions.${i}.plan`, 'kế hoạch', recognition.plan));
    });
    data.sources.forEach((source, i) => {
      if (source.plan && !planById.has(source.plan)) {
        problems.push(missing('profiles', entry.id, `sources.${i}.plan`, 'kế hoạch', source.plan));
      }
      if (source.article && !articleById.has(source.article)) {
        problems.push(missing('profiles', entry.id, `sources.${i}.article`, 'bài viết', source.article));
      }
    });
    profiles.push(node);
  }

  profiles.sort(byKeys((p) => p.data.title, (p) => p.data.unit, (p) => p.id));
  const order = new Map(profiles.map((p, i) => [p, i]));
  const profileById = new Map(profiles.map((p) => [p.id, p]));

  // Groupings, in alphabetical order because `profiles` is.
  for (const p of profiles) {
    for (const f of p.fields) f.profiles.push(p);
    p.movement?.profiles.push(p);
    for (const r of p.recognitions) r.plan.rows.push({ recognition: r.recognition, profile: p });
    p.commune?.profiles.push(p);
    p.district.profiles.push(p);
    for (const s of p.data.sources) if (s.article) articleById.get(s.article)?.citedBy.push(p);
  }
  for (const plan of plans) plan.rows.sort((a, b) => a.recognition.row - b.recognition.row || compareVi(a.profile.data.title, b.profile.data.title));

  // Each province: its district groups in order, its profiles in that order, its communes.
  for (const province of provinces) {
    const formerOrder = new Map(province.formerProvinces.map((u, i) => [u.code, i]));
    province.districts.sort(
      byKeys(
        (d) => formerOrder.get(d.formerProvince.code) ?? Number.MAX_SAFE_INTEGER,
        (d) => (d.district ? 0 : 1),
        (d) => unitBareName(d.label),
        (d) => d.key,
      ),
    );
    province.profiles = province.districts.flatMap((d) => d.profiles);
    let index = 0;
    for (const group of province.districts) {
      const page = pageOfIndex(index);
      group.href = `${pageUrl(province.url ?? provinceUrl(province.unit.slug), page)}#${group.anchor}`;
      index += group.profiles.length;
    }
    province.communes.sort(byKeys((c) => unitBareName(c.unit.name), (c) => c.unit.code));
  }
  const provincesWithProfiles = provinces.filter((p) => p.profiles.length > 0);
  const communes = provincesWithProfiles.flatMap((p) => p.communes);

  const related = relatedIndex({
    profiles,
    fieldsOf: (p) => p.fields,
    communeOf: (p) => p.commune?.profiles,
    limit: RELATED_LIMIT,
  });
  for (const p of profiles) p.related = related.get(p) ?? [];

  const byKind = Object.fromEntries(KINDS.map((k) => [k, profiles.filter((p) => p.data.kind === k)])) as Record<Kind, ProfileNode<E>[]>;
  const bySubject = Object.fromEntries(SUBJECTS.map((s) => [s, profiles.filter((p) => p.data.subject === s)])) as Record<
    Subject,
    ProfileNode<E>[]
  >;
  const years = [...new Set(profiles.flatMap((p) => p.years))].sort((a, b) => b - a);
  const byYear = years.map((year) => ({ year, profiles: profiles.filter((p) => p.years.includes(year)) }));

  const latest = [...profiles]
    .sort((a, b) => {
      const ra = latestRecognition(a);
      const rb = latestRecognition(b);
      return (
        rb.recognition.year - ra.recognition.year ||
        partialDateKey(rb.plan.data.date).localeCompare(partialDateKey(ra.plan.data.date)) ||
        ra.recognition.row - rb.recognition.row ||
        (order.get(a) ?? 0) - (order.get(b) ?? 0)
      );
    })
    .slice(0, LATEST_LIMIT);

  const aliases = profiles.flatMap((profile) => profile.data.aliases.map((alias) => ({ alias, profile })));
  aliases.sort(byKeys((a) => a.alias));

  return {
    profiles,
    profileById,
    aliases,
    fields,
    fieldById,
    plans,
    planById,
    movements,
    movementById,
    articles,
    articleById,
    provinces,
    provincesWithProfiles,
    communes,
    byKind,
    bySubject,
    byYear,
    latest,
    formerNames: formerNames(profiles, plans),
    counts: {
      profiles: profiles.length,
      kinds: Object.fromEntries(KINDS.map((k) => [k, byKind[k].length])) as Record<Kind, number>,
      subjects: Object.fromEntries(SUBJECTS.map((s) => [s, bySubject[s].length])) as Record<Subject, number>,
      fields: fields.length,
      plans: plans.length,
      movements: movements.length,
      articles: articles.length,
      provinces: provincesWithProfiles.length,
      communes: communes.length,
    },
    problems,
  };
}

function missing(
  collection: CatalogProblem['collection'],
  id: string,
  field: string,
  what: string,
  slug: string,
): CatalogProblem {
  return {
    collection,
    id,
    field,
    vi: `không có ${what} "${slug}" (kiểm tra lại tên tệp trong content/)`,
    en: `no ${field.split('.')[0]} entry "${slug}" exists`,
  };
}

/** The former district a profile's locality lay in, or its former province when the source names no district. */
function districtGroupFor<E extends EntryTypes>(
  loc: ResolvedLocality,
  sourceDistrictName: string | undefined,
  province: ProvinceNode<E>,
  groups: Map<string, DistrictGroup<E>>,
): DistrictGroup<E> {
  const formerProvince = loc.former.province;
  const district: FormerRef | undefined =
    loc.former.district ?? (sourceDistrictName ? { name: sourceDistrictName, fullName: sourceDistrictName } : undefined);
  const label = unitInText((district ?? formerProvince).fullName);
  const key = district ? `${formerProvince.code}-${district.code ?? slugify(district.fullName)}` : formerProvince.code;
  let group = groups.get(key);
  if (!group) {
    const anchorBase = district ? `${label} ${formerProvince.name}` : `cap tinh ${formerProvince.name}`;
    group = {
      key,
      anchor: slugify(anchorBase),
      label,
      formerProvince,
      district,
      profiles: [],
      href: '',
    };
    groups.set(key, group);
    province.districts.push(group);
  }
  return group;
}

function latestRecognition<E extends EntryTypes>(p: ProfileNode<E>): RecognitionRef<E> {
  const sorted = [...p.recognitions].sort(
    (a, b) => b.recognition.year - a.recognition.year || partialDateKey(b.plan.data.date).localeCompare(partialDateKey(a.plan.data.date)),
  );
  const first = sorted[0];
  if (!first) throw new Error(`profile ${p.id} has no recognition`);
  return first;
}

/** Every unit the content names (before 1 July 2025), mapped to today's page. */
function formerNames<E extends EntryTypes>(
  profiles: readonly ProfileNode<E>[],
  plans: readonly PlanNode<E>[],
): FormerName[] {
  const out = new Map<string, FormerName>();
  const put = (key: string, entry: FormerName) => {
    if (!out.has(key)) out.set(key, entry);
  };
  const provinceToday = (p: ProvinceNode<E>) => unitInText(p.unit.fullName);

  for (const p of profiles) {
    const src = p.data.locality;
    const today = provinceToday(p.province);
    put(`province:${src.province.code ?? nameKey(src.province.name)}`, {
      level: 'province',
      name: src.province.name,
      context: [],
      today,
      url: p.province.url,
    });
    if (src.district) {
      put(`district:${src.district.code ?? `${p.locality.former.province.code}:${nameKey(src.district.name)}`}`, {
        level: 'district',
        name: src.district.name,
        context: [src.province.name],
        today,
        url: p.district.href,
      });
    }
    if (src.commune) {
      const context = [src.district?.name, src.province.name].filter((s): s is string => Boolean(s));
      const key = src.commune.code ?? `${p.locality.former.province.code}:${nameKey(context.join(','))}:${nameKey(src.commune.name)}`;
      put(`commune:${key}`, {
        level: 'commune',
        name: src.commune.name,
        context,
        today: p.commune ? `${unitInText(p.commune.unit.fullName)}, ${today}` : today,
        url: p.commune?.url ?? p.province.url,
      });
    }
  }

  // The localities that issued the plans, so a search for the issuing city finds today's province.
  for (const plan of plans) {
    const province = plan.currentProvince;
    if (!province) continue;
    const loc = plan.data.locality;
    const level: FormerLevel = loc.district ? 'district' : 'province';
    const key = loc.district ? `district:${loc.district}` : `province:${loc.province}`;
    put(key, { level, name: loc.name, context: [], today: provinceToday(province), url: province.url });
  }

  const levelOrder: Record<FormerLevel, number> = { province: 0, district: 1, commune: 2 };
  return [...out.values()].sort(
    byKeys(
      (n) => levelOrder[n.level],
      (n) => unitBareName(n.name),
      (n) => n.context.join(', '),
    ),
  );
}

/** The years of recognition of a profile, for display: "2017" or "2017, 2023". */
export function yearsLabel(p: Pick<ProfileNode, 'years'>): string {
  return p.years.join(', ');
}

/** Today's locality of a profile, in running text: "xã Liên Sơn, tỉnh Phú Thọ". */
export function todayLocalityLabel(p: Pick<ProfileNode, 'province' | 'commune'>): string {
  const province = unitInText(p.province.unit.fullName);
  return p.commune ? `${unitInText(p.commune.unit.fullName)}, ${province}` : province;
}

/** The units a profile's locality lay in before 1 July 2025, smallest first. */
export function formerLocalityUnits(loc: ResolvedLocality): { name: string; note?: string }[] {
  const units: { name: string; note?: string }[] = [];
  const { commune, district, province } = loc.former;
  if (commune) units.push({ name: unitInText(commune.fullName), note: commune.note });
  if (district) units.push({ name: unitInText(district.fullName), note: district.note });
  units.push({ name: unitInText(province.fullName) });
  return units;
}


export interface FormerUnitGroup {
  /** "huyện Lương Sơn, tỉnh Hòa Bình"; for island districts only the province. */
  parent: string;
  /** "xã Cao Sơn (một phần)", "xã Cư Yên", … in the gazetteer's order. */
  units: { name: string; partial: boolean }[];
}

/** The former units of a commune of today, grouped by the district and province they lay in. */
export function groupFormerUnits(former: readonly CurrentCommune['former'][number][]): FormerUnitGroup[] {
  const groups = new Map<string, FormerUnitGroup>();
  for (const unit of former) {
    const parent = [unit.district?.fullName, unit.province.fullName]
      .filter((x): x is string => Boolean(x))
      .map(unitInText)
      .join(', ');
    let group = groups.get(parent);
    if (!group) {
      group = { parent, units: [] };
      groups.set(parent, group);
    }
    group.units.push({ name: unitInText(unit.fullName), partial: unit.share === 'partial' });
  }
  return [...groups.values()];
}

/** "xã Cao Sơn (một phần), xã Cư Yên (huyện Lương Sơn, tỉnh Hòa Bình); …" */
export function formerUnitsText(groups: readonly FormerUnitGroup[]): string {
  return groups
    .map((g) => {
      const units = g.units.map((u) => (u.partial ? `${u.name} (${t('common.partOf')})` : u.name)).join(', ');
      return `${units} (${g.parent})`;
    })
    .join('; ');
}

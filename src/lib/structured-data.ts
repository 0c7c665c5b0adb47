/**
 * JSON-LD (schema.org) for profile, plan and list pages. Pure builders: data in, plain objects out.
 * Types come from schema-dts (Google's generated schema.org typings), so a misspelt property or
 * a value of the wrong type fails `astro check`; tests/unit/structured-data.test.ts checks the
 * output again, at run time, against the vocabulary schema-dts ships.
 *
 * Modelling choices:
 *  - The page is a ProfilePage whose mainEntity is the recognised subject:
 *      ca-nhan     → Person
 *      tap-the     → Organization
 *      ho-gia-dinh → Organization. schema.org has no household type; Person would say one
 *                    individual was recognised, while the plans recognise the household as a
 *                    unit (its farm, its business). Organization is "a group of people with a
 *                    shared purpose", which a household recognised for a model is.
 *  - The recognition is `award` (Text: schema.org has no richer award type for people and
 *    organisations), worded "<form> — <plan reference> của <issuer>, Phụ lục, số thứ tự <row>",
 *    and the plan itself is linked from the subject with `subjectOf`.
 *  - A plan (kế hoạch of a People's Committee) is a Legislation: schema.org defines it as
 *    "a legal document such as an act, decree, bill, etc. (enforceable or not)", and it carries
 *    the properties a plan has: legislationIdentifier (number), legislationDate,
 *    legislationPassedBy (issuer), legislationJurisdiction, legislationType ("Kế hoạch").
 *  - The locality is a Place with a PostalAddress, inside a chain of AdministrativeArea nodes
 *    (commune → district → province → Country VN) carrying the official GSO codes; where
 *    today's units (after 1 July 2025) differ, they are a second chain.
 *  - List pages are a CollectionPage whose mainEntity is an ItemList; every page gets a
 *    BreadcrumbList. Site-wide nodes (WebSite, the publisher) have stable @ids under baseUrl and
 *    are described on the site's own pages (home, about: pageJsonLd); the pages there is one of
 *    per profile or per dozen profiles (profiles, lists, plans) refer to them by @id only, so
 *    tens of thousands of pages do not each repeat them (issue 13).
 */
import type {
  AdministrativeArea,
  BreadcrumbList,
  GovernmentOrganization,
  Graph,
  ImageObject,
  ItemList,
  Legislation,
  ListItem,
  MediaObject,
  Organization,
  Person,
  Place,
  Thing,
  WebSite,
} from 'schema-dts';
import type { Locality, PartialDate, PlanData, ProfileData, Recognition } from '../schema/index.ts';
import { planReference } from './citation.ts';
import { mediaType, readAddress, splitHonorific } from './people.ts';
import { viLinks } from '../i18n/vi-links.ts';

/** The parts of src/site.config.ts the builders use. */
export interface SiteIdentity {
  baseUrl: string;
  name: string;
  publisher: { name: string; parent?: string; /** The locality it serves. */ areaServed?: string };
  /** Absolute or root-relative URL of the logo. */
  logo?: string;
  lang?: string;
}

export interface Crumb {
  name: string;
  /** Absolute, or root-relative (made absolute with site.baseUrl). */
  url: string;
}

/** A unit with its official code: { name: "xã Thành Lập", code: "04972" }. */
export interface AreaRef {
  name: string;
  code?: string;
}

export interface PlanRef {
  /** Absolute URL of the plan's page on this site. */
  url: string;
  data: Pick<PlanData, 'number' | 'date' | 'issuer' | 'title' | 'locality'>;
}

export interface PhotoRef {
  /** Absolute URL of the displayed image (or the largest generated size). */
  url: string;
  caption?: string;
  credit: string;
  licence?: string;
  /** The original, for press use. */
  original?: string;
}

export interface ProfileJsonLdInput {
  site: SiteIdentity;
  /** Absolute permanent URL of the profile. */
  url: string;
  profile: Pick<ProfileData, 'kind' | 'subject' | 'unit' | 'title' | 'summary' | 'locality' | 'recognitions' | 'updated'>;
  /** Plans by slug, covering every recognition's plan. */
  plans: ReadonlyMap<string, PlanRef> | Readonly<Record<string, PlanRef>>;
  /** Display names of the profile's fields. */
  fieldNames?: readonly string[];
  /** Today's units, where the gazetteer (src/lib/locality.ts) maps the source's ones. */
  currentLocality?: { province?: AreaRef; commune?: AreaRef };
  /** Absolute URL of the page's Open Graph image. */
  ogImage?: string;
  photos?: readonly PhotoRef[];
  breadcrumbs?: readonly Crumb[];
}

export interface PlanJsonLdInput {
  site: SiteIdentity;
  url: string;
  plan: Pick<PlanData, 'number' | 'date' | 'issuer' | 'title' | 'locality' | 'signer' | 'summary' | 'period' | 'basis' | 'documents' | 'externalUrl' | 'updated'>;
  ogImage?: string;
  breadcrumbs?: readonly Crumb[];
  /** The exemplars the plan lists, in appendix order (those on this page, when the table is paginated). */
  items?: readonly ListEntry[];
  /** Index of the first item on this page when the table is paginated (1-based). */
  firstPosition?: number;
  /** Total items across all pages, if paginated. */
  total?: number;
}

export interface ListEntry {
  name: string;
  url: string;
}

export interface CollectionJsonLdInput {
  site: SiteIdentity;
  url: string;
  name: string;
  description?: string;
  items: readonly ListEntry[];
  ogImage?: string;
  breadcrumbs?: readonly Crumb[];
  /** Index of the first item on this page when the list is paginated (1-based). */
  firstPosition?: number;
  /** Total items across all pages, if paginated. */
  total?: number;
}

const base = (site: SiteIdentity): string => site.baseUrl.replace(/\/+$/, '');

/** Root-relative → absolute; absolute URLs pass through. */
export function absolute(site: SiteIdentity, url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `${base(site)}/${url.replace(/^\/+/, '')}`;
}

/** Stable @ids of the site-wide nodes. */
export const ids = {
  website: (site: SiteIdentity) => `${base(site)}/#website`,
  publisher: (site: SiteIdentity) => `${base(site)}/#publisher`,
  subject: (pageUrl: string) => `${pageUrl}#doi-tuong`,
  plan: (planUrl: string) => `${planUrl}#ke-hoach`,
  breadcrumb: (pageUrl: string) => `${pageUrl}#breadcrumb`,
  list: (pageUrl: string) => `${pageUrl}#danh-sach`,
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** ISO 8601 at the precision the source gives: "2017-12-26", "2023-03", "2023". */
export function isoPartialDate(date: PartialDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad2(date.month)}`;
  return `${date.year}-${pad2(date.month)}-${pad2(date.day)}`;
}

function publisherNode(site: SiteIdentity): GovernmentOrganization {
  return {
    '@type': 'GovernmentOrganization',
    '@id': ids.publisher(site),
    name: site.publisher.name,
    url: `${base(site)}/`,
    ...(site.logo ? { logo: absolute(site, site.logo) } : {}),
    ...(site.publisher.parent ? { parentOrganization: { '@type': 'GovernmentOrganization', name: site.publisher.parent } } : {}),
    ...(site.publisher.areaServed ? { areaServed: { '@type': 'AdministrativeArea', name: site.publisher.areaServed } } : {}),
  };
}

function websiteNode(site: SiteIdentity): WebSite {
  return {
    '@type': 'WebSite',
    '@id': ids.website(site),
    url: `${base(site)}/`,
    name: site.name,
    inLanguage: site.lang ?? 'vi',
    publisher: { '@id': ids.publisher(site) },
  };
}

/** BreadcrumbList from the home page down to the current page. */
export function breadcrumbList(site: SiteIdentity, pageUrl: string, crumbs: readonly Crumb[]): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    '@id': ids.breadcrumb(pageUrl),
    itemListElement: crumbs.map(
      (c, i): ListItem => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: absolute(site, c.url) }),
    ),
  };
}

/** ItemList of pages; positions continue across paginated pages when firstPosition is given. */
export function itemList(site: SiteIdentity, pageUrl: string, name: string, items: readonly ListEntry[], firstPosition = 1, total?: number): ItemList {
  return {
    '@type': 'ItemList',
    '@id': ids.list(pageUrl),
    name,
    numberOfItems: total ?? items.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: items.map(
      // Position and URL, as search engines read a list of pages; each page names itself.
      (it, i): ListItem => ({ '@type': 'ListItem', position: firstPosition + i, url: absolute(site, it.url) }),
    ),
  };
}

function area(a: AreaRef, within?: Place): AdministrativeArea {
  return {
    '@type': 'AdministrativeArea',
    name: a.name,
    ...(a.code ? { identifier: { '@type': 'PropertyValue', propertyID: viLinks['jsonld.unitCode'], value: a.code } } : {}),
    ...(within ? { containedInPlace: within } : {}),
  };
}

const VIETNAM: Place = { '@type': 'Country', name: viLinks['jsonld.country'], identifier: 'VN' };

/** commune → district → province → Việt Nam, outermost first in the argument list. */
function areaChain(units: readonly (AreaRef | undefined)[], description?: string): AdministrativeArea | undefined {
  let outer: Place = VIETNAM;
  let node: AdministrativeArea | undefined;
  for (const u of units) {
    if (!u) continue;
    node = area(u, outer);
    outer = node;
  }
  if (node && description && typeof node === 'object') (node as { description?: string }).description = description;
  return node;
}

/** The locality as a Place: the source's units, and today's where given. */
export function localityPlace(locality: Locality, current?: { province?: AreaRef; commune?: AreaRef }): Place {
  const source = areaChain([locality.province, locality.district, locality.commune]);
  const today = current && (current.province || current.commune)
    ? areaChain([current.province, current.commune], viLinks['jsonld.currentUnits'])
    : undefined;
  const lowest = locality.commune ?? locality.district ?? locality.province;
  return {
    '@type': 'Place',
    name: locality.address,
    address: {
      '@type': 'PostalAddress',
      streetAddress: locality.address,
      addressLocality: lowest.name,
      addressRegion: locality.province.name,
      addressCountry: 'VN',
    },
    containedInPlace: [source, today].filter((p): p is AdministrativeArea => p !== undefined),
  };
}

/** The plan as a Legislation node, whole: the main entity of the plan's page (other pages name it with planRefNode). */
export function planNode(site: SiteIdentity, url: string, plan: PlanRef['data'] & Partial<Pick<PlanData, 'signer' | 'summary' | 'period' | 'basis' | 'documents' | 'externalUrl' | 'updated'>>): Legislation {
  const issuer: GovernmentOrganization = { '@type': 'GovernmentOrganization', name: plan.issuer };
  const node: Legislation = {
    '@type': 'Legislation',
    '@id': ids.plan(url),
    url,
    name: plan.title,
    alternateName: `${planReference(plan)} ${viLinks['citation.of']} ${plan.issuer}`,
    legislationType: viLinks['jsonld.planType'],
    legislationDate: isoPartialDate(plan.date),
    legislationPassedBy: issuer,
    author: issuer,
    legislationJurisdiction: area({ name: plan.locality.name, code: plan.locality.district ?? plan.locality.province }),
    inLanguage: 'vi',
    ...(plan.number ? { legislationIdentifier: plan.number } : {}),
    ...(plan.summary ? { abstract: plan.summary } : {}),
    ...(plan.period ? { temporalCoverage: plan.period } : {}),
    ...(plan.updated ? { dateModified: plan.updated } : {}),
    ...(plan.externalUrl ? { sameAs: plan.externalUrl } : {}),
    ...(plan.signer ? { creator: { '@type': 'Person', name: plan.signer.name, jobTitle: plan.signer.role } } : {}),
    ...(plan.basis && plan.basis.length > 0 ? { isBasedOn: plan.basis.map((b) => ({ '@type': 'CreativeWork' as const, name: b })) } : {}),
    ...(plan.documents && plan.documents.length > 0
      ? {
          associatedMedia: plan.documents.map(
            (d): MediaObject => ({
              '@type': 'MediaObject',
              name: d.title,
              contentUrl: absolute(site, d.href),
              // A media type ("text/plain"), as schema.org asks, not the label editors write ("TXT").
              ...(mediaType(d.format, d.href) ? { encodingFormat: mediaType(d.format, d.href) } : {}),
            }),
          ),
        }
      : {}),
  };
  return node;
}

/**
 * The plan as another page's graph names it (a profile's subjectOf): what identifies and cites it —
 * its @id and URL, title, reference, type, date, number and issuer. The rest (jurisdiction, signer,
 * summary, documents…) is on the plan's own page under the same @id, instead of being repeated in
 * every profile the plan recognises (issue 13: the HTML of a profile page).
 */
export function planRefNode(site: SiteIdentity, url: string, plan: PlanRef['data']): Legislation {
  const full = planNode(site, url, plan);
  const keep = ['@type', '@id', 'url', 'name', 'alternateName', 'legislationType', 'legislationDate', 'legislationIdentifier', 'legislationPassedBy'] as const;
  return Object.fromEntries(keep.filter((k) => k in full).map((k) => [k, full[k]])) as unknown as Legislation;
}

function lookupPlan(plans: ProfileJsonLdInput['plans'], slug: string): PlanRef {
  const p = plans instanceof Map ? plans.get(slug) : (plans as Readonly<Record<string, PlanRef>>)[slug];
  if (!p) throw new Error(`structured data: không tìm thấy kế hoạch "${slug}" / unknown plan "${slug}"`);
  return p;
}

/** "Nhân rộng mô hình… — Kế hoạch số 162/KH-UBND ngày 26/12/2017 của Ủy ban nhân dân tỉnh Hòa Bình, Phụ lục, số thứ tự 5". */
export function awardText(recognition: Pick<Recognition, 'form' | 'row'>, plan: PlanRef['data']): string {
  return `${recognition.form} — ${planReference(plan)} ${viLinks['citation.of']} ${plan.issuer}, ${viLinks['citation.appendix']}, ${viLinks['citation.row']} ${recognition.row}`;
}

function photoNode(p: PhotoRef): ImageObject {
  return {
    '@type': 'ImageObject',
    contentUrl: p.url,
    url: p.original ?? p.url,
    creditText: p.credit,
    ...(p.caption ? { caption: p.caption } : {}),
    ...(p.licence ? { license: /^https?:\/\//.test(p.licence) ? p.licence : { '@type': 'CreativeWork', name: p.licence } } : {}),
    ...(p.original ? { acquireLicensePage: p.original } : {}),
  };
}

/** The recognised subject: Person for an individual, Organization for a collective or household. */
export function subjectNode(input: ProfileJsonLdInput): Person | Organization {
  const { profile, url } = input;
  const recs = [...profile.recognitions].sort((a, b) => a.year - b.year || a.row - b.row);
  const plans = recs.map((r) => ({ r, plan: lookupPlan(input.plans, r.plan) }));
  const place = localityPlace(profile.locality, input.currentLocality);
  const common = {
    '@id': ids.subject(url),
    name: profile.unit,
    description: profile.summary,
    url,
    award: plans.map(({ r, plan }) => awardText(r, plan.data)),
    subjectOf: [...new Map(plans.map(({ plan }) => [plan.url, planRefNode(input.site, plan.url, plan.data)])).values()],
    ...(input.fieldNames && input.fieldNames.length > 0 ? { knowsAbout: [...input.fieldNames] } : {}),
    ...(input.photos && input.photos.length > 0 ? { image: input.photos.map(photoNode) } : {}),
  };
  if (profile.subject === 'ca-nhan') {
    // The plan's "địa chỉ" of a person is either a workplace ("Công an phường …": workLocation and
    // affiliation) or where they live ("xóm …": homeLocation); the honorific is not part of the name.
    const { honorificPrefix, name } = splitHonorific(profile.unit);
    const address = readAddress(profile.locality.address);
    return {
      '@type': 'Person',
      ...common,
      name,
      ...(honorificPrefix ? { honorificPrefix } : {}),
      ...(address.kind === 'work'
        ? { workLocation: place, ...(address.organisation ? { affiliation: { '@type': 'Organization' as const, name: address.organisation } } : {}) }
        : { homeLocation: place }),
    };
  }
  return {
    '@type': 'Organization',
    ...common,
    location: place,
    ...(profile.subject === 'ho-gia-dinh' ? { disambiguatingDescription: viLinks['jsonld.household'] } : {}),
  };
}

/** The page's preview image; its size is in the og:image:width/height tags, not repeated here (issue 13). */
function ogImageNode(url: string): ImageObject {
  return { '@type': 'ImageObject', url, encodingFormat: 'image/png' };
}

/** The whole graph of a profile page. */
export function profileJsonLd(input: ProfileJsonLdInput): Graph {
  const { site, url, profile } = input;
  const graph: Thing[] = [
    {
      '@type': 'ProfilePage',
      '@id': url,
      url,
      name: profile.title,
      // The summary describes the subject (mainEntity, below), not repeated here (issue 13).
      inLanguage: site.lang ?? 'vi',
      dateModified: profile.updated,
      isPartOf: { '@id': ids.website(site) },
      publisher: { '@id': ids.publisher(site) },
      mainEntity: { '@id': ids.subject(url) },
      ...(input.fieldNames && input.fieldNames.length > 0 ? { keywords: input.fieldNames.join(', ') } : {}),
      ...(input.ogImage ? { primaryImageOfPage: ogImageNode(input.ogImage) } : {}),
      ...(input.breadcrumbs ? { breadcrumb: { '@id': ids.breadcrumb(url) } } : {}),
    },
    subjectNode(input),
  ];
  if (input.breadcrumbs) graph.push(breadcrumbList(site, url, input.breadcrumbs));
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** The graph of a plan page: the Legislation, its page, and the list of exemplars it names. */
export function planJsonLd(input: PlanJsonLdInput): Graph {
  const { site, url, plan } = input;
  const graph: Thing[] = [
    {
      '@type': 'WebPage',
      '@id': url,
      url,
      name: plan.title,
      description: plan.summary,
      inLanguage: site.lang ?? 'vi',
      dateModified: plan.updated,
      isPartOf: { '@id': ids.website(site) },
      publisher: { '@id': ids.publisher(site) },
      mainEntity: { '@id': ids.plan(url) },
      ...(input.ogImage ? { primaryImageOfPage: ogImageNode(input.ogImage) } : {}),
      ...(input.breadcrumbs ? { breadcrumb: { '@id': ids.breadcrumb(url) } } : {}),
      ...(input.items && input.items.length > 0 ? { hasPart: { '@id': ids.list(url) } } : {}),
    },
    planNode(site, url, plan),
  ];
  if (input.items && input.items.length > 0) {
    graph.push(itemList(site, url, `${viLinks['jsonld.planItems']} ${planReference(plan)}`, input.items, input.firstPosition ?? 1, input.total));
  }
  if (input.breadcrumbs) graph.push(breadcrumbList(site, url, input.breadcrumbs));
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** The graph of a list page (all profiles, a field, a locality, a movement). */
export function collectionJsonLd(input: CollectionJsonLdInput): Graph {
  const { site, url } = input;
  const graph: Thing[] = [
    {
      '@type': 'CollectionPage',
      '@id': url,
      url,
      name: input.name,
      ...(input.description ? { description: input.description } : {}),
      inLanguage: site.lang ?? 'vi',
      isPartOf: { '@id': ids.website(site) },
      publisher: { '@id': ids.publisher(site) },
      mainEntity: { '@id': ids.list(url) },
      ...(input.ogImage ? { primaryImageOfPage: ogImageNode(input.ogImage) } : {}),
      ...(input.breadcrumbs ? { breadcrumb: { '@id': ids.breadcrumb(url) } } : {}),
    },
    itemList(site, url, input.name, input.items, input.firstPosition ?? 1, input.total),
  ];
  if (input.breadcrumbs) graph.push(breadcrumbList(site, url, input.breadcrumbs));
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** The graph of any other page (home, about): the site, its publisher and the breadcrumb. */
export function pageJsonLd(site: SiteIdentity, url: string, name: string, breadcrumbs?: readonly Crumb[]): Graph {
  const graph: Thing[] = [
    {
      '@type': 'WebPage',
      '@id': url,
      url,
      name,
      inLanguage: site.lang ?? 'vi',
      isPartOf: { '@id': ids.website(site) },
      publisher: { '@id': ids.publisher(site) },
      ...(breadcrumbs ? { breadcrumb: { '@id': ids.breadcrumb(url) } } : {}),
    },
    websiteNode(site),
    publisherNode(site),
  ];
  if (breadcrumbs) graph.push(breadcrumbList(site, url, breadcrumbs));
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<" is escaped so no string in the
 * content can close the script element; U+2028/2029 for old JSON-in-JS consumers.
 */
export function serializeJsonLd(data: Graph | object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

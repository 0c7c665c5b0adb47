/**
 * The one module that reads the content collections: it loads every collection once per build and
 * hands them to the pure catalog builder (src/lib/catalog.ts). Pages get their data from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  buildCatalog,
  type ArticleNode,
  type Catalog,
  type CommuneNode,
  type FieldNode,
  type MovementNode,
  type PlanNode,
  type ProfileNode,
  type ProvinceNode,
} from './lib/catalog.ts';
import { cacheKeys, type CacheKeys } from './lib/build/cache-keys.ts';
import { site } from './site.config.ts';

export interface SiteEntries {
  profile: CollectionEntry<'profiles'>;
  plan: CollectionEntry<'plans'>;
  article: CollectionEntry<'articles'>;
}

export type SiteCatalog = Catalog<SiteEntries>;
export type SiteProfile = ProfileNode<SiteEntries>;
export type SitePlan = PlanNode<SiteEntries>;
export type SiteArticle = ArticleNode<SiteEntries>;
export type SiteField = FieldNode<SiteEntries>;
export type SiteMovement = MovementNode<SiteEntries>;
export type SiteProvince = ProvinceNode<SiteEntries>;
export type SiteCommune = CommuneNode<SiteEntries>;

let memo: Promise<SiteCatalog> | undefined;

/** The incremental build's cache keys of this build's catalog (src/lib/build/cache-keys.ts). */
export async function getCacheKeys(): Promise<CacheKeys<SiteEntries>> {
  return cacheKeys(await getCatalog(), site.baseUrl);
}

/** The site model, built once per build however many pages ask for it. */
export function getCatalog(): Promise<SiteCatalog> {
  memo ??= load();
  return memo;
}

async function load(): Promise<SiteCatalog> {
  const [profiles, plans, articles, fields, movements] = await Promise.all([
    getCollection('profiles'),
    getCollection('plans'),
    getCollection('articles'),
    getCollection('fields'),
    getCollection('movements'),
  ]);
  const catalog = buildCatalog<SiteEntries>({ profiles, plans, articles, fields, movements });
  if (catalog.problems.length > 0) {
    // The content check (src/integrations/content-check.ts) normally stops the build earlier with a
    // fuller report; this guards the pages against a reference that slipped through.
    const lines = catalog.problems.map((p) => `  content/${p.collection}/${p.id}: ${p.field}: ${p.vi} / ${p.en}`);
    throw new Error(`Nội dung có tham chiếu không hợp lệ / broken references in content:\n${lines.join('\n')}`);
  }
  return catalog;
}

/**
 * Cache keys for Astro's incremental build (experimental.incrementalBuild, astro.config.mjs).
 *
 * Astro skips a page on a rebuild when the route's code is unchanged (it hashes the module graph)
 * and the page's `cacheKey` from getStaticPaths() is the one it had last time. So a key must
 * change whenever any *data* the page shows changes; code is Astro's part. The data of a page is:
 *   - the site's shared content: plans, fields, movements and articles (every page may name
 *     them), and the public base URL (read from the environment at run time, not from code);
 *   - the profiles the page shows, each stamped by its whole entry (front matter, which holds
 *     the image metadata with its content hash, and the digest of its file, body included).
 * A page that shows other profiles (a profile's related list, a commune's list, an embed list)
 * lists their stamps too, in order, so adding, removing, editing or reordering one re-renders it.
 *
 * The build test tests/build/incremental-build-matches-full-build.test.ts changes content in a
 * copy of the site and checks that an incremental rebuild equals a cold build byte for byte.
 */
import { createHash } from 'node:crypto';
import type { Catalog, EntryTypes, ProfileNode } from '../catalog.ts';

type AnyEntry = { id: string; data: unknown; body?: string; digest?: string };

function hash(...parts: string[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('base64url').slice(0, 32);
}

function entryStamp(entry: AnyEntry): string {
  // The digest of the entry's file (front matter and body; the store keeps no body, body-files.ts).
  return hash(entry.id, JSON.stringify(entry.data), entry.digest ?? entry.body ?? '');
}

export interface CacheKeys<E extends EntryTypes> {
  /** Everything every page may show besides profiles. */
  readonly shared: string;
  /** One profile's own data. */
  profile(profile: ProfileNode<E>): string;
  /** A page's key: the shared stamp, what kind of page, and the profiles it shows in order. */
  page(kind: string, profiles: readonly ProfileNode<E>[], ...extra: string[]): string;
}

const memo = new WeakMap<object, CacheKeys<EntryTypes>>();

/** The keys of one catalog, computed once per build. */
export function cacheKeys<E extends EntryTypes>(catalog: Catalog<E>, baseUrl: string): CacheKeys<E> {
  const known = memo.get(catalog) as CacheKeys<E> | undefined;
  if (known) return known;
  const sharedEntries = [
    ...catalog.plans.map((p) => p.entry as AnyEntry),
    ...catalog.articles.map((a) => a.entry as AnyEntry),
    ...catalog.fields.map((f) => ({ id: `field:${f.id}`, data: f.data })),
    ...catalog.movements.map((m) => ({ id: `movement:${m.id}`, data: m.data })),
  ];
  const shared = hash(baseUrl, ...sharedEntries.map(entryStamp));
  const stamps = new WeakMap<ProfileNode<E>, string>();
  const profile = (p: ProfileNode<E>): string => {
    let stamp = stamps.get(p);
    if (stamp === undefined) {
      stamp = entryStamp(p.entry as AnyEntry);
      stamps.set(p, stamp);
    }
    return stamp;
  };
  const keys: CacheKeys<E> = {
    shared,
    profile,
    page: (kind, profiles, ...extra) => hash(shared, kind, ...extra, ...profiles.map(profile)),
  };
  memo.set(catalog, keys as CacheKeys<EntryTypes>);
  return keys;
}

/** A profile page's key: the profile and, in order, the related profiles it lists. */
export function profilePageKey<E extends EntryTypes>(keys: CacheKeys<E>, profile: ProfileNode<E>): string {
  return keys.page('profile', [profile, ...profile.related]);
}

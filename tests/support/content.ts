/**
 * The source content, read straight from content/ so that tests derive what the built site must
 * contain from what editors wrote, never from a list typed into the test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isDraftSource } from '../../src/lib/content-check.ts';
import { profileDataSchema, type ProfileData } from '../../src/schema/index.ts';
import { CONTENT, rel } from './paths.ts';
import { siteTextDeep } from '../../src/lib/format.ts';

export interface Profile {
  slug: string;
  file: string;
  /** In the site's style, as pages show it (dates dd/mm/yyyy, "Hòa": siteTextDeep in src/lib/format.ts). */
  data: ProfileData;
  body: string;
}

/** Split an MDX/Markdown file into its YAML frontmatter (parsed) and body. */
export function readFrontmatter(file: string): { data: unknown; body: string } {
  const text = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${rel(file)}: no YAML frontmatter between "---" lines`);
  return { data: parseYaml(m[1] ?? ''), body: m[2] ?? '' };
}

/** Slugs of content/profiles/<slug>/index.mdx, sorted. */
export function listProfileSlugs(): string[] {
  const dir = path.join(CONTENT, 'profiles');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'index.mdx')))
    .map((d) => d.name)
    .sort();
}

let profilesMemo: Profile[] | undefined;
/**
 * Every profile, validated by the project's own schema: published ones must be valid; a draft is
 * work in progress, so one that is not valid yet is left out (the site leaves it out too).
 */
export function readProfiles(): Profile[] {
  profilesMemo ??= listProfileSlugs().flatMap((slug) => {
    const file = path.join(CONTENT, 'profiles', slug, 'index.mdx');
    const { data, body } = readFrontmatter(file);
    const parsed = profileDataSchema.safeParse(data);
    if (!parsed.success && isDraftSource(readFileSync(file, 'utf8'))) return [];
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
      throw new Error(`${rel(file)} does not match the profile schema:\n${issues}`);
    }
    return [{ slug, file, data: siteTextDeep(parsed.data), body }];
  });
  return profilesMemo;
}

/** Profiles that are published (not draft). */
export function publishedProfiles(): Profile[] {
  return readProfiles().filter((p) => !p.data.draft && !isDraftSource(readFileSync(p.file, 'utf8')));
}

export type Collection = 'plans' | 'articles' | 'fields' | 'movements';
const EXTENSION: Record<Collection, string> = { plans: '.mdx', articles: '.mdx', fields: '.yaml', movements: '.yaml' };

/** Slugs (file names without extension) of content/<collection>/, sorted. */
export function listSlugs(collection: Collection): string[] {
  const dir = path.join(CONTENT, collection);
  if (!existsSync(dir)) return [];
  const ext = EXTENSION[collection];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

/**
 * Where a new profile may go: its slug is checked against the slug rules, must stay inside
 * content/profiles/, and must not be taken by another profile's folder or alias.
 * Used by `npm run new` and by the importer; neither writes anything until this says yes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { SLUG_PATTERN } from '../schema/common.ts';
import { slugify } from './text.ts';

export const PROFILES_DIR = 'content/profiles';
/** Longest slug a tool proposes (URLs stay readable); an editor may type a longer one. */
export const MAX_SLUG = 60;

/** A refusal, in Vietnamese for editors then English. */
export interface SlugProblem {
  vi: string;
  en: string;
}

/** The slug a title gives: accent-free, hyphenated, cut at a word boundary. */
export function slugFromTitle(title: string): string {
  const full = slugify(title);
  if (full.length <= MAX_SLUG) return full;
  const cut = full.slice(0, MAX_SLUG + 1);
  const at = cut.lastIndexOf('-');
  return (at > 20 ? cut.slice(0, at) : full.slice(0, MAX_SLUG)).replace(/-+$/, '');
}

/** Why a slug typed by a user cannot be a profile folder, or undefined when it can. */
export function slugProblem(slug: string): SlugProblem | undefined {
  if (slug.includes('/') || slug.includes('\\') || slug.includes('..') || isAbsolute(slug)) {
    return {
      vi: `"${slug}" là một đường dẫn thư mục, không phải tên hồ sơ: hồ sơ chỉ được tạo trong content/profiles/. Hãy bỏ các dấu "/", "\\", ".."`,
      en: `"${slug}" is a path, not a profile name; profiles are created only inside content/profiles/`,
    };
  }
  if (!SLUG_PATTERN.test(slug)) {
    const hint = slugify(slug);
    return {
      vi: `"${slug}" không dùng được làm đường dẫn: chỉ chữ thường không dấu, số và một dấu gạch ngang giữa các từ (đ viết là d)${hint ? `, ví dụ "${hint}"` : ''}`,
      en: `"${slug}" breaks the slug rules (lowercase ASCII letters, digits, single hyphens)${hint ? `; try "${hint}"` : ''}`,
    };
  }
  return undefined;
}

/** The folder of a profile, guaranteed inside <root>/content/profiles (throws otherwise). */
export function profileDir(root: string, slug: string): string {
  const problem = slugProblem(slug);
  if (problem) throw new Error(`${problem.vi}\n(${problem.en})`);
  const base = resolve(root, PROFILES_DIR);
  const dir = resolve(base, slug);
  const rel = relative(base, dir);
  if (!rel || rel.startsWith('..') || isAbsolute(rel) || rel.includes('/') || rel.includes('\\')) {
    throw new Error(`đường dẫn nằm ngoài content/profiles/ (path leaves content/profiles/): ${slug}`);
  }
  return dir;
}

/**
 * Every name a profile already answers to: folder names and the aliases (old slugs) in each
 * profile's front matter, mapped to the folder that owns them. Drafts count too.
 */
export function takenSlugs(root: string): Map<string, string> {
  const base = join(root, PROFILES_DIR);
  const taken = new Map<string, string>();
  if (!existsSync(base)) return taken;
  for (const name of readdirSync(base)) {
    if (name.startsWith('.')) continue;
    taken.set(name, name);
    const file = join(base, name, 'index.mdx');
    if (!existsSync(file)) continue;
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
    if (!m) continue;
    try {
      const data = parseYaml(m[1] ?? '') as { aliases?: unknown } | null;
      const aliases = Array.isArray(data?.aliases) ? data.aliases : [];
      for (const a of aliases) if (typeof a === 'string' && !taken.has(a)) taken.set(a, name);
    } catch {
      // A file that does not parse is the content check's to report; its folder name still counts.
    }
  }
  return taken;
}

/** The first free slug among base, base-2, base-3…; `taken` is not modified. */
export function freeSlug(base: string, taken: ReadonlySet<string> | ReadonlyMap<string, string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/**
 * The rendered HTML of MDX bodies kept in files, not in the content store (issue 13).
 *
 * The loader (profile-loader.ts) renders every body at content sync. Kept in Astro's data store,
 * that HTML is in the build's heap from content sync to the last page (twice: Astro's content-layer
 * copy and the pages' copy), ~10 KB a profile. Instead each body's HTML is written once to a
 * content-addressed file under Astro's cache folder, <cacheDir>/rendered-bodies/<ab>/<sha256>.html,
 * and the store keeps only its hash and path (rendered.metadata.bodyHash / bodyFile, html ""). A page
 * reads the file when it renders the body (entryBody()). A changed body has another hash, so another
 * file; a file that is missing or does not hash to its name (a cleared or damaged cache) is rendered
 * again from the entry's MDX source, which the store keeps anyway, and written back.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BodyRenderer } from './mdx-html.ts';

export const BODY_DIR = 'rendered-bodies';

export function bodyHash(html: string): string {
  return createHash('sha256').update(html).digest('hex');
}

/** The file of the text (HTML, or with `ext` '.mdx' a body's source) that hashes to `hash`, under `dir` (<cacheDir>/rendered-bodies). */
export function bodyFile(dir: string, hash: string, ext: '.html' | '.mdx' = '.html'): string {
  return path.join(dir, hash.slice(0, 2), `${hash}${ext}`);
}

/** Write `text` to its content-addressed file (once: an existing file already holds it); returns hash and file. */
function storeText(dir: string, text: string, ext: '.html' | '.mdx'): { hash: string; file: string } {
  const hash = bodyHash(text);
  const file = bodyFile(dir, hash, ext);
  if (readBody(file, hash) === undefined) {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written beside, then renamed: a page never reads a half-written file.
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  }
  return { hash, file };
}

/** Write a body's `html` to its content-addressed file; returns what the store keeps of it. */
export function storeBody(dir: string, html: string): { bodyHash: string; bodyFile: string } {
  const { hash, file } = storeText(dir, html, '.html');
  return { bodyHash: hash, bodyFile: file };
}

/** Write a body's MDX `source` to its content-addressed file, unless it is blank; returns what the store keeps of it. */
export function storeSource(dir: string, source: string): { sourceHash?: string; sourceFile?: string } {
  if (source.trim() === '') return {};
  const { hash, file } = storeText(dir, source, '.mdx');
  return { sourceHash: hash, sourceFile: file };
}

/** The HTML in `file` if it is there and hashes to `hash`, else undefined. */
export function readBody(file: string, hash: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  return bodyHash(html) === hash ? html : undefined;
}

/** What of a content entry entryBody() and entrySource() need. */
export interface BodyEntry {
  body?: string | undefined;
  filePath?: string | undefined;
  data?: Record<string, unknown>;
  rendered?: { html: string; metadata?: Record<string, unknown> } | undefined;
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The MDX source of an entry's body, as Astro's MDX entry type gives it (trimmed): the store's when
 * it kept it, else its content-addressed file, else (a cleared or damaged cache) the entry's .mdx
 * file without its front matter. '' for a blank body.
 */
export function entrySource(entry: BodyEntry): string {
  if (entry.body !== undefined) return entry.body;
  const metadata = entry.rendered?.metadata ?? {};
  const { sourceHash, sourceFile } = metadata;
  if (typeof sourceHash !== 'string' || typeof sourceFile !== 'string') return '';
  const stored = readBody(sourceFile, sourceHash);
  if (stored !== undefined) return stored;
  if (!entry.filePath) throw new Error(`the body source ${sourceFile} is missing and its entry names no file`);
  return readFileSync(entry.filePath, 'utf8').replace(FRONT_MATTER, '').trim();
}

/** Whether an entry has a body worth a section of its page (not blank). */
export function hasBodyText(entry: BodyEntry): boolean {
  if (entry.body !== undefined) return entry.body.trim() !== '';
  return typeof entry.rendered?.metadata?.sourceHash === 'string';
}

let fallbackRenderer: Promise<BodyRenderer> | undefined;

/** Whether the loader moved the entry's HTML to a file (a body with images keeps it in the store). */
export function hasBodyFile(entry: BodyEntry): boolean {
  const metadata = entry.rendered?.metadata ?? {};
  return typeof metadata.bodyFile === 'string' && typeof metadata.bodyHash === 'string';
}

/**
 * The rendered HTML of an entry's body: from its file, or, when the file is missing or stale,
 * rendered again from the MDX source (and the file written back). An entry whose store still holds
 * its HTML (no bodyFile) gives that HTML as stored; pages render such an entry with Astro's
 * render() instead (EntryBody.astro), which resolves its image references.
 */
export async function entryBody(entry: BodyEntry, render?: BodyRenderer): Promise<string> {
  const metadata = entry.rendered?.metadata ?? {};
  const file = metadata.bodyFile;
  const hash = metadata.bodyHash;
  if (typeof file !== 'string' || typeof hash !== 'string') return entry.rendered?.html ?? '';
  const stored = readBody(file, hash);
  if (stored !== undefined) return stored;
  // Astro's markdown options are left at their defaults in astro.config.mjs: the loader's renderer
  // uses the same ones.
  const renderer = render ?? (await (fallbackRenderer ??= import('./mdx-html.ts').then((m) => m.createMdxHtmlRenderer())));
  const { html } = await renderer(entrySource(entry), {
    frontmatter: entry.data ?? {},
    ...(entry.filePath ? { fileURL: pathToFileURL(entry.filePath) } : {}),
  });
  storeBody(path.dirname(path.dirname(file)), html);
  return html;
}

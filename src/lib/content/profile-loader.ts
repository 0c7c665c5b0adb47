/**
 * The MDX collections' loader (profiles, plans, articles): Astro's glob() loader, with .mdx files rendered to HTML at content-sync
 * time (src/lib/content/mdx-html.ts) instead of becoming one bundled module each.
 *
 * Everything else is glob()'s own: ids, front matter parsing and the schema (images included),
 * the data store that keeps each entry with the digest of its file, so that a rebuild renders only
 * the files that changed, and the dev server's file watching. The digest also carries the
 * renderer's fingerprint, so a new compiler version re-renders every body once.
 *
 * Profiles stay MDX for editors (Decap, the import tool and the content check all write and read
 * MDX); a body that names a component cannot be rendered here and stops the build with the file's
 * name, like any other content error.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { createMdxHtmlRenderer, type BodyRenderer } from './mdx-html.ts';
import { BODY_DIR, storeBody, storeSource } from './body-files.ts';

type GlobOptions = Parameters<typeof glob>[0];

/** The parts of Astro's internal entry type record this loader touches. */
interface EntryType {
  getEntryInfo: (params: { fileUrl: URL; contents: string }) => unknown;
  getRenderFunction?: (config: unknown) => Promise<(entry: RenderEntry) => Promise<unknown>>;
}

interface RenderEntry {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
}

/** The installed version of a package whose exports hide its package.json. */
function installedVersion(name: string): string {
  let dir = path.dirname(fileURLToPath(import.meta.resolve(name)));
  while (dir !== path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version) return pkg.version;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`cannot find the installed version of ${name}`);
}

/** What decides a body's HTML besides its text: the versions of the compiler and its plugins. */
export function rendererFingerprint(): string {
  return `mdx-html/2 satteri@${installedVersion('satteri')} markdown-satteri@${installedVersion('@astrojs/markdown-satteri')}`;
}

export function mdxAsHtml(options: GlobOptions): Loader {
  // The body source stays out of the store (body-files.ts keeps it in a file): see storeSource().
  const inner = glob({ ...options, retainBody: false });
  const fingerprint = rendererFingerprint();
  return {
    name: 'mdx-as-html-loader',
    load: async (context: LoaderContext) => {
      const { config, logger } = context;
      const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
      const mdx = entryTypes.get('.mdx');
      if (!mdx) throw new Error('mdxAsHtml: the @astrojs/mdx integration is not installed');
      let renderer: Promise<BodyRenderer> | undefined;
      const bodyDir = fileURLToPath(new URL(`${BODY_DIR}/`, config.cacheDir));
      const renderBody = async (entry: RenderEntry) => {
        renderer ??= createMdxHtmlRenderer({
          syntaxHighlight: config.markdown.syntaxHighlight,
          shikiConfig: config.markdown.shikiConfig,
          gfm: config.markdown.gfm,
          smartypants: config.markdown.smartypants,
        });
        const render = await renderer;
        const rendered = await render(entry.body ?? '', {
          frontmatter: entry.data,
          ...(entry.filePath ? { fileURL: pathToFileURL(entry.filePath) } : {}),
        });
        // The store keeps no body source (retainBody: false): it goes to a content-addressed file.
        const source = storeSource(bodyDir, entry.body ?? '');
        // A body with images keeps its HTML in the store: Astro's render() rewrites their references.
        if (rendered.metadata.imagePaths.length > 0) return { ...rendered, metadata: { ...rendered.metadata, ...source } };
        // The HTML goes to a content-addressed file; the store keeps its hash (src/lib/content/body-files.ts),
        // not a second copy of the front matter (metadata.frontmatter: only Astro's render() reads it).
        const { frontmatter: _frontmatter, ...metadata } = rendered.metadata;
        return { html: '', metadata: { ...metadata, ...source, ...storeBody(bodyDir, rendered.html) } };
      };
      const htmlEntryTypes = new Map(entryTypes);
      htmlEntryTypes.set('.mdx', { getEntryInfo: mdx.getEntryInfo.bind(mdx), getRenderFunction: async () => renderBody });
      // glob() only logs a render error and goes on with an empty entry: count them, then stop.
      const failures: unknown[] = [];
      await inner.load({
        ...context,
        // A body's stored HTML is reused while its file and the renderer stay the same.
        generateDigest: (data) => context.generateDigest(typeof data === 'string' ? `${fingerprint}\n${data}` : data),
        logger: new Proxy(logger, {
          get(target, key, receiver) {
            if (key === 'error') {
              return (message: string) => {
                failures.push(message);
                target.error(message);
              };
            }
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
        entryTypes: htmlEntryTypes,
      } as LoaderContext);
      if (failures.length > 0) {
        throw new Error(`${failures.length} MDX body/bodies could not be rendered (see above)`);
      }
    },
  };
}

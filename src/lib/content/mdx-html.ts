/**
 * MDX bodies rendered to HTML once, at content-sync time, instead of one JavaScript module per
 * file in the site's bundle.
 *
 * @astrojs/mdx turns every .mdx file into a module that Vite bundles and the page then runs: at
 * 10,000 profiles that bundle is most of the build's time and memory, and it cannot reach 100,000
 * in 8 GB. A profile body imports nothing (the content check refuses import/export lines), so its
 * output is static HTML: this renders it with the compiler and plugins @astrojs/mdx uses
 * (Sätteri's MDX parser, GFM, smart punctuation, heading ids, Shiki), evaluates the compiled
 * function with a JSX runtime that writes HTML through Astro's own attribute and escaping
 * functions, and hands Astro the string. The content layer stores it with the file's digest, so
 * an unchanged file is never rendered again (src/lib/content/profile-loader.ts).
 *
 * The output is byte-for-byte what @astrojs/mdx wrote for the same body (tests/unit/mdx-html.test.ts
 * holds a body with every construct and the HTML Astro's MDX pipeline gave it).
 */
import { evaluate } from 'satteri';
import {
  satteriCollectImagesPlugin,
  satteriCreateHighlightFn,
  satteriHeadingIdsPlugin,
  satteriHighlightPlugin,
  satteriImageMarkerPlugin,
} from '@astrojs/markdown-satteri';
import { escapeHTML, spreadAttributes, voidElementNames } from 'astro/runtime/server/index.js';

/** What of Astro's markdown configuration decides a body's HTML. */
export interface MdxHtmlOptions {
  syntaxHighlight?: Parameters<typeof satteriCreateHighlightFn>[0];
  shikiConfig?: Parameters<typeof satteriCreateHighlightFn>[1];
  gfm?: boolean;
  /** Astro's `markdown.smartypants`: anything but false turns smart punctuation on, as in @astrojs/mdx. */
  smartypants?: unknown;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  metadata: {
    headings: Heading[];
    /** Local and remote image paths, for Astro to optimise as it does for Markdown files. */
    imagePaths: string[];
    localImagePaths: string[];
    remoteImagePaths: string[];
    frontmatter: Record<string, unknown>;
  };
}

/** Raised for a body that needs a component: profiles have none to offer. */
export class MdxComponentError extends Error {
  readonly component: string;
  constructor(component: string) {
    super(`MDX body uses the component <${component}>, which no profile can import`);
    this.name = 'MdxComponentError';
    this.component = component;
  }
}

/** A string of finished HTML, as opposed to text still to be escaped. */
class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const Fragment = Symbol('Fragment');

function childrenHtml(children: unknown): string {
  if (children == null || children === false || children === true) return '';
  if (Array.isArray(children)) return children.map(childrenHtml).join('');
  if (children instanceof Html) return children.value;
  return escapeHTML(String(children));
}

/** The JSX runtime: element → HTML, written exactly as Astro's renderElement writes it. */
function jsx(type: unknown, props: unknown): Html {
  const { children, ...attributes } = (props ?? {}) as Record<string, unknown>;
  if (type === Fragment) return new Html(childrenHtml(children));
  if (typeof type !== 'string') {
    const name = typeof type === 'function' ? type.name : String(type);
    throw new MdxComponentError(name || 'unknown');
  }
  const attrs = String(spreadAttributes(attributes));
  const inner = childrenHtml(children);
  if ((children == null || inner === '') && voidElementNames.test(type)) return new Html(`<${type}${attrs}/>`);
  return new Html(`<${type}${attrs}>${inner}</${type}>`);
}

export type BodyRenderer = (body: string, context?: { fileURL?: URL; frontmatter?: Record<string, unknown> }) => Promise<RenderedBody>;

/** A renderer set up once per build (the Shiki highlighter is the costly part). */
export async function createMdxHtmlRenderer(options: MdxHtmlOptions = {}): Promise<BodyRenderer> {
  const syntaxHighlight = options.syntaxHighlight ?? 'shiki';
  const highlight = await satteriCreateHighlightFn(syntaxHighlight, options.shikiConfig ?? {});
  const excludeLangs = typeof syntaxHighlight === 'object' && syntaxHighlight ? syntaxHighlight.excludeLangs : undefined;
  return async (body, context = {}) => {
    const astro = {
      frontmatter: context.frontmatter ?? {},
      headings: [] as Heading[],
      localImagePaths: new Set<string>(),
      remoteImagePaths: new Set<string>(),
    };
    const hastPlugins = [
      ...(highlight ? [satteriHighlightPlugin(highlight, excludeLangs)] : []),
      satteriImageMarkerPlugin(),
      satteriHeadingIdsPlugin(),
    ];
    const module = await evaluate(body, {
      jsx,
      jsxs: jsx,
      Fragment,
      elementAttributeNameCase: 'html',
      mdastPlugins: [satteriCollectImagesPlugin()],
      hastPlugins,
      features: { gfm: options.gfm !== false, smartPunctuation: options.smartypants !== false },
      ...(context.fileURL ? { fileURL: context.fileURL } : {}),
      data: { astro },
    });
    const Content = module.default as (props: Record<string, unknown>) => Html;
    let html: string;
    try {
      html = Content({}).value;
    } catch (err) {
      // MDX's own message for a capitalised name nothing defines.
      const missing = /Expected component `([^`]+)` to be defined/.exec(String((err as Error).message));
      throw missing ? new MdxComponentError(missing[1] ?? '') : err;
    }
    const localImagePaths = [...astro.localImagePaths];
    const remoteImagePaths = [...astro.remoteImagePaths];
    return {
      html,
      metadata: {
        headings: astro.headings,
        imagePaths: [...localImagePaths, ...remoteImagePaths],
        localImagePaths,
        remoteImagePaths,
        frontmatter: astro.frontmatter,
      },
    };
  };
}

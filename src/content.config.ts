/**
 * Content collections, wired to the one data model in src/schema.
 * Cross-references, localities and duplicate slugs are checked before this runs, by the
 * content-check integration (src/integrations/content-check.ts), so that editors get one
 * Vietnamese report naming every broken file and field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { mdxAsHtml } from './lib/content/profile-loader.ts';
import { articleSchema, fieldSchema, movementSchema, planSchema, profileSchema } from './schema/index.ts';
import { draftSlugs } from './lib/content-check.ts';

// Drafts are work in progress: left out here, so nothing of them reaches any page, image, index,
// feed or sitemap, and a blank draft cannot stop the build (the checker reports it as a warning).
const drafts = draftSlugs(process.cwd());

const profiles = defineCollection({
  // content/profiles/<slug>/index.mdx: the folder name is the slug.
  loader: mdxAsHtml({
    base: './content/profiles',
    pattern: ['*/index.mdx', ...drafts.map((slug) => `!${slug}/**`)],
    generateId: ({ entry }) => entry.split('/')[0] ?? entry,
  }),
  schema: ({ image }) => profileSchema(image()),
});

const plans = defineCollection({
  loader: mdxAsHtml({ base: './content/plans', pattern: '*.mdx' }),
  schema: planSchema,
});

const articles = defineCollection({
  loader: mdxAsHtml({ base: './content/articles', pattern: '*.mdx' }),
  schema: articleSchema,
});

const fields = defineCollection({
  loader: glob({ base: './content/fields', pattern: '*.yaml' }),
  schema: fieldSchema,
});

const movements = defineCollection({
  loader: glob({ base: './content/movements', pattern: '*.yaml' }),
  schema: movementSchema,
});

export const collections = { profiles, plans, articles, fields, movements };

/**
 * The site model built from the files in content/ with the site's own pure builder
 * (src/lib/catalog.ts), outside Astro: for tests that derive what search must return, and how
 * many, from what editors wrote. Images stay paths; bodies are the raw MDX.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCatalog, type Catalog, type Entry } from '../../src/lib/catalog.ts';
import { articleSchema, fieldSchema, movementSchema, planSchema } from '../../src/schema/index.ts';
import { listSlugs, readFrontmatter, readProfiles } from './content.ts';
import { CONTENT } from './paths.ts';

function mdxEntries<T>(collection: 'plans' | 'articles', parse: (data: unknown) => T): Entry<T>[] {
  return listSlugs(collection).map((id) => {
    const { data, body } = readFrontmatter(path.join(CONTENT, collection, `${id}.mdx`));
    return { id, data: parse(data), body };
  });
}

function yamlEntries<T>(collection: 'fields' | 'movements', parse: (data: unknown) => T): Entry<T>[] {
  return listSlugs(collection).map((id) => ({
    id,
    data: parse(parseYaml(readFileSync(path.join(CONTENT, collection, `${id}.yaml`), 'utf8'))),
  }));
}

let memo: Catalog | undefined;

/** The catalog of the shipped content (published profiles only, as the site builds it). */
export function contentCatalog(): Catalog {
  memo ??= buildCatalog({
    profiles: readProfiles().map((p) => ({ id: p.slug, data: p.data, body: p.body })),
    plans: mdxEntries('plans', (d) => planSchema.parse(d)),
    articles: mdxEntries('articles', (d) => articleSchema.parse(d)),
    fields: yamlEntries('fields', (d) => fieldSchema.parse(d)),
    movements: yamlEntries('movements', (d) => movementSchema.parse(d)),
  });
  if (memo.problems.length > 0) {
    throw new Error(`content/ has broken references:\n${memo.problems.map((p) => `  ${p.collection}/${p.id}: ${p.field}: ${p.en}`).join('\n')}`);
  }
  return memo;
}

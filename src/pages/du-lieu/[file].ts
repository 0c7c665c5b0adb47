/** Open data files: /du-lieu/<name>.json, <name>.schema.json and mo-hinh.csv (src/lib/data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../site-data.ts';
import { DATA_NAMES, jsonSchemaOf, type DataName } from '../../lib/data/schema.ts';
import { dataDocument, dataPath, profileRecord } from '../../lib/data/records.ts';
import { profilesCsv } from '../../lib/data/profile-csv.ts';
import { absoluteUrl } from '../../lib/permalink.ts';
import { t } from '../../i18n/vi.ts';

type Kind = 'json' | 'schema.json' | 'csv';

export const getStaticPaths = (() => [
  ...DATA_NAMES.flatMap((name) => [
    { params: { file: `${name}.json` }, props: { name, kind: 'json' as Kind } },
    { params: { file: `${name}.schema.json` }, props: { name, kind: 'schema.json' as Kind } },
  ]),
  { params: { file: 'mo-hinh.csv' }, props: { name: 'mo-hinh' as DataName, kind: 'csv' as Kind } },
]) satisfies GetStaticPaths;

/**
 * A data document with one item a line: still easy to read, grep and diff, without the indentation
 * that made it half again as large (the files grow with the content; issue 13). A schema, small
 * and read by people, stays indented.
 */
function dataText(value: unknown): string {
  if (value && typeof value === 'object' && Array.isArray((value as { items?: unknown }).items)) {
    const { items, ...head } = value as { items: unknown[] };
    // `items` is the last key, so the header ends with its opening bracket.
    const open = JSON.stringify({ ...head, items: [] }).slice(0, -2);
    return `${open}\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]}\n`;
  }
  return `${JSON.stringify(value, null, 2)}\n`;
}

const json = (text: string, type = 'application/json'): Response => new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });

export const GET: APIRoute<{ name: DataName; kind: Kind }> = async ({ props: { name, kind } }) => {
  const catalog = await getCatalog();
  switch (kind) {
    case 'json':
      return json(dataText(dataDocument(catalog, name)));
    case 'schema.json':
      return json(`${JSON.stringify(jsonSchemaOf(name, absoluteUrl(dataPath(name, 'schema.json')), t(`data.file.${name}`)), null, 2)}\n`, 'application/schema+json');
    case 'csv':
      return new Response(profilesCsv(catalog.profiles.map(profileRecord)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
};

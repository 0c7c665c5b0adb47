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

const json = (value: unknown, type = 'application/json'): Response =>
  new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': `${type}; charset=utf-8` } });

export const GET: APIRoute<{ name: DataName; kind: Kind }> = async ({ props: { name, kind } }) => {
  const catalog = await getCatalog();
  switch (kind) {
    case 'json':
      return json(dataDocument(catalog, name));
    case 'schema.json':
      return json(jsonSchemaOf(name, absoluteUrl(dataPath(name, 'schema.json')), t(`data.file.${name}`)), 'application/schema+json');
    case 'csv':
      return new Response(profilesCsv(catalog.profiles.map(profileRecord)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  }
};

/**
 * The metadata keys a search result carries: written into the index (record.ts), read by the
 * search page (engine.ts). A module of its own so the page's script stays free of the build's code.
 */
export const META = {
  title: 'title',
  unit: 'unit',
  summary: 'summary',
  kind: 'kind',
  subject: 'subject',
  locality: 'locality',
  former: 'former',
  fields: 'fields',
  years: 'years',
  image: 'image',
  imageAlt: 'image_alt',
} as const;


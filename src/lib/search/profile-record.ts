/**
 * The search record of a profile, from the site model (src/lib/catalog.ts). Place names are given
 * both ways — the units the source names (before 1 July 2025: xã, huyện, tỉnh) and today's — so a
 * search for either finds the same exemplars.
 */
import { formerLocalityUnits, todayLocalityLabel, type EntryTypes, type ProfileNode } from '../catalog.ts';
import { formatFigure } from '../format.ts';
import { slugify } from '../text.ts';
import type { SearchRecord } from './record.ts';

export interface RecordExtras {
  /** The profile's body as plain text (markdownToPlainText). */
  body?: string;
  /** A thumbnail of the profile's first image, already sized by the build. */
  image?: { src: string; alt: string };
}

const unique = (items: readonly (string | undefined)[]): string[] => [
  ...new Set(items.map((s) => s?.replace(/\s+/g, ' ').trim()).filter((s): s is string => Boolean(s))),
];

export function profileRecord<E extends EntryTypes>(profile: ProfileNode<E>, extras: RecordExtras = {}): SearchRecord {
  const { data } = profile;
  const former = formerLocalityUnits(profile.locality);
  const formerLocality = former.map((u) => u.name).join(', ');
  const src = data.locality;
  return {
    url: profile.url,
    title: data.title,
    unit: data.unit,
    summary: data.summary,
    kind: data.kind,
    subject: data.subject,
    locality: todayLocalityLabel(profile),
    formerLocality,
    // The names as the source writes them may differ from the gazetteer's (tone placement, a unit
    // since renamed); the address holds the hamlet and street.
    places: unique([src.address, src.commune?.name, src.district?.name, src.province.name]).filter(
      (p) => !formerLocality.includes(p),
    ),
    fields: profile.fields.map((f) => f.data.name),
    years: profile.years,
    text: unique([
      ...former.map((u) => u.note),
      profile.movement?.data.name,
      ...profile.recognitions.flatMap((r) => [r.plan.citation, r.recognition.form, r.recognition.citation]),
      ...data.figures.map((f) => `${f.label}: ${formatFigure(f.value, f.unit)}`),
      extras.body,
    ]),
    filters: {
      'linh-vuc': profile.fields.map((f) => f.id),
      tinh: [profile.province.unit.slug],
      'tinh-cu': [slugify(profile.locality.former.province.name)],
      loai: [data.kind],
      'doi-tuong': [data.subject],
      nam: profile.years.map(String),
      'ke-hoach': [...new Set(profile.recognitions.map((r) => r.plan.id))],
    },
    sortYear: Math.max(...profile.years),
    ...(extras.image ? { image: extras.image } : {}),
  };
}

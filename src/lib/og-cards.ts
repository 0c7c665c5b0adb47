/**
 * Which Open Graph image each page gets, and what its card says. The sharing rule:
 * - own card: each profile, field, province (with exemplars) and plan, at ogImagePath(its URL);
 * - borrowed: a commune page shows its province's card; the later pages of a paginated field,
 *   province or plan show the first page's; every other page (home, lists, about, movements…)
 *   shows the site's card.
 * A commune has no card of its own: there are many more communes than provinces, and a link to a
 * commune's page previews well enough with its province's card. The PNGs are written by the
 * og-images integration (src/integrations/og-images.ts) through the content-hash cache.
 */
import { todayLocalityLabel, type Catalog, type CommuneNode, type EntryTypes, type FieldNode, type PlanNode, type ProfileNode, type ProvinceNode } from './catalog.ts';
import { ogImagePath, type OgCard } from './og-cache.ts';
import { publisherLine, unitAsHeading } from './format.ts';
import { routes } from './routes.ts';
import { site } from '../site.config.ts';
import { viLinks } from '../i18n/vi-links.ts';

/** A page's preview image: where it is published, what it shows, and its alt text. */
export interface OgImage {
  /** Site path of the PNG, e.g. "/og/mo-hinh/abc.png". */
  path: string;
  card: OgCard;
  /** og:image:alt / twitter:image:alt. */
  alt: string;
}

const identity = (): Pick<OgCard, 'siteName' | 'publisher' | 'siteUrl'> => ({
  siteName: site.name,
  publisher: publisherLine(site.publisher),
  siteUrl: site.baseUrl,
});

/** "Title — Unit, locality": what the card shows, for readers who cannot see it. */
function altOf(card: OgCard): string {
  const head = [card.kindLabel, card.title].filter(Boolean).join(': ');
  const rest = [card.unit, card.locality].filter(Boolean).join(', ');
  return rest ? `${head} — ${rest}` : head;
}

function image(pageUrl: string, card: OgCard): OgImage {
  return { path: ogImagePath(pageUrl), card, alt: altOf(card) };
}

export function profileOgImage<E extends EntryTypes>(profile: ProfileNode<E>): OgImage {
  return image(profile.url, {
    title: profile.data.title,
    unit: profile.data.unit,
    locality: todayLocalityLabel(profile),
    field: profile.fields.map((f) => f.data.name).join('; '),
    kindLabel: viLinks[`og.kind.${profile.data.kind}`],
    ...identity(),
  });
}

export function planOgImage<E extends EntryTypes>(plan: PlanNode<E>): OgImage {
  return image(plan.url, {
    title: plan.data.title,
    unit: plan.data.issuer,
    locality: plan.data.locality.name,
    kindLabel: viLinks['og.kind.plan'],
    ...identity(),
  });
}

export function fieldOgImage<E extends EntryTypes>(field: FieldNode<E>): OgImage {
  return image(field.url, { title: field.data.name, kindLabel: viLinks['og.kind.field'], ...identity() });
}

/** Only provinces with exemplars have a page (and so an image). */
export function provinceOgImage<E extends EntryTypes>(province: ProvinceNode<E>): OgImage {
  if (!province.url) throw new Error(`og: ${province.unit.fullName} has no page, so no preview image`);
  return image(province.url, { title: unitAsHeading(province.unit.fullName), kindLabel: viLinks['og.kind.locality'], ...identity() });
}

/** A commune's page borrows its province's card (the sharing rule above). */
export function communeOgImage<E extends EntryTypes>(commune: CommuneNode<E>): OgImage {
  return provinceOgImage(commune.province);
}

/** The card of every other page: the site's name and tagline. */
export function siteOgImage(): OgImage {
  return image(routes.home, { title: site.name, unit: site.tagline, ...identity() });
}

/** Every image the site publishes: the site's card and one per page that owns a card. */
export function allOgImages<E extends EntryTypes>(catalog: Catalog<E>): OgImage[] {
  return [
    siteOgImage(),
    ...catalog.profiles.map(profileOgImage),
    ...catalog.fields.map(fieldOgImage),
    ...catalog.provincesWithProfiles.map(provinceOgImage),
    ...catalog.plans.map(planOgImage),
  ];
}

/**
 * The facet values the published profiles carry, in display order, with their Vietnamese labels.
 * The search page hands them to its script, which shows Pagefind's counts against them.
 */
import type { Catalog, EntryTypes } from '../catalog.ts';
import { compareVi } from '../sort.ts';
import { unitInText } from '../format.ts';
import { slugify } from '../text.ts';
import { t } from '../../i18n/vi.ts';
import { KINDS, SUBJECTS } from '../../schema/index.ts';
import type { FacetLabels } from './facets.ts';

export function facetLabels<E extends EntryTypes>(catalog: Catalog<E>): FacetLabels {
  const formerProvinces = new Map<string, string>();
  for (const p of catalog.profiles) {
    const unit = p.locality.former.province;
    formerProvinces.set(slugify(unit.name), unitInText(unit.fullName));
  }
  const plansWithRows = catalog.plans.filter((plan) => plan.rows.length > 0);
  return {
    'linh-vuc': catalog.fields.filter((f) => f.profiles.length > 0).map((f) => [f.id, f.data.name]),
    tinh: catalog.provincesWithProfiles.map((p) => [p.unit.slug, unitInText(p.unit.fullName)]),
    'tinh-cu': [...formerProvinces.entries()].sort((a, b) => compareVi(a[1], b[1])),
    loai: KINDS.filter((k) => catalog.byKind[k].length > 0).map((k) => [k, t(`kind.${k}`)]),
    'doi-tuong': SUBJECTS.filter((s) => catalog.bySubject[s].length > 0).map((s) => [s, t(`subject.${s}`)]),
    nam: catalog.byYear.map(({ year }) => [String(year), String(year)]),
    // The issuer tells apart two plans of the same year and the plans without a number.
    'ke-hoach': plansWithRows.map((plan) => [plan.id, `${plan.shortName} — ${plan.data.issuer}`]),
  };
}

/**
 * One concrete page per page template, chosen from the content and the built site
 * (first published profile, first field, first province folder…), never hard-coded.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { listSlugs, publishedProfiles } from './content.ts';
import { DIST } from './paths.ts';

export interface TemplatePage {
  /** Template name, for test titles. */
  name: string;
  path: string;
  /** HTTP status the static host answers with. */
  status: number;
}

/** Sub-folders of dist/<dir> that hold an index.html, sorted. */
function builtChildren(dir: string): string[] {
  const full = path.join(DIST, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(full, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
}

function first<T>(items: readonly T[], what: string): T {
  const item = items[0];
  if (item === undefined) throw new Error(`Cannot pick a page: there is no ${what}.`);
  return item;
}

/** The first published profile, by slug. */
export function firstProfile() {
  return first(publishedProfiles(), 'published profile in content/profiles');
}

/** A province page and a commune page, taken from the built locality tree. */
export function localityPages(): { province: string; commune: string } {
  const provinces = builtChildren('dia-phuong');
  for (const province of provinces) {
    const communes = builtChildren(path.join('dia-phuong', province));
    const commune = communes[0];
    if (commune) return { province: `/dia-phuong/${province}/`, commune: `/dia-phuong/${province}/${commune}/` };
  }
  throw new Error('Cannot pick a page: dist/dia-phuong/ has no <province>/<commune>/index.html.');
}

/** A year-end summary page (/thong-ke/<province>/<year>/), taken from the built site. */
export function yearEndPage(): string {
  const dir = path.join(DIST, 'thong-ke');
  const provinces = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort() : [];
  for (const province of provinces) {
    const year = builtChildren(path.join('thong-ke', province)).find((y) => /^\d{4}$/.test(y));
    if (year) return `/thong-ke/${province}/${year}/`;
  }
  throw new Error('Cannot pick a page: dist/thong-ke/ has no <province>/<year>/index.html.');
}

let memo: TemplatePage[] | undefined;
export function templatePages(): TemplatePage[] {
  if (memo) return memo;
  const profile = firstProfile();
  const field = first(profile.data.fields, `field on profile ${profile.slug}`);
  const { province, commune } = localityPages();
  const plan = first(listSlugs('plans'), 'plan in content/plans');
  const movement = first(listSlugs('movements'), 'movement in content/movements');
  const article = first(listSlugs('articles'), 'article in content/articles');
  memo = [
    { name: 'home', path: '/', status: 200 },
    { name: 'profile list', path: '/mo-hinh/', status: 200 },
    { name: 'profile', path: `/mo-hinh/${profile.slug}/`, status: 200 },
    { name: 'field list', path: '/linh-vuc/', status: 200 },
    { name: 'field', path: `/linh-vuc/${field}/`, status: 200 },
    { name: 'locality tree', path: '/dia-phuong/', status: 200 },
    { name: 'province', path: province, status: 200 },
    { name: 'commune', path: commune, status: 200 },
    { name: 'plan list', path: '/ke-hoach/', status: 200 },
    { name: 'plan', path: `/ke-hoach/${plan}/`, status: 200 },
    { name: 'movement list', path: '/phong-trao/', status: 200 },
    { name: 'movement', path: `/phong-trao/${movement}/`, status: 200 },
    { name: 'source article', path: `/nguon/${article}/`, status: 200 },
    { name: 'about', path: '/gioi-thieu/', status: 200 },
    { name: 'statistics', path: '/thong-ke/', status: 200 },
    { name: 'map of the former provinces', path: '/thong-ke/tinh-cu/', status: 200 },
    { name: 'year-end summary', path: yearEndPage(), status: 200 },
    // Any path that is not built gets the 404 page.
    { name: '404', path: '/khong-co-trang-nay/', status: 404 },
  ];
  return memo;
}

/**
 * Structured data: every page's JSON-LD parses and validates against the schema.org vocabulary
 * (tests/unit/schema-org-vocabulary.ts), and carries the types its page calls for:
 *   profile → ProfilePage whose main entity is a Person (ca-nhan) or an Organization (tap-the,
 *             ho-gia-dinh), with each recognising plan as a Legislation and the locality a Place;
 *   plan    → a page whose main entity is the Legislation, with the number from content/;
 *   lists   → CollectionPage + ItemList naming the pages the list links to, in its order;
 *   any page with breadcrumbs → a BreadcrumbList matching the visible trail.
 */
import { describe, expect, it } from 'vitest';
import { siteText } from '../../src/lib/format.ts';
import { publishedProfiles, readFrontmatter } from '../support/content.ts';
import { contentPages, requireDist, resolveSitePath, squash, type BuiltPage } from '../support/dist.ts';
import { CONTENT } from '../support/paths.ts';
import { jsonLdBlocks, jsonLdNodes, LIST_KINDS, pageKind, typesOf, type JsonNode } from '../support/page-kinds.ts';
import { BASE_URL } from '../support/site.ts';
import { validateJsonLd } from '../unit/schema-org-vocabulary.ts';

const SUBJECT_TYPE = { 'ca-nhan': 'Person', 'tap-the': 'Organization', 'ho-gia-dinh': 'Organization' } as const;

const pathOf = (url: unknown): string => (typeof url === 'string' && url.startsWith(BASE_URL) ? url.slice(BASE_URL.length) : String(url));

function graphOf(page: BuiltPage): JsonNode[] {
  return jsonLdBlocks(page).flatMap((block) => jsonLdNodes(block));
}
const byId = (nodes: JsonNode[], id: unknown) => nodes.find((n) => n['@id'] === id && n['@type'] !== undefined);
const ofType = (nodes: JsonNode[], type: string) => nodes.filter((n) => typesOf(n).includes(type));

describe('JSON-LD', () => {
  requireDist();
  const pages = contentPages();

  it('parses and validates against schema.org on every page', () => {
    const failures: string[] = [];
    for (const page of pages) {
      const blocks = jsonLdBlocks(page);
      if (blocks.length === 0) failures.push(`${page.path}: no JSON-LD`);
      for (const block of blocks) for (const e of validateJsonLd(block)) failures.push(`${page.path}: ${e}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('describes each profile as a Person or Organization, recognised by its plans, in a Place', () => {
    const failures: string[] = [];
    for (const profile of publishedProfiles()) {
      const page = pages.find((p) => p.path === `/mo-hinh/${profile.slug}/`);
      if (!page) {
        failures.push(`/mo-hinh/${profile.slug}/: not built`);
        continue;
      }
      const nodes = graphOf(page);
      const [pageNode] = ofType(nodes, 'ProfilePage');
      const subject = byId(nodes, (pageNode?.mainEntity as JsonNode | undefined)?.['@id']);
      const expected = SUBJECT_TYPE[profile.data.subject];
      if (!subject || !typesOf(subject).includes(expected)) {
        failures.push(`${page.path}: main entity is ${subject ? typesOf(subject).join('/') : 'missing'}, expected ${expected} (subject ${profile.data.subject})`);
        continue;
      }
      // A person's honorific ("Ông", "Bà") is in honorificPrefix, not in the name.
      const named = [subject.honorificPrefix, subject.name].filter((x) => x !== undefined).join(' ');
      if (named !== profile.data.unit) failures.push(`${page.path}: subject named "${named}", expected the unit "${profile.data.unit}"`);
      const plans = ofType(nodes, 'Legislation').map((n) => pathOf(n.url));
      for (const r of profile.data.recognitions) {
        if (!plans.includes(`/ke-hoach/${r.plan}/`)) failures.push(`${page.path}: no Legislation for plan ${r.plan}`);
      }
      const awards = (subject.award as string[] | undefined) ?? [];
      if (awards.length !== profile.data.recognitions.length) failures.push(`${page.path}: ${awards.length} award(s) for ${profile.data.recognitions.length} recognition(s)`);
      for (const r of profile.data.recognitions) {
        if (!awards.some((a) => a.includes(`số thứ tự ${r.row}`))) failures.push(`${page.path}: no award names appendix row ${r.row}`);
      }
      const place = (subject.homeLocation ?? subject.workLocation ?? subject.location) as JsonNode | undefined;
      if (!place || !typesOf(place).includes('Place')) failures.push(`${page.path}: the subject has no Place`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('describes each plan as a Legislation with its number', () => {
    const failures: string[] = [];
    for (const page of pages.filter((p) => pageKind(p.path) === 'plan')) {
      const slug = page.path.split('/')[2] ?? '';
      const { data } = readFrontmatter(`${CONTENT}/plans/${slug}.mdx`) as { data: { number?: string; title: string } };
      const nodes = graphOf(page);
      const main = byId(nodes, (nodes.find((n) => n['@id'] === BASE_URL + page.path)?.mainEntity as JsonNode | undefined)?.['@id']);
      if (!main || !typesOf(main).includes('Legislation')) failures.push(`${page.path}: main entity is not a Legislation`);
      else {
        // The site's words in its one style; the title as written is quoted on the page itself.
        if (main.name !== siteText(data.title)) failures.push(`${page.path}: Legislation name "${String(main.name)}", expected "${siteText(data.title)}"`);
        if (main.legislationIdentifier !== data.number) failures.push(`${page.path}: legislationIdentifier ${String(main.legislationIdentifier)}, expected ${data.number}`);
      }
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('gives each list page a CollectionPage with an ItemList of the pages it lists, in order', () => {
    const lists = pages.filter((p) => LIST_KINDS.has(pageKind(p.path)));
    expect(lists.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const page of lists) {
      const nodes = graphOf(page);
      if (ofType(nodes, 'CollectionPage').length !== 1) failures.push(`${page.path}: no CollectionPage`);
      const [list] = ofType(nodes, 'ItemList');
      if (!list) {
        failures.push(`${page.path}: no ItemList`);
        continue;
      }
      const items = ((list.itemListElement as JsonNode[] | undefined) ?? []).map((i) => pathOf(i.url));
      const linked = new Set(page.doc.querySelectorAll('main a[href]').map((a) => a.getAttribute('href')));
      for (const item of items) {
        if (!resolveSitePath(item).ok) failures.push(`${page.path}: ItemList names ${item}, not a built page`);
        if (!linked.has(item)) failures.push(`${page.path}: ItemList names ${item}, which the page does not link to`);
      }
      // Lists of exemplars: exactly the cards shown, in order.
      const cards = page.doc.querySelectorAll('main .profile-list > li').map((li) => li.querySelector('a[href]')?.getAttribute('href') ?? '');
      if (cards.length > 0 && JSON.stringify(cards) !== JSON.stringify(items)) failures.push(`${page.path}: ItemList ${items.join(', ')} ≠ cards ${cards.join(', ')}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });

  it('gives every page with breadcrumbs a BreadcrumbList matching the visible trail', () => {
    const failures: string[] = [];
    for (const page of pages) {
      const visible = page.doc.querySelectorAll('nav.breadcrumbs li').map((li) => squash(li.textContent));
      if (visible.length === 0) continue;
      const [list] = ofType(graphOf(page), 'BreadcrumbList');
      const names = ((list?.itemListElement as JsonNode[] | undefined) ?? []).map((i) => String(i.name));
      if (JSON.stringify(names) !== JSON.stringify(visible)) failures.push(`${page.path}: BreadcrumbList [${names.join(' › ')}] ≠ visible [${visible.join(' › ')}]`);
      const last = (list?.itemListElement as JsonNode[] | undefined)?.at(-1);
      if (last && last.item !== page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) failures.push(`${page.path}: last crumb ${String(last.item)} is not the canonical URL`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
  });
});

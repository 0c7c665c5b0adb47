/**
 * On every profile page: a "Trích dẫn" block whose text (plain, selectable, no script needed)
 * gives, for each recognition, the plan's number and date, the issuing body, the appendix row,
 * the permanent URL and the date the profile was last updated; plain share links (Facebook, X,
 * e-mail) to the permanent URL with no third-party script; a link to the profile's A4 poster (the
 * page's own poster view).
 * Expectations come from content/ (profile and plan frontmatter).
 */
import { describe, expect, it } from 'vitest';
import { publishedProfiles, readFrontmatter } from '../support/content.ts';
import { pageAt, requireDist, squash } from '../support/dist.ts';
import { canonicalOf } from '../support/page-kinds.ts';
import { CONTENT } from '../support/paths.ts';
import { absoluteUrl } from '../support/site.ts';

interface PlanFrontmatter {
  number?: string;
  issuer: string;
  date: { year: number; month?: number; day?: number };
}

const pad = (n: number): string => String(n).padStart(2, '0');
const planOf = (slug: string) => readFrontmatter(`${CONTENT}/plans/${slug}.mdx`).data as PlanFrontmatter;
/** The date as the plan gives it: "26/12/2017", or "3/2023" when it gives no day. */
function planDate(d: PlanFrontmatter['date']): string {
  if (d.day !== undefined && d.month !== undefined) return `${pad(d.day)}/${pad(d.month)}/${d.year}`;
  return d.month !== undefined ? `${d.month}/${d.year}` : String(d.year);
}
const isoToVi = (iso: string): string => iso.split('-').reverse().join('/');

describe('profile pages', () => {
  requireDist();
  const profiles = publishedProfiles();

  it.each(profiles.map((p) => [p.slug, p] as const))('%s: cites, shares and links its poster', (_slug, profile) => {
    const url = absoluteUrl(`/mo-hinh/${profile.slug}/`);
    const page = pageAt(`/mo-hinh/${profile.slug}/`);
    expect(page, 'not built').toBeDefined();
    const doc = page!.doc;

    const block = doc.querySelector('[data-citation]');
    expect(block, 'no citation block').toBeTruthy();
    expect(squash(block!.querySelector('h2, h3')?.textContent ?? '')).toBe('Trích dẫn');
    const lines = block!.querySelectorAll('[data-citation-text] p').map((p) => squash(p.textContent));
    expect(lines).toHaveLength(profile.data.recognitions.length);
    for (const r of profile.data.recognitions) {
      const plan = planOf(r.plan);
      const line = lines.find((l) => l.includes(`số thứ tự ${r.row}.`) && l.includes(plan.issuer));
      expect(line, `no citation line for ${r.plan} row ${r.row}`).toBeDefined();
      if (plan.number) expect(line).toContain(plan.number);
      expect(line).toContain(planDate(plan.date));
      expect(line).toContain(url);
      expect(line).toContain(`Cập nhật ngày ${isoToVi(profile.data.updated)}`);
    }
    expect(block!.querySelector(`a[href="${url}"]`), 'the permanent URL is not linked').toBeTruthy();
    // The copy button is added by script only where it can work; the page itself has none.
    expect(block!.querySelector('button')).toBeNull();

    const share = doc.querySelector('[data-share]');
    expect(share, 'no share links').toBeTruthy();
    const hrefs = share!.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? '');
    const enc = encodeURIComponent(url);
    expect(hrefs.some((h) => h.startsWith('https://www.facebook.com/sharer/sharer.php?') && h.includes(`u=${enc}`)), 'Facebook').toBe(true);
    expect(hrefs.some((h) => h.startsWith('https://sp.zalo.me/share_inline?') && h.includes(`url=${enc}`)), 'Zalo').toBe(true);
    expect(hrefs.some((h) => /^https:\/\/(twitter|x)\.com\/intent\/(tweet|post)\?/.test(h) && h.includes(`url=${enc}`)), 'X').toBe(true);
    expect(hrefs.some((h) => h.startsWith('mailto:?') && h.includes(enc)), 'e-mail').toBe(true);
    // The Web Share button (added by script) shares the canonical URL, the <h1> and the meta description.
    expect(canonicalOf(page!)).toBe(url);
    // No third-party script anywhere on the page: the only script file is the site's own.
    for (const src of doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src') ?? '')) expect(src).toMatch(/^\/_astro\//);

    // The poster is the page's own poster view (#ap-phich), opened by a link on the page.
    const poster = doc.querySelectorAll('main a[href]').find((a) => a.getAttribute('href') === '#ap-phich');
    expect(poster, 'no link to the poster').toBeDefined();
    expect(doc.querySelector('#ap-phich .poster'), 'no poster view').toBeTruthy();
  });
});

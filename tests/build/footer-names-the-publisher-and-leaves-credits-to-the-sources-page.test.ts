/**
 * The footer of every page names the publisher with the locality it serves, and links the
 * sources-and-licences section of the about page; it names no code repository. The data credits
 * (and their licences) are on that about page, in plain words.
 */
import { describe, expect, it } from 'vitest';
import { contentPages, pageAt, requireDist, squash } from '../support/dist.ts';
import { site } from '../../src/site.config.ts';
import { publisherNames } from '../../src/lib/format.ts';
import { listing } from '../support/report.ts';

describe('the footer and the sources page', () => {
  requireDist();
  const pages = contentPages().filter((p) => p.doc.querySelector('footer.site-footer'));
  const names = publisherNames(site.publisher);

  it('names the publisher and the locality it serves, on every page', () => {
    expect(pages.length).toBeGreaterThan(0);
    if (site.publisher.locality) expect(names.name).toContain(site.publisher.locality);
    const bad = pages.filter((p) => !squash(p.doc.querySelector('footer.site-footer')!.textContent).includes(names.name)).map((p) => p.path);
    expect(bad, listing('pages whose footer lacks the publisher', bad)).toEqual([]);
  });

  it('names no code repository and links the sources and licences', () => {
    const bad: string[] = [];
    for (const page of pages) {
      const footer = page.doc.querySelector('footer.site-footer')!;
      const text = squash(footer.textContent);
      if (/github|gitlab|\b[\w.-]+\/[\w.-]*(database|\d{8})\b/i.test(text)) bad.push(`${page.path}: "${text}"`);
      if (!footer.querySelectorAll('a').some((a) => a.getAttribute('href') === '/gioi-thieu/#nguon-du-lieu')) bad.push(`${page.path}: no link to /gioi-thieu/#nguon-du-lieu`);
    }
    expect(bad, listing('footers', bad)).toEqual([]);
  });

  it('credits every reference data set and its licence on the about page', () => {
    const about = pageAt('/gioi-thieu/');
    const section = about?.doc.querySelector('#nguon-du-lieu')?.parentNode;
    expect(section).toBeTruthy();
    const items = section!.querySelectorAll('li');
    expect(items.length).toBeGreaterThanOrEqual(2);
    for (const li of items) expect(squash(li.textContent)).toMatch(/giấy phép/);
  });
});

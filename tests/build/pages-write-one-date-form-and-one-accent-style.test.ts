/**
 * Every built page writes dates one way (dd/mm/yyyy, zero-padded) and places tone marks one way
 * ("Hòa", "Thủy", never "Hoà", "Thuỷ") in what readers see, in its <title> and descriptions, and
 * in its JSON-LD. The one exception is a document's title quoted exactly as written, marked
 * <cite data-as-written> (the plan page says so beside it); nothing else is exempt.
 */
import { describe, expect, it } from 'vitest';
import { contentPages, parseHtml, requireDist, squash, type BuiltPage } from '../support/dist.ts';
import { classicToneStyle } from '../../src/lib/text.ts';
import { listing } from '../support/report.ts';

/** d/m/yyyy with a one-digit day or month ("9/1/2021", "01/7/2025"); "…/3/2023" is a blank in a source. */
const UNPADDED_DATE = /(?<![\d/.,…])(?:\d\/\d{1,2}|\d{1,2}\/\d)\/\d{4}(?![\d/])/g;

/** The texts of a page a reader or a search engine reads, with the as-written quotations removed. */
function readableTexts(page: BuiltPage): string[] {
  const doc = parseHtml(page.html);
  for (const el of doc.querySelectorAll('[data-as-written]')) el.remove();
  const jsonLd = doc.querySelectorAll('script[type="application/ld+json"]').map((s) => s.textContent);
  for (const el of doc.querySelectorAll('script, style, template')) el.remove();
  const metas = doc
    .querySelectorAll('meta[content]')
    .filter((m) => /description|title/i.test(`${m.getAttribute('name') ?? ''} ${m.getAttribute('property') ?? ''}`))
    .map((m) => m.getAttribute('content') ?? '');
  const attrs = doc.querySelectorAll('[aria-label], [alt], [title]').flatMap((el) => [el.getAttribute('aria-label') ?? '', el.getAttribute('alt') ?? '', el.getAttribute('title') ?? '']);
  return [squash(doc.querySelector('body')?.textContent ?? ''), squash(doc.querySelector('title')?.textContent ?? ''), ...metas, ...attrs, ...jsonLd];
}

/** Words whose tone mark sits the other way ("Hoà" where the site writes "Hòa"). */
function otherAccentStyle(text: string): string[] {
  return (text.match(/\p{L}+/gu) ?? []).filter((w) => classicToneStyle(w) !== w);
}

function context(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 20).replace(/\s+/g, ' ');
}

describe('pages write one date form and one accent style', () => {
  requireDist();
  const pages = contentPages();

  it('finds pages to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  it('writes every date dd/mm/yyyy (zero-padded day and month)', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const text of readableTexts(page)) {
        for (const m of text.matchAll(UNPADDED_DATE)) bad.push(`${page.path}: "${m[0]}" in "…${context(text, m.index)}…"`);
      }
    }
    expect(bad, listing('dates not written dd/mm/yyyy', bad)).toEqual([]);
  });

  it('places tone marks the classic way (Hòa, Thủy) outside quotations marked as written', () => {
    const bad: string[] = [];
    for (const page of pages) {
      for (const text of readableTexts(page)) {
        for (const word of new Set(otherAccentStyle(text))) bad.push(`${page.path}: "${word}" in "…${context(text, text.indexOf(word))}…"`);
      }
    }
    expect(bad, listing('words in the other accent style', bad)).toEqual([]);
  });

  it('says so wherever it quotes a title as written', () => {
    const unexplained = pages.flatMap((page) =>
      page.doc.querySelectorAll('[data-as-written]').flatMap((el) => {
        const around = squash(el.parentNode?.parentNode?.textContent ?? '');
        return /nguyên văn/.test(around) ? [] : [`${page.path}: "${squash(el.textContent)}"`];
      }),
    );
    expect(unexplained, listing('as-written quotations without a note', unexplained)).toEqual([]);
  });
});

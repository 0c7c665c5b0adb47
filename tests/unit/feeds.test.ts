/** The feed writers keep any text intact and inert: RSS parses strictly, JSON Feed round-trips. */
import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { xmlErrors } from '../support/xml.ts';
import { jsonFeed, rssFeed, type FeedDocument } from '../../src/lib/feeds/feeds.ts';
import { escapeHtml } from '../../src/lib/html.ts';

// Synthetic, clearly not content: every character that could break XML, HTML, JSON or a spreadsheet.
const NASTY = `Thử <script>alert("x")</script> & 'nháy' {{ biến }} ]]> xuống\r\ndòng`;
const FORMULA = '=HYPERLINK("http://x","y")';

function doc(): FeedDocument {
  return {
    title: `Kênh ${NASTY}`,
    description: `Mô tả ${NASTY}`,
    pageUrl: 'https://vi-du.test/linh-vuc/a/?x=1&y=2',
    rssUrl: 'https://vi-du.test/rss/linh-vuc/a.xml',
    jsonUrl: 'https://vi-du.test/rss/linh-vuc/a.json',
    language: 'vi',
    publisher: 'Đơn vị <thử>',
    copyright: 'CC BY 4.0 & ghi nguồn',
    emptyUpdated: '2020-01-01',
    entries: [
      {
        url: 'https://vi-du.test/mo-hinh/thu-nghiem/',
        title: FORMULA,
        summary: NASTY,
        updated: '2024-02-29',
        categories: [{ name: 'Nông & <lâm>', url: 'https://vi-du.test/linh-vuc/a/' }],
        image: 'https://vi-du.test/og/mo-hinh/thu-nghiem.png',
      },
      {
        url: 'https://vi-du.test/mo-hinh/khac/',
        title: 'Mô hình khác',
        summary: 'Tóm tắt.',
        updated: '2025-07-01',
        categories: [],
        image: 'https://vi-du.test/og/mo-hinh/khac.png',
      },
    ],
  };
}

describe('RSS 2.0 writer', () => {
  const xml = rssFeed(doc());

  it('writes well-formed XML that a feed parser reads back word for word', () => {
    expect(xmlErrors(xml)).toEqual([]);
    const feed = parseFeed(xml);
    expect(feed.title).toBe(`Kênh ${NASTY}`.replace(/\r\n/g, '\n'));
    const [first, second] = feed.items;
    expect(first?.title).toBe(FORMULA);
    expect(first?.url).toBe('https://vi-du.test/mo-hinh/thu-nghiem/');
    expect(first?.id).toBe('https://vi-du.test/mo-hinh/thu-nghiem/');
    // The summary is plain text, written as escaped HTML: a reader shows it and runs nothing.
    expect(first?.description).toBe(NASTY.replace(/\r\n/g, '\n'));
    expect(xml).toContain(escapeHtml('<script>alert("x")</script>'));
    expect(first?.categories.map((c) => c.label ?? c.term)).toEqual(['Nông & <lâm>']);
    expect(first?.published?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(second?.published?.toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(xml).not.toContain('<script>');
  });

  it('uses the permanent URL as a permalink guid and the OG image as enclosure', () => {
    expect(xml).toContain('<guid isPermaLink="true">https://vi-du.test/mo-hinh/thu-nghiem/</guid>');
    expect(xml).toMatch(/<enclosure [^>]*url="https:\/\/vi-du\.test\/og\/mo-hinh\/thu-nghiem\.png"/);
    expect(xml).toMatch(/<enclosure [^>]*type="image\/png"/);
  });

  it('dates the channel by its newest entry, so an unchanged site gives the same bytes', () => {
    expect(xml).toContain('<lastBuildDate>Tue, 01 Jul 2025 00:00:00 GMT</lastBuildDate>');
    expect(rssFeed(doc())).toBe(xml);
    expect(rssFeed({ ...doc(), entries: [] })).toContain('<lastBuildDate>Wed, 01 Jan 2020 00:00:00 GMT</lastBuildDate>');
  });
});

describe('JSON Feed 1.1 writer', () => {
  it('round-trips every string through JSON unchanged', () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed(doc())));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(`Kênh ${NASTY}`);
    expect(feed.items[0]).toMatchObject({
      id: 'https://vi-du.test/mo-hinh/thu-nghiem/',
      title: FORMULA,
      content_text: NASTY,
      tags: ['Nông & <lâm>'],
      date_modified: '2024-02-29T00:00:00Z',
      image: 'https://vi-du.test/og/mo-hinh/thu-nghiem.png',
    });
    expect(feed.authors).toEqual([{ name: 'Đơn vị <thử>', url: 'https://vi-du.test/' }]);
  });
});

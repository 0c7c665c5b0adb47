/**
 * Vietnamese UI strings for what agencies' portals take from the site: feeds, open data, embeds and
 * oEmbed. Flat dot-keys, spread into the one dictionary in src/i18n/vi.ts.
 */
export const viAgencies = {
  'feeds.site.title': 'Mô hình, điển hình mới cập nhật',
  'feeds.field.title': 'Lĩnh vực {name}',
  'feeds.province.title': 'Mô hình, điển hình ở {name}',
  'feeds.plan.title': 'Điển hình theo {name}',
  'feeds.link.rss': '{title} (RSS)',
  'feeds.link.json': '{title} (JSON Feed)',
  'feeds.copyright': 'Dữ liệu của trang phát hành theo giấy phép CC BY 4.0; ghi nguồn: {site}',
} as const satisfies Record<string, string>;

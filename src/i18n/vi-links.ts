/**
 * Vietnamese UI strings for the "links that last" pieces: preview cards, citation, sharing,
 * poster and redirect pages. Flat dot-keys, spread into the one dictionary in src/i18n/vi.ts
 * (so t() knows them and another language must provide them). Every value is NFC (tests/unit/citation.test.ts checks).
 */
export const viLinks = {
  // Labels on the Open Graph image (src/lib/og-image.ts).
  'og.kind.mo-hinh': 'Mô hình',
  'og.kind.dien-hinh': 'Điển hình',
  'og.kind.plan': 'Kế hoạch',
  'og.kind.field': 'Lĩnh vực',
  'og.kind.locality': 'Địa bàn',
  'og.label.locality': 'Địa bàn',
  'og.label.field': 'Lĩnh vực',

  // Citation (src/lib/citation.ts, src/components/CitationBlock.astro).
  'citation.heading': 'Trích dẫn',
  'citation.intro': 'Khi đăng lại hoặc dẫn nguồn, xin ghi:',
  'citation.copy': 'Sao chép trích dẫn',
  'citation.copied': 'Đã sao chép',
  'citation.copyFailed': 'Không sao chép được; hãy chọn đoạn trích dẫn và sao chép.',
  'citation.planNumbered': 'Kế hoạch số',
  'citation.planUnnumbered': 'Kế hoạch (không ghi số)',
  'citation.dated': 'ngày',
  'citation.month': 'tháng',
  'citation.year': 'năm',
  'citation.appendix': 'Phụ lục',
  'citation.row': 'số thứ tự',
  'citation.page': 'Trang',
  'citation.updated': 'Cập nhật ngày',
  'citation.of': 'của',

  // Words inside the JSON-LD (src/lib/structured-data.ts).
  'jsonld.planType': 'Kế hoạch',
  'jsonld.household': 'Hộ gia đình',
  'jsonld.currentUnits': 'Đơn vị hành chính hiện nay (từ 01/07/2025)',
  'jsonld.unitCode': 'Mã đơn vị hành chính (Tổng cục Thống kê)',
  'jsonld.planItems': 'Mô hình, điển hình trong',
  'jsonld.country': 'Việt Nam',

  // Sharing (src/components/ShareLinks.astro).
  'share.heading': 'Chia sẻ',
  'share.facebook': 'Facebook',
  'share.zalo': 'Zalo',
  'share.x': 'X',
  'share.email': 'Thư điện tử',
  'share.native': 'Chia sẻ…',
  'share.newWindow': '(mở cửa sổ mới)',
  'share.via': 'Chia sẻ qua',

  // Poster (src/components/PosterSheet.astro).
  'poster.scan': 'Quét mã để xem hồ sơ đầy đủ',
  'poster.orVisit': 'hoặc truy cập',
  'poster.recognised': 'Được công nhận theo',
  'poster.locality': 'Địa bàn',
  'poster.field': 'Lĩnh vực',
  'poster.unit': 'Đơn vị, cá nhân',
  'poster.qrAlt': 'Mã QR dẫn đến trang hồ sơ',
  'poster.print': 'In áp phích',
  'poster.link': 'Áp phích khổ A4 có mã QR, để in và dán ở bảng tin',
  'poster.pageTitle': 'Áp phích',

  // Redirect pages (src/lib/redirects.ts).
  'redirect.title': 'Trang đã chuyển',
  'redirect.moved': 'Trang này đã chuyển đến',
  'redirect.update': 'Xin cập nhật dấu trang hoặc đường dẫn đã lưu.',
} as const satisfies Record<string, string>;

export type LinksKey = keyof typeof viLinks;

/** One string by key; typed so a misspelt key fails `astro check`. */
export function tl(key: LinksKey): string {
  return viLinks[key];
}

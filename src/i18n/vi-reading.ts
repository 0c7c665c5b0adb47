/**
 * Vietnamese UI strings for what careful readers, printers and search engines meet: quotations
 * as written, build warnings, poster, empty lists, footer and sources. Flat dot-keys, spread into
 * the one dictionary in src/i18n/vi.ts.
 */
export const viReading = {
  // A document's title quoted exactly as written (src/pages/ke-hoach/[slug].astro).
  'plan.titleAsWritten': 'Tên văn bản (nguyên văn)',
  'plan.titleAsWrittenNote': '(trích nguyên văn như văn bản viết; ở mọi chỗ khác, trang này đặt dấu thanh theo một kiểu thống nhất: Hòa, Thủy)',
  // Province page: what a group is and what its figures mean (src/pages/dia-phuong/[province]/[...page].astro).
  'province.noDistrictOf': 'cơ quan, đơn vị cấp tỉnh của {province} (không thuộc huyện nào)',
  'province.groupOnPage': '{count}, ở trang {page} của danh sách',
  // Poster page, on screen only (src/components/PosterSheet.astro).
  'poster.actions': 'Áp phích',
  'poster.back': '← Về trang hồ sơ',
  // Lists lead with what has content; the rest are grouped and collapsed (src/components/EmptyGroup.astro).
  'fields.emptyGroup': '{count} lĩnh vực chưa có mô hình, điển hình',
  'movements.emptyGroup': '{count} phong trào chưa có mô hình, điển hình',
  'localities.emptyGroup': '{count} tỉnh, thành phố chưa có mô hình, điển hình trên trang',
  'field.noneYet': 'Chưa có mô hình, điển hình nào thuộc lĩnh vực này trên trang. Tiêu chí của lĩnh vực vẫn được nêu dưới đây, để các đơn vị căn cứ.',
  'field.noneYetShort': 'chưa có mô hình, điển hình',
  'home.stat.fieldsWithProfiles': 'Lĩnh vực có mô hình, điển hình',
  'home.stat.communesWithProfiles': 'Xã, phường có mô hình, điển hình',
  // Footer: the data credits live on the about page (#nguon-du-lieu).
  'footer.sourcesAndLicences': 'Nguồn dữ liệu và giấy phép',
} as const satisfies Record<string, string>;

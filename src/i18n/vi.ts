/**
 * Every string the interface shows, in Vietnamese. Content (names, citations, summaries) comes from
 * content/; only the words around it live here.
 *
 * Keys are flat and dotted, grouped by where they appear. Another language is added as
 * `export const en: UIStrings = { … }`: a missing or misspelt key then fails the type-check.
 * Placeholders are written {name} and filled by t().
 */

import { viLinks } from './vi-links.ts';
import { viCms } from './vi-cms.ts';
import { viStats } from './vi-stats.ts';
import { viAgencies } from './vi-agencies.ts';
import { viReading } from './vi-reading.ts';

export const vi = {
  // Preview cards, citation, sharing, poster and redirect pages: kept in their own section file,
  // but part of this one dictionary, so another language must translate them too.
  ...viLinks,
  // Labels of the editing forms at /admin/ (src/lib/cms/), in their own section file.
  ...viCms,
  ...viStats,
  // Feeds, open data, embeds and oEmbed (src/lib/feeds, data, embed).
  ...viAgencies,
  // Quotations as written, poster, empty lists, footer: src/i18n/vi-reading.ts.
  ...viReading,
  // Site chrome
  'site.skipLink': 'Bỏ qua, đến nội dung chính',
  'site.home': 'Trang chủ',
  'site.titleSeparator': ' — ',
  'site.pageNumber': 'Trang {page}',
  'nav.label': 'Điều hướng chính',
  'nav.profiles': 'Mô hình',
  'nav.fields': 'Lĩnh vực',
  'nav.localities': 'Địa phương',
  'nav.plans': 'Kế hoạch',
  'nav.about': 'Giới thiệu',
  'breadcrumbs.label': 'Vị trí của trang',
  'footer.label': 'Chân trang',
  'footer.publisher': 'Đơn vị thực hiện',
  'footer.address': 'Địa chỉ',
  'footer.email': 'Thư điện tử',
  'footer.phone': 'Điện thoại',
  'footer.links': 'Xem thêm',
  'footer.movements': 'Phong trào thi đua',
  'footer.articles': 'Nguồn tham khảo',
  'footer.dataAttribution':
    'Dữ liệu đơn vị hành chính: thanglequoc/vietnamese-provinces-database và dvhcvn/20250701 (giấy phép MIT).',
  'footer.dataAttributionLink': 'Nguồn dữ liệu',
  'footer.facts': 'Nội dung trên trang được lấy từ các kế hoạch đã ban hành; mỗi mô hình, điển hình ghi rõ kế hoạch và số thứ tự trong phụ lục.',

  // Vocabulary
  'kind.mo-hinh': 'Mô hình',
  'kind.dien-hinh': 'Điển hình',
  'kind.label': 'Loại',
  'subject.ca-nhan': 'Cá nhân',
  'subject.tap-the': 'Tập thể',
  'subject.ho-gia-dinh': 'Hộ gia đình',
  'subject.label': 'Đối tượng',
  'common.exemplarCount': '{count} mô hình, điển hình',
  'common.partOf': 'một phần',
  'common.listSeparator': ', ',
  'common.externalLink': '(trang ngoài)',
  'common.updated': 'Cập nhật: {date}',

  // Dates and citations (src/lib/format.ts)
  'date.month': 'tháng {month}/{year}',
  'date.year': 'năm {year}',
  'plan.kind': 'Kế hoạch',
  'plan.numbered': 'Kế hoạch số {number}',
  'plan.onDate': 'ngày {date}',
  'plan.of': 'của {issuer}',
  'plan.partialDate': '({date})',

  // Pagination
  'pagination.label': 'Phân trang',
  'pagination.previous': 'Trang trước',
  'pagination.next': 'Trang sau',
  'pagination.page': 'Trang {page}',
  'pagination.status': 'Trang {page}/{total}',

  // Home
  'home.title': 'Mô hình, điển hình tiên tiến được nhân rộng',
  'home.lede':
    'Trang này giới thiệu các mô hình, điển hình tiên tiến mà Ủy ban nhân dân các tỉnh, thành phố đã nêu tên trong kế hoạch nhân rộng của mình. Mỗi mô hình, điển hình đều ghi rõ kế hoạch công nhận và số thứ tự trong phụ lục của kế hoạch đó, để người đọc đối chiếu với văn bản gốc.',
  'home.stages':
    'Các kế hoạch đặt ra yêu cầu thực hiện đồng bộ 4 khâu: Phát hiện – Bồi dưỡng – Tổng kết – Nhân rộng điển hình tiên tiến, để những cách làm hay được nhiều nơi, nhiều người học tập, làm theo.',
  'home.stagesLabel': '4 khâu',
  'home.stage.1': 'Phát hiện',
  'home.stage.2': 'Bồi dưỡng',
  'home.stage.3': 'Tổng kết',
  'home.stage.4': 'Nhân rộng',
  'home.stats': 'Số liệu trên trang',
  'home.stat.exemplars': 'Mô hình, điển hình',
  'home.stat.models': 'Mô hình',
  'home.stat.exemplary': 'Điển hình',
  'home.stat.fields': 'Lĩnh vực',
  'home.stat.plans': 'Kế hoạch',
  'home.stat.communes': 'Xã, phường hiện nay',
  'home.byField': 'Theo lĩnh vực',
  'home.byProvince': 'Theo tỉnh, thành phố hiện nay',
  'home.latest': 'Mới được công nhận',
  'home.allProfiles': 'Xem tất cả mô hình, điển hình',
  'home.allFields': 'Xem tất cả lĩnh vực',
  'home.allLocalities': 'Xem tất cả địa phương',

  // Profile list
  'profiles.title': 'Mô hình, điển hình',
  'profiles.description': 'Danh sách các mô hình, điển hình tiên tiến được nêu trong các kế hoạch nhân rộng, xếp theo thứ tự chữ cái.',
  'profiles.summary': 'Có {count} mô hình, điển hình.',
  'profiles.empty': 'Chưa có mô hình, điển hình nào.',
  'profiles.listLabel': 'Danh sách mô hình, điển hình',

  // Profile card
  'card.locality': 'Địa phương',
  'card.fields': 'Lĩnh vực',
  'card.year': 'Năm công nhận',

  // Profile page
  'profile.facts': 'Thông tin chính',
  'profile.unit': 'Đơn vị, cá nhân',
  'profile.address': 'Địa chỉ (theo văn bản)',
  'profile.currentLocality': 'Địa phương hiện nay',
  'profile.formerLocality': 'Trước 01/07/2025: {units}',
  'profile.fields': 'Lĩnh vực',
  'profile.movement': 'Phong trào thi đua',
  'profile.plans': 'Kế hoạch',
  'profile.form': 'Hình thức',
  'profile.legalBasis': 'Căn cứ công nhận',
  'profile.figures': 'Số liệu',
  'profile.body': 'Nội dung',
  'profile.images': 'Hình ảnh',
  'profile.sources': 'Nguồn',
  'profile.related': 'Mô hình, điển hình liên quan',

  // Legal basis and citations
  'legal.basis': 'Theo {citation} (Phụ lục, số thứ tự {row})',
  'legal.appendixRow': 'Phụ lục, số thứ tự {row}',
  'legal.quoteLabel': 'Nguyên văn dòng phụ lục',

  // Key figures
  'figures.source': 'Nguồn: {source}',

  // Images
  'images.credit': 'Ảnh: {credit}',
  'images.licence': 'Giấy phép: {licence}',
  'images.original': 'Xem ảnh gốc',

  // Sources
  'sources.external': 'Bản gốc',

  // Fields
  'fields.title': 'Lĩnh vực',
  'fields.description': 'Các lĩnh vực mà các kế hoạch dùng để phân loại mô hình, điển hình tiên tiến.',
  'fields.empty': 'Chưa có lĩnh vực nào.',
  'field.criteria': 'Tiêu chí theo kế hoạch',
  'field.criteriaFrom': 'Theo {citation}',
  'field.profiles': 'Mô hình, điển hình thuộc lĩnh vực này',
  'field.noProfiles': 'Chưa có mô hình, điển hình nào thuộc lĩnh vực này.',
  'criteria.collective': 'Đối với tập thể',
  'criteria.individual': 'Đối với cá nhân',
  'criteria.general': 'Tiêu chí',
  'criteria.leadAgency': 'Cơ quan chủ trì',

  // Localities
  'localities.title': 'Địa phương',
  'localities.description':
    'Mô hình, điển hình theo đơn vị hành chính hiện nay (từ 01/07/2025: 34 tỉnh, thành phố; không còn cấp huyện). Tên đơn vị trước 01/07/2025 được ghi kèm.',
  'localities.tree': 'Tỉnh, thành phố và xã, phường hiện nay',
  'localities.formedFrom': 'gồm {units} trước 01/07/2025',
  'localities.formerUnits': 'Trước 01/07/2025: {units}',
  'localities.withProfiles': 'Tỉnh, thành phố có mô hình, điển hình',
  'localities.communesWith': 'Xã, phường có mô hình, điển hình',
  'localities.noExemplars': 'chưa có mô hình, điển hình',
  'localities.formerNames': 'Tra cứu theo tên cũ',
  'localities.formerNamesIntro':
    'Các đơn vị hành chính được nêu trong văn bản gốc, theo tên trước khi sắp xếp, và trang địa phương hiện nay tương ứng.',
  'localities.formerLevel.province': 'Tỉnh, thành phố (cũ)',
  'localities.formerLevel.district': 'Huyện, thị xã, thành phố thuộc tỉnh (cũ)',
  'localities.formerLevel.commune': 'Xã, phường, thị trấn (cũ)',
  'localities.nowIn': 'nay thuộc {unit}',
  'localities.reorganisation':
    'Từ ngày 01/07/2025, cả nước sắp xếp từ 63 còn 34 tỉnh, thành phố và không tổ chức cấp huyện. Các văn bản ban hành trước ngày đó ghi địa chỉ theo đơn vị hành chính cũ; trang này ghi cả tên cũ và đơn vị hiện nay.',
  'province.formerProvinces': 'Trước 01/07/2025 gồm: {units}.',
  'province.communes': 'Xã, phường hiện nay',
  'province.byDistrict': 'Theo huyện, thành phố trước 01/07/2025',
  'province.districtIndex': 'Huyện, thành phố trước 01/07/2025',
  'province.noDistrict': 'Đơn vị cấp tỉnh, không gắn với huyện',
  'province.onPage': 'trang {page}',
  'commune.formedFrom': 'Hình thành từ các đơn vị trước 01/07/2025',
  'commune.profiles': 'Mô hình, điển hình tại xã, phường này',
  'commune.inProvince': 'thuộc {province}',

  // Plans
  'plans.title': 'Kế hoạch',
  'plans.description': 'Các kế hoạch nhân rộng mô hình, điển hình tiên tiến là nguồn của mọi thông tin trên trang.',
  'plans.empty': 'Chưa có kế hoạch nào.',
  'plans.count': '{count} mô hình, điển hình trên trang',
  'plan.number': 'Số, ký hiệu',
  'plan.noNumber': 'Không ghi số (bản công bố để trống)',
  'plan.date': 'Ngày ban hành',
  'plan.issuer': 'Cơ quan ban hành',
  'plan.locality': 'Địa bàn',
  'plan.signer': 'Người ký',
  'plan.period': 'Thời gian thực hiện',
  'plan.basis': 'Căn cứ',
  'plan.stages': '4 khâu',
  'plan.appendix': 'Phụ lục',
  'plan.documents': 'Toàn văn',
  'plan.externalUrl': 'Bản công bố',
  'plan.summary': 'Tóm tắt nội dung',
  'plan.profiles': 'Mô hình, điển hình trong phụ lục',
  'plan.jumpToList': 'Xem danh sách {count} mô hình, điển hình trong phụ lục',
  'plan.profilesNone': 'Kế hoạch này không kèm danh sách mô hình, điển hình.',
  'plan.table.row': 'Số TT',
  'plan.table.unit': 'Đơn vị, cá nhân',
  'plan.table.title': 'Mô hình, điển hình',
  'plan.movements': 'Phong trào thi đua được nêu',
  'plan.articles': 'Bài viết về kế hoạch',
  'plan.criteria': 'Tiêu chí theo lĩnh vực',
  'plan.nowIn': 'nay thuộc {province}',

  // Movements
  'movements.title': 'Phong trào thi đua',
  'movements.description': 'Các phong trào thi đua được nêu trong các kế hoạch.',
  'movements.empty': 'Chưa có phong trào thi đua nào.',
  'movement.aliases': 'Cách gọi khác trong văn bản',
  'movement.plans': 'Kế hoạch nêu phong trào',
  'movement.profiles': 'Mô hình, điển hình trong phong trào',
  'movement.noProfiles': 'Chưa có mô hình, điển hình nào gắn với phong trào này.',

  // Articles (sources)
  'articles.title': 'Nguồn tham khảo',
  'articles.description': 'Bài viết, tin tức đưa tin về các kế hoạch và mô hình, điển hình.',
  'articles.empty': 'Chưa có bài viết nào.',
  'article.publisher': 'Cơ quan đăng tải',
  'article.author': 'Tác giả',
  'article.date': 'Ngày đăng',
  'article.url': 'Bài gốc',
  'article.plans': 'Kế hoạch được đưa tin',
  'article.profiles': 'Mô hình, điển hình dẫn nguồn bài viết',
  'article.summary': 'Tóm tắt',

  // About
  'about.title': 'Giới thiệu',
  'about.description': 'Mục đích của trang, cách phân loại mô hình, điển hình và nguồn dữ liệu.',
  'about.purpose': 'Mục đích',
  'about.purposeText':
    'Các kế hoạch nhân rộng mô hình, điển hình tiên tiến yêu cầu tuyên truyền, phổ biến điển hình trên các phương tiện thông tin, để các cơ quan, đơn vị, địa phương giới thiệu, tham quan, học tập kinh nghiệm. Trang này tập hợp các mô hình, điển hình được nêu trong phụ lục của các kế hoạch đó, mỗi trang ghi rõ văn bản và số thứ tự làm căn cứ.',
  'about.stages': '4 khâu',
  'about.stagesText':
    'Các kế hoạch yêu cầu thực hiện đồng bộ 4 khâu của công tác điển hình tiên tiến:',
  'about.legalBasis': 'Căn cứ',
  'about.legalBasisText': 'Các kế hoạch có trên trang và các văn bản mà mỗi kế hoạch nêu làm căn cứ, theo đúng lời văn của kế hoạch:',
  'about.classification': 'Cách phân loại',
  'about.classificationKind':
    'Loại: ghi là "mô hình" khi phụ lục của kế hoạch nêu tên một mô hình; các trường hợp còn lại ghi là "điển hình".',
  'about.classificationSubject':
    'Đối tượng: cá nhân, tập thể hoặc hộ gia đình, theo cách phụ lục gọi tên đơn vị, người được công nhận.',
  'about.classificationField': 'Lĩnh vực: theo nội dung mô hình, điển hình và cách các kế hoạch chia lĩnh vực.',
  'about.reorganisation': 'Đơn vị hành chính',
  'about.dataSources': 'Nguồn dữ liệu',
  'about.dataSourcesText':
    'Trang dùng lại các dữ liệu mở dưới đây, theo giấy phép của từng nguồn:',
  'about.source.thanglequoc':
    'Danh mục đơn vị hành chính theo danh mục của cơ quan thống kê (danhmuchanhchinh.nso.gov.vn), lấy từ bộ dữ liệu mở của tác giả Thang Le Quoc; được dùng lại theo giấy phép MIT (© 2021 Thang Le Quoc).',
  'about.source.dvhcvn': 'Bảng đối chiếu đơn vị hành chính cũ với đơn vị hiện nay (từ 01/07/2025), lấy từ bộ dữ liệu mở dvhcvn; được dùng lại theo giấy phép MIT (© 2025 dvhcvn).',
  'about.source.fonts': 'Phông chữ Be Vietnam Pro, được dùng theo giấy phép SIL Open Font License 1.1.',

  // Search (header box and /tim-kiem/)
  'search.title': 'Tìm kiếm',
  'search.description':
    'Tìm mô hình, điển hình tiên tiến theo tên, đơn vị, địa phương (tên trước hoặc sau 01/07/2025), lĩnh vực, năm công nhận và kế hoạch.',
  'search.header.label': 'Tìm kiếm trên trang',
  'search.header.input': 'Tìm mô hình, điển hình',
  'search.header.placeholder': 'Tìm mô hình, điển hình…',
  'search.header.submit': 'Tìm',
  'search.form.label': 'Tìm mô hình, điển hình',
  'search.form.input': 'Từ khóa',
  // The page's only guidance, kept short so that results start high on a phone's screen.
  'search.form.hint':
    'Tên mô hình, đơn vị, cá nhân hay địa phương (tên trước hoặc sau 01/07/2025), có dấu hay không dấu. Ví dụ: rau hữu cơ, huu co, Đồng Sương, Kỳ Sơn.',
  'search.form.submit': 'Tìm kiếm',
  'search.noscript.title': 'Tìm kiếm cần JavaScript',
  'search.noscript.text':
    'Công cụ tìm kiếm chạy ngay trong trình duyệt nên cần bật JavaScript. Khi chưa bật được, bạn vẫn tìm được mô hình, điển hình qua các trang sau:',
  'search.unavailable.title': 'Chưa tải được công cụ tìm kiếm',
  'search.unavailable.text': 'Dữ liệu tìm kiếm chưa tải được. Hãy tải lại trang, hoặc tìm qua các trang sau:',
  'search.browse.profiles': 'Tất cả mô hình, điển hình, xếp theo tên',
  'search.browse.fields': 'Theo lĩnh vực',
  'search.browse.localities': 'Theo địa phương, tên cũ và tên mới',
  'search.browse.plans': 'Theo kế hoạch',
  'search.filters': 'Bộ lọc',
  'search.filters.chosen': 'Bộ lọc ({count} đang chọn)',
  'search.filters.active': 'Đang lọc theo',
  'search.filters.remove': 'Bỏ lọc: {label}',
  'search.filters.clear': 'Bỏ tất cả bộ lọc',
  'search.facet.linh-vuc': 'Lĩnh vực',
  'search.facet.tinh': 'Tỉnh, thành phố hiện nay',
  'search.facet.tinh-cu': 'Tỉnh trước 01/07/2025',
  'search.facet.loai': 'Loại',
  'search.facet.doi-tuong': 'Đối tượng',
  'search.facet.nam': 'Năm công nhận',
  'search.facet.ke-hoach': 'Kế hoạch',
  'search.sort.label': 'Sắp xếp',
  'search.sort.lien-quan': 'Phù hợp nhất',
  'search.sort.moi-nhat': 'Năm công nhận: mới nhất',
  'search.sort.cu-nhat': 'Năm công nhận: cũ nhất',
  'search.results': 'Kết quả',
  'search.status.prompt': 'Nhập từ khóa hoặc chọn bộ lọc để tìm.',
  'search.status.count': '{count} kết quả',
  'search.status.countFor': '{count} kết quả cho “{query}”',
  'search.status.none': 'Không có kết quả',
  'search.status.noneFor': 'Không có kết quả cho “{query}”',
  'search.status.shown': 'Đang hiện {shown} kết quả đầu.',
  'search.status.first': 'Những kết quả đầu tiên cho “{query}”; đang tìm đầy đủ…',
  'search.more': 'Xem thêm kết quả',
  'search.unmatched': 'Không có mô hình, điển hình nào chứa từ {terms}: kết quả dưới đây khớp với các từ còn lại.',
  'search.empty.title': 'Không tìm thấy mô hình, điển hình phù hợp',
  'search.empty.tips': 'Bạn có thể thử:',
  'search.empty.tip.spelling': 'Kiểm tra lại chính tả, hoặc gõ không dấu (ví dụ “dong suong” cho “Đồng Sương”).',
  'search.empty.tip.fewer': 'Dùng ít từ hơn, hoặc chỉ tên xã, huyện, tỉnh.',
  'search.empty.tip.filters': 'Bỏ bớt bộ lọc đang chọn.',
  'search.empty.suggestions': 'Hoặc xem:',
  'search.result.locality': 'Địa phương',
  'search.result.former': 'trước 01/07/2025: {units}',
  'search.result.fields': 'Lĩnh vực',
  'search.result.years': 'Năm công nhận',

  // 404
  'notFound.title': 'Không tìm thấy trang',
  'notFound.text': 'Trang bạn tìm không có trên trang thông tin này. Địa chỉ có thể đã gõ sai, hoặc trang đã được chuyển.',
  'notFound.browse': 'Bạn có thể tìm từ các trang sau:',
} as const satisfies Record<string, string>;

export type UIKey = keyof typeof vi;

/** The shape every language must fill: all keys, each a string. */
export type UIStrings = { readonly [K in UIKey]: string };

const strings: UIStrings = vi;

/** The string for `key`, with {placeholders} filled from `params`. */
export function t(key: UIKey, params?: Readonly<Record<string, string | number>>): string {
  const template = strings[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * The string for `key` split around the placeholder `slot`, so markup (a link, a <time>) can take
 * its place: tAround('legal.basis', 'citation', { row: 3 }) → ["Theo ", " (Phụ lục, số thứ tự 3)"].
 */
export function tAround(key: UIKey, slot: string, params?: Readonly<Record<string, string | number>>): [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = t(key, { ...params, [slot]: marker }).split(marker);
  return [before, after];
}

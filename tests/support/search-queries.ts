/**
 * The table of queries people type, each with the profile it must return among the first three:
 * accented, unaccented, đ typed as d, decomposed (NFD), former and current place names, several
 * words, with filters. Drawn from the shipped content; used by the browser test of the search
 * page and by the test of the quick index.
 */

export interface Row {
  what: string;
  /** Query string of /tim-kiem/ (q and filters). */
  query: Record<string, string | string[]>;
  /** Slug of the profile that must be among the first three results. */
  expect: string;
}

const NFD = (s: string) => s.normalize('NFD');

export const QUERY_TABLE: Row[] = [
  { what: 'accented', query: { q: 'rau hữu cơ' }, expect: 'htx-dong-suong-rau-huu-co' },
  { what: 'unaccented', query: { q: 'rau huu co' }, expect: 'htx-dong-suong-rau-huu-co' },
  { what: 'unaccented, second match', query: { q: 'huu co' }, expect: 'dinh-thi-bich-lien-trang-trai-huu-co' },
  { what: 'partial diacritics', query: { q: 'trang trai hữu co' }, expect: 'dinh-thi-bich-lien-trang-trai-huu-co' },
  { what: 'đ typed as d, two words', query: { q: 'dong suong' }, expect: 'htx-dong-suong-rau-huu-co' },
  { what: 'NFD input', query: { q: NFD('Đồng Sương') }, expect: 'htx-dong-suong-rau-huu-co' },
  { what: 'NFD input, unit and title words', query: { q: NFD('cứu người đuối nước') }, expect: 'bui-van-tieu-dung-cam-cuu-nguoi-duoi-nuoc' },
  { what: 'đ, single word "duong"', query: { q: 'duong' }, expect: 'pham-anh-tuan-cay-canh-duong-pho' },
  { what: 'đ, single word "dong"', query: { q: 'dong' }, expect: 'mam-non-dong-tien-vuon-choi-cua-be' },
  { what: 'đ, single word "doan"', query: { q: 'doan' }, expect: 'thanh-doan-hoa-binh-phan-loai-rac-tai-nguon' },
  { what: 'đ, single word "duoi"', query: { q: 'duoi' }, expect: 'thcs-thanh-ha-phong-chong-duoi-nuoc' },
  { what: 'đ typed as đ, partial tones', query: { q: 'đuong pho' }, expect: 'mam-non-unicef-nga-tu-duong-pho' },
  { what: 'upper case', query: { q: 'ĐƯỜNG PHỐ' }, expect: 'pham-anh-tuan-cay-canh-duong-pho' },
  { what: 'đ-word among others', query: { q: 'doan thanh nien thong nhat' }, expect: 'doan-thanh-nien-thong-nhat-nga-ba-van-minh' },
  { what: 'unit name, unaccented', query: { q: 'da dieu' }, expect: 'phan-sy-hai-chan-nuoi-da-dieu' },
  { what: 'former commune (before 2025)', query: { q: 'Thành Lập' }, expect: 'htx-dong-suong-rau-huu-co' },
  { what: 'current commune (after 2025)', query: { q: 'xa Lien Son' }, expect: 'htx-dong-suong-rau-huu-co' },
  { what: 'former ward, unaccented', query: { q: 'phuong Dan Chu' }, expect: 'dinh-thi-bich-lien-trang-trai-huu-co' },
  { what: 'former commune with đ', query: { q: 'dong tam' }, expect: 'thon-dong-noi-thon-xom-kieu-mau-nong-thon-moi' },
  { what: 'former commune, now a ward of another name', query: { q: 'Yên Mông' }, expect: 'le-thi-hue-cay-an-qua-chat-luong-cao' },
  { what: 'former district', query: { q: 'huyen Ky Son' }, expect: 'ban-chqs-ky-son-lang-ban-van-hoa-quoc-phong-an-ninh' },
  { what: 'current province with a field filter', query: { q: 'Phú Thọ', 'linh-vuc': 'dung-cam-cuu-nguoi' }, expect: 'dinh-hoang-hiep-dung-cam-cuu-nguoi' },
  { what: 'former province with kind and year filters', query: { q: 'hoa binh', loai: 'dien-hinh', nam: '2017' }, expect: 'phan-xuong-van-hanh-thuy-dien-hoa-binh-lao-dong-sang-tao' },
  { what: 'words with a subject filter', query: { q: 'cay an qua', 'doi-tuong': 'ho-gia-dinh' }, expect: 'nguyen-van-ngoc-vac-cay-an-qua-chan-nuoi' },
  { what: 'filters only, no words', query: { 'ke-hoach': '162-kh-ubnd-hoa-binh-2017', 'doi-tuong': 'ca-nhan' }, expect: 'pham-van-thuat-san-xuat-kinh-doanh-gioi' },
  { what: 'multi-word title', query: { q: 'phong chay chua chay' }, expect: 'to-dan-pho-phuong-lam-an-toan-phong-chay-chua-chay' },
];

export function searchUrl(query: Row['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of [value].flat()) params.append(key, v);
  return `/tim-kiem/?${params.toString()}`;
}

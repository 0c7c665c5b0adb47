/**
 * Words for clearly synthetic benchmark content: the vocabulary of the real profiles (activities,
 * places, people), combined so that a word is about as common as in real plans ("hữu cơ" is one
 * qualifier of forty). Everything made from it is marked "[Dữ liệu thử]" and lives in a temporary
 * folder; none of it is ever published.
 */

export const SYNTHETIC_MARK = '[Dữ liệu thử]';

export const VERBS = ['trồng', 'nuôi', 'chăm sóc', 'bảo vệ', 'xây dựng', 'phát triển', 'nhân rộng', 'giữ gìn', 'khôi phục', 'sản xuất', 'chế biến', 'tiêu thụ', 'quản lý', 'vận hành', 'tổ chức', 'hỗ trợ', 'đào tạo', 'tuyên truyền', 'phòng chống', 'cải tạo'];
export const OBJECTS = [
  'rau', 'lúa', 'ngô', 'sắn', 'chè', 'cam', 'bưởi', 'nhãn', 'vải', 'xoài', 'chuối', 'mía', 'dứa', 'nấm', 'dược liệu', 'cây cảnh', 'hoa', 'rừng', 'quế', 'keo',
  'lợn', 'gà', 'vịt', 'bò', 'trâu', 'dê', 'ong', 'cá', 'tôm', 'ốc', 'thư viện', 'sân chơi', 'nhà văn hóa', 'đường làng', 'ngõ xóm', 'kênh mương', 'điện chiếu sáng',
  'camera an ninh', 'bếp ăn', 'vườn trường', 'câu lạc bộ', 'đội văn nghệ', 'tủ sách', 'quỹ khuyến học', 'tổ hòa giải', 'tổ tự quản', 'nhà an toàn', 'điểm sinh hoạt',
  'chợ', 'bến đò', 'nghề mây tre', 'nghề dệt', 'thổ cẩm', 'gốm', 'du lịch', 'homestay', 'trang trại', 'tổ hợp tác',
];
export const QUALIFIERS = [
  'hữu cơ', 'an toàn', 'sạch', 'chất lượng cao', 'theo VietGAP', 'theo chuỗi giá trị', 'công nghệ cao', 'tuần hoàn', 'tiết kiệm', 'thân thiện', 'thông minh', 'kiểu mẫu',
  'bền vững', 'tập trung', 'khép kín', 'liên kết', 'cộng đồng', 'số hóa', 'trực tuyến', 'tự quản', 'xanh', 'văn minh', 'hiệu quả', 'đa dạng', 'sáng tạo', 'truyền thống',
  'hiện đại', 'quy mô lớn', 'gia đình', 'tiên tiến', 'đạt chuẩn', 'an ninh', 'bảo tồn', 'giảm nghèo', 'tăng thu nhập', 'dân tộc', 'vùng cao', 'ven sông', 'miền núi', 'đô thị',
];
export const UNIT_KINDS = ['Hợp tác xã', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên', 'Hội Nông dân', 'Hội Cựu chiến binh', 'Trường Mầm non', 'Trường Tiểu học', 'Trường Trung học cơ sở', 'Tổ dân phố số', 'Chi hội Phụ nữ', 'Công an', 'Ban Chỉ huy Quân sự', 'Trạm Y tế', 'Thôn'];
export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Đinh', 'Hà', 'Quách', 'Lò', 'Lường', 'Sa', 'Triệu', 'Hứa', 'Ma'];
export const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quang', 'Đức', 'Thanh', 'Hữu', 'Ngọc', 'Xuân', 'Thu'];
export const GIVEN = ['An', 'Bình', 'Đức', 'Hoa', 'Đạt', 'Hường', 'Đông', 'Huy', 'Lan', 'Đường', 'Tuấn', 'Hải', 'Liên', 'Hiệp', 'Tiều', 'Ngọc', 'Chiến', 'Huệ', 'Bách', 'Thuật', 'Mai', 'Sơn', 'Thủy', 'Tâm'];

/**
 * Deterministic pseudo-random choices, so that runs compare. mulberry32: 32-bit integer state
 * (Math.imul), period 2^32. The earlier float LCG (s * 1103515245 + 12345 in doubles) lost its low
 * bits and fell into a short cycle, so 100,000 synthetic profiles shared 128 bodies.
 */
export function seededRandom(seed: number) {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const phrase = () => [pick(VERBS), pick(OBJECTS), ...(rand() < 0.6 ? [pick(QUALIFIERS)] : [])].join(' ');
  const phrases = (n: number) => Array.from({ length: n }, phrase).join(', ');
  const person = () => `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  return { rand, pick, int, phrase, phrases, person };
}
export type SeededRandom = ReturnType<typeof seededRandom>;

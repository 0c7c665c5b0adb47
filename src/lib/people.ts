/**
 * Reading what the source plans write about a person or a document, for structured data: the
 * honorific before a person's name, whether an address names a workplace or a home, and the
 * media type of a document's format. Pure functions.
 */

/**
 * Words Vietnamese lists put before a person's name ("Ông Bùi Văn Tiều", "Em Nguyễn Văn A"),
 * longest first so "Đồng chí" wins over a shorter word.
 */
export const HONORIFICS = ['Đồng chí', 'Ông', 'Bà', 'Anh', 'Chị', 'Em', 'Cô', 'Chú', 'Bác', 'Thầy', 'Cháu'] as const;

/** "Ông Bùi Văn Tiều" → { honorificPrefix: "Ông", name: "Bùi Văn Tiều" }; a name without one is left whole. */
export function splitHonorific(fullName: string): { honorificPrefix?: string; name: string } {
  const text = fullName.normalize('NFC').trim();
  for (const h of HONORIFICS) {
    const m = new RegExp(`^${h}\\s+(\\S.*)$`, 'iu').exec(text);
    // The rest must still look like a name: it starts with a capital letter.
    if (m?.[1] && /^\p{Lu}/u.test(m[1])) return { honorificPrefix: text.slice(0, h.length), name: m[1].trim() };
  }
  return { name: text };
}

/**
 * The words an address starts with when it names an organisation (a workplace: "Công an phường
 * Thịnh Lang, thành phố Hòa Bình") rather than where someone lives ("xóm Mỏ, thị trấn Lương Sơn").
 */
const ORGANISATION_WORDS = [
  'công an',
  'ủy ban',
  'ubnd',
  'trường',
  'bệnh viện',
  'trạm y tế',
  'trung tâm',
  'hội',
  'đoàn',
  'ban',
  'phòng',
  'sở',
  'công ty',
  'hợp tác xã',
  'htx',
  'doanh nghiệp',
  'nhà máy',
  'xí nghiệp',
  'chi nhánh',
  'văn phòng',
  'cơ quan',
  'đồn',
  'bộ chỉ huy',
  'ban chỉ huy',
  'quân đội',
  'tiểu đoàn',
  'đại đội',
];

export interface AddressReading {
  /** "work" when the address names an organisation, else "home" (a hamlet, a street, a unit). */
  kind: 'work' | 'home';
  /** The organisation an address names, for "work": its first part ("Công an phường Thịnh Lang"). */
  organisation?: string;
}

/** What a person's address in a plan names: a workplace (and which) or where they live. */
export function readAddress(address: string | undefined): AddressReading {
  const text = (address ?? '').normalize('NFC').trim();
  const lower = text.toLocaleLowerCase('vi');
  const word = ORGANISATION_WORDS.find((w) => lower === w || lower.startsWith(`${w} `));
  if (!word) return { kind: 'home' };
  const organisation = text.split(',')[0]?.trim();
  return organisation ? { kind: 'work', organisation } : { kind: 'work' };
}

/** IANA media types for the formats content names ("TXT", "pdf", ".docx"); undefined when unknown. */
const MEDIA_TYPES: Record<string, string> = {
  txt: 'text/plain',
  text: 'text/plain',
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html',
  htm: 'text/html',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** "TXT" → "text/plain"; a value that already is a media type is kept; undefined when unknown. */
export function mediaType(format: string | undefined, href?: string): string | undefined {
  const f = format?.trim().toLowerCase().replace(/^\./, '');
  if (f && /^[a-z]+\/[\w.+-]+$/.test(f)) return f;
  if (f && MEDIA_TYPES[f]) return MEDIA_TYPES[f];
  const ext = href ? /\.([a-z0-9]+)(?:[?#]|$)/i.exec(href)?.[1]?.toLowerCase() : undefined;
  return ext ? MEDIA_TYPES[ext] : undefined;
}

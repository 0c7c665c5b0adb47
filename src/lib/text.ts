/**
 * Vietnamese text folding and slugs. Pure functions: used by the site, the tools and the tests.
 */

/** Remove all diacritics; đ/Đ have no Unicode decomposition, so they are mapped by hand. */
export function stripDiacritics(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** ASCII slug from any Vietnamese text, NFC or NFD: "Đồng Sương" → "dong-suong". */
export function slugify(input: string): string {
  return stripDiacritics(input)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Lowercased, accent-free, single-spaced form for matching what people type. */
export function foldForSearch(input: string): string {
  return stripDiacritics(input).toLowerCase().replace(/\s+/g, ' ').trim();
}

// Tone marks on the vowel pairs oa, oe, uy at the end of a syllable are written two ways:
// "Hoà/Thuỷ" (newer style) and "Hòa/Thủy" (the style of the source plans). Both are correct;
// the site shows one style everywhere and matches names in either.
const TONES = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
const PAIR = /([oO])([aAeE])|([uU])([yY])/;

/**
 * Rewrite a syllable-final "oà/oé/uỷ…" to the classic placement "òa/óe/ủy".
 * Syllables with a final consonant (hoàn, thuyền) and "qu" (quý) are left as they are.
 */
export function classicToneStyle(input: string): string {
  return input.normalize('NFC').replace(/\p{L}+/gu, (word) => {
    const d = word.normalize('NFD');
    const m = /^(.*?)([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])$/u.exec(d);
    if (!m) return word;
    const [, head = '', first = '', second = '', tone = ''] = m;
    if (!PAIR.test(first + second) || !TONES.includes(tone)) return word;
    if ((first === 'u' || first === 'U') && /[qQ]$/.test(head)) return word;
    return (head + first + tone + second).normalize('NFC');
  });
}

/** Key for comparing place names: accent style, case and spacing do not matter. */
export function nameKey(input: string): string {
  return classicToneStyle(input).toLowerCase().replace(/\s+/g, ' ').trim();
}

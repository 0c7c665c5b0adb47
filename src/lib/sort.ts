/**
 * Vietnamese sort order: the one comparator for every list the site shows to readers.
 *
 * Names are compared syllable by syllable, the way Vietnamese dictionaries and official lists
 * order them: within a syllable the base letters first (a ă â b c d đ e ê g h i k l m n o ô ơ p q
 * r s t u ư v x y, with f j w z in their Latin places), then the tone (none, huyền, hỏi, ngã, sắc,
 * nặng); only when a syllable is equal in both does the next one count. So "Hà Nội" < "Hà Tĩnh" <
 * "Hải Phòng" ("Hà" is a prefix of "Hải"), "Duy" < "Đà", "Út" < "Ưng". Runs of digits compare as
 * numbers ("Tổ 2" < "Tổ 10"); punctuation separates syllables and is otherwise ignored; case only
 * breaks ties. Intl.Collator cannot do this: with `ignorePunctuation` it drops the spaces between
 * syllables ("Hải Phòng" before "Hà Nội"), and at base sensitivity it ignores tones altogether.
 */

/** Base letters in Vietnamese alphabetical order; letters outside Vietnamese keep their Latin place. */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
const RANK = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** Combining marks that make a new letter of the vowel they follow (ă â ê ô ơ ư). */
const LETTER_MARKS: Record<string, string> = { '\u0306': 'breve', '\u0302': 'circumflex', '\u031B': 'horn' };
const LETTER_OF: Record<string, string> = {
  'a\u0306': 'ă',
  'a\u0302': 'â',
  'e\u0302': 'ê',
  'o\u0302': 'ô',
  'o\u031B': 'ơ',
  'u\u031B': 'ư',
};
/** Tone marks in dictionary order (ngang = 0): huyền, hỏi, ngã, sắc, nặng. */
const TONE_RANK: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };

interface Syllable {
  /** Letters (ranked) or a number; compared first. */
  letters: number[];
  number?: number;
  tone: number;
  /** The syllable as written, for the final case tie-break. */
  text: string;
}

const cache = new Map<string, Syllable[]>();

function syllables(input: string): Syllable[] {
  const hit = cache.get(input);
  if (hit) return hit;
  const out: Syllable[] = [];
  for (const m of input.normalize('NFC').matchAll(/\p{L}[\p{L}\p{M}]*|\p{N}+/gu)) {
    const text = m[0];
    if (/^\p{N}+$/u.test(text)) {
      out.push({ letters: [], number: Number(text), tone: 0, text });
      continue;
    }
    const chars = [...text.toLowerCase().normalize('NFD')];
    const letters: number[] = [];
    let tone = 0;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i] ?? '';
      if (ch in TONE_RANK) {
        tone = TONE_RANK[ch] ?? 0;
        continue;
      }
      if (ch in LETTER_MARKS) continue; // already folded into the letter before it
      const next = chars[i + 1] ?? '';
      const letter = next in LETTER_MARKS ? (LETTER_OF[ch + next] ?? ch) : ch;
      // Letters outside the alphabet (other scripts, other accents) sort after it, by code point.
      letters.push(RANK.get(letter) ?? ALPHABET.length + (letter.codePointAt(0) ?? 0));
    }
    out.push({ letters, tone, text });
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(input, out);
  return out;
}

function compareSyllable(a: Syllable, b: Syllable): number {
  // Numbers sort before words, and by value.
  if (a.number !== undefined || b.number !== undefined) {
    if (a.number === undefined) return 1;
    if (b.number === undefined) return -1;
    return a.number - b.number;
  }
  const n = Math.min(a.letters.length, b.letters.length);
  for (let i = 0; i < n; i++) {
    const d = (a.letters[i] ?? 0) - (b.letters[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.letters.length - b.letters.length || a.tone - b.tone;
}

/**
 * Compare two Vietnamese names or titles for sorting (a negative number when `a` comes first).
 * Use it for everything shown to readers in alphabetical order: `list.sort(compareVi)`.
 */
export function compareVi(a: string, b: string): number {
  if (a === b) return 0;
  const sa = syllables(a);
  const sb = syllables(b);
  const n = Math.min(sa.length, sb.length);
  for (let i = 0; i < n; i++) {
    const c = compareSyllable(sa[i] as Syllable, sb[i] as Syllable);
    if (c !== 0) return c;
  }
  if (sa.length !== sb.length) return sa.length - sb.length;
  // Same letters and tones: lower case first, then a stable order of what is written.
  for (let i = 0; i < n; i++) {
    const x = (sa[i] as Syllable).text;
    const y = (sb[i] as Syllable).text;
    if (x !== y) return x.toLowerCase() === y.toLowerCase() ? (x < y ? 1 : -1) : x < y ? -1 : 1;
  }
  const na = a.normalize('NFC');
  const nb = b.normalize('NFC');
  return na < nb ? -1 : na > nb ? 1 : 0;
}

/** `compareVi` on a key of each item: `units.sort(compareViBy((u) => u.name))`. */
export function compareViBy<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareVi(key(a), key(b));
}

/**
 * A comparator over several keys in turn; numbers compare as numbers, strings with `compareVi`.
 * `profiles.sort(byKeys((p) => p.title, (p) => p.id))`.
 */
export function byKeys<T>(...keys: ((x: T) => string | number)[]): (a: T, b: T) => number {
  return (a: T, b: T): number => {
    for (const key of keys) {
      const ka = key(a);
      const kb = key(b);
      const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : compareVi(String(ka), String(kb));
      if (c !== 0) return c;
    }
    return 0;
  };
}

/** A sorted copy of names in Vietnamese order. */
export function sortVi(names: Iterable<string>): string[] {
  return [...names].sort(compareVi);
}

/**
 * Vietnamese tables still arrive in pre-Unicode encodings. Bytes that are not UTF-8 (Windows-1258,
 * TCVN3 or VNI saved as such) are refused; so is Unicode text that was typed with a TCVN3 (ABC)
 * or VNI font and so reads as mojibake ("Hßa B×nh", "Hoøa Bình"). Never guessed and converted:
 * a wrong guess would publish garbled names.
 */
import { ImportError } from './errors.ts';

/** Decode a CSV file's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused. */
export function decodeTable(bytes: Uint8Array, path: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError(
      `Tệp "${path}" không phải Unicode (UTF-8): có thể là bảng mã cũ Windows-1258, TCVN3 (ABC) hoặc VNI. ` +
        'Mở tệp bằng Excel/LibreOffice và lưu lại dạng "CSV UTF-8", hoặc chuyển mã bằng Unikey, rồi nhập lại. Chưa có tệp nào được ghi.',
      `"${path}" is not valid UTF-8 (a legacy encoding such as Windows-1258, TCVN3/ABC or VNI?); save it as CSV UTF-8; nothing was written`,
    );
  }
}

// Latin-1 characters that no Vietnamese word contains but that TCVN3 (ABC) and VNI text shows
// when read as Unicode. TCVN3: ¸µ¶·¹ (tones on a), ¨©ª«¬ (ă â ê ô ơ), ­ (ư), ® (đ), § (Đ), ß, ×…
const TCVN3 = '¡¢£¤¥¦§¨©ª«¬\u00ad®¯±²³´µ¶·¸¹º»¼½¾¿ÆÇÐÞßþ×Ø';
// VNI: tone and vowel marks typed as separate Latin-1 letters after the base letter (ø ù û õ ï ä ë ö…), ñ/Ñ for đ/Đ.
const VNI = 'øûïäëöñÑÖÄËÏÛåæçîðÿ';
const LETTER = /\p{L}/u;

/** The encoding a Unicode text was really typed in, if it reads as legacy-font mojibake. */
export function legacyFontText(texts: readonly string[]): { encoding: string; sample: string } | undefined {
  let tcvn = 0;
  let vni = 0;
  let sample = '';
  for (const text of texts) {
    const chars = [...text];
    chars.forEach((ch, i) => {
      const inTcvn = TCVN3.includes(ch);
      const inVni = VNI.includes(ch);
      if (!inTcvn && !inVni) return;
      // Only inside a word: "35°C" or "× 2" are not mojibake.
      const before = chars[i - 1] ?? '';
      const after = chars[i + 1] ?? ' ';
      if (!LETTER.test(before) || !(LETTER.test(after) || /[\s,.;:)]/.test(after))) return;
      if (inTcvn) tcvn++;
      else vni++;
      if (!sample) sample = text.split(/\s+/).find((w) => w.includes(ch)) ?? text.slice(0, 20);
    });
  }
  if (tcvn + vni < 2) return undefined;
  return { encoding: tcvn >= vni ? 'TCVN3 (ABC)' : 'VNI', sample };
}

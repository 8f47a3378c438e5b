// Turns input bytes into text: declared encodings first (BOM, HTTP header, <meta>/<?xml?> in the head),
// then valid UTF-8, then a scored guess between the legacy Arabic code pages and windows-1252.
// Binary data (images, PDFs, archives, control-character soup) is refused with a clear message.
import iconv from 'iconv-lite';
import { MarsadError } from '../doc/errors.js';

export interface DecodeHints {
  /** The HTTP Content-Type header, e.g. "text/html; charset=windows-1256". */
  contentType?: string;
  /** How to name the input in error messages (a path or URL). */
  name?: string;
}

export interface Decoded {
  text: string;
  encoding: string;
  /** How many invalid byte sequences were replaced by U+FFFD (UTF-8 with a few stray bytes). */
  replaced?: number;
}

const BINARY_SIGNATURES: { magic: number[]; offset?: number; what: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'GIF image' },
  { magic: [0x57, 0x45, 0x42, 0x50], offset: 8, what: 'WebP image' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'PDF document' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'ZIP archive or Office document' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: '7-Zip archive' },
  { magic: [0x42, 0x5a, 0x68], what: 'bzip2 archive' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a], what: 'xz archive' },
  { magic: [0x7f, 0x45, 0x4c, 0x46], what: 'executable' },
];

export const GZIP_MAGIC = [0x1f, 0x8b];

export function startsWithBytes(bytes: Uint8Array, magic: number[], offset = 0): boolean {
  if (bytes.length < offset + magic.length) return false;
  return magic.every((b, i) => bytes[offset + i] === b);
}

/** Names the kind of binary data ("PNG image", "binary data") or returns null for text-like bytes. */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const sig of BINARY_SIGNATURES) {
    if (startsWithBytes(bytes, sig.magic, sig.offset)) return sig.what;
  }
  if (bomEncoding(bytes) || utf16WithoutBom(bytes)) return null;
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return 'binary file';
    // C0 controls other than tab, newline, form feed, carriage return and escape.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return head.length > 0 && controls / head.length > 0.1 ? 'binary file' : null;
}

/** Decodes bytes to text, throwing a MarsadError for binary data or an unknown declared encoding. */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const binary = detectBinary(bytes);
  if (binary) {
    const what = binary === 'binary file' ? '' : ` (${binary})`;
    throw new MarsadError(`${hints.name ?? 'input'} looks like binary data${what}, not text`, 'binary');
  }
  const bom = bomEncoding(bytes);
  if (bom) return { text: decodeAs(bytes.subarray(bom.length), bom.encoding), encoding: bom.encoding };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16 };

  const declared = declaredEncoding(bytes, hints.contentType);
  const utf8 = isValidUtf8(bytes);
  // A declared UTF-8 that is not valid UTF-8 is a lie often told by servers and templates: detect instead.
  if (declared && !(declared === 'utf-8' && !utf8)) return { text: decodeAs(bytes, declared), encoding: declared };
  if (utf8) return { text: decodeAs(bytes, 'utf-8'), encoding: 'utf-8' };
  const repaired = mostlyUtf8(bytes);
  if (repaired) return repaired;
  const guessed = guessLegacyEncoding(bytes);
  return { text: decodeAs(bytes, guessed), encoding: guessed };
}

function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (startsWithBytes(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWithBytes(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWithBytes(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: ASCII and Arabic text alike have 0x00 or 0x06 as the high byte of almost every
 * code unit, so one byte parity is nearly all 0x00/0x06 while the other is not.
 */
function utf16WithoutBom(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  let zeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0x00 || bytes[i] === 0x06) evenHigh++;
    if (bytes[i + 1] === 0x00 || bytes[i + 1] === 0x06) oddHigh++;
    if (bytes[i] === 0 || bytes[i + 1] === 0) zeros++;
  }
  const units = n / 2;
  if (zeros / units < 0.05) return null;
  if (oddHigh / units > 0.9 && evenHigh / units < 0.5) return 'utf-16le';
  if (evenHigh / units > 0.9 && oddHigh / units < 0.5) return 'utf-16be';
  return null;
}

/** WHATWG treats these labels as windows-1252, which is what such pages really are. */
const LABEL_ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  utf8: 'utf-8',
  'x-user-defined': 'windows-1252',
};

/** The encoding declared by the HTTP header, a <meta> tag or an XML declaration, if iconv-lite knows it. */
export function declaredEncoding(bytes: Uint8Array, contentType?: string): string | null {
  const fromHeader = contentType ? charsetParam(contentType) : null;
  if (fromHeader) return fromHeader;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1');
  const meta =
    /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return meta ? normalizeLabel(meta[1]) : null;
}

function charsetParam(contentType: string): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return match ? normalizeLabel(match[1]) : null;
}

function normalizeLabel(label: string): string | null {
  const lower = label.toLowerCase();
  const name = LABEL_ALIASES[lower] ?? lower;
  if (name === 'utf-8') return name;
  return iconv.encodingExists(name) ? name : null;
}

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-8 with a few broken sequences (a truncated download, one stray byte) stays UTF-8: legacy code pages
 * decoded as UTF-8 break on nearly every non-ASCII character instead.
 */
function mostlyUtf8(bytes: Uint8Array): Decoded | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let replaced = 0;
  let nonAscii = 0;
  for (const char of text) {
    if (char === '\uFFFD') replaced++;
    else if (char.charCodeAt(0) > 0x7f) nonAscii++;
  }
  return replaced <= Math.max(2, nonAscii * 0.01) ? { text, encoding: 'utf-8', replaced } : null;
}

/**
 * Chooses windows-1252 for Latin text and windows-1256 or ISO-8859-6 for Arabic.
 * Latin text has its high bytes inside ASCII words ("café"); Arabic text has whole words of high bytes.
 * Between the Arabic code pages the right one yields more Arabic letters and no undefined bytes:
 * ISO-8859-6 leaves 0xDB–0xDF and 0xF3–0xFF unassigned (letters such as غ ف ق ك in windows-1256), and
 * windows-1256 maps ISO-8859-6 letters at 0xE0–0xEA to Latin letters (à â ç è …) inside Arabic words.
 */
export function guessLegacyEncoding(bytes: Uint8Array): string {
  if (!looksLikeArabicBytes(bytes)) return 'windows-1252';
  const scores = ['windows-1256', 'iso-8859-6'].map((encoding) => ({
    encoding,
    score: arabicPlausibility(decodeAs(bytes, encoding)),
  }));
  return scores[0].score >= scores[1].score ? scores[0].encoding : scores[1].encoding;
}

function looksLikeArabicBytes(bytes: Uint8Array): boolean {
  let wordsWithHighBytes = 0;
  let allHighWords = 0;
  let length = 0;
  let high = 0;
  const endWord = () => {
    if (high > 0) wordsWithHighBytes++;
    if (length >= 2 && high === length) allHighWords++;
    length = 0;
    high = 0;
  };
  for (const b of bytes) {
    const isLetterByte = b >= 0x80 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
    if (!isLetterByte) {
      endWord();
      continue;
    }
    length++;
    if (b >= 0x80) high++;
  }
  endWord();
  return wordsWithHighBytes > 0 && allHighWords / wordsWithHighBytes >= 0.5;
}

const ARABIC_LETTERS = /(?=\p{L})\p{Script=Arabic}/gu;
const UNDEFINED_OR_C1 = /[\uFFFD\u0080-\u009F]/g;
const LATIN_NEXT_TO_ARABIC = /\p{Script=Arabic}(?=\p{Script=Latin})|\p{Script=Latin}(?=\p{Script=Arabic})/gu;

function arabicPlausibility(text: string): number {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return count(ARABIC_LETTERS) - 4 * (count(UNDEFINED_OR_C1) + count(LATIN_NEXT_TO_ARABIC));
}

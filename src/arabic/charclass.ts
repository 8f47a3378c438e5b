// Character classes of UTF-16 code units, computed once into a table for a fast scanner.
// JavaScript's \w matches no Arabic letter, so classes come from Unicode properties.

export const CharClass = {
  Space: 0,
  ArabicLetter: 1,
  /** Arabic combining marks and tatweel: they belong to the word they sit in. */
  ArabicMark: 2,
  Letter: 3,
  Digit: 4,
  Quote: 5,
  Punct: 6,
  Symbol: 7,
  /** Zero-width joiners and bidi controls: part of a word inside it, a gap outside. */
  Format: 8,
  /** Half of a surrogate pair: the scanner consumes the pair as one symbol or letter. */
  Surrogate: 9,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

const TABLE = new Uint8Array(0x10000);

const QUOTES = '"\'«»“”‘’„‟‹›「」『』〝〞＂';

function classify(code: number): CharClass {
  if (code >= 0xd800 && code <= 0xdfff) return CharClass.Surrogate;
  const ch = String.fromCharCode(code);
  if (QUOTES.includes(ch)) return CharClass.Quote;
  if (/\s/u.test(ch)) return CharClass.Space;
  if (/\p{Cf}/u.test(ch)) return CharClass.Format;
  if (/\p{Nd}/u.test(ch)) return CharClass.Digit;
  if (/\p{Script=Arabic}/u.test(ch)) {
    if (code === 0x0640 || /\p{M}/u.test(ch)) return CharClass.ArabicMark;
    if (/\p{L}/u.test(ch)) return CharClass.ArabicLetter;
    if (/\p{P}/u.test(ch)) return CharClass.Punct;
    return CharClass.Symbol;
  }
  if (/[\p{L}\p{M}]/u.test(ch)) return CharClass.Letter;
  if (/\p{P}/u.test(ch)) return CharClass.Punct;
  if (/\p{Cc}/u.test(ch)) return CharClass.Space;
  return CharClass.Symbol;
}

for (let code = 0; code < 0x10000; code++) TABLE[code] = classify(code);

export function charClass(code: number): CharClass {
  return TABLE[code] as CharClass;
}

export function isWordClass(cls: CharClass): boolean {
  return cls === CharClass.ArabicLetter || cls === CharClass.ArabicMark || cls === CharClass.Letter;
}

// A lossless tokenizer with exact UTF-16 offsets. Every character that is not white space or an
// invisible control belongs to exactly one token, so tokens plus the gaps between them give back the text.
//
// Words: Arabic (letters, diacritics, tatweel, zero-width joiners inside), Latin (with inner apostrophes and
// digits: G20, don't), hyphenated names (هواسونغ-17, كوفيد-19); numbers with ٫ ٬ , . between digits;
// URLs, e-mail addresses, hashtags, @mentions; each quotation mark is a token of its own; runs of the same
// punctuation (... !!) are one token.
import type { Token, TokenKind } from '../doc/types.js';
import { CharClass, charClass, isWordClass } from './charclass.js';
import { cliticAnalyzer, type WordAnalysis } from './clitics.js';
import { normalizeForMatch } from './normalize.js';
import { recordTokenWords } from './words.js';

export interface RawToken {
  start: number;
  end: number;
  kind: TokenKind;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"«»“”]+/uy;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/uy;
const URL_TRAILING = /[.,;:!?)\]}'’،؛؟]+$/u;
const NUMBER_SEPARATORS = new Set([0x2e /* . */, 0x2c /* , */, 0x66b /* ٫ */, 0x66c /* ٬ */]);
const HYPHENS = new Set([0x2d /* - */, 0x2011 /* non-breaking hyphen */]);
const APOSTROPHES = new Set([0x27, 0x2019]);

/** Splits text into tokens (offsets and kinds only). */
export function scanTokens(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Space || cls === CharClass.Format) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (cls === CharClass.Letter && (code === 0x68 || code === 0x77 || code === 0x48 || code === 0x57)) {
      const urlEnd = matchUrl(text, i);
      if (urlEnd > i) {
        tokens.push({ start, end: urlEnd, kind: 'url' });
        i = urlEnd;
        continue;
      }
    }
    if (isWordClass(cls) || (cls === CharClass.Digit && isLatinWordAhead(text, i))) {
      const end = scanWord(text, i);
      const emailEnd = text.charCodeAt(end) === 0x40 ? matchAt(EMAIL_RE, text, start) : -1;
      if (emailEnd > end) {
        tokens.push({ start, end: emailEnd, kind: 'email' });
        i = emailEnd;
        continue;
      }
      kind = hasArabicLetter(text, start, end) ? 'arabic' : 'latin';
      i = Math.max(end, start + 1); // always advance: no input may hang the scanner
    } else if (cls === CharClass.Digit) {
      i = scanNumber(text, i);
      kind = 'number';
    } else if ((code === 0x23 || code === 0x40) && i + 1 < n && isTagChar(text.charCodeAt(i + 1))) {
      i++;
      while (i < n && isTagChar(text.charCodeAt(i))) i++;
      kind = code === 0x23 ? 'hashtag' : 'mention';
    } else if (cls === CharClass.Quote) {
      i++;
      kind = 'quote';
    } else if (cls === CharClass.Punct) {
      i++;
      while (i < n && text.charCodeAt(i) === code) i++;
      kind = 'punct';
    } else {
      i += cls === CharClass.Surrogate && i + 1 < n ? 2 : 1;
      kind = 'symbol';
    }
    tokens.push({ start, end: i, kind });
  }
  return tokens;
}

function scanWord(text: string, i: number): number {
  const n = text.length;
  const first = charClass(text.charCodeAt(i));
  let latin = first === CharClass.Letter || first === CharClass.Digit; // a digit starts a word only before Latin (3D)
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (isWordClass(cls)) {
      if (cls === CharClass.Letter) latin = true;
      i++;
    } else if (cls === CharClass.Digit && latin) {
      i++; // G20, MH17
    } else if (cls === CharClass.Format && i + 1 < n && isWordClass(charClass(text.charCodeAt(i + 1)))) {
      i++; // zero-width (non-)joiner inside a word
    } else if (HYPHENS.has(code) && i + 1 < n && isWordOrDigit(text.charCodeAt(i + 1))) {
      i++; // هواسونغ-17, Jean-Yves
      latin = latin || charClass(text.charCodeAt(i)) === CharClass.Digit;
    } else if (APOSTROPHES.has(code) && latin && i + 1 < n && charClass(text.charCodeAt(i + 1)) === CharClass.Letter) {
      i++; // don't, O'Brien
    } else {
      break;
    }
  }
  return i;
}

function scanNumber(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (charClass(code) === CharClass.Digit) i++;
    else if (NUMBER_SEPARATORS.has(code) && i + 1 < n && charClass(text.charCodeAt(i + 1)) === CharClass.Digit) i++;
    else break;
  }
  return i;
}

/** Digits that start a Latin word (3D, 5G) are scanned as a word, not as a number. */
function isLatinWordAhead(text: string, i: number): boolean {
  let j = i;
  while (j < text.length && charClass(text.charCodeAt(j)) === CharClass.Digit) j++;
  const code = text.charCodeAt(j);
  return (
    j < text.length &&
    charClass(code) === CharClass.Letter &&
    isAsciiLetter(code) &&
    !isAsciiLetter(text.charCodeAt(j + 1))
  );
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isWordOrDigit(code: number): boolean {
  const cls = charClass(code);
  return isWordClass(cls) || cls === CharClass.Digit;
}

function isTagChar(code: number): boolean {
  return isWordOrDigit(code) || code === 0x5f;
}

function hasArabicLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (charClass(text.charCodeAt(i)) === CharClass.ArabicLetter) return true;
  return false;
}

function matchAt(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? at + m[0].length : -1;
}

function matchUrl(text: string, at: number): number {
  URL_RE.lastIndex = at;
  const m = URL_RE.exec(text);
  if (!m) return -1;
  const trimmed = m[0].replace(URL_TRAILING, '');
  return trimmed.length > 4 ? at + trimmed.length : -1;
}

/** Tokenizes and analyzes each token: normalized form, clitics and stem (for matching and features). */
export function tokenize(text: string): Token[] {
  const analyzer = cliticAnalyzer();
  const raws = scanTokens(text);
  const tokens = new Array<Token>(raws.length);
  const words = new Array<WordAnalysis | undefined>(raws.length);
  const space = analyzer.space;
  const ids = new Int32Array(raws.length);
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    const surface = text.slice(raw.start, raw.end);
    const word = raw.kind === 'arabic' ? analyzer.analyzeWord(surface) : undefined;
    const norm = word ? word.norm : normalizeForMatch(surface);
    words[i] = word;
    ids[i] = word ? word.id : -1;
    // An object literal, not {...raw, …}: spreading then adding fields makes slow dictionary-mode objects.
    tokens[i] = {
      start: raw.start,
      end: raw.end,
      kind: raw.kind,
      text: surface,
      norm,
      proclitics: word ? word.proclitics : NO_CLITICS,
      stem: word ? word.stem : norm,
      enclitic: word ? word.enclitic : '',
      stemOffset: word ? word.stemOffset : 0,
      stemEnd: word ? word.stemEnd : raw.end - raw.start,
    };
  }
  // A word cache cleared while this text was read numbered its words in two spaces: no ids then.
  recordTokenWords(tokens, words, analyzer.space === space ? { space, ids } : undefined);
  return tokens;
}

/** Shared by every token without proclitics; never mutated. */
const NO_CLITICS: string[] = [];

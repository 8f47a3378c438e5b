// Finding query terms in raw text without tokenizing or normalizing it. Each term (a normalized, clitic-free
// stem from the analyzer) becomes a pattern of its surface spellings: every letter is the class of the letters
// that normalize to it (ا: ا أ إ آ ٱ; ه: ه ة; ي: ي ى …) with optional diacritics and tatweel between letters.
// One regex of all the terms (longest first) runs over the original text, and a match counts when what precedes
// it inside its word is a proclitic string (و ف ب ل ك س ال …) and what follows is an ending (ات ين ية ها …).
// Used for snippets and for the second-stage rerank, which both run for every hit of every query.
import { foldCodeUnit, normalizeForMatch } from '../arabic/index.js';

/** Proclitic strings allowed before a term inside a word (normalized): conjunction, preposition, future, article. */
const PROCLITICS = /^(?:[وف]?(?:[بكلس]|لل)?(?:ال)?)$/;
/** Endings allowed after a term inside a word (normalized): nisba, feminine, plural/dual, then a pronoun. */
const ENCLITICS = /^(?:ي?ت?(?:ات|ون|ين|ان|وا|ه|ا)?(?:ها|هم|هما|هن|ه|كم|كما|كن|ك|نا|ني|ي)?)$/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** The code units whose spellings are folded (Latin, Arabic and Persian letters, digits, format controls). */
const FOLDED_RANGES: [number, number][] = [
  [0x0000, 0x07ff],
  [0x200b, 0x206f],
  [0xfeff, 0xfeff],
];

/** One occurrence: the whole surface word, in offsets of the text, and the (normalized) term it holds. */
export interface TermHit {
  start: number;
  end: number;
  term: string;
}

/** A compiled set of terms; null when there is nothing to look for. */
export type TermMatcher = RegExp | null;

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** For every normalized code unit, the class of the units that fold to it; and the class of dropped units. */
function buildSpellings(): { spellings: Map<number, string>; dropped: string } {
  const units = new Map<number, number[]>();
  const dropped: number[] = [];
  for (const [first, last] of FOLDED_RANGES) {
    for (let code = first; code <= last; code++) {
      const folded = foldCodeUnit(code);
      if (folded < 0) dropped.push(code);
      else if (folded !== code) units.set(folded, [...(units.get(folded) ?? [folded]), code]);
    }
  }
  const spellings = new Map([...units].map(([folded, codes]) => [folded, `[${codes.map(hex).join('')}]`]));
  return { spellings, dropped: `[${dropped.map(hex).join('')}]*` };
}

const { spellings, dropped: DROPPED } = buildSpellings();

/** The pattern of a term's surface spellings. */
function surfacePattern(term: string): string {
  const letters: string[] = [];
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    letters.push(spellings.get(code) ?? hex(code));
  }
  return letters.join(DROPPED);
}

/** Recently compiled matchers: a page compiles the same terms for the rerank and the snippets. */
const compiled = new Map<string, RegExp>();
const MAX_COMPILED = 256;

export function compileTerms(terms: Iterable<string>): TermMatcher {
  const wanted = [...new Set(terms)].filter((t) => t !== '');
  if (wanted.length === 0) return null;
  wanted.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const key = wanted.join(' ');
  let matcher = compiled.get(key);
  if (!matcher) {
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    matcher = new RegExp(wanted.map(surfacePattern).join('|'), 'g');
    compiled.set(key, matcher);
  }
  return matcher;
}

const isWordChar = (text: string, i: number): boolean => i >= 0 && i < text.length && WORD_CHAR.test(text[i]);

/** The words of `text` (its first `limit` characters) that hold a term, in order. */
export function findTerms(text: string, matcher: TermMatcher, limit = text.length): TermHit[] {
  if (matcher === null) return [];
  const scanned = text.length > limit ? text.slice(0, limit) : text;
  const hits: TermHit[] = [];
  matcher.lastIndex = 0;
  for (let m = matcher.exec(scanned); m !== null; m = matcher.exec(scanned)) {
    const termEnd = m.index + m[0].length;
    let start = m.index;
    while (isWordChar(scanned, start - 1)) start--;
    let end = termEnd;
    while (isWordChar(scanned, end)) end++;
    matcher.lastIndex = end;
    if (!PROCLITICS.test(normalizeForMatch(scanned.slice(start, m.index)))) continue;
    if (!ENCLITICS.test(normalizeForMatch(scanned.slice(termEnd, end)))) continue;
    hits.push({ start, end, term: normalizeForMatch(m[0]) });
  }
  return hits;
}

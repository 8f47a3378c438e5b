// Finding query terms in raw text without tokenizing it: the text is normalized once with an offset map, one
// regex of the terms (longest first) finds candidates, and a candidate counts when what precedes the term inside
// its word is a proclitic string (و ف ب ل ك س ال …) and what follows is an ending (ات ين ية ها …). Query terms
// are the analyzer's clitic-free stems, so this finds the same words as the index at a fraction of the cost.
// Used for snippets and for the second-stage rerank, which both run for every hit of every query.
import { normalizeWithOffsets } from '../arabic/index.js';

/** Proclitic strings allowed before a term inside a word (normalized): conjunction, preposition, future, article. */
const PROCLITICS = /^(?:[وف]?(?:[بكلس]|لل)?(?:ال)?)$/;
/** Endings allowed after a term inside a word (normalized): nisba, feminine, plural/dual, then a pronoun. */
const ENCLITICS = /^(?:ي?ت?(?:ات|ون|ين|ان|وا|ه|ا)?(?:ها|هم|هما|هن|ه|كم|كما|كن|ك|نا|ني|ي)?)$/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** One occurrence: the whole surface word in original offsets, and the query term it holds. */
export interface TermHit {
  start: number;
  end: number;
  term: string;
}

/** A compiled set of terms; null when there is nothing to look for. */
export type TermMatcher = RegExp | null;

export function compileTerms(terms: Iterable<string>): TermMatcher {
  const wanted = [...new Set(terms)].filter((t) => t !== '');
  if (wanted.length === 0) return null;
  wanted.sort((a, b) => b.length - a.length);
  return new RegExp(wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

const isWordChar = (text: string, i: number): boolean => i >= 0 && i < text.length && WORD_CHAR.test(text[i]);

/** Calls `visit` with the normalized span of every word of `norm` that holds a term, in order. */
function scan(norm: string, matcher: RegExp, visit: (wordStart: number, wordEnd: number, term: string) => void): void {
  matcher.lastIndex = 0;
  for (let m = matcher.exec(norm); m !== null; m = matcher.exec(norm)) {
    let wordStart = m.index;
    while (isWordChar(norm, wordStart - 1)) wordStart--;
    let wordEnd = m.index + m[0].length;
    while (isWordChar(norm, wordEnd)) wordEnd++;
    matcher.lastIndex = wordEnd;
    if (!PROCLITICS.test(norm.slice(wordStart, m.index))) continue;
    if (!ENCLITICS.test(norm.slice(m.index + m[0].length, wordEnd))) continue;
    visit(wordStart, wordEnd, m[0]);
  }
}

/** The words of `text` (its first `limit` characters) that hold a term, in order, in original offsets. */
export function findTerms(text: string, matcher: TermMatcher, limit = text.length): TermHit[] {
  if (matcher === null) return [];
  const { norm, offsets } = normalizeWithOffsets(text.length > limit ? text.slice(0, limit) : text);
  const hits: TermHit[] = [];
  scan(norm, matcher, (wordStart, wordEnd, term) => {
    hits.push({ start: offsets[wordStart], end: endOfWord(text, offsets[wordEnd - 1]), term });
  });
  return hits;
}

/** The same on already normalized text (no offset map: cheaper), as normalized start positions. */
export function findTermsNormalized(norm: string, matcher: TermMatcher): { at: number; term: string }[] {
  if (matcher === null) return [];
  const hits: { at: number; term: string }[] = [];
  scan(norm, matcher, (wordStart, _wordEnd, term) => hits.push({ at: wordStart, term }));
  return hits;
}

/** The end of the original word whose last kept character is at `i` (diacritics and tatweel after it included). */
function endOfWord(text: string, i: number): number {
  let end = i + 1;
  while (isWordChar(text, end)) end++;
  return end;
}

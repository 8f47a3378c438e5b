// Highlighted snippets cut from the original body (never from normalized text): the window with the most
// distinct query terms, matches wrapped in HIGHLIGHT_OPEN … HIGHLIGHT_CLOSE.
//
// Cheap by design (it runs for every hit of every page): no tokenization. The body is normalized once with an
// offset map, one regex of the query terms finds candidate words, and a candidate counts when what precedes the
// term inside its word is a clitic string (و ف ب ل ك س ال …) and what follows an ending (ات ين ية ها …).
import { normalizeWithOffsets } from '../arabic/index.js';

export const HIGHLIGHT_OPEN = '【';
export const HIGHLIGHT_CLOSE = '】';
/** The snippet length, in characters of the original text (about 30 words). */
const WINDOW_CHARS = 200;
/** Only the start of very long bodies is searched for matches. */
const SCAN_CHARS = 20_000;
/** Proclitic strings allowed before a term inside a word (normalized): conjunction, preposition, future, article. */
const PROCLITICS = /^(?:[وف]?(?:[بكلس]|لل)?(?:ال)?)$/;
/** Endings allowed after a term inside a word (normalized): nisba, feminine, plural/dual, then a pronoun. */
const ENCLITICS = /^(?:ي?ت?(?:ات|ون|ين|ان|وا|ه|ا)?(?:ها|هم|هما|هن|ه|كم|كما|كن|ك|نا|ني|ي)?)$/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

export interface QueryTermSets {
  exact: Set<string>;
  light: Set<string>;
}

/** One query-term occurrence: the whole surface word, in original offsets, and which term it matched. */
interface Hit {
  start: number;
  end: number;
  term: string;
}

const matchers = new WeakMap<QueryTermSets, RegExp | null>();

/** One regex of every query term, longest first, built once per query (the term sets object is shared by hits). */
function matcherOf(terms: QueryTermSets): RegExp | null {
  let matcher = matchers.get(terms);
  if (matcher !== undefined) return matcher;
  const wanted = [...new Set([...terms.exact, ...terms.light])].filter((t) => t !== '');
  wanted.sort((a, b) => b.length - a.length);
  const escaped = wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  matcher = escaped.length > 0 ? new RegExp(escaped.join('|'), 'g') : null;
  matchers.set(terms, matcher);
  return matcher;
}

const isWordChar = (text: string, i: number): boolean => i >= 0 && i < text.length && WORD_CHAR.test(text[i]);

/** The query-term words of the text, in order. */
function findHits(body: string, matcher: RegExp): Hit[] {
  const { norm, offsets } = normalizeWithOffsets(body.length > SCAN_CHARS ? body.slice(0, SCAN_CHARS) : body);
  const hits: Hit[] = [];
  matcher.lastIndex = 0;
  for (let m = matcher.exec(norm); m !== null; m = matcher.exec(norm)) {
    let wordStart = m.index;
    while (isWordChar(norm, wordStart - 1)) wordStart--;
    let wordEnd = m.index + m[0].length;
    while (isWordChar(norm, wordEnd)) wordEnd++;
    matcher.lastIndex = wordEnd;
    const after = norm.slice(m.index + m[0].length, wordEnd);
    if (!ENCLITICS.test(after) || !PROCLITICS.test(norm.slice(wordStart, m.index))) continue;
    hits.push({ start: offsets[wordStart], end: endOfWord(body, offsets[wordEnd - 1]), term: m[0] });
  }
  return hits;
}

/** The end of the original word whose last kept character is at `i` (diacritics and tatweel after it included). */
function endOfWord(body: string, i: number): number {
  let end = i + 1;
  while (isWordChar(body, end)) end++;
  return end;
}

/** The start of the window with the most distinct matched terms (the body start or a hit; earliest on ties). */
function bestWindowStart(hits: Hit[]): number {
  let best = 0;
  let bestScore = -1;
  const starts = [0, ...hits.map((h) => h.start)];
  for (const start of starts) {
    const seen = new Set<string>();
    let matches = 0;
    for (const hit of hits) {
      if (hit.start < start) continue;
      if (hit.end > start + WINDOW_CHARS) break;
      seen.add(hit.term);
      matches++;
    }
    const score = seen.size * 100 + matches;
    if (score > bestScore) {
      best = start;
      bestScore = score;
    }
  }
  return best;
}

/** Where the window ends: at the last whitespace before the limit, so no word is cut. */
function windowEnd(body: string, start: number): number {
  const limit = start + WINDOW_CHARS;
  if (limit >= body.length) return body.length;
  const space = body.lastIndexOf(' ', limit);
  return space > start ? space : limit;
}

export function makeSnippet(body: string, terms: QueryTermSets): string {
  const matcher = matcherOf(terms);
  const hits = matcher ? findHits(body, matcher) : [];
  let start = bestWindowStart(hits);
  while (start < body.length && /\s/.test(body[start])) start++;
  const end = windowEnd(body, start);
  let out = start > 0 ? '… ' : '';
  let cursor = start;
  for (const hit of hits) {
    if (hit.start < start) continue;
    if (hit.end > end) break;
    out += body.slice(cursor, hit.start) + HIGHLIGHT_OPEN + body.slice(hit.start, hit.end) + HIGHLIGHT_CLOSE;
    cursor = hit.end;
  }
  out += body.slice(cursor, end);
  if (/[\p{L}\p{N}]/u.test(body.slice(end))) out += ' …';
  return out.replace(/\s+/g, ' ').trim();
}

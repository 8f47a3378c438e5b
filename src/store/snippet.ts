// Highlighted snippets cut from the original body (never from normalized text): the window of words with
// the most distinct query terms, matches wrapped in HIGHLIGHT_OPEN … HIGHLIGHT_CLOSE.
import { normalizeForMatch } from '../arabic/index.js';
import { analyzeText } from './analyzer.js';

export const HIGHLIGHT_OPEN = '【';
export const HIGHLIGHT_CLOSE = '】';
const WINDOW_TOKENS = 30;

export interface QueryTermSets {
  exact: Set<string>;
  light: Set<string>;
}

interface Passage {
  start: number;
  end: number;
}

/**
 * Only the paragraph most likely to hold the query words is analysed: the one whose normalized text contains
 * the most distinct query terms as substrings (a cheap test), so a snippet costs one paragraph, not the body.
 */
function likelyPassage(body: string, terms: QueryTermSets): Passage {
  const wanted = [...new Set([...terms.exact, ...terms.light])];
  let best: Passage = { start: 0, end: Math.min(body.length, 2000) };
  let bestScore = 0;
  const paragraph = /[^\n]+/g;
  for (let m = paragraph.exec(body); m !== null; m = paragraph.exec(body)) {
    const norm = normalizeForMatch(m[0]);
    let score = 0;
    for (const term of wanted) if (norm.includes(term)) score++;
    if (score > bestScore) {
      best = { start: m.index, end: m.index + m[0].length };
      bestScore = score;
    }
  }
  return best;
}

export function makeSnippet(body: string, terms: QueryTermSets): string {
  const passage = likelyPassage(body, terms);
  const text = body.slice(passage.start, passage.end);
  const tokens = analyzeText(text);
  if (tokens.length === 0) return '';
  const hits = tokens.map((t) => (terms.exact.has(t.term) ? t.term : terms.light.has(t.light) ? t.light : ''));
  const first = bestWindowStart(hits);
  const last = Math.min(tokens.length, first + WINDOW_TOKENS) - 1;
  let out = first > 0 || passage.start > 0 ? '… ' : '';
  let cursor = tokens[first].start;
  for (let i = first; i <= last; i++) {
    if (hits[i] === '') continue;
    out += text.slice(cursor, tokens[i].start) + HIGHLIGHT_OPEN + text.slice(tokens[i].start, tokens[i].end);
    out += HIGHLIGHT_CLOSE;
    cursor = tokens[i].end;
  }
  out += text.slice(cursor, tokens[last].end);
  if (/[\p{L}\p{N}]/u.test(body.slice(passage.start + tokens[last].end))) out += ' …';
  return out.replace(/\s+/g, ' ');
}

/** The start of the window with the most distinct matched terms (earliest on ties). */
function bestWindowStart(hits: string[]): number {
  let best = 0;
  let bestScore = -1;
  for (let start = 0; start < hits.length; start++) {
    if (start > 0 && hits[start] === '') continue;
    const seen = new Set<string>();
    let matches = 0;
    for (let i = start; i < Math.min(hits.length, start + WINDOW_TOKENS); i++) {
      if (hits[i] === '') continue;
      seen.add(hits[i]);
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

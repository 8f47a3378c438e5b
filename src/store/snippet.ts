// Highlighted snippets cut from the original body (never from normalized text): the window of words with
// the most distinct query terms, matches wrapped in HIGHLIGHT_OPEN … HIGHLIGHT_CLOSE.
import { analyzeText } from './analyzer.js';

export const HIGHLIGHT_OPEN = '【';
export const HIGHLIGHT_CLOSE = '】';
const WINDOW_TOKENS = 30;
/** Snippets look at the start of long bodies only, to keep search latency flat. */
const SCAN_CHARS = 20_000;

export interface QueryTermSets {
  exact: Set<string>;
  light: Set<string>;
}

export function makeSnippet(body: string, terms: QueryTermSets): string {
  const text = body.length > SCAN_CHARS ? body.slice(0, SCAN_CHARS) : body;
  const tokens = analyzeText(text);
  if (tokens.length === 0) return '';
  const hits = tokens.map((t) => (terms.exact.has(t.term) ? t.term : terms.light.has(t.light) ? t.light : ''));
  const first = bestWindowStart(hits);
  const last = Math.min(tokens.length, first + WINDOW_TOKENS) - 1;
  let out = first > 0 ? '… ' : '';
  let cursor = tokens[first].start;
  for (let i = first; i <= last; i++) {
    if (hits[i] === '') continue;
    out += text.slice(cursor, tokens[i].start) + HIGHLIGHT_OPEN + text.slice(tokens[i].start, tokens[i].end);
    out += HIGHLIGHT_CLOSE;
    cursor = tokens[i].end;
  }
  out += text.slice(cursor, tokens[last].end);
  if (tokens[last].end < body.length) out += ' …';
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

// Highlighted snippets cut from the original body (never from normalized text): the window with the most
// distinct query terms, matches wrapped in HIGHLIGHT_OPEN … HIGHLIGHT_CLOSE.
//
// Cheap by design (it runs for every hit of every page): no tokenization, see term-match.ts.
import { compileTerms, findTerms, type TermHit } from './term-match.js';

export const HIGHLIGHT_OPEN = '【';
export const HIGHLIGHT_CLOSE = '】';
/** The snippet length, in characters of the original text (about 30 words). */
const WINDOW_CHARS = 200;
/** Only the start of very long bodies is searched for matches. */
const SCAN_CHARS = 20_000;

export interface QueryTermSets {
  exact: Set<string>;
  light: Set<string>;
}

/** The start of the window with the most distinct matched terms (the body start or a hit; earliest on ties). */
function bestWindowStart(hits: TermHit[]): number {
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
  const hits = findTerms(body, compileTerms([...terms.exact, ...terms.light]), SCAN_CHARS);
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

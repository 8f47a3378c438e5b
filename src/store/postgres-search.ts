// Arabic search in PostgreSQL with the SAME analyzer as the SQLite index (analyzer.ts) and the same query syntax
// (query.ts). Marsad builds the tsvector and the tsquery itself, as literals: PostgreSQL's text parser would
// split terms such as "covid-19" or "3.5" differently from Marsad's tokenizer, so no text ever goes through
// to_tsvector / to_tsquery ('simple' semantics: terms are stored exactly as the analyzer wrote them).
//
// One tsvector per article holds the six FTS5 columns, told apart by weight label and by a prefix:
//   exact terms  title → A, lead → B, body → C
//   light stems  title → C, lead and body → D, each written "~stem" so they never meet an exact term
// which maps FTS5's bm25 column weights [2, 1, 1, 1, 0.5, 0.5] onto PostgreSQL's four labels exactly.
// Fields are laid out one after the other with a one-position gap, so a phrase never spans two fields.
import { MarsadError } from '../doc/errors.js';
import type { IndexedArticle } from './analyzer.js';
import type { MatchOptions, ParsedQuery } from './query.js';

/** PostgreSQL keeps positions up to 16383 and at most 256 positions per lexeme. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;
const LIGHT_PREFIX = '~';

type Label = 'A' | 'B' | 'C' | 'D';

/** ts_rank weights {D, C, B, A} for the labels above (PostgreSQL wants them in [0, 1]). */
export const TS_RANK_WEIGHTS = [0.25, 0.5, 0.5, 1];

/** A tsvector literal quoting of one lexeme or query term. */
export function quoteLexeme(term: string): string {
  return `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The tsvector literal of an article's index terms. */
export function searchDocument(index: IndexedArticle): string {
  const fields: [string, Label, string][] = [
    [index.title, 'A', ''],
    [index.lead, 'B', ''],
    [index.body, 'C', ''],
    [index.titleLight, 'C', LIGHT_PREFIX],
    [index.leadLight, 'D', LIGHT_PREFIX],
    [index.bodyLight, 'D', LIGHT_PREFIX],
  ];
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [text, label, prefix] of fields) {
    for (const term of text.split(' ')) {
      if (term === '') continue;
      position = Math.min(position + 1, MAX_POSITION);
      const lexeme = prefix + term;
      const list = positions.get(lexeme) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${label}`);
      positions.set(lexeme, list);
    }
    position = Math.min(position + 1, MAX_POSITION); // the gap between fields
  }
  return [...positions].map(([lexeme, list]) => `${quoteLexeme(lexeme)}:${list.join(',')}`).join(' ');
}

type Unit = ParsedQuery['groups'][number][number];

function phrase(terms: string[]): string {
  const parts = terms.map(quoteLexeme);
  return parts.length === 1 ? parts[0] : `(${parts.join(' <-> ')})`;
}

function unitQuery(unit: Unit, light: boolean): string {
  const exact = phrase(unit.tokens.map((t) => t.term));
  if (!light || unit.quoted || unit.tokens.length > 1) return exact;
  return `(${exact} | ${quoteLexeme(LIGHT_PREFIX + unit.tokens[0].light)})`;
}

function groupQuery(group: Unit[], light: boolean): string {
  const parts = group.map((unit) => unitQuery(unit, light));
  return parts.length === 1 ? parts[0] : `(${parts.join(' | ')})`;
}

/** Side-by-side pairs of consecutive single words, a ranking bonus in 'any' mode (as adjacentPairs in query.ts). */
function adjacentPairs(groups: Unit[][]): string[] {
  const single = (group: Unit[]) =>
    group.length === 1 && !group[0].quoted && group[0].tokens.length === 1 ? group[0].tokens[0].term : null;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < groups.length; i++) {
    const [a, b] = [single(groups[i]), single(groups[i + 1])];
    if (a && b) pairs.push(phrase([a, b]));
  }
  return pairs;
}

/** The tsquery literal of a parsed query: the same logic as toMatchExpression for FTS5. */
export function toTsQuery(parsed: ParsedQuery, options: MatchOptions = {}): string {
  const light = options.light ?? true;
  if (parsed.groups.length === 0) {
    const why = parsed.excluded.length > 0 ? 'only excludes words' : 'has no searchable words';
    throw new MarsadError(`the query ${why}; give at least one word to find`, 'usage', 2);
  }
  const any = options.mode === 'any';
  const clauses = parsed.groups.map((group) => groupQuery(group, light));
  if (any && (options.proximity ?? true)) clauses.push(...adjacentPairs(parsed.groups));
  const positive = clauses.join(any ? ' | ' : ' & ');
  if (parsed.excluded.length === 0) return positive;
  const negative = parsed.excluded.map((unit) => unitQuery(unit, false)).join(' | ');
  return `(${positive}) & !(${negative})`;
}

// The user's search syntax and its translation into an FTS5 MATCH expression.
//
//   word word        both words (default; mode 'any' ORs them, for ranking a long query such as a headline)
//   "exact phrase"   the words in this order (still tolerant of clitics, diacritics and spelling variants)
//   a OR b           either
//   -word, -"a b"    exclude
//
// Every term reaching SQLite comes out of the analyzer and is written as a quoted FTS5 string, so FTS5
// operators typed by a user (NEAR(, *, :, ^, parentheses, stray quotes) are plain text, never syntax.
import { MarsadError } from '../doc/errors.js';
import { type AnalyzedToken, analyzeText } from './analyzer.js';

/** One thing to match: a single word, or a phrase of several. */
interface Unit {
  tokens: AnalyzedToken[];
  quoted: boolean;
}

export interface ParsedQuery {
  /** Each inner array is a set of alternatives (OR); the groups are combined by the mode. */
  groups: Unit[][];
  excluded: Unit[];
}

export interface MatchOptions {
  /** 'all': every group must match (the CLI default); 'any': any group (ranked by bm25). */
  mode?: 'all' | 'any';
  /** Also match single words on the light-stem fields (plural/feminine/nisba folded). */
  light?: boolean;
  /** In 'any' mode, also score adjacent query words found side by side (default true). */
  proximity?: boolean;
  /**
   * In 'any' mode, words found in more than this share of the articles are only matched in the title and lead:
   * over the whole body they make FTS5 score most of the corpus for little gain. Needs documentFrequency.
   */
  maxDocumentShare?: number;
  /** How many articles hold a term (any field), and how many articles there are. */
  documentFrequency?: (term: string) => number;
  documents?: number;
}

export const DEFAULT_MAX_DOCUMENT_SHARE = 0.25;

interface RawPart {
  text: string;
  quoted: boolean;
  negated: boolean;
  isOr: boolean;
}

/** Splits the query into words, quoted phrases, exclusions and OR operators. An unclosed quote runs to the end. */
function scanQuery(query: string): RawPart[] {
  const parts: RawPart[] = [];
  let i = 0;
  while (i < query.length) {
    while (i < query.length && /\s/.test(query[i])) i++;
    if (i >= query.length) break;
    let negated = false;
    if (query[i] === '-' && i + 1 < query.length && !/\s/.test(query[i + 1])) {
      negated = true;
      i++;
    }
    if (query[i] === '"') {
      const close = query.indexOf('"', i + 1);
      const end = close < 0 ? query.length : close;
      parts.push({ text: query.slice(i + 1, end), quoted: true, negated, isOr: false });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < query.length && !/\s/.test(query[end]) && query[end] !== '"') end++;
    const text = query.slice(i, end);
    parts.push({ text, quoted: false, negated, isOr: !negated && text === 'OR' });
    i = end;
  }
  return parts;
}

export function parseQuery(query: string): ParsedQuery {
  const groups: Unit[][] = [];
  const excluded: Unit[] = [];
  let joinNext = false;
  for (const part of scanQuery(query)) {
    if (part.isOr) {
      joinNext = groups.length > 0;
      continue;
    }
    const tokens = analyzeText(part.text);
    if (tokens.length === 0) continue;
    const unit: Unit = { tokens, quoted: part.quoted };
    if (part.negated) excluded.push(unit);
    else if (joinNext) groups[groups.length - 1].push(unit);
    else groups.push([unit]);
    joinNext = false;
  }
  return { groups, excluded };
}

function ftsString(terms: string[]): string {
  return `"${terms.join(' ').replaceAll('"', '""')}"`;
}

function unitExpression(unit: Unit, light: boolean): string {
  const exact = `{title lead body} : ${ftsString(unit.tokens.map((t) => t.term))}`;
  if (!light || unit.quoted || unit.tokens.length > 1) return exact;
  return `(${exact} OR {title_light lead_light body_light} : ${ftsString([unit.tokens[0].light])})`;
}

function groupExpression(group: Unit[], light: boolean): string {
  const parts = group.map((unit) => unitExpression(unit, light));
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

/** The FTS5 MATCH expression of a parsed query; throws a MarsadError when nothing searchable is left. */
export function toMatchExpression(parsed: ParsedQuery, options: MatchOptions = {}): string {
  const light = options.light ?? true;
  if (parsed.groups.length === 0) {
    const why = parsed.excluded.length > 0 ? 'only excludes words' : 'has no searchable words';
    throw new MarsadError(`the query ${why}; give at least one word to find`, 'usage', 2);
  }
  const any = options.mode === 'any';
  const common = any ? commonGroups(parsed.groups, options) : new Set<number>();
  const clauses = parsed.groups.map((group, i) =>
    common.has(i) ? `{title lead} : ${ftsString([singleTerm(group) ?? ''])}` : groupExpression(group, light),
  );
  if (any && (options.proximity ?? true)) clauses.push(...adjacentPairs(parsed.groups, common));
  const positive = clauses.join(any ? ' OR ' : ' AND ');
  if (parsed.excluded.length === 0) return positive;
  const negative = parsed.excluded.map((unit) => unitExpression(unit, false)).join(' OR ');
  return `(${positive}) NOT (${negative})`;
}

function singleTerm(group: Unit[]): string | null {
  return group.length === 1 && !group[0].quoted && group[0].tokens.length === 1 ? group[0].tokens[0].term : null;
}

/** Indexes of single-word groups too common to match over whole bodies; the rarest group is always kept. */
function commonGroups(groups: Unit[][], options: MatchOptions): Set<number> {
  const common = new Set<number>();
  const { documentFrequency, documents } = options;
  if (!documentFrequency || !documents) return common;
  const limit = (options.maxDocumentShare ?? DEFAULT_MAX_DOCUMENT_SHARE) * documents;
  let rarest = -1;
  let rarestCount = Number.POSITIVE_INFINITY;
  groups.forEach((group, i) => {
    const term = singleTerm(group);
    if (term === null) return;
    const count = documentFrequency(term);
    if (count > limit) common.add(i);
    if (count < rarestCount) [rarest, rarestCount] = [i, count];
  });
  if (common.size === groups.length) common.delete(rarest);
  return common;
}

/** Phrases of two consecutive single words: a ranking bonus for text that has them side by side. */
function adjacentPairs(groups: Unit[][], common: Set<number>): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < groups.length; i++) {
    if (common.has(i) || common.has(i + 1)) continue;
    const [a, b] = [singleTerm(groups[i]), singleTerm(groups[i + 1])];
    if (a && b) pairs.push(`{title lead body} : ${ftsString([a, b])}`);
  }
  return pairs;
}

/** Every term a query looks for (for highlighting), exact and light. */
export function queryTerms(parsed: ParsedQuery): { exact: Set<string>; light: Set<string> } {
  const exact = new Set<string>();
  const light = new Set<string>();
  for (const group of parsed.groups) {
    for (const unit of group) {
      for (const token of unit.tokens) {
        exact.add(token.term);
        if (!unit.quoted) light.add(token.light);
      }
    }
  }
  return { exact, light };
}

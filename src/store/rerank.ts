// Second-stage ranking of the best bm25 candidates. bm25 rewards repeating a word; a reader looking for a story
// expects the article that has MOST of the query's words, and has them in its opening lines (news is written as
// an inverted pyramid). So each candidate gains, for every distinct query word it contains, that word's idf,
// and more again when the word is in the lead. Tuned on the dev half of eval:search.
import type Database from 'better-sqlite3';
import { normalizeForMatch } from '../arabic/index.js';
import type { ParsedQuery } from './query.js';

/** How many bm25 candidates are reordered. */
export const RERANK_DEPTH = 40;
const COVERAGE_WEIGHT = 2;
const LEAD_WEIGHT = 6;
/** The lead: the first characters of the body (about 30 words). */
export const LEAD_CHARS = 200;
/** Words in more than this share of the articles add nothing (their idf is near zero) and are slow to check. */
const MAX_DOCUMENT_SHARE = 0.25;

export interface Candidate {
  rowid: number;
  /** bm25 as FTS5 gives it (lower is better). */
  rank: number;
  head: string;
}

interface QueryWord {
  term: string;
  light: string;
  idf: number;
}

function queryWords(parsed: ParsedQuery, df: (term: string) => number, documents: number): QueryWord[] {
  const words = new Map<string, QueryWord>();
  for (const group of parsed.groups) {
    for (const unit of group) {
      for (const token of unit.tokens) {
        const n = df(token.term);
        if (words.has(token.term) || n > MAX_DOCUMENT_SHARE * documents) continue;
        const idf = Math.log((documents - n + 0.5) / (n + 0.5));
        if (idf > 0) words.set(token.term, { term: token.term, light: token.light, idf });
      }
    }
  }
  return [...words.values()];
}

/** Which candidates hold each word anywhere (title or body, exact or light), asked of the full-text index. */
function coverage(db: Database.Database, words: QueryWord[], rowids: number[]): Map<number, number> {
  const covered = new Map<number, number>();
  const inList = rowids.join(',');
  const statement = db.prepare(`SELECT rowid FROM search WHERE search MATCH ? AND rowid IN (${inList})`);
  for (const word of words) {
    const match = `{title body} : "${word.term}" OR {title_light body_light} : "${word.light}"`;
    for (const row of statement.all(match) as { rowid: number }[]) {
      covered.set(row.rowid, (covered.get(row.rowid) ?? 0) + word.idf);
    }
  }
  return covered;
}

/**
 * The lead is tested by substring on its normalized text, not tokenized: it is 20× faster and, as query terms
 * are clitic-free stems, a stem found inside a longer word (بالانتخابات for انتخاب) is mostly a true match.
 */
function leadCoverage(head: string, words: QueryWord[]): number {
  const lead = normalizeForMatch(head);
  let score = 0;
  for (const word of words) if (lead.includes(word.term) || lead.includes(word.light)) score += word.idf;
  return score;
}

/** The candidates best first, each with its final score (higher is better). */
export function rerank(
  db: Database.Database,
  parsed: ParsedQuery,
  candidates: Candidate[],
  stats: { df: (term: string) => number; documents: number },
): { rowid: number; score: number }[] {
  if (candidates.length === 0) return [];
  const words = queryWords(parsed, stats.df, stats.documents);
  const covered = coverage(
    db,
    words,
    candidates.map((c) => c.rowid),
  );
  return candidates
    .map((c) => ({
      rowid: c.rowid,
      score: -c.rank + COVERAGE_WEIGHT * (covered.get(c.rowid) ?? 0) + LEAD_WEIGHT * leadCoverage(c.head, words),
    }))
    .sort((a, b) => b.score - a.score);
}

// Second-stage ranking of the best bm25 candidates. bm25 rewards repeating a word; a reader looking for a story
// expects the article that has MOST of the query's words, and has them in its opening lines (news is written as
// an inverted pyramid). So each candidate gains, for every distinct query word it contains, that word's idf,
// more when the word is in the lead, and more the earlier the word first appears (a linear decay over the
// first EARLY_CHARS characters). Weights tuned on the dev half of eval:search.
//
// The words are found in the candidates' text with the term matcher (term-match.ts), not by asking the
// full-text index once per word: one read of the candidate rows and a regex scan cost a few milliseconds.
import type Database from 'better-sqlite3';
import type { ParsedQuery } from './query.js';
import { compileTerms, findTerms } from './term-match.js';

/** How many bm25 candidates are reordered. */
export const RERANK_DEPTH = 40;
const COVERAGE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const EARLY_WEIGHT = 6;
/** How far into the body an early first appearance still earns something (about 60 words). */
const EARLY_CHARS = 400;
/** The lead: the first characters of the body (about 30 words). */
export const LEAD_CHARS = 200;
/** Words in more than this share of the articles add nothing (their idf is near zero) and are slow to check. */
const MAX_DOCUMENT_SHARE = 0.25;
/** Only the start of very long bodies is scanned for the query words (in UTF-8 bytes: about 20,000 letters). */
const SCAN_BYTES = 40_000;
/** Enough bytes for EARLY_CHARS characters of Arabic (two bytes a letter in UTF-8). */
const EARLY_BYTES = 2 * EARLY_CHARS;
/**
 * Bodies are read as bytes and decoded here: better-sqlite3's own text conversion is several times slower on
 * Arabic. A prefix cut inside a character decodes to U+FFFD at the very end, which matches nothing.
 */
const utf8 = new TextDecoder();

export interface Candidate {
  rowid: number;
  /** bm25 as FTS5 gives it (lower is better). */
  rank: number;
}

export interface QueryWord {
  term: string;
  light: string;
  idf: number;
}

/** The query's distinct words worth checking, with their idf; frequent words are left out. */
export function queryWords(parsed: ParsedQuery, df: (term: string) => number, documents: number): QueryWord[] {
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

/** What a candidate holds (idf sums of distinct query words): anywhere, in the lead, and weighted by earliness. */
interface Evidence {
  coverage: number;
  lead: number;
  early: number;
}

const NO_EVIDENCE: Evidence = { coverage: 0, lead: 0, early: 0 };

const statements = new WeakMap<Database.Database, Database.Statement>();

/** The candidates' titles and body openings, as bytes; prepared once per database. */
function candidateText(db: Database.Database): Database.Statement {
  let statement = statements.get(db);
  if (!statement) {
    statement = db.prepare(
      `SELECT rowid, CAST(title AS BLOB) AS title, substr(CAST(body AS BLOB), 1, ?) AS body
       FROM articles WHERE rowid IN (SELECT value FROM json_each(?))`,
    );
    statements.set(db, statement);
  }
  return statement;
}

/** A candidate's title and the opening of its body (as much as the scan needs). */
export interface CandidateText {
  rowid: number;
  title: string;
  body: string;
}

/** Finds the query words in the candidates' titles and bodies. */
function evidence(words: QueryWord[], texts: Iterable<CandidateText>): Map<number, Evidence> {
  const wordOf = new Map<string, QueryWord>();
  for (const word of words) for (const term of [word.term, word.light]) if (!wordOf.has(term)) wordOf.set(term, word);
  const matcher = compileTerms(wordOf.keys());
  const out = new Map<number, Evidence>();
  for (const text of texts) {
    const anywhere = new Set<QueryWord>();
    for (const hit of findTerms(text.title, matcher)) anywhere.add(wordOf.get(hit.term) as QueryWord);
    const firstAt = new Map<QueryWord, number>();
    for (const hit of findTerms(text.body, matcher)) {
      const word = wordOf.get(hit.term) as QueryWord;
      anywhere.add(word);
      if (!firstAt.has(word)) firstAt.set(word, hit.start);
    }
    let lead = 0;
    let early = 0;
    for (const [word, at] of firstAt) {
      if (at < LEAD_CHARS) lead += word.idf;
      early += word.idf * Math.max(0, 1 - at / EARLY_CHARS);
    }
    out.set(text.rowid, { coverage: idfSum(anywhere), lead, early });
  }
  return out;
}

/** The SQLite candidates' texts, read as bytes and decoded here. */
function* sqliteTexts(db: Database.Database, rowids: number[], scanBytes: number): Generator<CandidateText> {
  const rows = candidateText(db).all(scanBytes, JSON.stringify(rowids)) as {
    rowid: number;
    title: Buffer;
    body: Buffer;
  }[];
  for (const row of rows) yield { rowid: row.rowid, title: utf8.decode(row.title), body: utf8.decode(row.body) };
}

function isOneWord(parsed: ParsedQuery): boolean {
  return parsed.groups.length === 1 && parsed.groups[0].length === 1 && parsed.groups[0][0].tokens.length === 1;
}

function idfSum(words: Set<QueryWord>): number {
  let sum = 0;
  for (const word of words) sum += word.idf;
  return sum;
}

/**
 * How much of each candidate's body the rerank reads (in UTF-8 bytes). Every candidate of a one-word query holds
 * that word (the index matched it): coverage cannot tell them apart, so only the opening is read, for the lead and
 * earliness.
 */
export function scanBytesFor(parsed: ParsedQuery): number {
  return isOneWord(parsed) ? EARLY_BYTES : SCAN_BYTES;
}

/**
 * Orders candidates by their first-stage score (`base`, higher is better) plus the evidence of the query words
 * in their texts; candidates without a text keep their base score.
 */
export function rankByEvidence(
  words: QueryWord[],
  candidates: { rowid: number; base: number }[],
  texts: Iterable<CandidateText>,
): { rowid: number; score: number }[] {
  const found = evidence(words, texts);
  return candidates
    .map((c) => {
      const e = found.get(c.rowid) ?? NO_EVIDENCE;
      const score = c.base + COVERAGE_WEIGHT * e.coverage + LEAD_WEIGHT * e.lead + EARLY_WEIGHT * e.early;
      return { rowid: c.rowid, score };
    })
    .sort((a, b) => b.score - a.score);
}

/** The SQLite candidates best first, each with its final score (higher is better). */
export function rerank(
  db: Database.Database,
  parsed: ParsedQuery,
  candidates: Candidate[],
  stats: { df: (term: string) => number; documents: number },
): { rowid: number; score: number }[] {
  if (candidates.length === 0) return [];
  const words = queryWords(parsed, stats.df, stats.documents);
  const scored = candidates.map((c) => ({ rowid: c.rowid, base: -c.rank }));
  if (words.length === 0) return scored.map((c) => ({ rowid: c.rowid, score: c.base }));
  const rowids = candidates.map((c) => c.rowid);
  return rankByEvidence(words, scored, sqliteTexts(db, rowids, scanBytesFor(parsed)));
}

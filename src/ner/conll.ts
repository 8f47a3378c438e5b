// CoNLL-style NER data (`token TAG` per line, blank line between sentences) and conlleval-style scoring.
import { readFileSync } from 'node:fs';
import { MarsadError } from '../doc/errors.js';
import { ENTITY_TYPES, LABELS } from './labels.js';
import { seededRandom } from './random.js';

export interface TaggedSentence {
  words: string[];
  tags: string[];
}

const KNOWN_TAGS = new Set(LABELS);

/** Parses CoNLL text; `source` names the input in error messages. */
export function parseConll(text: string, source = 'input'): TaggedSentence[] {
  const sentences: TaggedSentence[] = [];
  let current: TaggedSentence = { words: [], tags: [] };
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (current.words.length > 0) sentences.push(current);
      current = { words: [], tags: [] };
      return;
    }
    const cut = line.lastIndexOf(' ');
    const tag = cut > 0 ? line.slice(cut + 1) : '';
    if (!KNOWN_TAGS.has(tag))
      throw new MarsadError(`${source}:${i + 1}: expected "token TAG" with an IOB2 tag, got "${line}"`);
    current.words.push(line.slice(0, cut));
    current.tags.push(tag);
  });
  if (current.words.length > 0) sentences.push(current);
  return sentences;
}

export function readConll(path: string): TaggedSentence[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new MarsadError(`cannot read ${path}`);
  }
  const sentences = parseConll(text, path);
  if (sentences.length === 0) throw new MarsadError(`${path}: no sentences`);
  return sentences;
}

export interface Chunk {
  type: string;
  start: number;
  /** Exclusive. */
  end: number;
}

/** Entity chunks with conlleval semantics: an I-X that does not continue an X chunk starts a new one. */
export function chunksOf(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const type = tag.slice(2);
    const continues = prefix === 'I' && open !== null && open.type === type;
    if (continues && open) {
      open.end = i + 1;
      return;
    }
    open = prefix === 'B' || prefix === 'I' ? { type, start: i, end: i + 1 } : null;
    if (open) chunks.push(open);
  });
  return chunks;
}

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Score {
  byType: Map<string, Counts>;
  micro: Counts;
  /** (gold type or O) → (predicted type or O) → count, over gold and predicted chunks that were not exact matches. */
  confusion: Map<string, Map<string, number>>;
}

export function emptyScore(): Score {
  const byType = new Map<string, Counts>(ENTITY_TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]));
  return { byType, micro: { gold: 0, predicted: 0, correct: 0 }, confusion: new Map() };
}

/** Adds one sentence's gold and predicted tags to the score; returns the sentence's own micro counts (for resampling). */
export function addToScore(score: Score, gold: readonly string[], predicted: readonly string[]): Counts {
  const goldChunks = chunksOf(gold);
  const predChunks = chunksOf(predicted);
  const sentence: Counts = { gold: goldChunks.length, predicted: predChunks.length, correct: 0 };
  const key = (c: Chunk) => `${c.start}:${c.end}`;
  const predByKey = new Map(predChunks.map((c) => [key(c), c]));
  const goldByKey = new Map(goldChunks.map((c) => [key(c), c]));
  for (const c of goldChunks) {
    counts(score, c.type).gold++;
    score.micro.gold++;
    const p = predByKey.get(key(c));
    if (p && p.type === c.type) {
      counts(score, c.type).correct++;
      score.micro.correct++;
      sentence.correct++;
    } else {
      confuse(score, c.type, p ? p.type : overlapping(predChunks, c) ? 'boundary' : 'O');
    }
  }
  for (const c of predChunks) {
    counts(score, c.type).predicted++;
    score.micro.predicted++;
    if (!goldByKey.has(key(c)) && !overlapping(goldChunks, c)) confuse(score, 'O', c.type);
  }
  return sentence;
}

function overlapping(chunks: Chunk[], c: Chunk): boolean {
  return chunks.some((o) => o.start < c.end && c.start < o.end);
}

function counts(score: Score, type: string): Counts {
  let c = score.byType.get(type);
  if (!c) {
    c = { gold: 0, predicted: 0, correct: 0 };
    score.byType.set(type, c);
  }
  return c;
}

function confuse(score: Score, gold: string, predicted: string): void {
  let row = score.confusion.get(gold);
  if (!row) {
    row = new Map();
    score.confusion.set(gold, row);
  }
  row.set(predicted, (row.get(predicted) ?? 0) + 1);
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.predicted === 0 ? 0 : c.correct / c.predicted;
  const r = c.gold === 0 ? 0 : c.correct / c.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export interface Interval {
  low: number;
  high: number;
  /** How many units (sentences, or articles) were resampled. */
  sentences: number;
}

/** 95% percentile-bootstrap intervals of micro precision, recall and F1. */
export interface PrfIntervals {
  p: Interval;
  r: Interval;
  f1: Interval;
}

/**
 * The 95% percentile-bootstrap intervals of micro precision, recall and F1 over units (sentences, or whole articles
 * when the sentences of one article are not independent): how far the figures of this gold set would move on another
 * sample of as many units of the same kind of text. Two systems whose figures differ by much less than an interval's
 * half-width are not told apart by this gold set. Deterministic for a given seed.
 */
export function bootstrapPrf(units: readonly Counts[], rounds = 1000, seed = 1): PrfIntervals {
  const random = seededRandom(seed);
  const samples = { p: new Float64Array(rounds), r: new Float64Array(rounds), f1: new Float64Array(rounds) };
  for (let round = 0; round < rounds; round++) {
    const sum: Counts = { gold: 0, predicted: 0, correct: 0 };
    for (let i = 0; i < units.length; i++) {
      const s = units[Math.floor(random() * units.length)];
      sum.gold += s.gold;
      sum.predicted += s.predicted;
      sum.correct += s.correct;
    }
    const { p, r, f1 } = prf(sum);
    samples.p[round] = p;
    samples.r[round] = r;
    samples.f1[round] = f1;
  }
  const interval = (values: Float64Array): Interval => {
    values.sort();
    return {
      low: values[Math.floor(0.025 * rounds)],
      high: values[Math.ceil(0.975 * rounds) - 1],
      sentences: units.length,
    };
  };
  return { p: interval(samples.p), r: interval(samples.r), f1: interval(samples.f1) };
}

/** The 95% percentile-bootstrap interval of micro F1 over sentences (see bootstrapPrf). */
export function bootstrapF1(sentences: readonly Counts[], rounds = 1000, seed = 1): Interval {
  return bootstrapPrf(sentences, rounds, seed).f1;
}

/**
 * The report `marsad eval ner` prints: per type, a confusion summary, the bootstrap interval when given, and the
 * contract's last line.
 */
export function formatScore(score: Score, interval?: Interval): string {
  const lines: string[] = [];
  for (const [type, c] of score.byType) {
    const { p, r, f1 } = prf(c);
    lines.push(
      `${type.padEnd(5)} P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${f1.toFixed(4)}  (gold ${c.gold}, predicted ${c.predicted}, correct ${c.correct})`,
    );
  }
  const errors = [...score.confusion].flatMap(([gold, row]) => [...row].map(([pred, n]) => ({ gold, pred, n })));
  errors.sort((a, b) => b.n - a.n);
  lines.push('errors (gold → predicted; O = missed/spurious, boundary = overlapping span):');
  lines.push(`  ${errors.map((e) => `${e.gold}→${e.pred} ${e.n}`).join(', ') || 'none'}`);
  if (interval)
    lines.push(
      `95% bootstrap interval of micro F1 over ${interval.sentences} sentences: ${interval.low.toFixed(4)}–${interval.high.toFixed(4)}`,
    );
  const { p, r, f1 } = prf(score.micro);
  lines.push(`micro P=${p.toFixed(4)} R=${r.toFixed(4)} F1=${f1.toFixed(4)}`);
  return lines.join('\n');
}

/**
 * The fixed dev split of a training file: the last 10% of sentences are dev (reported, never tuned on), the
 * rest trains. Within the rest, the last ninth ("tune", 10% of the file) is where features and epochs are chosen.
 */
export function splitCorpus(sentences: readonly TaggedSentence[]): {
  train: TaggedSentence[];
  dev: TaggedSentence[];
  fit: TaggedSentence[];
  tune: TaggedSentence[];
} {
  const devStart = sentences.length - Math.floor(sentences.length / 10);
  const tuneStart = devStart - Math.floor(sentences.length / 10);
  return {
    train: sentences.slice(0, devStart),
    dev: sentences.slice(devStart),
    fit: sentences.slice(0, tuneStart),
    tune: sentences.slice(tuneStart, devStart),
  };
}

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addToScore, bootstrapF1, bootstrapPrf, type Counts, emptyScore, prf } from '../../src/ner/conll.js';

test('a sentence is counted by exact spans, as the corpus score counts it', () => {
  // Gold: one person and one place; predicted: the person right, the place one token short, one spurious ORG.
  const score = emptyScore();
  const counts = addToScore(
    score,
    ['B-PERS', 'I-PERS', 'O', 'B-LOC', 'I-LOC', 'O'],
    ['B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG'],
  );
  assert.deepEqual(counts, { gold: 2, predicted: 3, correct: 1 });
  assert.deepEqual(score.micro, counts);
});

test('the bootstrap interval holds the F1, narrows with more sentences, and is deterministic', () => {
  // A tagger right on 4 sentences in 5 (one entity each), with one spurious entity in every tenth sentence.
  const corpus = (n: number): Counts[] =>
    Array.from({ length: n }, (_, i) => ({ gold: 1, predicted: i % 10 === 0 ? 2 : 1, correct: i % 5 === 0 ? 0 : 1 }));
  const f1 = (sentences: Counts[]) =>
    prf(
      sentences.reduce((a, s) => ({
        gold: a.gold + s.gold,
        predicted: a.predicted + s.predicted,
        correct: a.correct + s.correct,
      })),
    ).f1;
  const small = corpus(100);
  const large = corpus(2000);
  const a = bootstrapF1(small);
  const b = bootstrapF1(large);
  assert.ok(a.low < f1(small) && f1(small) < a.high, JSON.stringify(a));
  assert.ok(b.low < f1(large) && f1(large) < b.high, JSON.stringify(b));
  // The width shrinks about as 1/sqrt(n): 20 times the sentences, roughly a fifth of the width.
  const ratio = (b.high - b.low) / (a.high - a.low);
  assert.ok(ratio > 0.12 && ratio < 0.4, `ratio ${ratio}`);
  assert.deepEqual(bootstrapF1(small), a);
  assert.equal(a.sentences, 100);
  // All sentences alike: nothing to resample, the interval is the point.
  const same = bootstrapF1(Array.from({ length: 50 }, () => ({ gold: 2, predicted: 2, correct: 1 })));
  assert.equal(same.low, 0.5);
  assert.equal(same.high, 0.5);
});

test('precision and recall get intervals of their own: a coder that never errs but misses varies only in recall', () => {
  // Articles (the units the event and linking evaluations resample) with 0–3 gold events, half of them found, none
  // invented: precision is 1 in every resample, recall moves around its point estimate.
  const articles: Counts[] = Array.from({ length: 60 }, (_, i) => ({
    gold: i % 4,
    predicted: Math.floor((i % 4) / 2) + (i % 3 === 0 ? 1 : 0),
    correct: Math.floor((i % 4) / 2) + (i % 3 === 0 ? 1 : 0),
  })).map((a) => ({ ...a, predicted: Math.min(a.predicted, a.gold), correct: Math.min(a.correct, a.gold) }));
  const { p, r, f1 } = bootstrapPrf(articles);
  assert.equal(p.low, 1);
  assert.equal(p.high, 1);
  const total = articles.reduce((a, s) => ({
    gold: a.gold + s.gold,
    predicted: a.predicted + s.predicted,
    correct: a.correct + s.correct,
  }));
  const point = prf(total);
  assert.ok(r.low < point.r && point.r < r.high, JSON.stringify(r));
  assert.ok(r.high - r.low > 0.05, JSON.stringify(r));
  assert.ok(f1.low < point.f1 && point.f1 < f1.high, JSON.stringify(f1));
  // The F1 interval is the one bootstrapF1 gives: same seed, same draws.
  assert.deepEqual(bootstrapF1(articles), f1);
});

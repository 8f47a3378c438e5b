import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { FEATURES_PER_TOKEN } from '../../src/ner/features.js';
import { allowedTransition, LABEL_COUNT } from '../../src/ner/labels.js';
import { loadModels, NerModel, saveModels } from '../../src/ner/model.js';

const L = LABEL_COUNT;

function seededRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

function randomModel(bits: number, random: () => number): NerModel {
  const model = new NerModel(bits, FEATURES_PER_TOKEN);
  for (let i = 0; i < model.weights.length; i++) model.weights[i] = random() * 2 - 1;
  for (let i = 0; i < model.transitions.length; i++) model.transitions[i] = random() * 2 - 1;
  return model;
}

function randomFeatures(n: number, bits: number, random: () => number): Uint32Array {
  return Uint32Array.from({ length: n * FEATURES_PER_TOKEN }, () => Math.floor(random() * (1 << bits)));
}

/** The score of a label sequence, and whether IOB2 allows it. */
function sequenceScore(model: NerModel, features: Uint32Array, labels: number[]): number {
  const emit = model.emissions(features, labels.length);
  let score = 0;
  labels.forEach((y, i) => {
    const prev = i === 0 ? -1 : labels[i - 1];
    score += emit[i * L + y] + model.transitions[(prev + 1) * L + y];
  });
  return score;
}

function bruteForce(model: NerModel, features: Uint32Array, n: number): number[] {
  let best: number[] = [];
  let bestScore = -Infinity;
  const labels = new Array<number>(n).fill(0);
  const visit = (i: number) => {
    if (i === n) {
      const s = sequenceScore(model, features, labels);
      if (s > bestScore) {
        bestScore = s;
        best = [...labels];
      }
      return;
    }
    for (let y = 0; y < L; y++) {
      if (!allowedTransition(i === 0 ? -1 : labels[i - 1], y)) continue;
      labels[i] = y;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

test('Viterbi finds the best IOB2-valid sequence (checked against exhaustive search)', () => {
  const random = seededRandom(7);
  for (let trial = 0; trial < 20; trial++) {
    const model = randomModel(8, random);
    const n = 1 + (trial % 4);
    const features = randomFeatures(n, 8, random);
    assert.deepEqual(Array.from(model.decode(features, n)), bruteForce(model, features, n));
  }
});

test('the decoder never puts I-X after O or after another type', () => {
  const random = seededRandom(11);
  const model = randomModel(8, random);
  for (let trial = 0; trial < 50; trial++) {
    const n = 12;
    const labels = model.decode(randomFeatures(n, 8, random), n);
    labels.forEach((y, i) => {
      assert.ok(allowedTransition(i === 0 ? -1 : labels[i - 1], y));
    });
  }
});

test('save and load keep the decisions (weights are quantized to 16 bits)', () => {
  const random = seededRandom(3);
  const model = randomModel(10, random);
  const dir = mkdtempSync(join(tmpdir(), 'marsad-ner-'));
  try {
    const path = join(dir, 'model.bin.gz');
    saveModels(path, [model, model], { window: 3 });
    const { models, info } = loadModels(path);
    assert.equal(models.length, 2);
    assert.equal(info.window, 3);
    const loaded = models[1];
    assert.equal(loaded.bits, 10);
    assert.equal(loaded.featuresPerToken, FEATURES_PER_TOKEN);
    for (let trial = 0; trial < 30; trial++) {
      const features = randomFeatures(10, 10, random);
      assert.deepEqual(loaded.decode(features, 10), model.decode(features, 10));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('loading something that is not a model is a clear error', () => {
  assert.throws(() => loadModels('/nonexistent/model.bin.gz'), { name: 'MarsadError' });
  assert.throws(() => loadModels(new URL(import.meta.url).pathname), /not a Marsad NER model/);
});

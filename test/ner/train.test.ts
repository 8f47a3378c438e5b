import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readConll, splitCorpus } from '../../src/ner/conll.js';
import { DEFAULT_TRAIN_OPTIONS, trainTagger } from '../../src/ner/train.js';

const slice = readConll(fileURLToPath(new URL('../fixtures/ner/anercorp-slice.txt', import.meta.url)));
const onePass = { ...DEFAULT_TRAIN_OPTIONS, epochs: 2, bits: 12, window: 0 };

test('runs > 1: the pass is the element-wise mean of the runs, each trained from its own seed', () => {
  const [a] = trainTagger(slice, null, { ...onePass, seed: 5, runs: 1 }).models;
  const [b] = trainTagger(slice, null, { ...onePass, seed: 5 + 7919, runs: 1 }).models;
  const [mean] = trainTagger(slice, null, { ...onePass, seed: 5, runs: 2 }).models;
  // Two shuffles of the same sentences do not give the same perceptron.
  assert.notDeepEqual(a.weights, b.weights);
  for (let i = 0; i < mean.weights.length; i++) {
    assert.ok(Math.abs(mean.weights[i] - (a.weights[i] + b.weights[i]) / 2) < 1e-4, `weight ${i}`);
  }
  for (let i = 0; i < mean.transitions.length; i++) {
    assert.ok(Math.abs(mean.transitions[i] - (a.transitions[i] + b.transitions[i]) / 2) < 1e-4, `transition ${i}`);
  }
});

test('every run of the last pass reports its epochs, and the returned dev score is the mean model’s', () => {
  const { train, dev } = splitCorpus(slice);
  const seen: string[] = [];
  const result = trainTagger(train, dev, {
    ...onePass,
    runs: 2,
    onEpoch: (epoch, score, _seconds, run) => {
      assert.ok(score, 'a dev score after each epoch');
      seen.push(`${run}:${epoch}`);
    },
  });
  assert.deepEqual(seen, ['0:1', '0:2', '1:1', '1:2']);
  assert.ok(result.dev && result.dev.micro.gold > 0);
});

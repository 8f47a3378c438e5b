import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readConll } from '../../src/ner/conll.js';
import { analyzeWord, FeatureExtractor, gazetteerHashes, NO_GAZETTEER_TAG } from '../../src/ner/features.js';
import { LABEL_COUNT, labelIndex } from '../../src/ner/labels.js';
import { loadModels, saveModels } from '../../src/ner/model.js';
import { NerTagger } from '../../src/ner/tagger.js';
import { DEFAULT_TRAIN_OPTIONS, repairedLabels, trainTagger } from '../../src/ner/train.js';
import {
  DEFAULT_NET_OPTIONS,
  NetScorer,
  type NetSentence,
  netIds,
  trainWindowNet,
  type WindowNet,
} from '../../src/ner/window-net.js';

const L = LABEL_COUNT;
const slice = readConll(fileURLToPath(new URL('../fixtures/ner/anercorp-slice.txt', import.meta.url)));
const extractor = new FeatureExtractor();
const encoded: NetSentence[] = slice.map((s) => {
  const tokens = s.words.map(analyzeWord);
  return {
    ids: netIds(
      tokens.map((t) => extractor.word(t)),
      gazetteerHashes(tokens),
    ),
    n: tokens.length,
    gold: repairedLabels(s.tags),
  };
});
const small = { ...DEFAULT_NET_OPTIONS, bits: 14, dim: 8, hidden: 12, epochs: 4 };

function tokenAccuracy(net: WindowNet): number {
  let right = 0;
  let all = 0;
  encoded.forEach((s) => {
    const logp = net.logProbabilities(s);
    for (let i = 0; i < s.n; i++) {
      let best = 0;
      for (let y = 1; y < L; y++) if (logp[i * L + y] > logp[i * L + best]) best = y;
      if (best === s.gold?.[i]) right++;
      all++;
    }
  });
  return right / all;
}

test('the window network learns the training slice: loss falls and it beats tagging everything O', () => {
  const losses: number[] = [];
  const net = trainWindowNet(encoded, small, (_epoch, _net, loss) => losses.push(loss));
  assert.equal(losses.length, small.epochs);
  assert.ok(losses[losses.length - 1] < losses[0] / 2, `loss ${losses.join(' → ')}`);
  const outside = slice.flatMap((s) => s.tags).filter((t) => labelIndex(t) === 0).length;
  const allO = outside / slice.reduce((n, s) => n + s.words.length, 0);
  assert.ok(tokenAccuracy(net) > allO + 0.05, `accuracy ${tokenAccuracy(net)} against all-O ${allO}`);
});

test('training is deterministic for a seed, and another seed gives another network', () => {
  const a = trainWindowNet(encoded.slice(0, 20), { ...small, epochs: 1 });
  const b = trainWindowNet(encoded.slice(0, 20), { ...small, epochs: 1 });
  const c = trainWindowNet(encoded.slice(0, 20), { ...small, epochs: 1, seed: 2 });
  assert.deepEqual(a.w1, b.w1);
  assert.deepEqual(a.embeddings, b.embeddings);
  assert.notDeepEqual(a.w1, c.w1);
});

test('the run-time scorer (word contributions cached per position) gives weight × the network’s log-probabilities, up to a constant per token', () => {
  const net = trainWindowNet(encoded, { ...small, epochs: 2 });
  const scorer = new NetScorer(net, 3);
  // Sentences with a gazetteer name (whose tag's contribution is added apart) and without.
  const tagged = slice.filter((s) => gazetteerHashes(s.words.map(analyzeWord)).some((h) => h !== NO_GAZETTEER_TAG));
  assert.ok(tagged.length >= 3);
  const fresh = new FeatureExtractor();
  for (const sentence of [...tagged.slice(0, 3), slice[0], slice[1]]) {
    const s = encoded[slice.indexOf(sentence)];
    const tokens = sentence.words.map(analyzeWord);
    const fast = new Float32Array(s.n * L).fill(1);
    const other = new Float32Array(s.n * L);
    scorer.addScores(
      tokens.map((t) => fresh.word(t)),
      gazetteerHashes(tokens),
      null,
      fast,
      other,
    );
    for (let k = 0; k < fast.length; k++) assert.ok(Math.abs(other[k] + 1 - fast[k]) < 1e-4, `both passes ${k}`);
    const slow = net.logProbabilities(s);
    // Label scores, not log-probabilities: the same differences between the labels of a token.
    for (let i = 0; i < s.n; i++) {
      const shift = fast[i * L] - 3 * slow[i * L];
      for (let y = 0; y < L; y++) {
        const k = i * L + y;
        assert.ok(Math.abs(fast[k] - 3 * slow[k] - shift) < 1e-3, `token ${i} label ${y}`);
      }
    }
  }
});

test('a tagger with a window network saves and loads: the same labels but for near ties, network scores within int8 rounding', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-net-'));
  try {
    const { models, net } = trainTagger(slice, null, {
      ...DEFAULT_TRAIN_OPTIONS,
      epochs: 2,
      runs: 1,
      bits: 14,
      folds: 2,
      net: { ...small, epochs: 2 },
    });
    assert.ok(net, 'trainTagger trains the network when options.net is set');
    const path = join(dir, 'model.bin.gz');
    saveModels(path, models, { window: DEFAULT_TRAIN_OPTIONS.window }, net);
    const loaded = loadModels(path);
    assert.ok(loaded.net, 'the artifact carries the network');
    assert.equal(loaded.net.weight, net.weight);
    const original = net.net.logProbabilities(encoded[0]);
    const reread = loaded.net.net.logProbabilities(encoded[0]);
    for (let k = 0; k < original.length; k++) assert.ok(Math.abs(original[k] - reread[k]) < 0.05, `log-prob ${k}`);
    const sentences = slice.slice(0, 30).map((s) => s.words.map(analyzeWord));
    const inMemory = new NerTagger(models, DEFAULT_TRAIN_OPTIONS.window, new NetScorer(net.net, net.weight));
    // int8 rounding may flip a near tie; the decisions must agree on all but a few tokens.
    const reloaded = NerTagger.load(path).tag(sentences).flat();
    const fresh = inMemory.tag(sentences).flat();
    const agree = reloaded.filter((label, k) => label === fresh[k]).length / fresh.length;
    assert.ok(agree >= 0.99, `labels agree on ${agree}`);
    // And the network changes what the tagger decides somewhere (it is not a no-op).
    const heavy = new NerTagger(models, DEFAULT_TRAIN_OPTIONS.window, new NetScorer(net.net, 1000));
    assert.notDeepEqual(heavy.tag(sentences), new NerTagger(models, DEFAULT_TRAIN_OPTIONS.window).tag(sentences));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a model without a network (v7 and before) still loads, with no network', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-net-'));
  try {
    const { models } = trainTagger(slice.slice(0, 20), null, {
      ...DEFAULT_TRAIN_OPTIONS,
      epochs: 1,
      runs: 1,
      bits: 12,
      folds: 2,
      net: null,
    });
    const path = join(dir, 'model.bin.gz');
    saveModels(path, models, { window: DEFAULT_TRAIN_OPTIONS.window });
    assert.equal(loadModels(path).net, null);
    assert.equal(NerTagger.load(path).net, null);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

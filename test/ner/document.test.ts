import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../src/arabic/sentences.js';
import { tokenize } from '../../src/arabic/tokenize.js';
import type { Token } from '../../src/doc/types.js';
import { DOC_FEATURES_PER_TOKEN, documentFeatures, stackFeatures } from '../../src/ner/document.js';
import { FEATURES_PER_TOKEN, FeatureExtractor } from '../../src/ner/features.js';
import { labelIndex } from '../../src/ner/labels.js';
import { NerTagger } from '../../src/ner/tagger.js';

const SENTENCES = [
  'أعلنت شركة مايكروسوفت عن نظام جديد للهواتف',
  'وقال متحدث إن الشركة ستطلق النظام في أوروبا',
  'وتنافس مايكروسوفت شركات أخرى في السوق',
].map((s) => tokenize(s));

/** First-pass labels: all O, except the given token of the first sentence. */
function firstPass(label: string): Int32Array[] {
  const labels = SENTENCES.map((s) => new Int32Array(s.length));
  labels[0][2] = labelIndex(label);
  return labels;
}

/** The document feature ids of the word مايكروسوفت in the third sentence. */
function featuresOfLastMention(label: string, window: number): number[] {
  const features = documentFeatures(SENTENCES, firstPass(label), window, 18);
  const i = SENTENCES[2].findIndex((t) => t.stem === 'مايكروسوفت');
  return Array.from(features[2].subarray(i * DOC_FEATURES_PER_TOKEN, (i + 1) * DOC_FEATURES_PER_TOKEN));
}

test('a word sees how the first pass labelled the same stem in nearby sentences', () => {
  const asOrg = featuresOfLastMention('B-ORG', 5);
  const asO = featuresOfLastMention('O', 5);
  assert.notDeepEqual(asOrg, asO);
  // Its own first-pass label (O in both) is the same feature either way.
  assert.equal(asOrg[0], asO[0]);
});

test('sentences beyond the window do not count', () => {
  assert.deepEqual(featuresOfLastMention('B-ORG', 1), featuresOfLastMention('O', 1));
});

test('document features are appended to each token after its base features', () => {
  const base = Uint32Array.from({ length: 2 * FEATURES_PER_TOKEN }, (_, k) => k);
  const doc = Uint32Array.from({ length: 2 * DOC_FEATURES_PER_TOKEN }, (_, k) => 1000 + k);
  const stacked = stackFeatures(base, doc, 2, FEATURES_PER_TOKEN);
  const perToken = FEATURES_PER_TOKEN + DOC_FEATURES_PER_TOKEN;
  assert.equal(stacked[perToken - 1], 1000 + DOC_FEATURES_PER_TOKEN - 1);
  assert.equal(stacked[perToken], FEATURES_PER_TOKEN);
});

/** Sentences of a text as token runs. */
function sentencesOf(text: string): Token[][] {
  const tokens = tokenize(text);
  return splitSentences(text, tokens).map((s) => tokens.filter((t) => t.start >= s.start && t.end <= s.end));
}

/** The labels of the two passes run one after the other on plain feature ids, as training scores them. */
function unfusedLabels(tagger: NerTagger, sentences: Token[][]): number[][] {
  const [first, second] = tagger.models;
  const extractor = new FeatureExtractor();
  const base = sentences.map((s) => extractor.extract(s, tagger.bits));
  const firstLabels = base.map((f, j) => first.decode(f, sentences[j].length));
  const doc = documentFeatures(sentences, firstLabels, tagger.window, tagger.bits);
  return base.map((f, j) =>
    Array.from(second.decode(stackFeatures(f, doc[j], sentences[j].length, FEATURES_PER_TOKEN), sentences[j].length)),
  );
}

test('the fused two-pass tagger decides exactly like the two models run one after the other', () => {
  const tagger = NerTagger.shipped();
  const sentences = sentencesOf(
    'قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل التعاون مع كوريا الشمالية. ' +
      'وأضاف بوتين أن وزارة الخارجية الروسية ستبحث الأمر مع الأمم المتحدة. ' +
      'وكان وزير الخارجية سيرغي لافروف قد زار بيونغ يانغ الشهر الماضي.',
  );
  assert.deepEqual(
    tagger.tagSentences(sentences).map((labels) => Array.from(labels)),
    unfusedLabels(tagger, sentences),
  );
});

// The tagger sums the rows of a word's single-neighbour window features once per distinct word, and its word-only
// features' scores too; those sums must be the very scores the plain models compute per token. Without the window
// network (whose scores the plain models lack) the labels of whole articles must be identical.
test('per-word cached sums give the labels of the plain models on whole articles, word for word', () => {
  const shipped = NerTagger.shipped();
  const tagger = new NerTagger(shipped.models, shipped.window);
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
  const corpus = readdirSync(join(fixtures, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => /<TEXT>([\s\S]*?)<\/TEXT>/.exec(readFileSync(join(fixtures, 'corpus', f), 'utf8'))?.[1] ?? '');
  const pageDump = readFileSync(join(fixtures, 'pagedump/bbc-putin-north-korea/input.txt'), 'utf8');
  let names = 0;
  for (const text of [...corpus, pageDump]) {
    const sentences = sentencesOf(text);
    assert.ok(sentences.length > 0);
    const labels = tagger.tagSentences(sentences).map((l) => Array.from(l));
    assert.deepEqual(labels, unfusedLabels(tagger, sentences), text.slice(0, 80));
    names += labels.flat().filter((y) => y > 0).length;
  }
  assert.ok(names > 60, `${names} name tokens`);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/arabic/tokenize.js';
import { wordNeighbours } from '../../src/ner/clusters.js';
import { analyzeWord, FEATURES_PER_TOKEN, FeatureExtractor, WORD_FEATURES } from '../../src/ner/features.js';
import { gazetteerTags } from '../../src/ner/gazetteer.js';

test('a gold word is analyzed like a foundation token: clitics split off a known name', () => {
  const word = analyzeWord('وبوتين');
  assert.equal(word.kind, 'arabic');
  assert.deepEqual(word.proclitics, ['و']);
  assert.equal(word.stem, 'بوتين');
  const punctuated = analyzeWord('(د');
  assert.equal(punctuated.norm, '(د');
});

test('every token gets the same number of feature ids, all inside the hashed table', () => {
  const extractor = new FeatureExtractor();
  const tokens = tokenize('قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا ستواصل التعاون');
  const bits = 16;
  const ids = extractor.extract(tokens, bits);
  assert.equal(ids.length, tokens.length * FEATURES_PER_TOKEN);
  assert.ok(ids.every((id) => id < 1 << bits));
});

test('features depend on the word and its window, not on where the sentence is in a text', () => {
  const extractor = new FeatureExtractor();
  const a = extractor.extract(tokenize('وصل بوتين إلى موسكو'), 20);
  const b = extractor.extract(tokenize('وصل بوتين إلى موسكو'), 20);
  assert.deepEqual(a, b);
  const c = extractor.extract(tokenize('وصل ترامب إلى موسكو'), 20);
  const token1 = (ids: Uint32Array) => ids.slice(FEATURES_PER_TOKEN, 2 * FEATURES_PER_TOKEN);
  assert.notDeepEqual(token1(a), token1(c));
  // The clitic-stripped stem makes "وبوتين" share the stem features of "بوتين".
  const glued = new Set(extractor.extract(tokenize('وبوتين'), 20));
  const bare = new Set(extractor.extract(tokenize('بوتين'), 20));
  assert.ok([...glued].filter((id) => bare.has(id)).length >= 5);
});

test('gazetteer matches are multi-word and see through clitics', () => {
  const tokens = tokenize('زار وفد من الولايات المتحدة لروسيا وكوريا الشمالية');
  const tags = gazetteerTags(
    tokens.map((t) => t.norm),
    tokens.map((t) => t.stem),
  );
  const byWord = Object.fromEntries(tokens.map((t, i) => [t.text, tags[i]]));
  assert.equal(byWord.الولايات, 'B-COUNTRY');
  assert.equal(byWord.المتحدة, 'I-COUNTRY');
  assert.equal(byWord.لروسيا, 'B-COUNTRY');
  assert.equal(byWord.وكوريا, 'B-COUNTRY');
  assert.equal(byWord.الشمالية, 'I-COUNTRY');
  assert.equal(byWord.زار, '');
});

test('a rare name shares a feature with each frequent word used like it (data/ner/neighbours.tsv)', () => {
  // «مغزاوي» (seen a few times in the unlabeled news) is used like لافروف.
  assert.ok(wordNeighbours().get('مغزاوي')?.includes('لافروف'));
  const wordIds = (extractor: FeatureExtractor, text: string) =>
    new Set(extractor.extract(tokenize(text), 20).slice(0, WORD_FEATURES));
  const shared = (extractor: FeatureExtractor) => {
    const a = wordIds(extractor, 'مغزاوي');
    return [...wordIds(extractor, 'مغربي')].filter((id) => a.has(id)).length;
  };
  const alike = new FeatureExtractor(
    new Map([
      ['مغزاوي', ['لافروف']],
      ['مغربي', ['لافروف']],
    ]),
  );
  const apart = new FeatureExtractor(
    new Map([
      ['مغزاوي', ['لافروف']],
      ['مغربي', ['جونسون']],
    ]),
  );
  assert.equal(shared(alike), shared(apart) + 1);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/arabic/tokenize.js';
import { wordNeighbours } from '../../src/ner/clusters.js';
import {
  analyzeWord,
  clusterPathHashes,
  FEATURES_PER_TOKEN,
  FeatureExtractor,
  fnv1a,
  fnv1aJoined,
  fnv1aRange,
  gazetteerHashes,
  NO_GAZETTEER_TAG,
  WORD_FEATURES,
} from '../../src/ner/features.js';
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

// The extractor hashes a word's pieces without building them (the cost of each new word while tagging): each
// shortcut must give the hash of the string it stands for, or every shipped weight would be read under another id.
test('hashes built without strings equal the hashes of the strings', () => {
  for (const word of ['', 'ب', 'بو', 'بوتين', 'الولايات']) {
    for (const k of [1, 2, 3]) {
      assert.equal(fnv1aRange(word, 0, k), fnv1a(word.slice(0, k)), `prefix ${k} of «${word}»`);
      assert.equal(fnv1aRange(word, word.length - k, word.length), fnv1a(word.slice(-k)), `suffix ${k} of «${word}»`);
    }
  }
  for (const parts of [[], ['و'], ['و', 'ال'], ['AFTER_TITLE:3', 'AFTER_SAY:1', 'BEFORE_FAMILY:2']])
    assert.equal(fnv1aJoined(parts, '+'), fnv1a(parts.join('+')));
  for (const path of ['17', '17.4', '17.4.12', '3.0.1.9']) {
    const parts = path.split('.');
    assert.deepEqual(clusterPathHashes(path), [fnv1a(parts[0]), fnv1a(parts.slice(0, 2).join('.')), fnv1a(path)]);
  }
});

test('a form read with two stems is two words in the cache; the same reading is one', () => {
  const extractor = new FeatureExtractor();
  const token = (stem: string) => ({ kind: 'arabic' as const, norm: 'حمايه', stem, proclitics: [], enclitic: '' });
  const whole = extractor.word(token('حمايه'));
  const withPronoun = extractor.word({ ...token('حماي'), enclitic: 'ه' });
  assert.notEqual(whole, withPronoun);
  assert.notDeepEqual(whole.attrs, withPronoun.attrs);
  assert.equal(extractor.word(token('حمايه')), whole);
  assert.equal(extractor.word({ ...token('حماي'), enclitic: 'ه' }), withPronoun);
});

test('gazetteer hashes are the same with and without the words that let most tokens skip the lookup', () => {
  const extractor = new FeatureExtractor();
  const tokens = tokenize('زار وفد من الولايات المتحدة لروسيا وكوريا الشمالية ثم عاد إلى واشنطن');
  const words = tokens.map((t) => extractor.word(t));
  const fast = gazetteerHashes(tokens, words);
  assert.deepEqual(fast, gazetteerHashes(tokens));
  assert.ok(fast.filter((h) => h !== NO_GAZETTEER_TAG).length >= 6);
});

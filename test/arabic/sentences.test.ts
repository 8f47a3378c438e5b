import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from '../../src/arabic/sentences.js';
import { scanTokens } from '../../src/arabic/tokenize.js';

const split = (text: string) => splitSentences(text, scanTokens(text)).map((s) => text.slice(s.start, s.end));

test('ends sentences at . ! ؟ and at line breaks', () => {
  assert.deepEqual(split('زار الرئيس موسكو. ثم عاد؟ نعم!\nفقرة جديدة'), [
    'زار الرئيس موسكو.',
    'ثم عاد؟',
    'نعم!',
    'فقرة جديدة',
  ]);
});

test('keeps a quotation of several sentences in the sentence that reports it', () => {
  const text = 'وقال بوتين: "نحن مستعدون. سنواصل التعاون". وأضاف أنه راض.';
  assert.deepEqual(split(text), ['وقال بوتين: "نحن مستعدون. سنواصل التعاون".', 'وأضاف أنه راض.']);
  assert.deepEqual(split('قال: «انتهى الأمر.» ثم غادر.'), ['قال: «انتهى الأمر.»', 'ثم غادر.']);
});

test('a quotation that never closes does not swallow the paragraph', () => {
  const long = 'كلام '.repeat(150);
  const sentences = split(`قال: "${long}. جملة أخرى.`);
  assert.equal(sentences.length, 2);
});

test('initials and abbreviations do not end sentences', () => {
  assert.deepEqual(split('نقلت أ.ف.ب عن د. أحمد قوله. وانتهى'), ['نقلت أ.ف.ب عن د. أحمد قوله.', 'وانتهى']);
  assert.deepEqual(split('Dr. Smith met U.S. officials. Then left.'), ['Dr. Smith met U.S. officials.', 'Then left.']);
});

// The written-word analyses the tokenizer records for later stages (src/arabic/words.ts), and the stages that keep
// per-word data on them: a document whose tokens carry them must be linked and coded exactly as one whose tokens
// do not (read back from JSON), so the memos are pure caches.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/arabic/tokenize.js';
import { tokenWordIds, tokenWords } from '../../src/arabic/words.js';
import type { Doc } from '../../src/doc/types.js';
import { linkEntities } from '../../src/entities/link.js';
import { codeEvents } from '../../src/events/code.js';
import { readArticle } from '../../src/ingest/index.js';
import { analyzeDoc } from '../../src/pipeline/analyze.js';
import { defaultStages } from '../../src/pipeline/stages.js';

const SAMPLE = new URL('../fixtures/pagedump/bbc-putin-north-korea/input.txt', import.meta.url).pathname;

test('each Arabic token carries its written word, shared by every token written the same', () => {
  const first = tokenize('وقال الرئيس الروسي فلاديمير بوتين (2023): إن روسيا');
  const second = tokenize('واستقبل بوتين الرئيس');
  const words = tokenWords(first);
  assert.ok(words);
  for (const [i, t] of first.entries()) assert.equal(words[i] !== undefined, t.kind === 'arabic', t.text);
  assert.equal(words[first.findIndex((t) => t.text === 'بوتين')]?.norm, 'بوتين');
  // The same written form in another text: the same analysis object, so what a stage kept on it is found again.
  assert.equal(tokenWords(second)?.[1], words[first.findIndex((t) => t.text === 'بوتين')]);
  assert.equal(tokenWords(second)?.[2], words[first.findIndex((t) => t.text === 'الرئيس')]);
});

test('tokens from elsewhere (read back from JSON) carry no words', () => {
  const tokens = tokenize('قال بوتين');
  assert.equal(tokenWords(JSON.parse(JSON.stringify(tokens))), undefined);
  assert.equal(tokenWordIds(JSON.parse(JSON.stringify(tokens))), undefined);
});

test('each written word has one id in its space, the same in every text; a token with no word has -1', () => {
  const first = tokenize('وقال الرئيس الروسي فلاديمير بوتين (2023): إن روسيا');
  const second = tokenize('واستقبل بوتين الرئيس في 2023');
  const a = tokenWordIds(first);
  const b = tokenWordIds(second);
  assert.ok(a && b);
  assert.equal(a.space, b.space);
  const idOf = (tokens: typeof first, ids: Int32Array, text: string) => ids[tokens.findIndex((t) => t.text === text)];
  assert.equal(idOf(second, b.ids, 'بوتين'), idOf(first, a.ids, 'بوتين'));
  assert.equal(idOf(second, b.ids, 'الرئيس'), idOf(first, a.ids, 'الرئيس'));
  assert.notEqual(idOf(first, a.ids, 'بوتين'), idOf(first, a.ids, 'الرئيس'));
  assert.equal(idOf(first, a.ids, '2023'), -1);
  assert.equal(idOf(second, b.ids, 'في') === -1, false);
  // Ids are dense in their space: each is below the number of words the space has numbered.
  for (const id of [...a.ids, ...b.ids]) assert.ok(id < a.space.size);
  // The id is the word's own.
  const words = tokenWords(first);
  for (const [i, id] of a.ids.entries()) assert.equal(id, words?.[i]?.id ?? -1);
});

test('linking and event coding give the same result with and without the words (the sample page dump)', async () => {
  const stages = defaultStages();
  const upto = (name: string) =>
    stages.slice(
      0,
      stages.findIndex((s) => s.name === name),
    );
  const article = await readArticle(SAMPLE, { published: '2023-08-15' });
  const linked = analyzeDoc(article, { stages: upto('entities') });
  const fromJson = JSON.parse(JSON.stringify(linked)) as Doc;
  assert.ok(tokenWords(linked.layers.tokens) && !tokenWords(fromJson.layers.tokens));
  // Twice on fresh tokens, so the second run reads what the first kept on the words.
  const once = linkEntities(linked).entities;
  linked.layers.tokens = tokenize(linked.text);
  const twice = linkEntities(linked).entities;
  const plain = linkEntities(fromJson).entities;
  assert.ok(once.some((e) => e.name === 'فلاديمير بوتين' || e.nameEn === 'Vladimir Putin'));
  assert.deepEqual(twice, once);
  assert.deepEqual(plain, once);

  const coded = analyzeDoc(article, { stages: upto('events') });
  const codedJson = JSON.parse(JSON.stringify(coded)) as Doc;
  const events = codeEvents(coded);
  coded.layers.tokens = tokenize(coded.text);
  assert.ok(events.length > 3);
  assert.deepEqual(codeEvents(coded), events);
  assert.deepEqual(codeEvents(codedJson), events);
});

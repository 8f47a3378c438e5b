import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { tokenize } from '../../src/arabic/tokenize.js';
import type { Article } from '../../src/doc/types.js';
import { parsePageDump } from '../../src/ingest/pagedump.js';
import { nameOffset } from '../../src/ner/tagger.js';
import { analyzeArticle } from '../../src/pipeline/analyze.js';

function nameIn(word: string, documentNorms: string[] = []): string {
  const [token] = tokenize(word);
  return word.slice(nameOffset(token, new Set(documentNorms)));
}

test('a mention excludes a glued conjunction or preposition but keeps the article', () => {
  assert.equal(nameIn('لروسيا'), 'روسيا');
  assert.equal(nameIn('وبوتين'), 'بوتين');
  assert.equal(nameIn('والولايات'), 'الولايات');
  assert.equal(nameIn('واليابان'), 'اليابان');
  assert.equal(nameIn('موسكو'), 'موسكو');
  assert.equal(nameIn('واشنطن'), 'واشنطن');
});

test('an unseen name glued to و is split when the bare form occurs in the same document', () => {
  assert.equal(nameIn('وبلينكيني'), 'وبلينكيني');
  assert.equal(nameIn('وبلينكيني', ['بلينكيني']), 'بلينكيني');
});

function article(text: string): Article {
  return {
    source: { kind: 'text' },
    title: '',
    published: null,
    blocks: text.split('\n\n').map((t) => ({ kind: 'paragraph', text: t })),
    captions: [],
    credits: [],
    related: [],
    removed: [],
    warnings: [],
  };
}

test('mentions glued to clitics land on the name with exact offsets', () => {
  const analysis = analyzeArticle(
    article('وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تسمح لواشنطن بفرض عقوبات جديدة على روسيا وإيران.'),
  );
  const mentions = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
  for (const m of mentions) assert.equal(analysis.body.slice(m.start, m.end), m.text);
  const texts = mentions.map((m) => m.text);
  assert.ok(texts.includes('واشنطن'), texts.join(' | '));
  assert.ok(texts.includes('إيران'), texts.join(' | '));
  assert.ok(texts.includes('موسكو'), texts.join(' | '));
});

test('regression: the people and places of the BBC Putin/North Korea article', async () => {
  const input = readFileSync(new URL('../fixtures/pagedump/bbc-putin-north-korea/input.txt', import.meta.url), 'utf8');
  const analysis = analyzeArticle(parsePageDump(input, { kind: 'text' }));
  const found = new Map<string, string>();
  for (const entity of analysis.entities) {
    for (const m of entity.mentions) {
      assert.equal(analysis.body.slice(m.start, m.end), m.text);
      found.set(m.text, entity.type);
    }
  }
  const expected: [string, string][] = [
    ['فلاديمير بوتين', 'PER'],
    ['بوتين', 'PER'],
    ['كيم جونغ أون', 'PER'],
    ['سيرغي شويغو', 'PER'],
    ['أنطوني بلينكين', 'PER'],
    ['يون سوك يول', 'PER'],
    ['بايدن', 'PER'],
    ['فوميو كيشيدا', 'PER'],
    ['روسيا', 'LOC'],
    ['كوريا الشمالية', 'LOC'],
    ['أوكرانيا', 'LOC'],
    ['اليابان', 'LOC'],
    ['موسكو', 'LOC'],
    ['كامب ديفيد', 'LOC'],
  ];
  // A person may be found under a fuller name ("جو بايدن" for "بايدن"): the expected words must be a mention or
  // end one of the right type.
  const missing = expected.filter(
    ([text, type]) =>
      ![...found].some(([mention, t]) => t === type && (mention === text || mention.endsWith(` ${text}`))),
  );
  assert.deepEqual(missing, [], `found: ${[...found].map(([t, y]) => `${t}/${y}`).join(', ')}`);
});

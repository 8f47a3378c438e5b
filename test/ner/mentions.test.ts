import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { tokenize } from '../../src/arabic/tokenize.js';
import type { Article } from '../../src/doc/types.js';
import { parsePageDump } from '../../src/ingest/pagedump.js';
import { documentWords, nameOffset } from '../../src/ner/name-start.js';
import { analyzeArticle } from '../../src/pipeline/analyze.js';

function nameIn(word: string, documentNorms: string[] = []): string {
  const [token] = tokenize(word);
  return word.slice(nameOffset(token, new Map(documentNorms.map((w) => [w, 1]))));
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

/**
 * The name a mention starting at the word `word` of `text` would get: the text is tokenized as a document, so
 * the word before and the document's other words are the real ones.
 */
function nameInText(text: string, word: string, occurrence = 1): string {
  const tokens = tokenize(text);
  const words = documentWords(tokens);
  const at = tokens.map((t, i) => (t.text === word ? i : -1)).filter((i) => i >= 0)[occurrence - 1];
  assert.ok(at !== undefined, `no «${word}» in the text`);
  return word.slice(nameOffset(tokens[at], words, tokens[at - 1]));
}

test('a name whose first letter the analyzer read as a clitic gets it back (real sentences, BBC and France 24)', () => {
  // The whole word is a known name and the rest is not: فيصل is not ف + يصل ("so he arrives").
  assert.equal(nameInText('كان والده وزيراً في عهد الملك فيصل الأول.', 'فيصل'), 'فيصل');
  // After a comma, or with ب, only the known name tells it.
  assert.equal(nameInText('قال الأمين العام للمركز، فيصل بن معمر، إن الحوار مستمر.', 'فيصل'), 'فيصل');
  assert.equal(nameInText('أعلن المبعوث الأمريكي بريان هوك أن العقوبات باقية.', 'بريان'), 'بريان');
  // A ف right after a word, in the middle of a clause, is no conjunction.
  assert.equal(nameInText('وقال فراس الدومي، من الخوذ البيضاء، إن الهجوم وقع ليلا.', 'فراس'), 'فراس');
  // Written twice with the same letter and never without it.
  const judge = 'قالت القاضية الأسترالية بليندا وولنغتون إن نصف الاتهامات غير كافية. وقالت بليندا إن الأدلة ضعيفة.';
  assert.equal(nameInText(judge, 'بليندا'), 'بليندا');
  // Near cases that keep the clitic: a preposition before a known name, a ف opening a clause after a full stop,
  // and a repeated preposition before a common noun.
  assert.equal(nameInText('وقال أحد الحراس الشخصيين لترامب إنه زاره.', 'لترامب'), 'ترامب');
  assert.equal(nameInText('لها أن تمارس ما تعظ به. فإيران ليس لديها أي حق في ذلك.', 'فإيران'), 'إيران');
  const university = 'قال أستاذ بجامعة تكساس إن الرصاصة قاتلة. وأضاف باحث بجامعة تكساس أن التحقيق مستمر.';
  assert.equal(nameInText(university, 'بجامعة'), 'جامعة');
});

test('a gazetteer fragment does not peel the first letter of a name news writes more often', () => {
  // «ارل» and «اولو» are gazetteer words, but news writes «كارل» and «باولو» more often than them.
  assert.equal(nameInText('كتب الصحفي في واشنطن بوست كارل بيرنشتاين المقال.', 'كارل'), 'كارل');
  assert.equal(nameInText('اكتفى وزير الخارجية آنذاك، باولو جنتيلوني، بالتعليق.', 'باولو'), 'باولو');
  // A known name is never peeled, even when its rest occurs in the document («اراك», the Iranian city).
  assert.equal(nameInText('تحدث باراك أوباما عن مفاعل اراك الإيراني.', 'باراك'), 'باراك');
  // A conjunction before a gazetteer place is still peeled.
  assert.equal(nameInText('قصفت الطائرات الضمير وجيرود.', 'وجيرود'), 'جيرود');
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

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { splitSentences, tokenize } from '../../src/arabic/index.js';
import type { Entity } from '../../src/doc/types.js';
import { parsePageDump } from '../../src/ingest/pagedump.js';
import { analyzeDoc } from '../../src/pipeline/analyze.js';
import { defaultStages } from '../../src/pipeline/stages.js';
import { type FoundQuote, findQuotes, quoteStage } from '../../src/quotes/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function quotesOf(text: string, entities: Entity[] = []): FoundQuote[] {
  const tokens = tokenize(text);
  return findQuotes({ text, tokens, sentences: splitSentences(text, tokens), entities });
}

/** An entity whose mentions are every occurrence of the given names in the text. */
function entity(text: string, id: string, type: Entity['type'], ...names: string[]): Entity {
  const mentions = names.flatMap((name) => {
    const found = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      found.push({ start: at, end: at + name.length, text: name });
    }
    return found;
  });
  return { id, type, name: names[0], mentions };
}

// Sentences from Al Arabiya (ANT corpus v2.1, AL-internationalNews-297, 2 March 2018), quoted as test input.
const KREMLIN =
  'وصرح المتحدث باسم الكرملين، دميتري بيسكوف، للصحافيين، أن "روسيا لا تنوي خوض سباق تسلح"، رافضاً اتهامات واشنطن.\n' +
  'وقال بيسكوف: "ننفي نفياً قاطعاً كل الاتهامات الموجهة إلى روسيا"، مضيفاً أن "موسكو كانت وستبقى ملتزمة واجباتها الدولية".\n' +
  'وقالت نويرت للصحافيين: "هذا شيء لا نستمتع بمشاهدته بالتأكيد. لا نعتبر ذلك سلوكاً مسؤولاً للاعب دولي".';

test('direct quotes after a colon or a complementizer, spanning sentences, with apposition speakers', () => {
  const quotes = quotesOf(KREMLIN);
  assert.deepEqual(
    quotes.map((q) => [q.text, q.direct, q.speakerName, q.cue]),
    [
      ['روسيا لا تنوي خوض سباق تسلح', true, 'دميتري بيسكوف', 'صرح'],
      ['ننفي نفياً قاطعاً كل الاتهامات الموجهة إلى روسيا', true, 'بيسكوف', 'قال'],
      ['موسكو كانت وستبقى ملتزمة واجباتها الدولية', true, 'بيسكوف', 'مضيفا'],
      ['هذا شيء لا نستمتع بمشاهدته بالتأكيد. لا نعتبر ذلك سلوكاً مسؤولاً للاعب دولي', true, 'نويرت', 'قال'],
    ],
  );
  for (const q of quotes) assert.equal(KREMLIN.slice(q.start, q.end), q.text);
  // «مضيفا» has no subject of its own: its speaker is the main clause's subject.
  assert.equal(quotes[2].speakerText, 'بيسكوف');
});

test('attribution links the speaker words to an entity, preferring the name in an apposition', () => {
  const entities = [
    entity(KREMLIN, 'e1', 'ORG', 'الكرملين'),
    entity(KREMLIN, 'e2', 'PER', 'دميتري بيسكوف', 'بيسكوف'),
    entity(KREMLIN, 'e3', 'PER', 'نويرت'),
  ];
  const quotes = quotesOf(KREMLIN, entities);
  assert.deepEqual(
    quotes.map((q) => q.speaker),
    ['e2', 'e2', 'e2', 'e3'],
  );
  assert.equal(quotes[0].speakerText, 'دميتري بيسكوف');
});

// Sentences from France 24 (ANT corpus v2.1, FR-middleEast-192, 5 April 2018) and Sky News Arabia
// (SK-internationalNews-89, 22 February 2018), quoted as test input.
const REPORTED =
  'قالت مصادر قضائية إن محكمة النقض المصرية ألغت اليوم الخميس أحكاما بالحبس على 16 متهما.\n' +
  'وأضافت أن حكم محكمة النقض تضمن أيضا إلغاء غرامات مالية.\n' +
  'وأكد الاتحاد الأوروبي أنه غير مستعد للاعتراف بنتيجة هذه الانتخابات، فيما قالت واشنطن إنها لن تكون "لا حرة ولا نزيهة".\n' +
  'ونفى الجيش أن يكون قد قصف المستشفى، بحسب ما أوردت وكالة رويترز.';

test('reported speech runs from the complementizer to the end of the clause; pronoun cues take the last speaker', () => {
  assert.deepEqual(
    quotesOf(REPORTED).map((q) => [q.text, q.direct, q.speakerName, q.speakerText, q.polarity]),
    [
      [
        'محكمة النقض المصرية ألغت اليوم الخميس أحكاما بالحبس على 16 متهما',
        false,
        'مصادر قضائية',
        'مصادر قضائية',
        'assert',
      ],
      ['حكم محكمة النقض تضمن أيضا إلغاء غرامات مالية', false, 'مصادر قضائية', 'وأضافت', 'assert'],
      ['غير مستعد للاعتراف بنتيجة هذه الانتخابات', false, 'الاتحاد الأوروبي', 'الاتحاد الأوروبي', 'assert'],
      ['لن تكون "لا حرة ولا نزيهة"', false, 'واشنطن', 'واشنطن', 'assert'],
      ['يكون قد قصف المستشفى', false, 'الجيش', 'الجيش', 'deny'],
    ],
  );
});

// Sentences from CNN Arabic (ANT corpus v2.1, CN-internationalNews-131 and CN-middleEast-279, March 2018).
test('scare quotes and names in marks are not quotes; a source phrase attributes its clause', () => {
  const text =
    'شغلت قضية الترحم على عالم الفيزياء المغردين، بين من أيد ذلك باعتبار "المواقف الإنسانية" له، فيما ذهب آخرون إلى "تحريم" ذلك.\n' +
    'وقال ريتا لوكالة أنباء "إيف" في وقت سابق "أقوم بهذه المحاولة لأصنع التاريخ".\n' +
    'وأدى القصف إلى مقتل أكثر من 1630 مدنياً منذ بدء الهجوم، بحسب المرصد السوري لحقوق الانسان.';
  assert.deepEqual(
    quotesOf(text).map((q) => [q.text, q.direct, q.speakerName, q.cue]),
    [
      ['أقوم بهذه المحاولة لأصنع التاريخ', true, 'ريتا', 'قال'],
      ['وأدى القصف إلى مقتل أكثر من 1630 مدنياً منذ بدء الهجوم', false, 'المرصد السوري لحقوق الانسان', 'بحسب'],
    ],
  );
});

test('an unclosed « runs to the end of its line; a quote after its cue «"…"، قال X» is attributed', () => {
  const text =
    'وقال اللواء الزعبي في تصريح صحافي: «إن الإدارة العامة لجمع السلاح تواصل تحقيق الأهداف المرجوة.\n' +
    '"سنواصل العمل مع شركائنا حتى النهاية"، قال الوزير.';
  assert.deepEqual(
    quotesOf(text).map((q) => [q.text, q.speakerName]),
    [
      ['إن الإدارة العامة لجمع السلاح تواصل تحقيق الأهداف المرجوة.', 'اللواء الزعبي'],
      ['سنواصل العمل مع شركائنا حتى النهاية', 'الوزير'],
    ],
  );
});

test('text without quotes or cues gives no quotes, and an empty document is fine', () => {
  assert.deepEqual(quotesOf('ارتفعت أسعار النفط اليوم في الأسواق العالمية.'), []);
  assert.deepEqual(quotesOf(''), []);
});

test('the BBC sample page: Putin, Shoigu, Blinken, Yoon and Japan with their speakers', () => {
  const input = readFileSync(path.join(here, '../fixtures/pagedump/bbc-putin-north-korea/input.txt'), 'utf8');
  const article = parsePageDump(input, { kind: 'text', path: 'input.txt' });
  // Tokens, sentences and quotes only: the speaker words come from the syntax, so this holds whatever the
  // entity stages find (their linking is covered by the entity test above).
  assert.ok(defaultStages().some((s) => s.name === quoteStage.name));
  const stages = defaultStages().filter((s) => ['tokens', 'sentences', quoteStage.name].includes(s.name));
  const doc = analyzeDoc(article, { published: '2023-08-15', stages });
  const quotes = doc.layers.quotes;
  for (const q of quotes) assert.equal(doc.text.slice(q.start, q.end), q.text);
  const by = (words: string) => {
    const quote = quotes.find((q) => q.text.includes(words));
    assert.ok(quote, `no quote with «${words}»`);
    return quote;
  };
  const putin = [by('إنني مقتنع بأننا سنواصل'), by('رمزا لبسالة وبطولة'), by('نشأت تقاليد الصداقة')];
  assert.deepEqual(
    putin.map((q) => q.direct),
    [true, true, false],
  );
  assert.equal(putin[0].speakerText, 'بوتين');
  assert.equal(putin[1].speakerText, 'بوتين');
  assert.equal(putin[2].speakerText, 'وأضاف'); // a pronoun continuation …
  assert.equal(putin[2].speakerSpan?.start, doc.text.indexOf('وأضاف أنه'));
  const shoigu = by('شريك مهم');
  assert.deepEqual([shoigu.text, shoigu.direct, shoigu.speakerText], ['شريك مهم', true, 'سيرغي شويغو']);
  const blinken = by('الولايات المتحدة تعتقد أن شويغو');
  assert.deepEqual([blinken.direct, blinken.speakerText, blinken.cue], [false, 'أنطوني بلينكين', 'قائلا']);
  const yoon = [by('سترسم شكلا جديدا'), by('شريكتان في قيم عالمية')];
  assert.deepEqual(
    yoon.map((q) => [q.direct, q.speakerText]),
    [
      [true, 'يون'],
      [true, 'يون'],
    ],
  );
  const japan = by('القضية جرى تسويتها');
  assert.deepEqual([japan.direct, japan.speakerText], [false, 'اليابان']);
  const officials = by('من المقرر أن ينضم');
  assert.equal(officials.speakerText, 'مسؤولون أميركيون بارزون');
  // «ذكرى التحرير» is a title in marks, not a quote.
  assert.equal(
    quotes.some((q) => q.text === 'ذكرى التحرير'),
    false,
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDoc } from '../../src/doc/doc.js';
import { MarsadError } from '../../src/doc/errors.js';
import type { Doc } from '../../src/doc/types.js';
import { findTimes, timeStage } from '../../src/time/index.js';

/** [text, value] pairs of the expressions found, in order. */
function found(text: string, published: string | null): [string, string | null][] {
  return findTimes(text, published).map((t) => [t.text, t.value]);
}

// Sentences from BBC Arabic, "بوتين يدعو إلى تعزيز التعاون مع كوريا الشمالية", 15 August 2023
// (© BBC; the sample page dump in ../shared/samples), quoted as test input.
const BBC_2023_08_15 = [
  'دعا الرئيس الروسي، فلاديمير بوتين، يوم الثلاثاء، إلى تعزيز التعاون مع كوريا الشمالية.',
  'وكان وزير الدفاع الروسي، سيرغي شويغو، قد وصف كوريا الشمالية في يوليو/تموز الماضي بأنها "شريك مهم" لموسكو.',
  'جاءت تصريحات بوتين قبل أيام من عقد قمة ثلاثية بين قادة كوريا الجنوبية والولايات المتحدة واليابان يوم الجمعة في واشنطن.',
  'وصف رئيس كوريا الجنوبية، يون سوك يول، يوم الثلاثاء، القمة التي ستعقد الأسبوع الجاري مع زعماء الولايات المتحدة واليابان.',
  'وشدد يون، في كلمة ألقاها بمناسبة الذكرى السنوية لتحرير بلاده من الحكم الاستعماري لليابان 1910-45، على الحاجة إلى تكثيف التعاون.',
  'وسعى يون، منذ توليه منصبه في مايو/أيار 2022، إلى تحسين العلاقات مع طوكيو.',
  'وتقول اليابان إن القضية جرى تسويتها بموجب معاهدة عام 1965 والتي أدت إلى تطبيع العلاقات.',
  'وانهار الاتحاد السوفيتي عام 1991، وضمت روسيا القرم في عام 2014.',
].join('\n\n');

test('the BBC sample sentences resolve against 2023-08-15', () => {
  assert.deepEqual(found(BBC_2023_08_15, '2023-08-15'), [
    ['يوم الثلاثاء', '2023-08-15'],
    ['يوليو/تموز الماضي', '2023-07'],
    ['يوم الجمعة', '2023-08-18'],
    ['يوم الثلاثاء', '2023-08-15'],
    ['الأسبوع الجاري', '2023-W33'],
    ['1910-45', '1910/1945'],
    ['مايو/أيار 2022', '2022-05'],
    ['عام 1965', '1965'],
    ['عام 1991', '1991'],
    ['عام 2014', '2014'],
  ]);
});

test('spans are offsets into the original text, without clitics or prepositions', () => {
  const text = 'وفي عام 2014 تغير كل شيء، ولعام 2022 خطط أخرى، بحلول عام 2030.';
  const times = findTimes(text, null);
  assert.deepEqual(
    times.map((t) => t.text),
    ['عام 2014', 'عام 2022', 'عام 2030'],
  );
  for (const t of times) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(times[0].start, text.indexOf('عام 2014'));
});

test('a future verb or cue before a bare weekday points to the next one; a past context to the last', () => {
  // 2023-08-15 is a Tuesday.
  assert.deepEqual(found('ومن المقرر أن ينضم يون إلى القمة يوم الجمعة.', '2023-08-15'), [['يوم الجمعة', '2023-08-18']]);
  assert.deepEqual(found('وستعقد القمة يوم الأحد في واشنطن.', '2023-08-15'), [['يوم الأحد', '2023-08-20']]);
  assert.deepEqual(found('والتقى الوزيران يوم الأحد في واشنطن.', '2023-08-15'), [['يوم الأحد', '2023-08-13']]);
  assert.deepEqual(found('وكان قد التقاه الجمعة الماضي.', '2023-08-15'), [['الجمعة الماضي', '2023-08-11']]);
});

test('Hijri dates are converted with the umm al-qura calendar', () => {
  assert.deepEqual(found('يبدأ الموسم في 15 رمضان 1444 هـ الموافق', null), [['15 رمضان 1444 هـ', '2023-04-06']]);
  assert.deepEqual(found('روما 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس', null), [
    ['25 شوال 1436 هـ', '2015-08-10'],
    ['10 أغسطس 2015 م', '2015-08-10'],
  ]);
  // A Hijri month name alone is not a date (رجب طيب أردوغان، شعبان عبد الرحيم).
  assert.deepEqual(found('وقال رجب طيب أردوغان إن', '2023-08-15'), []);
});

test('Levantine, Maghreb and Egyptian month names', () => {
  assert.deepEqual(found('في كانون الثاني 2020 وفي جانفي 2017 وفي يوليوز 2019 وفي 21 جوان 2016', null), [
    ['كانون الثاني 2020', '2020-01'],
    ['جانفي 2017', '2017-01'],
    ['يوليوز 2019', '2019-07'],
    ['21 جوان 2016', '2016-06-21'],
  ]);
  assert.deepEqual(found('منذ 20 كانون الثاني/يناير، وفي ديسمبر (كانون الأول) المقبل', '2018-03-12'), [
    ['20 كانون الثاني/يناير', '2018-01-20'],
    ['ديسمبر (كانون الأول) المقبل', '2018-12'],
  ]);
});

test('Arabic-Indic and Persian digits', () => {
  assert.deepEqual(found('في عام ٢٠٢٢ وفي ۱۹۹۱،', null), [
    ['عام ٢٠٢٢', '2022'],
    ['۱۹۹۱', '1991'],
  ]);
  assert.deepEqual(found('في ١٥ أغسطس ٢٠٢٣', null), [['١٥ أغسطس ٢٠٢٣', '2023-08-15']]);
});

test('counted offsets with digits, number words and dual forms', () => {
  assert.deepEqual(found('وقع الحادث منذ ثلاثة أيام', '2023-08-15'), [['منذ ثلاثة أيام', '2023-08-12']]);
  assert.deepEqual(found('وصل قبل أسبوعين', '2023-08-15'), [['قبل أسبوعين', '2023-W31']]);
  assert.deepEqual(found('بدأ قبل 17 عاما', '2018-03-11'), [['قبل 17 عاما', '2001']]);
  assert.deepEqual(found('خلال الأشهر الستة الماضية', '2023-08-15'), [['الأشهر الستة الماضية', '2023-02/2023-08']]);
});

test('relative expressions resolve against the publication date, or to null without one', () => {
  const text = 'قال أمس إن الاجتماع سيعقد غدا، بعد أن تأجل الشهر الماضي وفي العام الجاري.';
  assert.deepEqual(found(text, '2023-08-15'), [
    ['أمس', '2023-08-14'],
    ['غدا', '2023-08-16'],
    ['الشهر الماضي', '2023-07'],
    ['العام الجاري', '2023'],
  ]);
  assert.deepEqual(
    found(text, null).map(([, value]) => value),
    [null, null, null, null],
  );
  assert.deepEqual(found('وفي اليوم العالمي للمرأة', '2023-08-15'), []);
});

test('ranges, decades and centuries', () => {
  assert.deepEqual(found('من 2014 إلى 2016', null), [['من 2014 إلى 2016', '2014/2016']]);
  assert.deepEqual(found('التقطت بين 1924 و1945 صور', null), [['بين 1924 و1945', '1924/1945']]);
  assert.deepEqual(found('خلال الفترة من يناير إلى مارس', '2018-02-26'), [['من يناير إلى مارس', '2018-01/2018-03']]);
  assert.deepEqual(found('في السبعينيات من القرن الماضي', '2018-02-26'), [['السبعينيات من القرن الماضي', '1970/1979']]);
  assert.deepEqual(found('في القرن العشرين', null), [['القرن العشرين', '1900/1999']]);
});

test('numbers that are not years are left alone', () => {
  assert.deepEqual(found('شارك 2000 شخص في المسيرة، وبلغ السعر 1500.5 دولار', '2023-08-15'), []);
  assert.deepEqual(found('وقال إنه مارس الضغط على الحكومة', '2023-08-15'), []);
});

test('the stage fills doc.layers.times and turns a bad publication date into a warning', () => {
  const article = {
    source: { kind: 'text' as const },
    title: 'عنوان',
    published: 'not a date',
    blocks: [{ kind: 'paragraph' as const, text: 'وصل الوفد أمس، بعد زيارة في عام 2014.' }],
    captions: [],
    credits: [],
    related: [],
    removed: [],
    warnings: [],
  };
  const doc: Doc = createDoc(article);
  timeStage.run(doc);
  assert.deepEqual(
    doc.layers.times.map((t) => [doc.text.slice(t.start, t.end), t.value]),
    [
      ['أمس', null],
      ['عام 2014', '2014'],
    ],
  );
  assert.equal(doc.meta.warnings.length, 1);
  assert.throws(() => findTimes('أمس', '15/08/2023'), MarsadError);
});

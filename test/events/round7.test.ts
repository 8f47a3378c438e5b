// Event coding rules of round 7: each test is a sentence from an Arabic news article of the ANT corpus (BBC, CNN,
// France24, Sky News Arabic and Alarabiya, 2018) or Jawhara FM (2016–2017), the outlet named in the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzedParagraph, eventTriples as triples } from '../lib/docs.js';

const coded = (text: string) => analyzedParagraph(text, '2018-03-20');

test('a name with a glued ب/ل is no subject of a verb after it (BBC)', () => {
  const doc = coded(
    'في اليوم الثاني من زيارته للمملكة المتحدة، اجتمع الرئيس الأمريكي، دونالد ترامب، مع رئيسة الوزراء البريطانية، تيريزا ماي، في مقر إقامتها الصيفي في تشيكرز كما يجتمع مع الملكة في قلعة وندسور.',
  );
  assert.deepEqual(triples(doc), ['US>GB:CONSULT']);
});

test('a fronted circumstance up to its comma gives the main verb no argument (France24)', () => {
  const doc = coded(
    'في وقت يتأهب فيه قطاع غزة لخروج مظاهرات جديدة الجمعة، توعد وزير الدفاع الإسرائيلي أفيغدور ليبرمان الخميس، "برد فعل قاس" حال حدوث "استفزازات".',
  );
  assert.deepEqual(triples(doc), []);
});

test('a plural casualty verb after its noun is the passive: the noun names victims (Alarabiya, Sky News)', () => {
  const unnamed = coded(
    'وكانت "رويترز" قالت إن نحو 300 رجل يعملون مع شركة عسكرية روسية خاصة على صلة بالكرملين إما قتلوا أو أصيبوا في #سوريا.',
  );
  assert.deepEqual(triples(unnamed), ['null>-:ASSAULT']);
  const turkish = coded(
    'ذكر المرصد السوري لحقوق الإنسان، الجمعة، أن 15 جنديا تركيا قتلوا خلال الاشتباكات في منطقة عفرين.',
  );
  assert.ok(!triples(turkish).includes('TR>SY:ASSAULT'));
  // The attacker is the demonym after an attack noun (في ضربات أميركية), the victims the party before the verb.
  const strikes = coded(
    'وقالت الولايات المتحدة إن نحو 100 من القوات الموالية للحكومة السورية قتلوا في ضربات أميركية لصد هجوم السابع من فبراير/شباط.',
  );
  assert.deepEqual(triples(strikes), ['US>SY:ASSAULT']);
});

test('a party behind أمام is where something lies, not who acts (France24)', () => {
  const doc = coded(
    'أعدت بريطانيا بالتشاور مع الولايات المتحدة وفرنسا مشروع قرار أمام مجلس الأمن الدولي، يدين إيران "لتقاعسها" عن منع وصول الصواريخ الباليستية إلى الحوثيين باليمن.',
  );
  assert.ok(!triples(doc).some((t) => t.startsWith('UN>')));
});

// Event coding rules of round 6, mostly for recall: each test is a sentence from an Arabic news article of the ANT
// corpus (BBC, CNN, France24, Sky News Arabic and Alarabiya, 2018), the outlet named in the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzedParagraph, eventTriples as triples } from '../lib/docs.js';

const coded = (text: string) => analyzedParagraph(text, '2018-03-20');

test('a pledge or threat of force against a place threatens its country (France24)', () => {
  const pledge = coded(
    'من جانبه تعهد الرئيس التركي رجب طيب أردوغان الاثنين بتوسيع العملية التركية في سوريا إلى مناطق أخرى خاضعة لسيطرة الأكراد وصولا إلى الحدود العراقية، غداة إخراج فصائل موالية لأنقرة القوات الكردية من عفرين.',
  );
  assert.deepEqual(triples(pledge), ['TR>SY:THREATEN']);
  assert.equal(pledge.layers.events[0].cameo, '138');
  const vow = coded(
    'توعد الرئيس الأمريكي دونالد ترامب الأربعاء بشن ضربات صاروخية على سوريا عقب الهجوم الكيميائي المفترض الذي اتهم النظام السوري بشنه في الغوطة الشرقية.',
  );
  assert.ok(triples(vow).includes('US>SY:THREATEN'));
  const warning = coded('وحذر أردوغان من إمكانية ذهابه أبعد من ذلك وتنفيذ عملية ضد الأكراد داخل الأراضي العراقية.');
  assert.deepEqual(triples(warning), ['TR>IQ:THREATEN']);
});

test('force warned against, or the threatened party’s own act, is no threat to the place (France24)', () => {
  const against = coded(
    'وحذر الرئيس الروسي فلاديمير بوتين من أن ضربات جديدة ضد سوريا ستحدث "فوضى" في العلاقات الدولية، فيما أكد البنتاغون أنه لا يعتزم ذلك.',
  );
  assert.ok(!triples(against).includes('RU>SY:THREATEN'));
  const culprits = coded(
    'وتوعد الرئيس الأمريكي دونالد ترامب المسؤولين عن "الهجوم الكيميائي" على مدينة دوما بدفع "ثمن باهظ".',
  );
  assert.ok(!triples(culprits).includes('US>SY:THREATEN'));
  const pledgedDefence = coded('"تعهدت روسيا بضرب جميع الصواريخ الموجهة إلى سوريا."');
  assert.ok(!triples(pledgedDefence).includes('RU>SY:THREATEN'));
});

test('solidarity with a party is SUPPORT (CNN)', () => {
  const doc = coded(
    'يذكر أن جامعة الدول العربية، ومجلس التعاون الخليجي ومصر والإمارات والبحرين، أكدوا تضامنهم مع السعودية في أزمتها الدبلوماسية مع كندا.',
  );
  assert.deepEqual(triples(doc), ['EG>SA:SUPPORT', 'AE>SA:SUPPORT', 'BH>SA:SUPPORT']);
});

test('a phone call between two officials, the second after «، ونظيره», is a consultation (BBC)', () => {
  const doc = coded(
    'وقال البيان إن القرار جاء في أعقاب مكالمة هاتفية بين النائب العام المصري، نبيل صادق، ونظيره الإيطالي جوزيبي بينياتوني يوم الإثنين، وفي ظل اتفاق مسبق بين الجانبين، بغية الوقوف على آخر مستجدات التحقيقات التي تجريها النيابة العامة في مصر بغية الوصول إلى نتائج تحسم التحقيقات في قضية مقتل ريجيني.',
  );
  assert.deepEqual(triples(doc), ['EG>IT:CONSULT']);
});

test('a delegation sent to a country is a visit (BBC, CNN)', () => {
  const planned = coded(
    'تعتزم إيطاليا إرسال وفد يضم خبراء فنيين إلى القاهرة لحضور عملية استرجاع تسجيلات كاميرات المراقبة الخاصة بمحطات مترو الأنفاق التي ارتادها الباحث الإيطالي جوليو ريجيني قبل اختفائه والعثور على جثته قبل عامين ونصف تقريبا، بحسب بيان للنيابة المصرية.',
  );
  assert.deepEqual(triples(planned), ['IT>EG:CONSULT']);
  assert.equal(planned.layers.events[0].hypothetical, true);
  const sent = coded(
    'سيؤول، كوريا الجنوبية (CNN)-- أعلنت كوريا الجنوبية، الأحد، إرسال مدير استخباراتها وأبرز مستشار أمني لديها ضمن وفدٍ رفيع المستوى إلى العاصمة الكورية الشمالية بزيارة الإثنين، وفقاً لبيان صادر عن البيت الأزرق، وهو المقر الرسمي لرئيس كوريا الجنوبية.',
  );
  assert.ok(triples(sent).includes('KR>KP:CONSULT'));
});

test('a demonym after a name of unknown country, past its quotes and a negated adjective, gives it that country (France24)', () => {
  const doc = coded(
    'طالبت منظمة "شربا" الفرنسية غير الحكومية سلطات كندا بفتح تحقيقات بحق بعض المسؤولين الأفارقة الكبار الذين يملكون عقارات ضخمة بمدينتي مونتريال وأوتاوا تقدر قيمتها بحوالي 19 مليون يورو، متهمة إياهم بالقيام بعملية "تبييض أموال" من أجل اقتنائها.',
  );
  assert.deepEqual(triples(doc), ['FR>CA:REQUEST']);
});

test('a quantity and its «من» stand before a complement: «بالاجتماع مع عدد من الفصائل الفلسطينية» (Alarabiya)', () => {
  const doc = coded(
    'وسيقوم الوفد المصري بالاجتماع مع عدد من الفصائل الفلسطينية في قطاع غزة للدفع بعملية السلام، بالإضافة إلى أن الزيارة لها أهداف أمنية خاصة بعملية سيناء والهدف هو زيادة إجراءات تأمين الحدود مع مصر ومتابعة إجراءات التأمين من جانب حماس وضرورة منع عمليات تهريب السلاح عبر غزة.',
  );
  assert.deepEqual(triples(doc), ['EG>PS:CONSULT']);
});

test('bringing accusations against a party: «توجيه أصابع الاتهام إلى موسكو» (France24)', () => {
  const doc = coded(
    'ورغم أن شرطة إسكتلنديارد التي تجري التحقيق، أكدت أنها تدرس كل جوانب القضية، الا أن وزير الخارجية البريطاني بوريس جونسون سارع إلى توجيه أصابع الاتهام إلى موسكو.',
  );
  assert.deepEqual(triples(doc), ['GB>RU:ACCUSE']);
});

// Event coding rules of round 9: each test is a sentence from an Arabic news article of the ANT corpus (BBC, CNN,
// France24, Sky News Arabic and Alarabiya, 2018) or Jawhara FM (2016–2017), the outlet named in the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzedParagraph, eventTriples as triples } from '../lib/docs.js';

const coded = (text: string) => analyzedParagraph(text, '2018-03-20');

test('a city after a meeting noun is the venue, not a party (France24, Jawhara FM)', () => {
  const astana = coded(
    'وقالت إن وجود 400 قتيل يعكس فشل محادثات استانا التي تم خلالها الاتفاق بين تركيا وإيران وروسيا على إنشاء مناطق "خفض توتر" للحد من العنف في سوريا.',
  );
  assert.ok(!triples(astana).some((t) => t.includes('KZ')), triples(astana).join(' '));
  // Talks named after the process they serve are a conference held in the city, not talks with its country.
  const process = coded(
    'وقد تزيد النزاعات القضائية  بشكل ملحوظ، لأنه إذا تطور وقف إطلاق النار الهش الحالي بين فصائل المعارضة والنظام السوري في إطار محادثات السلام في أستانا، إلى شكل من أشكال السلام على المدى المتوسط.',
  );
  assert.deepEqual(triples(process), []);
});

test('what a campaign tries to make believed is not coded as fact (Alarabiya)', () => {
  const doc = coded(
    'أدركت إيران منذ اندلاع الثورة السورية أن حليفها الاستراتيجي في الشرق الأوسط، يمر بمرحلة عصيبة قد تجتثه قبل أن تنجح طهران في إيجاد بديل مناسب في المنطقة، فسخرت ماكينتها الإعلامية والدبلوماسية لمحاولة إقناع أتباعها في إيران وخارجها بأن «قوى الاستكبار العالمي»، خاصة الولايات المتحدة وإسرائيل، تستهدف ما تطلق عليه إيران «محور المقاومة».',
  );
  assert.deepEqual(triples(doc), []);
});

test('an act someone is suspected of is not the act of the clause subject (BBC)', () => {
  const doc = coded(
    'أعلنت السلطات البريطانية اسمي رجلين يحملان الجنسية الروسية، مشتبه بضلوعهما في محاولة اغتيال الجاسوس الروسي السابق سيرغي سكريبال وابنته يوليا.',
  );
  assert.ok(!triples(doc).includes('GB>RU:ASSAULT'), triples(doc).join(' '));
});

test('a killing verb with «فيها» after it names victims, not an attacker (France24)', () => {
  const doc = coded(
    'أعلن الجيش الاسرائيلي السبت اعتقال اثنين من أقرباء الفلسطيني الذي نفذ الجمعة عملية دهس قتل فيها جنديان إسرائيليان الجمعة في الضفة الغربية المحتلة.',
  );
  assert.ok(!triples(doc).includes('IL>PS:ASSAULT'), triples(doc).join(' '));
});

test('an envoy’s post with a glued ل is part of his title (BBC)', () => {
  const doc = coded(
    'فقد وصف موفد الأمم المتحدة السابق لليمن الموريتاني اسماعيل ولد الشيخ أحمد بأنه "ممثل لدول العدوان" في إشارة إلى التحالف العربي.',
  );
  assert.ok(!triples(doc).some((t) => t.includes('YE')), triples(doc).join(' '));
});

test('the Arab coalition written as a hashtag is no party without its leader (Alarabiya)', () => {
  const doc = coded(
    'وكانت إحصائية نشرها موقع #الجيش_اليمني، الاثنين، قالت إن أكثر من 100 مسلح حوثي، بينهم قيادات ميدانية، لقوا مصرعهم خلال 48 ساعة بغارات طيران #التحالف_العربي والمعارك العنيفة الدائرة جنوبي محافظة الحديدة غرب #اليمن.',
  );
  assert.ok(!triples(doc).some((t) => t.startsWith('SA>')), triples(doc).join(' '));
});

test('«وفي …،» opening a sentence fronts a circumstance: the subject follows the verb (BBC)', () => {
  const doc = coded(
    'وفي تغريدة عبر موقع تويتر، أبدى رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، تأييده لبحث أستراليا نقل سفارتها إلى القدس.',
  );
  assert.deepEqual(triples(doc), ['IL>AU:SUPPORT']);
});

test('a party right after a verbal noun with another party after it is the agent (BBC)', () => {
  const doc = coded(
    'قال وزير الخارجية الروسي، سيرغي لافروف، إن بلاده ستطرد دبلوماسيين بريطانيين "قريبا"، ردا على طرد لندن 23 دبلوماسيا روسيا.',
  );
  assert.deepEqual(triples(doc).sort(), ['GB>RU:SANCTION', 'RU>GB:SANCTION']);
  // The object genitive has no party after it: the clause's subject acts on it.
  const objectGenitive = coded('لكن بريطانيا أعلنت طرد الدبلوماسيين الروس بعد انتهاء مهلة الثلاثاء.');
  assert.deepEqual(triples(objectGenitive), ['GB>RU:SANCTION']);
});

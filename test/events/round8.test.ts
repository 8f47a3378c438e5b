// Event coding rules of round 8: each test is a sentence from an Arabic news article of the ANT corpus (BBC, CNN,
// France24, Sky News Arabic and Alarabiya, 2018) or Jawhara FM (2016–2017), the outlet named in the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findActors } from '../../src/events/actors.js';
import { analyzedParagraph, eventTriples as triples } from '../lib/docs.js';

const coded = (text: string) => analyzedParagraph(text, '2018-03-20');

test('verb classes: backing, thanking and the arrest phrase are coded with their parties (France24, CNN, BBC)', () => {
  const backing = coded(
    'وكانت الحرب البارد في أوجها في مطلع السبعينات من القرن الماضي حيث دعمت الولايات المتحدة الامريكية إسرائيل ودعم الاتحاد السوفيتي مصر وسوريا وبالتالي أصبحت الحرب تجري بين الطرفين بالوكالة عن القوتين الأعظم في العالم.',
  );
  assert.deepEqual(triples(backing), ['US>IL:SUPPORT']);
  // A first-person verb in a quotation has the speaker as subject.
  const thanks = coded(
    'من جانبه، أعرب وزير الخارجية السوداني إبراهيم غندور عن تقدير بلاده لمواقف قطر الداعمة للسودان، قائلا: "نشكر دولة قطر وأميرها على الدعم الذي ظلت تقدمه للسودان طوال الفترة الماضية ومساندته للسودان".',
  );
  assert.ok(triples(thanks).includes('SD>QA:SUPPORT'));
  const arrest = coded(
    'وألقت السلطات الإيرانية القبض على المواطنة البريطانية من أصول إيرانية أثناء زيارتها التي أرادت خلالها أن يرى والداها طفلتها غابريللا للمرة الأولى.',
  );
  assert.deepEqual(triples(arrest), ['IR>GB:COERCE']);
});

test('«على X أن …» opening reported speech is a demand of the speaker on X (Jawhara FM)', () => {
  const reported = coded(
    'ونقلت وكالة "تسنيم" الإيرانية للأنباء عن ظريف قوله إن على الرئيس الأميركي أن يبقي على الالتزام بالاتفاق النووي الدولي مع إيران.',
  );
  assert.deepEqual(triples(reported), ['IR>US:REQUEST']);
  const quoted = coded(
    'وقال ظريف الذي يزور رومانيا: "على الولايات المتحدة الوفاء بالتزاماتها بشأن خطة العمل الشاملة المشتركة (الصفقة النووية) كاتفاق دولي متعدد الأطراف".',
  );
  assert.deepEqual(triples(quoted).sort(), ['IR>RO:CONSULT', 'IR>US:REQUEST']);
});

test('a meeting in a capital that hosts international bodies is not talks with its country (BBC)', () => {
  const doc = coded(
    'وسيلتقي جونسون نظرائه في الاتحاد الأوروبي والأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ، لإجراء محادثات في بروكسل، يوم الاثنين.',
  );
  assert.ok(!triples(doc).some((t) => t.includes('BE')));
});

test('a capability (يمكنها) makes the act it governs hypothetical (BBC)', () => {
  const doc = coded(
    'لا تعترف روسيا رسمياً بوجود أي من مرتزقة لها في سوريا وبالتالي يمكنها نفي وقوع أي إصابات أو قتلى لها في القتال الجاري هناك.',
  );
  const denial = doc.layers.events.find((e) => e.type === 'REJECT');
  assert.ok(denial, 'the denial is still found');
  assert.equal(denial.hypothetical, true);
});

test('a verb with no direct object followed by a plain noun names its own subject (Sky News)', () => {
  const doc = coded(
    'لدى تركيا ثلاثة قواعد في سوريا، وتتحدث تقارير إعلامية عن نيتها التوسع في تشييد القواعد متذرعةً بأهميتها في مراقبة حدودها مع سوريا، إذ تعتزم إقامة 8 قواعد إضافية، بالإضافة إلى العديد من نقاط المراقبة.',
  );
  assert.deepEqual(triples(doc), []);
  // A cognate accusative after the verb is no subject: the speaker still talked with the party after مع.
  const cognate = coded('وقال ترامب: "تحدثنا حديثا مطولا بشأن الاجتماع مع كيم جونج أون".');
  assert.deepEqual(triples(cognate), ['US>KP:CONSULT']);
});

test('a negated modal negates the act it governs (Alarabiya)', () => {
  const doc = coded(
    'وكان السفير الروسي في الأمم المتحدة قال إنه لا ينبغي لمجلس الأمن الدولي أن يدين إيران ويتخذ إجراءات عقابية ضد اليمن بسبب الاتهامات الموجهة لطهران بالتقاعس عن منع وصول صواريخها إلى ميليشيات الحوثي.',
  );
  assert.deepEqual(triples(doc), []);
});

test('an object pronoun whose subject follows the verb refers to the party before it (France24)', () => {
  const doc = coded(
    'تعرض عميل سابق للاستخبارات البريطانية، اعتقلته موسكو في 2006 قبل أن تفرج عنه بعد أربع سنوات في إطار اتفاق مع لندن لتبادل الجواسيس، لعملية تسميم في جنوب بريطانيا وحالته "حرجة"، حسبما أفادت وسائل إعلام بريطانية الاثنين.',
  );
  assert.deepEqual(triples(doc), ['RU>GB:COERCE']);
});

test('a promise naming no one is made to the party that reports it; وعدت is a verb, not و + عدت (CNN)', () => {
  const doc = coded(
    'واشنطن، الولايات المتحدة الأمريكية (CNN)-- أعلن الرئيس الأمريكي دونالد ترامب، السبت، أن كوريا الشمالية وعدت بإيقاف تجاربها الصاروخية، وذلك بعد قبوله مبدئيا بلقاء زعيم كوريا الشمالية كيم جونغ أون.',
  );
  assert.deepEqual(triples(doc), ['KP>US:AGREE']);
  // A pledge of force is a threat to the place, not a promise to the reporter.
  const force = coded('وقال مسؤول أمريكي إن تركيا تعهدت بتوسيع العملية العسكرية في سوريا.');
  assert.ok(!triples(force).includes('TR>US:AGREE'));
});

test('names and dates do not count towards a phrase word; the subject’s apposition stands before the object (Sky News)', () => {
  const doc = coded(
    'وصف وزير الخارجية الإيراني، أحمد جواد ظريف، الأحد، كلمة رئيس وزراء إسرائيل بنيامين نتانياهو بأنها "سيرك هزلي"، بعد أن هدد طهران برد عنيف في حال تم شن هجوم انطلاقا من سوريا على إسرائيل.',
  );
  assert.ok(triples(doc).includes('IR>IL:ACCUSE'));
});

test('EU institutions stand for the EU (Sky News)', () => {
  const doc = coded(
    'رأى رئيس المجلس الأوروبي دونالد توسك أن الرؤية البريطانية حول مستقبل العلاقة مع الاتحاد الأوروبي في مرحلة ما بعد بريكست "تستند إلى محض أوهام".',
  );
  const council = findActors(doc).find((a) => doc.text.slice(a.start, a.end) === 'المجلس الأوروبي');
  assert.equal(council?.country, 'EU');
});

test('what a party rejects did not happen: a rejected offer or deportation is not coded (France24, BBC)', () => {
  const offer = coded(
    'وكانت تركيا قد رفضت عرض وساطة تقدم به الرئيس الفرنسي إيمانويل ماكرون بين أنقرة وقوات سوريا الديمقراطية بعد أن استقبل وفدا تركيا في الإليزيه في 29 آذار/مارس.',
  );
  assert.ok(!triples(offer).some((t) => t.endsWith(':CONSULT') && t.startsWith('FR>')));
  const deportation = coded(
    'واشتكى من رفض برلين ترحيل أتباع فتح الله غولن، الذي تتهمه أنقرة بتدبير محاولة الانقلاب العسكري.',
  );
  assert.ok(!triples(deportation).some((t) => t.endsWith(':COERCE')));
  // «صوت انفجارات» is a sound, not a vote: the attack after it is still found.
  const blasts = coded(
    'وأكد شهود عيان لـ«الشرق الأوسط»، أن أكثر من عشرين قذيفة هاون وصاروخ انطلقت من منطقة الفيحاء في الضفة الشرقية لشط العرب باتجاه قاعدة المطار، أعقبها بقليل صوت انفجارات لقنابل طائرات عسكرية أطلقت قذائفها على مكان قريب من إطلاق القذائف.',
  );
  assert.ok(blasts.layers.events.some((e) => e.type === 'ASSAULT' && !e.negated));
});

test('a formal protest lodged with a government is an official complaint, not a demonstration (BBC)', () => {
  const doc = coded(
    'يأتي ذلك بعد يوم واحد من الاحتجاج الرسمي السوداني لدى الخارجية المصرية ضد المسلسل بعد إصدار الخارجية السودانية بيانا في هذا الشأن.',
  );
  assert.deepEqual(triples(doc), ['SD>EG:ACCUSE']);
});

test('a month name in a date is no place (France24: آب is also Ibb in Yemen)', () => {
  const doc = coded(
    'وفي 13 آب/أغسطس الماضي، أطلق مسلحان النار على مطعم في الجادة الرئيسية في واغادوغو، ما أدى إلى مقتل 19 شخصا وإصابة 21 آخرين.',
  );
  assert.ok(!triples(doc).some((t) => t.startsWith('YE>')));
});

test('a later word of the same trigger entry takes the phrase word after it (CNN)', () => {
  const doc = coded(
    'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- أطلقت السفيرة الأمريكية بالأمم المتحدة، نيكي هايلي، الثلاثاء، تصريحات لاذعة ضد "ادعاءات" روسيا "المليئة بالاستهزاء،" واصفة استمرار إطلاق النار في الغوطة الشرقية، بأنه "انتهاك" لقرار مجلس الأمن.',
  );
  assert.ok(!doc.layers.events.some((e) => e.trigger.text === 'أطلقت'));
});

test('a head noun before a party must agree with the verb: «وحثّ دول الاتحاد» has another subject (Alarabiya)', () => {
  const doc = coded(
    'لكن وزير الخزانة الأمريكي، ستيفن منوشين، دافع عن الرسوم الجمركية التي فرضتها بلاده، وحثّ دول الاتحاد الأوروبي والصين على فتح أسواقهم للسماح بالمنافسة الحرة.',
  );
  assert.deepEqual(triples(doc).sort(), ['US>CN:REQUEST', 'US>EU:REQUEST']);
});

test('backing (ساند) is support; clashes named by a noun are not between co-subjects (France24)', () => {
  const doc = coded(
    'ورعت موسكو وطهران وهما الدولتان اللتان تساندان دمشق، وأنقرة التي تدعم مقاتلي المعارضة السورية، عملية "أستانة" التي أتاحت إعلان أربع مناطق لخفض التوتر بهدف الحد من المواجهات في سوريا.',
  );
  const coded8 = triples(doc);
  assert.ok(coded8.includes('RU>SY:SUPPORT') && coded8.includes('IR>SY:SUPPORT'));
  assert.ok(!coded8.includes('RU>IR:ASSAULT'));
});

test('support named by a noun goes to the party after its ل, not to one after a word of affiliation (CNN, Sky News)', () => {
  const thanks = coded(
    'من جانبه، أعرب وزير الخارجية السوداني إبراهيم غندور عن تقدير بلاده لمواقف قطر الداعمة للسودان، قائلا: "نشكر دولة قطر وأميرها على الدعم الذي ظلت تقدمه للسودان طوال الفترة الماضية ومساندته للسودان".',
  );
  assert.ok(triples(thanks).includes('QA>SD:SUPPORT'));
  const affiliated = coded(
    'وتشكك الرسالة في المحتوى الذي تقدمه الوسيلة الإعلامية القطرية من خلال دعم جماعات وتنظيمات إرهابية مثل حزب الله وجبهة النصرة التابعة لتنظيم القاعدة وحركة حماس.',
  );
  assert.deepEqual(triples(affiliated), []);
});

test('a definite noun right after the verb is its subject: the party after it is the object (BBC)', () => {
  const doc = coded(
    'وتتهم المملكة إيران بتزويد الحوثيين بهذه الصواريخ، وتعتبر ذلك "تهديدا خطيرا" للأمن الوطني السعودي.',
  );
  assert.ok(!triples(doc).includes('IR>YE:ACCUSE'));
  // A demonym after the noun makes it the named subject (وحذر المندوب الروسي واشنطن).
  const envoy = coded(
    'وحذر المندوب الروسي واشنطن من أنها "ستتحمل المسؤولية" عن أي "مغامرة عسكرية غير مشروعة" تقوم بها.',
  );
  assert.deepEqual(triples(envoy), ['RU>US:THREATEN']);
});

test('expelling a counted accusative demonym; aiming at assets is no attack; an unsplit س marks the future (France24)', () => {
  const doc = coded(
    'وأعلنت ماي أمس الأربعاء أن بريطانيا ستطرد 23 دبلوماسيا روسيا، كما قال وزير الخارجية بوريس جونسون الخميس إن لندن ستستهدف أصول روسيا في بريطانيا.',
  );
  assert.deepEqual(triples(doc), ['GB>RU:SANCTION']);
  assert.equal(doc.layers.events[0].hypothetical, true);
});

test('a verb whose object pronoun refers back takes no object after its subject (France24)', () => {
  const doc = coded(
    'ومنذ تشرين الأول/أكتوبر، اضطلعت تركيا بدور في محافظة إدلب الخاضعة لسيطرة المعارضة المسلحة على الحدود مع عفرين في إطار عملية دبلوماسية تدعمها روسيا حليفة الأسد في محادثات أستانة بقازاخستان.',
  );
  assert.ok(!triples(doc).includes('RU>SY:SUPPORT'));
});

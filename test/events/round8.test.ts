// Event coding rules of round 8: each test is a sentence from an Arabic news article of the ANT corpus (BBC, CNN,
// France24, Sky News Arabic and Alarabiya, 2018) or Jawhara FM (2016–2017), the outlet named in the test.
import assert from 'node:assert/strict';
import { findActors } from '../../src/events/actors.js';
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'verb classes: backing, thanking and the arrest phrase are coded with their parties (France24, CNN, BBC) (1/3)',
    sentence:
      'وكانت الحرب البارد في أوجها في مطلع السبعينات من القرن الماضي حيث دعمت الولايات المتحدة الامريكية إسرائيل ودعم الاتحاد السوفيتي مصر وسوريا وبالتالي أصبحت الحرب تجري بين الطرفين بالوكالة عن القوتين الأعظم في العالم.',
    exactly: ['US>IL:SUPPORT'],
  },
  // A first-person verb in a quotation has the speaker as subject.
  {
    rule: 'verb classes: backing, thanking and the arrest phrase are coded with their parties (France24, CNN, BBC) (2/3)',
    sentence:
      'من جانبه، أعرب وزير الخارجية السوداني إبراهيم غندور عن تقدير بلاده لمواقف قطر الداعمة للسودان، قائلا: "نشكر دولة قطر وأميرها على الدعم الذي ظلت تقدمه للسودان طوال الفترة الماضية ومساندته للسودان".',
    has: ['SD>QA:SUPPORT'],
  },
  {
    rule: 'verb classes: backing, thanking and the arrest phrase are coded with their parties (France24, CNN, BBC) (3/3)',
    sentence:
      'وألقت السلطات الإيرانية القبض على المواطنة البريطانية من أصول إيرانية أثناء زيارتها التي أرادت خلالها أن يرى والداها طفلتها غابريللا للمرة الأولى.',
    exactly: ['IR>GB:COERCE'],
  },
  {
    rule: '«على X أن …» opening reported speech is a demand of the speaker on X (Jawhara FM) (1/2)',
    sentence:
      'ونقلت وكالة "تسنيم" الإيرانية للأنباء عن ظريف قوله إن على الرئيس الأميركي أن يبقي على الالتزام بالاتفاق النووي الدولي مع إيران.',
    exactly: ['IR>US:REQUEST'],
  },
  {
    rule: '«على X أن …» opening reported speech is a demand of the speaker on X (Jawhara FM) (2/2)',
    sentence:
      'وقال ظريف الذي يزور رومانيا: "على الولايات المتحدة الوفاء بالتزاماتها بشأن خطة العمل الشاملة المشتركة (الصفقة النووية) كاتفاق دولي متعدد الأطراف".',
    exactlyUnordered: ['IR>RO:CONSULT', 'IR>US:REQUEST'],
  },
  {
    rule: 'a meeting in a capital that hosts international bodies is not talks with its country (BBC)',
    sentence:
      'وسيلتقي جونسون نظرائه في الاتحاد الأوروبي والأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ، لإجراء محادثات في بروكسل، يوم الاثنين.',
    hasNotLike: [/BE/],
  },
  {
    rule: 'a capability (يمكنها) makes the act it governs hypothetical (BBC)',
    sentence:
      'لا تعترف روسيا رسمياً بوجود أي من مرتزقة لها في سوريا وبالتالي يمكنها نفي وقوع أي إصابات أو قتلى لها في القتال الجاري هناك.',
    check: (doc) => {
      const denial = doc.layers.events.find((e) => e.type === 'REJECT');
      assert.ok(denial, 'the denial is still found');
      assert.equal(denial.hypothetical, true);
    },
  },
  {
    rule: 'a verb with no direct object followed by a plain noun names its own subject (Sky News) (1/2)',
    sentence:
      'لدى تركيا ثلاثة قواعد في سوريا، وتتحدث تقارير إعلامية عن نيتها التوسع في تشييد القواعد متذرعةً بأهميتها في مراقبة حدودها مع سوريا، إذ تعتزم إقامة 8 قواعد إضافية، بالإضافة إلى العديد من نقاط المراقبة.',
    exactly: [],
  },
  // A cognate accusative after the verb is no subject: the speaker still talked with the party after مع.
  {
    rule: 'a verb with no direct object followed by a plain noun names its own subject (Sky News) (2/2)',
    sentence: 'وقال ترامب: "تحدثنا حديثا مطولا بشأن الاجتماع مع كيم جونج أون".',
    exactly: ['US>KP:CONSULT'],
  },
  {
    rule: 'a negated modal negates the act it governs (Alarabiya)',
    sentence:
      'وكان السفير الروسي في الأمم المتحدة قال إنه لا ينبغي لمجلس الأمن الدولي أن يدين إيران ويتخذ إجراءات عقابية ضد اليمن بسبب الاتهامات الموجهة لطهران بالتقاعس عن منع وصول صواريخها إلى ميليشيات الحوثي.',
    exactly: [],
  },
  {
    rule: 'an object pronoun whose subject follows the verb refers to the party before it (France24)',
    sentence:
      'تعرض عميل سابق للاستخبارات البريطانية، اعتقلته موسكو في 2006 قبل أن تفرج عنه بعد أربع سنوات في إطار اتفاق مع لندن لتبادل الجواسيس، لعملية تسميم في جنوب بريطانيا وحالته "حرجة"، حسبما أفادت وسائل إعلام بريطانية الاثنين.',
    exactly: ['RU>GB:COERCE'],
  },
  {
    rule: 'a promise naming no one is made to the party that reports it; وعدت is a verb, not و + عدت (CNN) (1/2)',
    sentence:
      'واشنطن، الولايات المتحدة الأمريكية (CNN)-- أعلن الرئيس الأمريكي دونالد ترامب، السبت، أن كوريا الشمالية وعدت بإيقاف تجاربها الصاروخية، وذلك بعد قبوله مبدئيا بلقاء زعيم كوريا الشمالية كيم جونغ أون.',
    // Round 60: «قبوله» is Trump's acceptance to meet (US>KP 036), as the gold codes it.
    exactly: ['KP>US:AGREE', 'US>KP:AGREE'],
  },
  // A pledge of force is a threat to the place, not a promise to the reporter.
  {
    rule: 'a promise naming no one is made to the party that reports it; وعدت is a verb, not و + عدت (CNN) (2/2)',
    sentence: 'وقال مسؤول أمريكي إن تركيا تعهدت بتوسيع العملية العسكرية في سوريا.',
    hasNot: ['TR>US:AGREE'],
  },
  {
    rule: 'names and dates do not count towards a phrase word; the subject’s apposition stands before the object (Sky News)',
    sentence:
      'وصف وزير الخارجية الإيراني، أحمد جواد ظريف، الأحد، كلمة رئيس وزراء إسرائيل بنيامين نتانياهو بأنها "سيرك هزلي"، بعد أن هدد طهران برد عنيف في حال تم شن هجوم انطلاقا من سوريا على إسرائيل.',
    has: ['IR>IL:ACCUSE'],
  },
  {
    rule: 'EU institutions stand for the EU (Sky News)',
    sentence:
      'رأى رئيس المجلس الأوروبي دونالد توسك أن الرؤية البريطانية حول مستقبل العلاقة مع الاتحاد الأوروبي في مرحلة ما بعد بريكست "تستند إلى محض أوهام".',
    check: (doc) => {
      const council = findActors(doc).find((a) => doc.text.slice(a.start, a.end) === 'المجلس الأوروبي');
      assert.equal(council?.country, 'EU');
    },
  },
  {
    rule: 'what a party rejects did not happen: a rejected offer or deportation is not coded (France24, BBC) (1/3)',
    sentence:
      'وكانت تركيا قد رفضت عرض وساطة تقدم به الرئيس الفرنسي إيمانويل ماكرون بين أنقرة وقوات سوريا الديمقراطية بعد أن استقبل وفدا تركيا في الإليزيه في 29 آذار/مارس.',
    hasNotLike: [/^FR>.*:CONSULT$/],
  },
  {
    rule: 'what a party rejects did not happen: a rejected offer or deportation is not coded (France24, BBC) (2/3)',
    sentence: 'واشتكى من رفض برلين ترحيل أتباع فتح الله غولن، الذي تتهمه أنقرة بتدبير محاولة الانقلاب العسكري.',
    hasNotLike: [/:COERCE$/],
  },
  // «صوت انفجارات» is a sound, not a vote: the attack after it is still found.
  {
    rule: 'what a party rejects did not happen: a rejected offer or deportation is not coded (France24, BBC) (3/3)',
    sentence:
      'وأكد شهود عيان لـ«الشرق الأوسط»، أن أكثر من عشرين قذيفة هاون وصاروخ انطلقت من منطقة الفيحاء في الضفة الشرقية لشط العرب باتجاه قاعدة المطار، أعقبها بقليل صوت انفجارات لقنابل طائرات عسكرية أطلقت قذائفها على مكان قريب من إطلاق القذائف.',
    hasLike: [/:ASSAULT$/],
  },
  {
    rule: 'a formal protest lodged with a government is an official complaint, not a demonstration (BBC)',
    sentence:
      'يأتي ذلك بعد يوم واحد من الاحتجاج الرسمي السوداني لدى الخارجية المصرية ضد المسلسل بعد إصدار الخارجية السودانية بيانا في هذا الشأن.',
    exactly: ['SD>EG:ACCUSE'],
  },
  {
    rule: 'a month name in a date is no place (France24: آب is also Ibb in Yemen)',
    sentence:
      'وفي 13 آب/أغسطس الماضي، أطلق مسلحان النار على مطعم في الجادة الرئيسية في واغادوغو، ما أدى إلى مقتل 19 شخصا وإصابة 21 آخرين.',
    hasNotLike: [/^YE>/],
  },
  {
    rule: 'a later word of the same trigger entry takes the phrase word after it (CNN)',
    sentence:
      'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- أطلقت السفيرة الأمريكية بالأمم المتحدة، نيكي هايلي، الثلاثاء، تصريحات لاذعة ضد "ادعاءات" روسيا "المليئة بالاستهزاء،" واصفة استمرار إطلاق النار في الغوطة الشرقية، بأنه "انتهاك" لقرار مجلس الأمن.',
    check: (doc) => assert.ok(!doc.layers.events.some((e) => e.trigger.text === 'أطلقت')),
  },
  {
    rule: 'a head noun before a party must agree with the verb: «وحثّ دول الاتحاد» has another subject (Alarabiya)',
    sentence:
      'لكن وزير الخزانة الأمريكي، ستيفن منوشين، دافع عن الرسوم الجمركية التي فرضتها بلاده، وحثّ دول الاتحاد الأوروبي والصين على فتح أسواقهم للسماح بالمنافسة الحرة.',
    exactlyUnordered: ['US>CN:REQUEST', 'US>EU:REQUEST'],
  },
  {
    rule: 'backing (ساند) is support; clashes named by a noun are not between co-subjects (France24)',
    sentence:
      'ورعت موسكو وطهران وهما الدولتان اللتان تساندان دمشق، وأنقرة التي تدعم مقاتلي المعارضة السورية، عملية "أستانة" التي أتاحت إعلان أربع مناطق لخفض التوتر بهدف الحد من المواجهات في سوريا.',
    has: ['RU>SY:SUPPORT', 'IR>SY:SUPPORT'],
    hasNot: ['RU>IR:ASSAULT'],
  },
  {
    rule: 'support named by a noun goes to the party after its ل, not to one after a word of affiliation (CNN, Sky News) (1/2)',
    sentence:
      'من جانبه، أعرب وزير الخارجية السوداني إبراهيم غندور عن تقدير بلاده لمواقف قطر الداعمة للسودان، قائلا: "نشكر دولة قطر وأميرها على الدعم الذي ظلت تقدمه للسودان طوال الفترة الماضية ومساندته للسودان".',
    has: ['QA>SD:SUPPORT'],
  },
  {
    rule: 'support named by a noun goes to the party after its ل, not to one after a word of affiliation (CNN, Sky News) (2/2)',
    sentence:
      'وتشكك الرسالة في المحتوى الذي تقدمه الوسيلة الإعلامية القطرية من خلال دعم جماعات وتنظيمات إرهابية مثل حزب الله وجبهة النصرة التابعة لتنظيم القاعدة وحركة حماس.',
    exactly: [],
  },
  {
    rule: 'a definite noun right after the verb is its subject: the party after it is the object (BBC) (1/2)',
    sentence: 'وتتهم المملكة إيران بتزويد الحوثيين بهذه الصواريخ، وتعتبر ذلك "تهديدا خطيرا" للأمن الوطني السعودي.',
    hasNot: ['IR>YE:ACCUSE'],
  },
  // A demonym after the noun makes it the named subject (وحذر المندوب الروسي واشنطن).
  {
    rule: 'a definite noun right after the verb is its subject: the party after it is the object (BBC) (2/2)',
    sentence: 'وحذر المندوب الروسي واشنطن من أنها "ستتحمل المسؤولية" عن أي "مغامرة عسكرية غير مشروعة" تقوم بها.',
    exactly: ['RU>US:THREATEN'],
  },
  {
    rule: 'expelling a counted accusative demonym; aiming at assets is no attack; an unsplit س marks the future (France24)',
    sentence:
      'وأعلنت ماي أمس الأربعاء أن بريطانيا ستطرد 23 دبلوماسيا روسيا، كما قال وزير الخارجية بوريس جونسون الخميس إن لندن ستستهدف أصول روسيا في بريطانيا.',
    exactly: ['GB>RU:SANCTION'],
    hypothetical: ['GB>RU:SANCTION'],
  },
  {
    rule: 'a verb whose object pronoun refers back takes no object after its subject (France24)',
    sentence:
      'ومنذ تشرين الأول/أكتوبر، اضطلعت تركيا بدور في محافظة إدلب الخاضعة لسيطرة المعارضة المسلحة على الحدود مع عفرين في إطار عملية دبلوماسية تدعمها روسيا حليفة الأسد في محادثات أستانة بقازاخستان.',
    hasNot: ['RU>SY:SUPPORT'],
  },
];

runEventCases(cases, '2018-03-20');

// Event coding rules of round 6, mostly for recall: each test is a sentence from an Arabic news article of the ANT
// corpus (BBC, CNN, France24, Sky News Arabic and Alarabiya, 2018), the outlet named in the test.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a pledge or threat of force against a place threatens its country (France24) (1/3)',
    sentence:
      'من جانبه تعهد الرئيس التركي رجب طيب أردوغان الاثنين بتوسيع العملية التركية في سوريا إلى مناطق أخرى خاضعة لسيطرة الأكراد وصولا إلى الحدود العراقية، غداة إخراج فصائل موالية لأنقرة القوات الكردية من عفرين.',
    exactly: ['TR>SY:THREATEN'],
    cameo: { 'TR>SY:THREATEN': '138' },
  },
  {
    rule: 'a pledge or threat of force against a place threatens its country (France24) (2/3)',
    sentence:
      'توعد الرئيس الأمريكي دونالد ترامب الأربعاء بشن ضربات صاروخية على سوريا عقب الهجوم الكيميائي المفترض الذي اتهم النظام السوري بشنه في الغوطة الشرقية.',
    has: ['US>SY:THREATEN'],
  },
  {
    rule: 'a pledge or threat of force against a place threatens its country (France24) (3/3)',
    sentence: 'وحذر أردوغان من إمكانية ذهابه أبعد من ذلك وتنفيذ عملية ضد الأكراد داخل الأراضي العراقية.',
    exactly: ['TR>IQ:THREATEN'],
  },
  {
    rule: 'force warned against, or the threatened party’s own act, is no threat to the place (France24) (1/3)',
    sentence:
      'وحذر الرئيس الروسي فلاديمير بوتين من أن ضربات جديدة ضد سوريا ستحدث "فوضى" في العلاقات الدولية، فيما أكد البنتاغون أنه لا يعتزم ذلك.',
    hasNot: ['RU>SY:THREATEN'],
  },
  {
    rule: 'force warned against, or the threatened party’s own act, is no threat to the place (France24) (2/3)',
    sentence: 'وتوعد الرئيس الأمريكي دونالد ترامب المسؤولين عن "الهجوم الكيميائي" على مدينة دوما بدفع "ثمن باهظ".',
    hasNot: ['US>SY:THREATEN'],
  },
  {
    rule: 'force warned against, or the threatened party’s own act, is no threat to the place (France24) (3/3)',
    sentence: '"تعهدت روسيا بضرب جميع الصواريخ الموجهة إلى سوريا."',
    hasNot: ['RU>SY:THREATEN'],
  },
  {
    rule: 'solidarity with a party is SUPPORT (CNN)',
    sentence:
      'يذكر أن جامعة الدول العربية، ومجلس التعاون الخليجي ومصر والإمارات والبحرين، أكدوا تضامنهم مع السعودية في أزمتها الدبلوماسية مع كندا.',
    exactly: ['EG>SA:SUPPORT', 'AE>SA:SUPPORT', 'BH>SA:SUPPORT'],
  },
  {
    rule: 'a phone call between two officials, the second after «، ونظيره», is a consultation (BBC)',
    sentence:
      'وقال البيان إن القرار جاء في أعقاب مكالمة هاتفية بين النائب العام المصري، نبيل صادق، ونظيره الإيطالي جوزيبي بينياتوني يوم الإثنين، وفي ظل اتفاق مسبق بين الجانبين، بغية الوقوف على آخر مستجدات التحقيقات التي تجريها النيابة العامة في مصر بغية الوصول إلى نتائج تحسم التحقيقات في قضية مقتل ريجيني.',
    exactly: ['EG>IT:CONSULT'],
  },
  {
    rule: 'a delegation sent to a country is a visit (BBC, CNN) (1/2)',
    sentence:
      'تعتزم إيطاليا إرسال وفد يضم خبراء فنيين إلى القاهرة لحضور عملية استرجاع تسجيلات كاميرات المراقبة الخاصة بمحطات مترو الأنفاق التي ارتادها الباحث الإيطالي جوليو ريجيني قبل اختفائه والعثور على جثته قبل عامين ونصف تقريبا، بحسب بيان للنيابة المصرية.',
    exactly: ['IT>EG:CONSULT'],
    hypothetical: ['IT>EG:CONSULT'],
  },
  {
    rule: 'a delegation sent to a country is a visit (BBC, CNN) (2/2)',
    sentence:
      'سيؤول، كوريا الجنوبية (CNN)-- أعلنت كوريا الجنوبية، الأحد، إرسال مدير استخباراتها وأبرز مستشار أمني لديها ضمن وفدٍ رفيع المستوى إلى العاصمة الكورية الشمالية بزيارة الإثنين، وفقاً لبيان صادر عن البيت الأزرق، وهو المقر الرسمي لرئيس كوريا الجنوبية.',
    has: ['KR>KP:CONSULT'],
  },
  {
    rule: 'a demonym after a name of unknown country, past its quotes and a negated adjective, gives it that country (France24)',
    sentence:
      'طالبت منظمة "شربا" الفرنسية غير الحكومية سلطات كندا بفتح تحقيقات بحق بعض المسؤولين الأفارقة الكبار الذين يملكون عقارات ضخمة بمدينتي مونتريال وأوتاوا تقدر قيمتها بحوالي 19 مليون يورو، متهمة إياهم بالقيام بعملية "تبييض أموال" من أجل اقتنائها.',
    exactly: ['FR>CA:REQUEST'],
  },
  {
    rule: 'a quantity and its «من» stand before a complement: «بالاجتماع مع عدد من الفصائل الفلسطينية» (Alarabiya)',
    sentence:
      'وسيقوم الوفد المصري بالاجتماع مع عدد من الفصائل الفلسطينية في قطاع غزة للدفع بعملية السلام، بالإضافة إلى أن الزيارة لها أهداف أمنية خاصة بعملية سيناء والهدف هو زيادة إجراءات تأمين الحدود مع مصر ومتابعة إجراءات التأمين من جانب حماس وضرورة منع عمليات تهريب السلاح عبر غزة.',
    exactly: ['EG>PS:CONSULT'],
  },
  {
    rule: 'bringing accusations against a party: «توجيه أصابع الاتهام إلى موسكو» (France24)',
    sentence:
      'ورغم أن شرطة إسكتلنديارد التي تجري التحقيق، أكدت أنها تدرس كل جوانب القضية، الا أن وزير الخارجية البريطاني بوريس جونسون سارع إلى توجيه أصابع الاتهام إلى موسكو.',
    exactly: ['GB>RU:ACCUSE'],
  },
];

runEventCases(cases, '2018-03-20');

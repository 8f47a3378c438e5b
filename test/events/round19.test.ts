// Event coding rules of round 19 (errors of the blind dev batch 11), one case per rule and a near case that must not
// be coded: each sentence is from an Arabic news article of the ANT corpus (Al Arabiya, BBC, CNN, France24, Sky News,
// 2018), dev-split articles only (the batch-11 gold and scripts/audit-events.ts, docs/events.md), with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'an actor behind a bare أن after a verb of denial is the subject of the clause it opens, not the denier (Sky News)',
    sentence:
      'وفي بيان شديد اللهجة لشريكتي أنقرة في حلف شمال الأطلسي، قال المتحدث باسم وزارة الخارجية التركية إن مناشدة الخارجية الأميركية لتركيا "لتذهب لقراءة" قرار وقف إطلاق النار لا أساس لها، كما نفى أن باريس أبلغت أنقرة بأن الهدنة تنطبق أيضا على حملة عفرين.',
    has: ['US>TR:REQUEST'],
    hasNot: ['FR>-:REJECT'],
  },
  {
    rule: 'near case: a denier named before أن still denies (BBC)',
    sentence: 'وينفي ترامب أنه كان على علاقة بالممثلة.',
    exactly: ['US>-:REJECT'],
  },
  {
    rule: 'referring to an attack («يشير إلى ضربة جوية … هجوم») does not make the speaker its agent (Sky News)',
    sentence:
      'وكان ماتيس يشير إلى ضربة جوية على قاعدة جوية سورية في أبريل 2017 في أعقاب هجوم بغاز السارين على خان شيخون.',
    hasNotLike: [/^US>/],
  },
  {
    rule: 'near case: «أشار لدى إعلانه عن توجيه ضربات» is no reference; the strikes stay the speaker’s (BBC)',
    sentence:
      'وكان الرئيس الأمريكي دونالد ترامب قد أشار لدى إعلانه عن توجيه ضربات ضد النظام السوري إلى أن "هجوم الأسد الكيميائي والرد اليوم هما نتيجة مباشرة لفشل روسيا في الوفاء بوعودها".',
    has: ['US>SY:ASSAULT'],
  },
  {
    rule: 'undergoing an attempt on one’s life with إلى («تعرّض جاسوس روسي … إلى محاولة اغتيال») names the victim (CNN)',
    sentence:
      'وقد تعرّض جاسوس روسي برفقة ابنته إلى محاولة اغتيال بغاز أعصاب في مدينة سالزبوري البريطانية، في وقت وجهت فيه بريطانيا أصابه الاتهام نحو روسيا، وبالأخص اتهام جونسون لضلوع بوتين مباشرة بإصدار أمر الاغتيال.',
    hasNot: ['RU>GB:ASSAULT'],
  },
  {
    rule: 'an unvoweled killing verb whose subject a demonym qualifies, with no object, is the passive (France24)',
    sentence:
      'قتل عالم الطاقة الفلسطيني فادي محمد البطش السبت في العاصمة كوالالمبور، وأكدت حماس أنه كان أحد ناشطيها لكنها لم تحمل أي جهة مسؤولية الاغتيال.',
    hasNot: ['PS>MY:ASSAULT'],
  },
  {
    rule: 'near case: with its object the killing verb is active (BBC)',
    sentence:
      'قتلت القوات الإسرائيلية 41 فلسطينيا على الأقل بينهم طفل في السابعة اضافة إلى نحو 1800 جريح في اشتباكات عنيفة في منطقة الجدار العازل في قطاع غزة، حسب مسؤولين فلسطينيين.',
    has: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'near case: a passive killing with its agent named keeps the attack (France24)',
    sentence:
      'قتلت شابة بريطانية تدعى آنا كامبل خلال مشاركتها إلى جانب وحدات حماية المرأة الكردية بالمعارك، إثر قصف تركي على جبهات مدينة عفرين في شمال سوريا، وفق ما أعلنت متحدثة باسم الوحدات الاثنين.',
    has: ['TR>GB:ASSAULT'],
  },
  {
    rule: 'a perfect spelled like a first-person imperfect (انتقد) agrees masculine: the country after it is its object (Sky News)',
    sentence:
      'حذر وزير الدفاع الأميركي، جيمس ماتيس، سوريا، الأحد، من أن استخدام القوات الحكومية الغاز كسلاح سيكون "من الحمق الشديد" واستشهد بتقارير غير مؤكدة عن شن هجمات بغاز الكلور في الغوطة الشرقية، وانتقد روسيا لدعمهما دمشق.',
    has: ['US>SY:THREATEN', 'US>RU:ACCUSE'],
    hasNot: ['RU>SY:ACCUSE'],
  },
  {
    rule: '… «واتهم الولايات المتحدة بالسعي إلى السيطرة على تصرفات تركيا» (BBC)',
    sentence:
      'ورفض جاويش أوغلو التحذيرات قائلا إن العلاقات التركية واتفاقاتها مع روسيا ليست بديلا لعلاقاتها مع الغرب، واتهم الولايات المتحدة بالسعي إلى السيطرة على تصرفات تركيا.',
    has: ['TR>US:ACCUSE'],
  },
  {
    rule: 'near case: a feminine perfect with a feminine country after it keeps the country as subject (BBC)',
    sentence: 'ونفت روسيا ودمشق استخدام أسلحة كيميائية.',
    has: ['RU>-:REJECT'],
  },
  {
    rule: '«، وهو أمر تنفيه موسكو» after an accusation is a denial, not the accusation’s content (BBC)',
    sentence:
      'أصبحت العلاقات بين ترامب وبوتين تحت المجهر بسبب اتهام روسيا بالتدخل في الانتخابات الأمريكية، وهو أمر تنفيه موسكو.',
    exactly: ['RU>-:REJECT'],
  },
  {
    rule: '… «وهو ما تنفيه طهران»: «ما» after «وهو» is the relative, not a negation (BBC)',
    sentence: 'اتهمت الولايات المتحدة إيران بإدارة برنامج سري للأسلحة النووية، وهو ما تنفيه طهران.',
    exactlyUnordered: ['US>IR:ACCUSE', 'IR>-:REJECT'],
  },
  {
    rule: 'near case: a verb after «وهو ما» takes up what was said; the apposition after its subject is no object (BBC)',
    sentence:
      'وتشير تقارير إلى أن قوى الغرب تجهز لضربات جوية على سوريا، وهو ما ترفضه روسيا، الحليف الأول للنظام السوري.',
    hasNot: ['RU>SY:REJECT'],
  },
  {
    rule: 'an accusing verb with و after a comma, one party and the charge: the party is the object, the subject the one named before (Sky News)',
    sentence:
      'رفضت تركيا بقوة، الأربعاء، دعوات غربية لتعليق حملتها في شمال غرب سوريا، قائلة إن الولايات المتحدة أساءت فهم نطاق قرار للأمم المتحدة لوقف إطلاق النار، واتهمت فرنسا بإعطاء "معلومات كاذبة" عن القضية.',
    exactly: ['TR>FR:ACCUSE'],
  },
  {
    rule: 'near case: an accusing verb with two parties after it names its subject (BBC)',
    sentence:
      'اتهمت قطر السعودية بمنع مواطنيها من الحج هذا العام، الأمر الذي تنفيه الرياض، قائلة إن النزاع الدبلوماسي لن يمنع القطريين من الحج.',
    exactlyUnordered: ['QA>SA:ACCUSE', 'SA>-:REJECT'],
  },
];

runEventCases(cases, '2018-03-12');

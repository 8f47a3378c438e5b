// Event coding rules of round 17 (errors of the blind dev batch 9), one case per rule and a near case that must not be
// coded: each sentence is from an Arabic news article of the ANT corpus (Al Arabiya, BBC, France24, Sky News, 2018),
// dev-split articles only (the batch-9 gold and scripts/audit-events.ts, docs/events.md), with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: "a spokesman's title «المتحدثة باسم وزارة الخارجية الأمريكية» stands between the verb and its subject (France24)",
    sentence:
      'اتهمت المتحدثة باسم وزارة الخارجية الأمريكية هيذر ناورت الخميس، دمشق وموسكو بمحاولة "تطهير" موقع الهجوم الكيميائي المزعوم في دوما بسوريا، مشيرة إلى أن واشنطن لديها معلومات موثوقة تؤكد ذلك.',
    has: ['US>SY:ACCUSE', 'US>RU:ACCUSE'],
  },
  {
    rule: '… and «المتحدث باسم البيت الأبيض، راج شاه،» before the object (BBC)',
    sentence:
      'حمّل المتحدث باسم البيت الأبيض، راج شاه، حركة حماس مسؤولية مقتل الفلسطينيين من قبل الجيش الاسرائيلي في قطاع غزة، وقال إن "مسؤولية هذه الوفيات المأساوية تقع على حماس ومن حق إسرائيل أن تدافع عن نفسها".',
    has: ['US>PS:ACCUSE'],
  },
  {
    rule: 'cancelling a summit rejects the meeting with the partner; the summit itself is no meeting (BBC)',
    sentence:
      'أعلن الرئيس الأمريكي دونالد ترامب إلغاء قمته التي كانت مقررة مع زعيم كوريا الشمالية كيم جونغ أون في الثاني عشر من يونيو / حزيران المقبل في سنغافورة.',
    exactly: ['US>KP:REJECT'],
  },
  {
    rule: 'a cancelled meeting named with no partner is negated (BBC)',
    sentence: 'وعزا ترامب قراره بإلغاء اللقاء إلى "العدائية المفتوحة" من جانب كوريا الشمالية.',
    hasNotLike: [/:CONSULT$/],
  },
  {
    rule: 'near case: a visit planned after a cancelled one is still coded (BBC)',
    sentence:
      'ومن المقرر أن يزور الرئيس الأمريكي بريطانيا يوم 13 يوليو/ تموز، بعدما ألغى زيارته بسبب مخاوف من أن يواجه احتجاجات شعبية حاشدة.',
    has: ['US>GB:CONSULT'],
    hypothetical: ['US>GB:CONSULT'],
  },
  {
    rule: '«في» + a city after the subject says where it is; the object follows (Sky News)',
    sentence:
      'اتهمت السفارة الروسية في لندن، الاثنين، الحكومة البريطانية بممارسة "لعبة بالغة الخطورة"، في طريقتها للتحقيق في تسمم عميل مزدوج روسي سابق، في أحدث تصريح تصعيدي تصدره موسكو ضد بريطانيا.',
    has: ['RU>GB:ACCUSE'],
  },
  {
    rule: '… «يستقبل الرئيس الأمريكي في واشنطن الثلاثاء ولي العهد السعودي» (France24)',
    sentence:
      'يستقبل الرئيس الأمريكي في واشنطن الثلاثاء ولي العهد السعودي الأمير محمد بن سلمان في لقاء سيتيح لدونالد ترامب فرصة إدانة إيران مجددا أمام ضيف مؤيد لهذا الخطاب والبحث في إمكانية الاستفادة من التغييرات الكبيرة التي يخطط لها الأمير الشاب في المملكة.',
    has: ['US>SA:CONSULT'],
  },
  {
    rule: 'near case: a region after «في» is no city, and what follows it is no object (BBC)',
    sentence:
      'ليس لدى الحركة أيديولوجية معينة، بل خليط من الأيديولوجيات التي تستمد أفكارها من التيار الشعبوي واليميني والبيئي، ولا يرغب أعضاؤها في تصنيفهم في خانة اليسار أو اليمين، كما ترفض التدخلات العسكرية الأوروبية والأمريكية في الشرق الأوسط وخاصة سوريا والعراق.',
    hasNot: ['US>SY:REJECT', 'US>IQ:REJECT'],
  },
  {
    rule: '«قوله إنه ينبغي على بريطانيا كشف …»: a verb of obligation before على + party is a demand (Sky News)',
    sentence:
      'وكانت تقارير نقلت في وقت سابق اليوم عن الرئيس الروسي فلاديمير بوتن قوله إنه ينبغي على بريطانيا كشف حقيقة مع حدث مع الجاسوس قبل أن تتحدث مع روسيا.',
    exactly: ['RU>GB:REQUEST'],
  },
  {
    rule: '… «أنه يتعين على موسكو أن توضح» (BBC)',
    sentence:
      'وكانت رئيسة الوزراء البريطانية تيريزا ماي قد أكدت أنه يتعين على موسكو أن توضح بنهاية اليوم الثلاثاء سبب استخدام غاز أعصاب روسي الصنع في تسميم سكريبل وابنته.',
    has: ['GB>RU:REQUEST'],
  },
  {
    rule: "near case: «ووفقا للاتفاق، فإنه يجب على إيران الالتزام»: what a deal requires is no one's demand (BBC)",
    sentence: 'ووفقا للاتفاق، فإنه يجب على إيران الالتزام بخفض عدد أجهزة الطرد المركزي، التي تستخدم لتخصيب اليورانيوم.',
    hasNotLike: [/:REQUEST$/],
  },
];

runEventCases(cases, '2018-03-12');

// Event coding rules of round 16r (recall without losing precision), one case per rule and a near case that must not
// be coded: each sentence is from an Arabic news article of the ANT corpus (BBC, CNN, France24, 2018), dev-split
// articles only (scripts/audit-events.ts and the dev gold, docs/events.md), with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a party said after «إن» to be responsible for an attack is accused of it by the speaker (BBC)',
    sentence:
      'رئيسة وزراء بريطانيا تيريزا ماي تقول إنه من المرجح أن تكون روسيا مسؤولة عن الاعتداء على الجاسوس السابق سيرغي سكريبل وابنته.',
    has: ['GB>RU:ACCUSE'],
    cameo: { 'GB>RU:ACCUSE': '112' },
  },
  {
    rule: 'a party said after «أن» to have been behind an attack is accused of it (France24)',
    sentence:
      'كما ذكر مكتب ماكرون في البيان الذي صدر بعد اتصال هاتفي بين ماكرون ورئيسة الوزراء البريطانية تيريزا ماي إن باريس اتفقت مع بريطانيا على أن روسيا كانت وراء الهجوم بغاز للأعصاب على سكريبال.',
    has: ['FR>RU:ACCUSE'],
  },
  {
    rule: '«بأن روسيا تقف وراء الهجوم»: the one who says so accuses (BBC)',
    sentence:
      'ومع هذا فقد أصر الاتحاد الأوروبي على موقفه أثناء اجتماع منظمة حظر الأسلحة الكيميائية، يوم الأربعاء، وأكد دعمه الكامل لبريطانيا و"ترجيحها الكبير" بأن روسيا تقف وراء الهجوم.',
    has: ['EU>RU:ACCUSE'],
  },
  {
    rule: '… and «أن تكون موسكو وراء تسميم …» with no verb of standing (France24)',
    sentence:
      'رجحت رئيسة وزراء بريطانيا تيريزا ماي الاثنين أن تكون موسكو وراء تسميم العميل الروسي المزدوج السابق سيرغي سكريبال وابنته في جنوب إنكلترا الأسبوع الماضي.',
    has: ['GB>RU:ACCUSE'],
  },
  {
    rule: 'near case: «إذا ثبت أن روسيا وراء …» is a condition, no accusation (Sky News)',
    sentence:
      'وحذر وزير الخارجية البريطاني بوريس جونسون، من أنه إذا ثبت أن روسيا وراء تسميم سكريبال فسترد بريطانيا ردا قويا.',
    hasNot: ['GB>RU:ACCUSE'],
  },
  {
    rule: '«بأن روسيا هي المسؤولة.» ending its clause blames Russia for the act already named (BBC)',
    sentence: 'وتقول بريطانيا إن المزيد من المعلومات الاستخبارية تدعم اعتقادها بأن روسيا هي المسؤولة.',
    has: ['GB>RU:ACCUSE'],
  },
  {
    rule: 'near case: a word before the party (statements of a president) stands behind the act; no accusation (BBC)',
    sentence:
      'سفير الولايات المتحدة لدى إستوانيا يقرر الاستقالة من منصبه، وسط تقارير تفيد بأن تصريحات الرئيس الأمريكي حول حلفاء واشنطن تقف وراء هذه الخطوة.',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'near case: «ليست هي المسؤولة عن الهجوم» is negated; «أن إيران هي المسؤولة عنها» blames Iran (France24)',
    sentence:
      'الإسرائيليون يعلمون أن حركة حماس ليست هي المسؤولة عن الهجوم على دورية حدودية إسرائيلية أصابت أربعة جنود، لكنهم يعلمون أن إيران هي المسؤولة عنها.',
    has: ['IL>IR:ACCUSE'],
    hasNot: ['IL>PS:ACCUSE'],
    negated: 'IL>PS:ACCUSE',
  },
  {
    rule: '«وكالات» is agencies, not و + Kalat (a town in Iran): the US agencies accuse (BBC)',
    sentence:
      'وتتهم وكالات المخابرات الأمريكية موسكو بالتدخل فى الانتخابات الرئاسية الأمريكية لعام 2016، وهو ما تنفيه روسيا.',
    has: ['US>RU:ACCUSE'],
    hasNotLike: [/^IR>/],
  },
  {
    rule: 'a sentence opening with a meeting «وبعد اجتماع … بالرئيس الأمريكي،»: the main clause subject met him (BBC)',
    sentence:
      'وبعد اجتماع الوفد بالرئيس الأمريكي بالبيت الأبيض، قال مستشار الأمن القومي الكوري الجنوبي، تشونغ يوي-يونغ، إن زعيم كوريا الشمالية مستعد للجلوس مع الرئيس الأمريكي و"تعهد بنزع السلاح النووي."',
    has: ['KR>US:CONSULT'],
  },
  {
    rule: '… a phone call «وفي اتصال هاتفي مع X، Y، شدد Z»: past the partner’s apposition (BBC, with the sentence before)',
    sentence:
      'أبلغ وزير الخارجية البريطاني، جيريمي هانت، السعودية أن المملكة المتحدة تتوقع إجابات عاجلة بشأن اختفاء الصحفي السعودي جمال خاشقجي. وفي اتصال هاتفي مع وزير الخارجية السعودي، عادل الجبير، شدد هانت على أن "الصداقات (بين الدول) تعتمد على القيم المشتركة".',
    has: ['GB>SA:CONSULT'],
    cameo: { 'GB>SA:CONSULT': '041' },
  },
  {
    rule: 'near case: a visit to a region («زيارة إلى مرتفعات الجولان») meets no party (BBC)',
    sentence:
      'وأثناء زيارة إلى مرتفعات الجولان اليوم، توجه وزير الدفاع الإسرائيلي افيغدور ليبرمان بالحديث إلى الرئيس السوري، قائلا "أطرد الإيرانيين"، قائلا "إنهم يؤذونك فقط".',
    hasNotLike: [/:CONSULT$/],
  },
  {
    rule: 'expelling diplomats spelled with ي (الديبلوماسيين) is a sanction like دبلوماسيين (BBC)',
    sentence: 'الولايات المتحدة ودول أوروبية تطرد عشرات الديبلوماسيين الروس، وموسكو "سترد بشكل مناسب"',
    has: ['US>RU:SANCTION'],
    cameo: { 'US>RU:SANCTION': '166' },
  },
  {
    rule: 'near case: a crowd driving out one diplomat is no expulsion of a state’s diplomats (Sky News, dev gold)',
    sentence:
      'وطرد عشرات الفلسطينيين في غزة الدبلوماسي القطري العمادي، ورموه بالأحذية ونزعوا علم بلاده، خلال زيارة له لإحدى مستشفيات القطاع، الاثنين الماضي.',
    hasNotLike: [/:SANCTION$/],
  },
  {
    rule: 'imposing restrictions (قيود) on a country is a sanction like imposing sanctions (BBC)',
    sentence: 'وفرض ترامب، العام الماضي، العديد من قيود السفر والتجارة على كوبا بعد أن خففها أوباما.',
    has: ['US>CU:SANCTION'],
  },
  {
    rule: 'near case: restrictions on a thing (حيازة الأسلحة) with no party after على are no sanction (France24)',
    sentence:
      'وقد أعرب عن تأييده لفرض قيود على حيازة الأسلحة وتحسين تمويل الخاص بالصحة النفسية، مكررا أنه لا يؤيد البرنامج المتعلق بتسليح بعض المدرسين.',
    hasNotLike: [/:SANCTION$/],
  },
];

runEventCases(cases, '2018-04-19');

// Round 41 (docs/events.md): accusations stated as a claim or an evaluation. Each rule has a case the round-start
// coder missed and a near case. The cases are sentences of dev-side articles of the events audit
// (scripts/audit-events.ts, positions 600–2,145), with the outlet named; cases marked "variant" change words of such a
// sentence.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. «ما وصفه بـ …» as the object of a verb of criticism or rejection (code.ts, namedActParty).
  {
    rule: 'the act named «ما وصفه بـ» + noun + genitive party is the object (BBC, events audit)',
    sentence:
      'وقد أدان وزير الخارجية الأمريكي بشدة ما وصفه بجهود إيران لزعزعة الاستقرار في منطقة الشرق الأوسط، في أول زيارة له للسعودية.',
    published: '2018-04-29',
    has: ['US>IR:ACCUSE'],
  },
  {
    rule: 'the same after «انتقد» (BBC, events audit)',
    sentence:
      'انتقد مسؤول إماراتي بارز ما وصفه بسياسة تركيا "غير عقلانية في المنطقة، وحث أنقرة على أن "تراعي السيادة العربية".',
    published: '2018-03-10',
    has: ['AE>TR:ACCUSE'],
  },
  {
    rule: '«ما أسماه» + noun + genitive, after «ترفض» (BBC, events audit)',
    sentence:
      'وأوضح هنغبي أن إسرائيل ترفض ما أسماه مساعي إيران وحزب الله لتوسيع خط مواجهتمها مع اسرائيل ليشمل سوريا أيضا.',
    published: '2018-08-03',
    has: ['IL>IR:REJECT'],
  },
  {
    rule: '«ما اعتبرته» + noun + «من قبل» + the agent (BBC, events audit)',
    sentence: 'الخارجية الكويتية تنتقد ما اعتبرته تصعيدا من قبل الفلبين في قضية عمالتها في الكويت.',
    published: '2018-02-14',
    has: ['KW>PH:ACCUSE'],
  },
  {
    rule: 'near case: a party behind a preposition after the named act says where, not whose (variant)',
    sentence: 'وقد أدان وزير الخارجية الأمريكي بشدة ما وصفه بالإرهاب في سوريا.',
    published: '2018-04-29',
    hasNotLike: [/>SY:/],
  },
  // 2. A party said to bear the responsibility (claims.tsv misdeed rows, through round 24's fabrication rule).
  {
    rule: 'a party right after إن that «يتحمل المسؤولية» is held responsible by the speaker (BBC, events audit)',
    sentence:
      'في يوم الأحد، وهو اليوم التالي للهجوم المزعوم، قال الرئيس الأمريكي إن نظيره الروسي فلاديمير بوتين يتحمل المسؤولية عن "الوحشية" في دوما وذلك بسبب دعمه للحكومة السورية.',
    published: '2018-04-13',
    has: ['US>RU:ACCUSE'],
  },
  {
    rule: 'the same after a quotation mark (CNN, events audit article; variant: shortened)',
    sentence: 'وقال الجبير: "ميليشيات الحوثي تتحمل مسؤولية الوضع الإنساني في اليمن".',
    published: '2018-04-13',
    has: ['SA>YE:ACCUSE'],
  },
  {
    rule: 'near case: «ستتحمل المسؤولية» (future) is a warning, not an accusation (variant)',
    sentence: 'وقال وزير الخارجية الأمريكي إن إيران ستتحمل المسؤولية عن أي هجوم.',
    published: '2018-04-13',
    hasNot: ['US>IR:ACCUSE'],
  },
  // 3. «أنحى باللائمة/بالمسؤولية على» (triggers.tsv, as ألقى باللائمة).
  {
    rule: '«أنحت … باللائمة على» blames the party after على (variant of «وألقت روسيا باللائمة على إسرائيل في هذا الحادث», BBC, events audit)',
    sentence: 'وأنحت روسيا باللائمة على إسرائيل في هذا الحادث.',
    published: '2018-09-20',
    has: ['RU>IL:ACCUSE'],
  },
  {
    rule: 'the conjoined «وأنحى بالمسؤولية» ends the clause of the rejected claim: no US attack on Russia (BBC, events audit)',
    sentence:
      'ورفض ماتيس خلال مؤتمر صحفي ما تردد بشأن احتمال أن تسهل الولايات المتحدة شن هجوم كيمياوي، وأنحى بالمسؤولية على روسيا والنظام السوري واستخدامهما ذلك كذريعة لشن ضربات جوية.',
    published: '2018-09-05',
    hasNot: ['US>RU:ASSAULT', 'US>SY:ASSAULT'],
  },
  // 4. «في بيان/في السابق/في الوقت الراهن» between a verb's subject and its object (code.ts pastOccasion, cue occasion).
  {
    rule: '«في السابق» between the subject and the object (BBC, events audit)',
    sentence: 'وقد اتهم الرئيس الفنزويلي في السابق الولايات المتحدة بالتآمر ضده.',
    published: '2018-08-05',
    has: ['VE>US:ACCUSE'],
  },
  {
    rule: '«في الوقت الراهن» between the subject and the object (BBC, events audit)',
    sentence: 'ويدعم الجيش الأمريكي في الوقت الراهن تحالفا تقوده السعودية ضد الحوثيين وأنصارهم في اليمن.',
    published: '2018-03-20',
    has: ['US>SA:SUPPORT'],
  },
  {
    rule: 'near case: past a preposition in the phrase («في مقابلة مع شبكة … الأمريكية») no party is the object (France24, dev gold)',
    sentence:
      'هدد ولي العهد السعودي في مقابلة مع شبكة "سي بي إس" التلفزيونية الأمريكية نشرت مقتطفات منها الخميس، من أنه في حال طورت إيران القنبلة الذرية فالسعودية سترد بالمثل بأسرع وقت.',
    published: '2018-03-15',
    hasNotLike: [/^SA>US/],
  },
  {
    rule: 'near case: a demonym in the occasion phrase past its preposition is no object (variant)',
    sentence: 'وانتقد الرئيس الفرنسي في مقابلة مع صحيفة ألمانية سياسة الرئيس الأمريكي دونالد ترامب.',
    published: '2018-03-15',
    hasNot: ['FR>DE:ACCUSE'],
  },
  // 5. An object noun whose relative verb names its author (code.ts authorOfObject, through authorOfPhrase).
  {
    rule: 'the authors after a relative verb with a resumptive pronoun are the object (France24, events audit)',
    sentence:
      'أدانت كل من دمشق وروسيا وإيران العملية العسكرية التي شنتها الولايات المتحدة وفرنسا وبريطانيا ضد مواقع تابعة للنظام السوري الذي طالته اتهامات باستخدام أسلحة كيميائية ضد المدنيين في دوما في نيسان/أبريل الجاري.',
    published: '2018-04-14',
    has: ['SY>US:ACCUSE', 'RU>FR:ACCUSE', 'IR>GB:ACCUSE'],
  },
  {
    rule: 'the pronoun behind ب after the relative verb, the author after his title (BBC, events audit)',
    sentence:
      'انتقدت الخارجية الروسية تصريحات أدلى بها بوريس جونسون وزير الخارجية البريطاني مشبها فيها بطولة كأس العالم المفترض أن تُجرى في روسيا الصيف المقبل بدورة الالعاب الأوليمبية التي استضافتها العاصمة الألمانية برلين عام 1936.',
    published: '2018-03-22',
    has: ['RU>GB:ACCUSE'],
  },
  {
    rule: 'a draft «تقدمت به روسيا» rejected by the Security Council (BBC, events audit)',
    sentence:
      'ورفض مجلس الأمن مشروع قرار تقدمت به روسيا لإدانة الهجمات الاخيرة التي شنتها الولايات المتحدة وبريطانيا وفرنسا على سوريا.',
    published: '2018-04-15',
    has: ['UN>RU:REJECT'],
  },
  {
    rule: '«في مقاله» is an occasion before the object (BBC, events audit)',
    sentence: 'واتهم جونسون في مقاله الاتحاد الأوروبي بابتزاز المملكة المتحدة وتساءل عن سبب "ضعف الرد البريطاني".',
    published: '2018-09-09',
    has: ['GB>EU:ACCUSE'],
  },
  {
    rule: 'near case: the source’s own country among the authors of the act: no accusation of the others (BBC, events audit)',
    sentence:
      'ولطالما انتقد ترامب الصفقة التي وقعتها الولايات المتحدة وروسيا والصين وبريطانيا وفرنسا وألمانيا مع إيران، وذلك كونها لا تحول دون دعم طهران لجماعات مسلحة في المنطقة مثل حزب الله.',
    published: '2018-04-24',
    hasNotLike: [/^US>(RU|CN|GB|FR|DE):ACCUSE/],
  },
  {
    rule: 'the relative verb read as a verb right after «التي» (وجهتها, whose و a reading peels off) (variant of «أنكر الاتهامات التي وجهتها إليه المحكمة», BBC, events audit)',
    sentence: 'ورفضت روسيا الاتهامات التي وجهتها بريطانيا.',
    published: '2018-03-22',
    has: ['RU>GB:REJECT'],
  },
  // 6. A verbal noun of accusing with a possessive pronoun and an object: the pronoun is the accuser (possessorReferent).
  {
    rule: 'a possessive on an accusation noun with a complement names the accuser (BBC, events audit)',
    sentence:
      'لم تهدأ الأزمة الكندية -السعودية منذ أن غرد السفير الكندي في السعودية دانيس هوراك على حسابه في تويتر معربا عن :"قلقه إزاء الاعتقالات التي تقوم بها السعودية ضد ناشطي حقوق الإنسان" والتي كان آخرها الناشطتين السعوديتين نسيمة السادة وسمر البدوي، شقيقة السجين المعارض رائف البدوي.',
    published: '2018-08-09',
    has: ['CA>SA:ACCUSE'],
  },
  {
    rule: 'near case: behind ب the complement is the charge, and the possessive the one convicted (France24, events audit)',
    sentence:
      'وكان القضاء نفسه قد أصدر في شباط/فبراير، حكما بالسجن سبعة أشهر على جهادية فرنسية بعد إدانتها بدخول العراق "بطريقة غير شرعية".',
    published: '2018-04-17',
    hasNotLike: [/^FR>IQ/],
  },
];

runEventCases(cases, '2018-04-01');

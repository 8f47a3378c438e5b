// Round 45 (docs/events.md): parties of verbal nouns and «كل من» lists. Each rule has a case the round-start coder
// missed and a near case. The cases are sentences of dev gold articles, of dev-side articles of the events audit
// (scripts/audit-events.ts, positions 600–2,499) or of other dev-side news, with the outlet named; cases marked
// "variant" change words of such a sentence.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. «كل من» + a list of parties stands where the phrase stands (code.ts isBridge, governed; cue `list`).
  {
    rule: '«كل من» + parties as the object of a verb of urging: one event per party (BBC, events audit)',
    sentence:
      'حض الأمين العام للأمم المتحدة أنطونيو غوتيريش، كل من روسيا وتركيا وإيران على بذل أقصى الجهود "للتوصل إلى حل لحماية المدنيين في محافظة أدلب السورية.',
    published: '2018-09-12',
    has: ['UN>RU:REQUEST', 'UN>TR:REQUEST', 'UN>IR:REQUEST'],
  },
  {
    rule: '«لكل من» after a visit noun: the glued ل governs the listed parties (BBC, dev-side news)',
    sentence:
      'وتشبه هذه العربة عربة القطار التي استخدمها الزعيم الكوري الشمالي السابق كيم جونغ إيل، والد كيم جونغ أون عام 2011 في زيارته لكل من الصين وروسيا.',
    published: '2018-03-27',
    has: ['KP>CN:CONSULT', 'KP>RU:CONSULT'],
  },
  {
    rule: '«على كل من» after a sanctions noun (variant of «وفرضت الولايات المتحدة عقوبات على إيران»)',
    sentence: 'وفرضت الولايات المتحدة عقوبات على كل من إيران وسوريا.',
    exactlyUnordered: ['US>IR:SANCTION', 'US>SY:SANCTION'],
  },
  {
    rule: 'near case: «كل من» after a word that is no trigger codes nothing (BBC, dev-side sport news)',
    sentence: 'أما أوروغواي فتصدرت المجموعة الأولى بتسع نقاط من الفوز على كل من السعودية ومصر وروسيا، لتواجه البرتغال.',
    published: '2018-07-05',
    exactly: [],
  },
  // 2. A demonym that runs on into a name: no gender from the name's last word (code.ts actorGender).
  {
    rule: 'a demonym + a name ending in ي (ماي) agrees with a feminine participle (France 24, events audit)',
    sentence:
      'اعترفت رئيسة الوزراء البريطانية تيريزا ماي الجمعة بوجود "حقائق صعبة" نتيجة التأثيرات الاقتصادية السلبية لبريكسيت، داعية الاتحاد الأوروبي إلى التوصل لاتفاق تجارة حرة مع بلادها، وذلك قبل أسابيع من بدء المفاوضات حول الشراكة المستقبلية مع بروكسل.',
    published: '2018-03-03',
    has: ['GB>EU:REQUEST'],
  },
  {
    rule: 'near case: a feminine demonym + a name coordinated with another party keeps a plural possessive (BBC, events audit)',
    sentence:
      'كما قال متحدث حكومي إن الرئيس الفرنسي إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل، بالإضافة إلى دول البلطيق المحاذية لروسيا - إستونيا ولاتفيا وليتوانيا - أدانوا هذا الاعتداء وقدموا دعمهم للمملكة المتحدة.',
    published: '2018-03-14',
    has: ['FR>GB:SUPPORT', 'DE>GB:SUPPORT'],
  },
  // 3. A meeting or call noun in an aside after the subject, with «مع» and a party (code.ts asideMeeting).
  {
    rule: '«، في اتصال هاتفي مع» + a party after the subject and its apposition (BBC, events audit)',
    sentence:
      'شدد الرئيس الإيراني، حسن روحاني، في اتصال هاتفي مع الرئيس الفرنسي إيمانويل ماكرون، على أن الاتفاق الذي توصلت إليه بلاده مع القوى الكبرى "غير قابل للتفاوض".',
    published: '2018-04-29',
    has: ['IR>FR:CONSULT'],
  },
  {
    rule: 'a day between the call and «مع», a title before the partner (BBC, events audit)',
    sentence:
      'وقد أثار الرئيس الأمريكي، دونالد ترامب، في اتصال هاتفي الاثنين مع نظيره التركي، رجب طيب أردوغان، قضية برونسون، بحسب القائم بالأعمال الأمريكي.',
    published: '2018-07-18',
    has: ['US>TR:CONSULT'],
  },
  {
    rule: 'near case: a meeting with a medium is no meeting of parties (variant of BBC, events audit: «وزير خارجية فرنسا»)',
    sentence:
      'وأكد وزير الخارجية الأمريكي، في لقاء مع الإذاعة الفرنسية، أن الدول الخمس والاتحاد يحتاجون إلى وقت لبحث كيفية تفادي إيران الآثار السلبية المترتبة على العقوبات الاقتصادية المفروضة عليها.',
    published: '2018-07-06',
    hasNot: ['US>FR:CONSULT'],
  },
  // 4. «وجه/موجها تهديده إلى»: directing a threat at a party (triggers.tsv, a row at the end of the THREATEN block).
  {
    rule: '«موجها تهديده إلى» + a party: a threat by the main clause subject (BBC, events audit)',
    sentence: 'وقال ترامب عبر تويتر موجها تهديده إلى نظيره الإيراني حسن روحاني: "لا تهدد الولايات المتحدة أبدا".',
    published: '2018-07-23',
    has: ['US>IR:THREATEN'],
  },
  {
    rule: 'near case: directing thanks, not a threat, codes no threat (variant of the BBC sentence)',
    sentence: 'وقال ترامب عبر تويتر موجها الشكر إلى نظيره الإيراني حسن روحاني.',
    published: '2018-07-23',
    hasNotLike: [/THREATEN/],
  },
];

runEventCases(cases, '2018-06-01');

// Round 43 (docs/events.md): argument finding where the trigger and both parties are in the sentence but no event was
// coded. Each rule has a case the round-start coder missed and a near case. The cases are sentences of dev gold
// articles or of dev-side articles of the events audit (scripts/audit-events.ts, positions 600–2,499), with the
// outlet named; cases marked "variant" change words of such a sentence.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. A relative clause after a comma whose antecedent is a party (code.ts, partyRelativeAside).
  {
    rule: '«، التي» + verb after a party: the party is the subject of the relative clause (BBC, dev gold)',
    sentence:
      'ومن المقرر أن يلتقي ترامب برئيسة وزراء بريطانيا، تيريزا ماي، التي تسعى لعقد اتفاق تبادل تجاري مع الولايات المتحدة في أعقاب خروج بريطانيا من الاتحاد الأوروبي، وذلك بعد أيام من وصفه بريطانيا بأنها تعيش في حالة "اضطراب".',
    published: '2018-07-12',
    has: ['GB>US:AGREE', 'US>GB:CONSULT'],
  },
  {
    rule: 'a country as the antecedent, the object inside the relative clause (BBC, events audit)',
    sentence:
      'ويعد الصراع في اليمن جزءا من تصارع القوة بين السعودية التي تدعم الحكومة، وإيران، التي تساند الحوثيين، لكنها تنفي ادعاءات إرسال أسلحة إليهم.',
    published: '2018-03-07',
    has: ['IR>YE:SUPPORT'],
  },
  {
    rule: 'a leader as the antecedent; the main clause goes on after the aside (BBC, events audit; variant: full name)',
    sentence: 'قال رئيس كوريا الجنوبية مون جاي-إن، الذي التقى كيم جونغ أون الشهر الماضي، إنه "حائر جدا".',
    published: '2018-05-25',
    has: ['KR>KP:CONSULT'],
  },
  {
    rule: 'a denial with no object party in the relative clause (BBC, events audit)',
    sentence: 'وقد سمحت السعودية، التي تنفي تلك الاتهامات، لمحققين أتراك بتفتيش القنصلية مرة أخرى الليلة الماضية.',
    published: '2018-10-18',
    has: ['SA>-:REJECT'],
  },
  {
    rule: '«والذي» (و glued to the pronoun) after coordinated parties (BBC, events audit)',
    sentence:
      'ولا يزال مسلحو الحوثيين يقاتلون قوات التحالف الذي تتزعمه السعودية والإمارات، والذي يدعم حكومة اليمن المعترف بها دوليا، لأكثر من ثلاث سنوات.',
    published: '2018-09-25',
    has: ['SA>YE:SUPPORT', 'AE>YE:SUPPORT'],
  },
  {
    rule: 'near case: a party a preposition governs is no antecedent (dev gold)',
    sentence:
      'ويزور سوه طوكيو لمناقشة زيارته الأحدث لبيونغيانغ، التي اتفقت خلالها الكوريتان على عقد قمة في الشهر المقبل.',
    published: '2018-03-12',
    hasNot: ['KP>KR:AGREE'],
  },
  {
    rule: 'near case: a party in a phrase of place is where, no antecedent (BBC, events audit; variant: opening words)',
    sentence:
      'وجاء ذلك بعد استئناف الاجتماعات الفنية في العاصمة المصرية القاهرة، والتي انتهت بتحديد جولة جديدة للتفاوض في الخرطوم بحضور وزراء الخارجية والمياه معا.',
    published: '2018-04-04',
    hasNot: ['EG>SD:CONSULT'],
  },
  {
    rule: 'near case: a killing the relative clause hopes to end is no attack of unnamed parties (BBC, events audit; variant)',
    sentence:
      'وقال الرئيس الكوري الجنوبي مون جي-إن، الذي كان يأمل في أن ينهي دوامة القتل والانفجارات وأعمال الخطف، إن "الكوريتين والولايات المتحدة سيكتبون تاريخا جديدا للسلام والتعاون".',
    published: '2018-06-12',
    hasNotLike: [/:ASSAULT$/],
  },
  {
    rule: 'near case: a relative clause after a noun, not after a party, codes nothing (variant)',
    sentence: 'وقال المسؤول، الذي التقى الرئيس الأمريكي أمس، إن المحادثات كانت إيجابية.',
    published: '2018-03-12',
    hasNotLike: [/>US:CONSULT$/],
  },
  // 2. A quoted name of an operation between the phrase noun and its relative pronoun (code.ts, relativeAntecedent).
  {
    rule: 'عملية "…" العسكرية التي أطلقتها + a party: the operation is the phrase noun of the verb (variant of a dev sentence)',
    sentence: 'في إطار عملية "غصن الزيتون" العسكرية التي أطلقتها أنقرة في عفرين منذ 20 كانون الثاني/يناير.',
    published: '2018-03-18',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'the same after «التي يشنها» + an army (CNN, events audit)',
    sentence:
      'دبي، الإمارات العربية المتحدة (CNN)-- أعلن المتحدث باسم الحكومة التركية بكر بوزداغ، الأحد، أن قرار مجلس الأمن بشأن الهدنة في سوريا لمدة 30 يوما، لن يؤثر على عملية "غصن الزيتون" التي يشنها الجيش التركي في منطقة عفرين السورية.',
    published: '2018-02-25',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: "near case: an initiative's quoted name before «التي أطلقتها» is no attack (variant)",
    sentence: 'وانضمت مصر إلى مبادرة "الحزام والطريق" التي أطلقتها الصين عام 2013.',
    published: '2018-03-18',
    hasNotLike: [/:ASSAULT$/],
  },
  // 3. The object in apposition after a description with a possessive pronoun (code.ts, appositiveObject).
  {
    rule: '«منافستها الإقليمية، السعودية،» after the subject: the party in apposition is the object (BBC, events audit)',
    sentence:
      'وسبق أن اتهمت إيران منافستها الإقليمية، السعودية، بدعم نشاطات انفصالية في أوساط الأقلية العربية في إيران.',
    published: '2018-09-23',
    has: ['IR>SA:ACCUSE'],
  },
  {
    rule: 'near case: a party after a comma that closes no apposition is no object (variant)',
    sentence: 'وسبق أن اتهمت إيران منافستها الإقليمية، السعودية تدعم نشاطات انفصالية في أوساط الأقلية العربية.',
    published: '2018-09-23',
    hasNot: ['IR>SA:ACCUSE'],
  },
];

runEventCases(cases, '2018-03-12');

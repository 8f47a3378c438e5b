// Round 55 (docs/events.md): parties taken from another phrase, and a refused act's sense. Each rule case is a sentence
// of a dev-side article of the events audit (positions 600–2,499) that the round-start coder got wrong; each near case
// is a dev-side sentence that must stay coded as it was.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. Refusing an act of conflict against a party is no rejection of that party (code.ts, hostileActBetween); the
  // refused release or commitments of round 7 (test/events/round7.test.ts) still fall on the party.
  {
    rule: 'refusing to point the finger at Russia is no rejection of Russia (BBC, audit, 1/2)',
    sentence: 'وفي وقت سابق من اليوم رفض البيت الأبيض توجيه أصابع الاتهام لروسيا.',
    published: '2018-03-13',
    hasNot: ['US>RU:REJECT'],
  },
  {
    rule: 'refusing to point the finger at Russia is no rejection of Russia (BBC, audit, 2/2)',
    sentence: 'ولكن البيت الأبيض رفض توجيه أصابع الاتهام لروسيا.',
    published: '2018-03-13',
    hasNot: ['US>RU:REJECT'],
  },
  // 2. Parties after «مثل» are examples of the noun before it, not a verb's subject or object (exampleItem).
  {
    rule: 'EU states «مثل اليونان والبرتغال» refused; the EU did not reject them (BBC, audit)',
    sentence:
      'ورغم مشاركة 25 دولة حتى الآن في حملة طرد الديبلوماسيين الروس فإن هناك عدة دول رفضت منها دول في الاتحاد الأوروبي مثل اليونان والبرتغال، كما أعلنت أستراليا أنها لا تنوي طرد أي من الديبلوماسيين الروس على أراضيها.',
    published: '2018-03-27',
    hasNot: ['EU>GR:REJECT', 'EU>PT:REJECT'],
  },
  {
    rule: 'lessons will help countries «مثل أستراليا، والولايات المتحدة»: no aid between the examples (BBC, audit)',
    sentence:
      'ويقول دكتور كيد إن دروس الموت ستساعد بلدانا مثل أستراليا، والولايات المتحدة، وبريطانيا، في اتباع نموذج المكسيك، حيث يعد "الموت" عنصرا مهما في الثقافة، بل يحتفل به في خاص هو (عيد الموتى).',
    published: '2018-07-05',
    hasNot: ['AU>US:AID', 'AU>GB:AID'],
  },
  // 2b. A conjoined verbal noun opens a new item of a list of acts; a particle after it is that item's (nounItem).
  // Near case: «يهدد … بالانسحاب منه وفرض عقوبات جديدة على إيران» keeps US>IR THREATEN (test/events/generalize.test.ts).
  {
    rule: 'Gargash: «دعم الإخوان … والتنازل عن السيادة لإيران وتركيا»: the support is not aimed at Iran (CNN, audit)',
    sentence:
      'جاء ذلك في سلسلة من التغريدات لقرقاش على صفحته بموقع التواصل الاجتماعي، تويتر، حيث قال: "اللعب عَلى التناقضات وإدارتها والذي ميّز سياسة قطر أصبح أكثر صعوبة وتكلفة، فالتوازن بين دعم الإخوان وغيرهم من المتطرفين واستضافة قاعدة العديد والتنازل عن السيادة لإيران وتركيا أصبح أكثر صعوبة."',
    published: '2018-02-23',
    hasNot: ['EG>IR:SUPPORT', 'EG>TR:SUPPORT'],
  },
  // 3. A ل after a word of adjacency names the neighbour (cues.tsv affiliation rows).
  {
    rule: 'Assad pledged to retake the area «المتاخمة للأردن»: no pledge to Jordan (BBC, audit)',
    sentence:
      'وتعهد الأسد باستعادة المنطقة المتاخمة للأردن ومرتفعات هضبة الجولان، وهدد بشن هجوم على منطقة خفض التصعيد التي جرى التوصل إلى اتفاق بشأنها بين الولايات المتحدة وروسيا العام الماضي.',
    published: '2018-06-23',
    hasNot: ['SY>JO:AGREE'],
  },
  // 4. A party after «بدعم من» backs the act; it is not its agent (backer, cue `backing`).
  {
    rule: 'Damascus, «بدعم من حليفتيها روسيا وإيران», prepares the attack; its backers do not (BBC, audit)',
    sentence:
      'وتستعد دمشق، بدعم من حليفتيها روسيا وإيران، لشن هجوم يهدف إلى استعادة السيطرة على إدلب والمناطق المجاورة في شمال غربي البلاد، بعد أن استؤنفت الضربات الجوية العنيفة يوم الثلاثاء بعد أسابيع من الهدوء.',
    published: '2018-09-05',
    hasNot: ['RU>SY:ASSAULT', 'IR>SY:ASSAULT'],
  },
  {
    rule: 'near case: the subject before «بدعم من» still fights (BBC, audit)',
    sentence: 'وتخوض تركيا، بدعم من معارضين مسلحين في سوريا، مواجهات مع الأكراد في عفرين منذ الشهر الماضي.',
    published: '2018-02-21',
    has: ['TR>SY:ASSAULT'],
  },
];

runEventCases(cases, '2018-03-01');

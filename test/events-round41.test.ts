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
];

runEventCases(cases, '2018-04-01');

// Round 56 (docs/events.md): parties named by a description in the same sentence. Each rule case is a sentence of a
// dev gold article (eval/gold/events.jsonl, split dev) or of another dev-side article that the round-start coder
// missed; the near case is a dev-side sentence that must stay as it was.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. «المتظاهرين» takes up the people the sentence names before it (referents.ts, kind people).
  {
    rule: '«21 فلسطينيا واتهمت إسرائيل المتظاهرين»: the protesters are the Palestinians counted before (France 24, dev batch 12)',
    sentence:
      'وقتل في مواجهات الأسبوع الماضي 21 فلسطينيا واتهمت إسرائيل المتظاهرين بأنهم إرهابيون مبررة بذلك فتح جنودها النار عليهم.',
    published: '2018-04-06',
    has: ['IL>PS:ACCUSE'],
  },
  {
    rule: 'near case: «الاقتصاد السعودي … يحتج المتظاهرون» in London: a demonym qualifying a noun names no people (BBC, dev-side)',
    sentence:
      'وتأمل المملكة المتحدة في الاستفادة من انفتاح الاقتصاد السعودي، لكن يتوقع أن يحتج المتظاهرون خارج مقر رئيسة الوزراء في داونينغ ستريت على قتل المدنيين اليمنيين في الغارات الجوية التي يشنها التحالف الدولي الذي تقوده السعودية في اليمن، وتدعمه بريطانيا والولايات المتحدة، على المسلحين الحوثيين.',
    published: '2018-03-07',
    hasNot: ['SA>YE:ACCUSE'],
  },
  // 2. «المدينة» takes up the one bare town name before it (referents.ts, kind town).
  {
    rule: '«الطوق على عفرين … الغارات التركية على المدينة»: the city is Afrin, in Syria (BBC, events audit)',
    sentence:
      'وكانت القوات التركية قد أحكمت الطوق على عفرين أمس، وأسفرت الغارات التركية على المدينة صباح اليوم الأربعاء عن مصرع خمسة مقاتلين على الأقل من القوات الموالية للحكومة السورية.',
    published: '2018-03-14',
    has: ['TR>SY:ASSAULT'],
  },
];

runEventCases(cases, '2018-03-01');

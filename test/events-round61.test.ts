// Round 61 (docs/events.md): blind dev batch 23's cause seen before in the dev gold. A question reports no event, but a
// clause before it does: the question begins at the first interrogative that opens a clause before the «؟»
// (`questionStart` in src/events/code.ts). The rule cases are batch 23's sentence and a dev-side sentence of the
// standard events audit that the round-start coder left uncoded; the near case must stay as it was.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  {
    rule: '«منذ توعد … ترامب بشن ضربات صاروخية ضد دمشق …، فما هي النقاط العسكرية المستهدفة …؟» is a US threat (France24, blind batch 23)',
    sentence:
      'منذ توعد الرئيس الأمريكي دونالد ترامب بشن ضربات صاروخية ضد دمشق إثر تعرض الغوطة الشرقية إلى هجوم كيميائي مفترض، يحيط الغموض بحجم هذه الضربات وأهدافها ومخاطرها، فما هي النقاط العسكرية المستهدفة وأي تبعات لها على المنطقة؟',
    published: '2018-04-12',
    has: ['US>SY:THREATEN'],
  },
  {
    rule: '«ووجه جونسون انتقادات لاذعة لأوباما …، فلماذا تريدنا أن نقبل بذلك؟» is British criticism of the US (BBC, dev-side, the standard audit)',
    sentence:
      'ووجه جونسون انتقادات لاذعة لأوباما بعد دعوته البريطانيين للبقاء في الاتحاد الأوروبي، وقال إن الولايات المتحدة نفسها لا تقبل بالقيود التي يفرضها الاتحاد الأوروبي، فلماذا تريدنا أن نقبل بذلك؟',
    published: '2018-07-09',
    has: ['GB>US:ACCUSE'],
  },
  {
    rule: 'near case: «ما هي الأهداف التي يمكن أن تضربها الولايات المتحدة …؟» asks from its first word: no event (France24, blind batch 23)',
    sentence:
      'ما هي الأهداف التي يمكن أن تضربها الولايات المتحدة وربما فرنسا وبريطانيا كذلك، في سوريا التي مزقتها الحرب، وما هي مخاطر هذا التصعيد والخطأ في الحسابات مع حليفتي دمشق إيران وروسيا؟',
    published: '2018-04-12',
    exactly: [],
  },
];

runEventCases(cases, '2018-04-12');

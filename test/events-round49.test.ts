// Round 49 (docs/events.md): blind dev batch 19's causes seen in earlier batches. Each rule case is a sentence of a
// dev gold article (eval/gold/events.jsonl, split dev, batch 19) that the round-start coder missed; the near case is a
// dev-side sentence (BBC) that must stay coded as it was.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. A warning against a party's decision or threat is criticism of the party (triggers.tsv, ACCUSE 111 row of حذر).
  {
    rule: 'a warning «من التهديد الذي تطرحه طهران» accuses Iran, and the attacks cited are no US threat (BBC, dev batch 19)',
    sentence:
      'وبدأ بومبيو جولته بالرياض، حيث حذر من التهديد الذي تطرحه طهران، مستشهدا بهجمات صاروخية شنها الحوثيون، المدعومون من إيران، على الأراضي السعودية.',
    published: '2018-04-29',
    has: ['US>IR:ACCUSE'],
    hasNot: ['US>YE:THREATEN'],
  },
  {
    rule: 'near case: warning a party «من مغبة تهديد الولايات المتحدة» still threatens it (BBC, dev-side)',
    sentence:
      'وكان الرئيس الأمريكي حذر إيران من مغبة تهديد الولايات المتحدة، قائلا إنها ستواجه "تبعات لم يواجهها إلا قلة عبر التاريخ".',
    published: '2018-07-23',
    has: ['US>IR:THREATEN'],
    hasNot: ['US>IR:ACCUSE'],
  },
  // 2. The من of a quantity («عدد من الفصائل») is partitive, not the trigger's particle (code.ts, particleIndex).
  {
    rule: 'a warning by «عدد من الفصائل الفلسطينية» «من قرار الإدارة الأميركية» accuses the US (Sky News, dev batch 19)',
    sentence:
      'حذر عدد من الفصائل الفلسطينية، الجمعة، من قرار الإدارة الأميركية نقل سفارتها إلى القدس في مايو المقبل، باعتباره منافيا لقرارات الشرعية الدولية.',
    published: '2018-02-24',
    has: ['PS>US:ACCUSE'],
  },
];

runEventCases(cases, '2018-04-29');

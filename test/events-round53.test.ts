// Round 53 (docs/events.md): events with no trigger word, third pass. Each rule case is a real sentence the round-start
// lexicon left uncoded (a dev gold sentence, or a dev-side sentence of the standard audit); the near case is a dev-side
// sentence that must stay uncoded.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. A stop of one's own tour in a country is a visit (triggers.tsv: w:جولته w:جولتها + ب/في/إلى, 042).
  {
    rule: '«وبدأ بومبيو جولته بالرياض» is a US visit to Saudi Arabia (BBC, dev batch 19)',
    sentence:
      'وبدأ بومبيو جولته بالرياض، حيث حذر من التهديد الذي تطرحه طهران، مستشهدا بهجمات صاروخية شنها الحوثيون، المدعومون من إيران، على الأراضي السعودية.',
    published: '2018-04-29',
    has: ['US>SA:CONSULT'],
  },
  {
    rule: 'near case: «الأمير الشاب الذي يقوم بجولة طويلة في الولايات المتحدة» (a tour with no possessive) takes no visitor from the parties before it (France24, dev-side)',
    sentence:
      'وفي المقابلة التي أجراها معه رئيس تحرير مجلة "ذي أتلانتيك" الأمريكية جيفري غولدبرغ قبل اندلاع أعمال العنف الأخيرة على الحدود بين قطاع غزة وإسرائيل ونشرت الاثنين أكد الأمير الشاب الذي يقوم بجولة طويلة في الولايات المتحدة أنه ليس هناك أي "اعتراض ديني" على وجود دولة إسرائيل.',
    published: '2018-04-03',
    hasNotLike: [/:CONSULT$/],
  },
  // 2. Name-calling between parties is criticism (triggers.tsv: n:سباب n:شتائم, 111).
  {
    rule: '«سجل من السباب بين الرئيس الأمريكي دونالد ترامب وزعيم كوريا الشمالية» is US>KP ACCUSE (BBC, dev batch 20)',
    sentence:
      'بدءا من "الرجل الصاروخ" إلى "المخبول" هناك سجل من السباب بين الرئيس الأمريكي دونالد ترامب وزعيم كوريا الشمالية كيم جونغ أون.',
    published: '2018-03-09',
    has: ['US>KP:ACCUSE'],
  },
  // 3. Distributing aid in a country is aid (triggers.tsv: n:توزيع + مساعدات/سلال/أرغفة …, 070).
  {
    rule: '«للتأكد من توزيع المساعدات البريطانية في سوريا» is British aid to Syria (BBC, dev-side, the standard audit)',
    sentence:
      'ويستخدم شركاء وزارة التنمية الدولية في سوريا مراقبين من طرف ثالث للتأكد من توزيع المساعدات البريطانية في سوريا".',
    published: '2018-02-27',
    has: ['GB>SY:AID'],
  },
];

runEventCases(cases, '2018-03-09');

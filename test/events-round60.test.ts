// Round 60 (docs/events.md): events coded with the wrong parties. An attack repelled or a missile intercepted is
// also the defenders' force against the attacker; an acceptance noun with a possessive pronoun is its owner's act,
// not the nearest party's. Each case is a sentence of a dev gold article
// (eval/gold/events.jsonl, split dev) or of another dev-side article (the standard events audit) that the
// round-start coder coded with other parties.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. «صد الهجوم التركي»: the repelling side against the attacker (code.ts, repelledAttack).
  {
    rule: '«لدخول الجيش السوري منطقة عفرين للمساعدة في صد الهجوم التركي» is Syria against Turkey too (France 24, dev batch 19)',
    sentence:
      'قال مسؤول كردي كبير الأحد إن القوات الكردية السورية توصلت إلى اتفاق مع حكومة دمشق لدخول الجيش السوري منطقة عفرين للمساعدة في صد الهجوم التركي.',
    published: '2018-02-19',
    has: ['TR>SY:ASSAULT', 'SY>TR:ASSAULT'],
  },
  {
    rule: '«متجهين إلى عفرين للمؤازرة في صد الهجوم الذي تشنه تركيا» is Syria against Turkey (France 24, dev-side, the standard audit)',
    sentence:
      'أعلنت واشنطن الاثنين أن عددا من المقاتلين الأكراد الذين تدعمهم قد غادروا مواقعهم متجهين إلى عفرين للمؤازرة في صد الهجوم الذي تشنه تركيا.',
    published: '2018-03-06',
    has: ['TR>SY:ASSAULT', 'SY>TR:ASSAULT'],
  },
  // 2. «اعترضت … صاروخا باليستيا أطلقه حوثيون»: the interceptors against the launcher (code.ts, interceptedAttack).
  {
    rule: '«اعترضت قوات الدفاع الجوي السعودية صاروخا باليستيا أطلقه حوثيون على مدينة نجران» is Saudi Arabia against Yemen too (BBC, dev batch 8)',
    sentence:
      'اعترضت قوات الدفاع الجوي السعودية صاروخا باليستيا أطلقه حوثيون على مدينة نجران الجنوبية، ما أسفر عن إصابة 26 شخصا بشظايا، حسب مديرية الدفاع المدني السعودية.',
    published: '2018-09-06',
    has: ['YE>SA:ASSAULT', 'SA>YE:ASSAULT'],
  },
  // 3. «بعد قبوله مبدئيا بلقاء زعيم كوريا الشمالية»: the pronoun's referent accepts (code.ts, possessiveAcceptor).
  {
    rule: '«ترامب … أن كوريا الشمالية وعدت …، وذلك بعد قبوله مبدئيا بلقاء زعيم كوريا الشمالية» is the US accepting to meet (CNN, dev)',
    sentence:
      'واشنطن، الولايات المتحدة الأمريكية (CNN)-- أعلن الرئيس الأمريكي دونالد ترامب، السبت، أن كوريا الشمالية وعدت بإيقاف تجاربها الصاروخية، وذلك بعد قبوله مبدئيا بلقاء زعيم كوريا الشمالية كيم جونغ أون.',
    published: '2018-03-10',
    has: ['KP>US:AGREE', 'US>KP:AGREE'],
    cameo: { 'US>KP:AGREE': '036' },
  },
];

runEventCases(cases, '2018-03-10');

// Round 57 (docs/events.md): «ضرب» as an attack. The verbal noun «ضرب» (striking) is an attack only written with
// ب or ل before it («يأمر بضرب سوريا»، «لضرب مدينة جيزان»), and a threat after «لوح ب»; the bare word is also the
// verb (to hit) and «بالضرب/للضرب» with the article is a beating. The rule cases are dev-side sentences the
// round-start coder left uncoded; the near cases are dev-side sentences that must stay uncoded. And a verbal noun
// with ب right after a word of ordering in a clause opened by «إنه/إنها» is the pronoun's referent's act.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  {
    rule: '«ترامب يأمر بضرب سوريا» is a US attack on Syria (BBC title, dev-side, the standard audit)',
    sentence: 'ترامب يأمر بضرب سوريا..',
    published: '2018-04-14',
    has: ['US>SY:ASSAULT'],
  },
  {
    rule: '«الصواريخ التي قد تستخدمها الولايات المتحدة لضرب سوريا» is a possible US attack on Syria (BBC, dev-side, the standard audit)',
    sentence:
      'ليس واضحاً ما هو نوع الصواريخ التي قد تستخدمها الولايات المتحدة لضرب سوريا، ويُعتقد أن تكون المدمرة الأمريكية الصاروخية " يو إس إس دونالد كُوك" المرابضة على البحر المتوسط.',
    published: '2018-04-12',
    has: ['US>SY:ASSAULT'],
    hypothetical: ['US>SY:ASSAULT'],
  },
  {
    rule: '«الحوثيون … لضرب مدينة جيزان جنوبي السعودية» is a Houthi attack on Saudi Arabia (BBC, dev-side, the standard audit)',
    sentence:
      'وقال التحالف المدعوم من الغرب وقتها إن غاراته استهدفت منصات صواريخ استعملها المتمردون الحوثيون المدعومون من إيران لضرب مدينة جيزان جنوبي السعودية، واتهم الحوثيين باتخاذ الاطفال دروعا بشرية.',
    published: '2018-09-01',
    has: ['YE>SA:ASSAULT'],
  },
  {
    rule: '«الرئيس التركي يلوح بضرب شمال العراق» is a Turkish threat to Iraq (BBC title, dev-side)',
    sentence: 'الرئيس التركي يلوح بضرب شمال العراق ما لم تطهره بغداد من المسلحين الأكراد',
    published: '2018-06-08',
    has: ['TR>IQ:THREATEN'],
  },
  {
    rule: "«قال … دونالد ترامب، إنه أعطى أوامره بضرب سوريا» is a US attack on Syria: the orderer's act (BBC, dev batch 21)",
    sentence:
      'قال الرئيس الأمريكي، دونالد ترامب، إنه أعطى أوامره بضرب سوريا في عملية مشتركة مع القوات المسلحة الفرنسية والبريطانية ردا على هجمات كيماوية مزعومة اتهم الغرب النظام السوري بشنها في مدينة دوما بالغوطة الشرقية.',
    has: ['US>SY:ASSAULT'],
  },
  {
    rule: 'near case: «ترامب ينفي أنه أمر وزارة الدفاع باغتيال الأسد» codes no attack: the noun is not right after the order word (BBC title, dev-side)',
    sentence: 'ترامب ينفي أنه أمر وزارة الدفاع باغتيال الأسد',
    published: '2018-09-05',
    hasNotLike: [/:ASSAULT$/],
  },
  {
    rule: 'near case: the verb «ضرب» (he hit) in «زعمت أنه ضرب بقبضته زجاج باب منزلهما في الإسكندرية بولاية فرجينيا» codes no attack (BBC, dev-side)',
    sentence:
      'وأضافت أنها تزوجت بورتر عام 2009 حتى عام 2013، وإنها حصلت على حماية قضائية ضده في يونيو/ حزيران 2010 بعد أن زعمت أنه ضرب بقبضته زجاج باب منزلهما في الإسكندرية بولاية فرجينيا.',
    published: '2018-02-10',
    hasNotLike: [/:ASSAULT$/],
  },
];

runEventCases(cases, '2018-04-14');

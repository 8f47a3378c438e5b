// Round 42 (docs/events.md): blind dev batch 18's misses whose causes are general to Arabic news. Each rule has a
// case the round-start coder missed and a near case that must not be coded. The cases are sentences of dev gold
// articles (eval/gold/events.jsonl, split dev, batch 18) or of dev-side articles from the events audit
// (scripts/audit-events.ts), with the outlet named; cases marked "variant" change words of such a sentence.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. What a warning says a party does (a misdeed row of claims.tsv) is an accusation (code.ts, `warning`).
  {
    rule: 'a warning «من أن» a party seeks to dominate accuses it (CNN, dev batch 18)',
    sentence:
      '(CNN)-- حذر رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، من أن إيران تسعى إلى السيطرة على العالم "من خلال العدوان والارهاب"، مؤكدا أن طهران "تطور صواريخ باليستية للوصول إلى عمق أوروبا والولايات المتحدة أيضا".',
    published: '2018-02-18',
    has: ['IL>IR:ACCUSE'],
  },
  {
    rule: 'near case: what a warning fears a party will do is not coded (variant)',
    sentence: 'حذر رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، من أن إيران ستهاجم إسرائيل من سوريا.',
    published: '2018-02-18',
    hasNotLike: [/^IR>IL:/, /:ACCUSE$/],
  },
  // 2. A misdeed whose subject is a party's act noun («أنشطة إيران الخبيثة تشكل تهديدا») (claims.ts, actFabrication).
  {
    rule: 'a party’s activities said to pose a threat accuse the party (Alarabia, dev batch 18; variant without the aside)',
    sentence:
      'وقال القائد العسكري الأميركي، جوزيف فوتيل، إن أنشطة #إيران الخبيثة تشكل تهديدا لاستقرار المنطقة على الأمد البعيد.',
    published: '2018-02-27',
    has: ['US>IR:ACCUSE'],
  },
  {
    rule: 'involvement said of a party after «أن تكون» accuses it (BBC, events audit)',
    sentence:
      'واتفق زعماء الاتحاد الأوروبي، الأسبوع الماضي، على أنه من المرجح أن تكون موسكو ضالعة في تسميم سكريبال وابنته جنوبي إنجلترا، لكن موسكو تنفي أي دور لها فيما تعرض له.',
    published: '2018-03-27',
    has: ['EU>RU:ACCUSE'],
  },
  {
    rule: 'near case: a party behind a preposition in the subject is not the one posing the threat (variant)',
    sentence: 'وقال القائد العسكري الأميركي، جوزيف فوتيل، إن الحرب على إيران تشكل تهديدا لاستقرار المنطقة.',
    published: '2018-02-27',
    hasNot: ['US>IR:ACCUSE'],
  },
  // 3. A noun glued to the trigger's particle whose relative verb names its author (code.ts, authorOfPhrase).
  {
    rule: 'praise of a policy «التي يتبعها نظيره الفلبيني» praises its author (Alarabia, dev batch 18)',
    sentence:
      'وكان الرئيس الأميركي قد أشاد بسياسة القبضة الحديدية التي يتبعها نظيره الفلبيني، رودريغو دوتيرتي، في مكافحة مروجي المخدرات في بلاده، على الرغم من أن "الحرب على المخدرات" التي يشنها الأخير واجهت انتقادات حادة من جانب منظمات الدفاع عن حقوق الإنسان.',
    published: '2018-03-02',
    has: ['US>PH:SUPPORT'],
  },
  {
    rule: 'a rejected deadline «للمهلة التي حددتها رئيسة الوزراء البريطانية» rejects its author (CNN, events audit)',
    sentence:
      'دبي، الإمارات العربية المتحدة (CNN)— عبرت وزارة الخارجية الروسية، الثلاثاء، عنن رفضها للمهلة التي حددتها رئيسة الوزراء البريطانية، تيريزا ماي، ومطالبها بتقديم تفسير حول المادة الكيماوية.',
    published: '2018-03-13',
    has: ['RU>GB:REJECT'],
  },
  {
    rule: 'welcoming calls «بدعوات الحوار التي أطلقتها بيونغ يانغ» welcomes their author (France24, events audit)',
    sentence:
      'رحبت الولايات المتحدة الأمريكية على لسان رئيسها دونالد ترامب الثلاثاء بدعوات الحوار التي أطلقتها بيونغ يانغ وعرضها التخلي عن أسلحتها النووية مقابل ضمان أمن نظامها.',
    published: '2018-03-06',
    has: ['US>KP:SUPPORT'],
  },
  {
    rule: 'near case: the party that backs the warned forces («التي تدعمها الولايات المتحدة») is not warned (BBC, events audit)',
    sentence:
      'حذر الرئيس السوري بشار الأسد القوات الكردية التي تدعمها الولايات المتحدة من أنه لن يتردد في استخدام القوة لاستعادة السيطرة على ثلث البلاد الذي استولوا عليه.',
    published: '2018-05-31',
    hasNot: ['SY>US:THREATEN'],
  },
  {
    rule: 'near case: a word in ه four words after the glued noun is no relative verb («تجاه») (BBC, events audit)',
    sentence: 'واتهمت الأمم المتحدة ومسؤولون حقوقيون إسرائيل باستخدام قوة غير متناسبة تجاه المتظاهرين الفلسطينيين.',
    published: '2018-06-03',
    hasNotLike: [/>PS:ACCUSE$/],
  },
  // 4. Destabilizing as a misdeed row (claims.tsv), three words allowed after the act noun's party.
  {
    rule: 'a party’s activities said to destabilize the region accuse it, past «ما زالت» (BBC, events audit)',
    sentence:
      'وذكر الجبير أن أنشطة إيران الإرهابية ما زالت تزعزع استقرار المنطقة، معلنا دعم الاستراتيجية الأمريكية فى مواجهة إيران.',
    published: '2018-09-29',
    has: ['SA>IR:ACCUSE'],
  },
  {
    rule: 'near case: a war on a party that destabilizes the region does not accuse the party (variant)',
    sentence: 'وذكر الجبير أن الحرب ضد إيران ما زالت تزعزع استقرار المنطقة.',
    published: '2018-09-29',
    hasNot: ['SA>IR:ACCUSE'],
  },
  // 5. «لا تزال، ما زالت» (cue `still`): "still", no negation.
  {
    rule: '«ما زالت تطالب» is a demand still made, not a negated one (BBC, events audit)',
    sentence: 'الهند ما زالت تطالب بريطانيا باعادة ماسة "جبل النور"، احدى مجوهرات التاج البريطاني.',
    published: '2018-05-16',
    has: ['IN>GB:REQUEST'],
  },
  {
    rule: 'near case: «لا تطالب» stays negated (variant)',
    sentence: 'الهند لا تطالب بريطانيا باعادة ماسة "جبل النور"، احدى مجوهرات التاج البريطاني.',
    published: '2018-05-16',
    hasNot: ['IN>GB:REQUEST'],
    negated: 'IN>GB:REQUEST',
  },
  // 6. A demonym joined with the name after it takes its own gender as a pronoun's antecedent (antecedentGender).
  {
    rule: '«لقائها» after «رئيسة الوزراء البريطانية تريزا ماي» is her meeting (BBC, dev batch 18; variant: a verb of saying, no commas)',
    sentence:
      'وقالت رئيسة الوزراء البريطانية تريزا ماي في لقائها مع ولي العهد الأمير محمد بن سلمان إنها أثارت قلق الحكومة بشأن حقوق الإنسان.',
    published: '2018-03-07',
    has: ['GB>SA:CONSULT'],
  },
  {
    rule: '«لها» after «وزارة الدفاع الأمريكية، البنتاغون» is the ministry (BBC, events audit)',
    sentence:
      'وجاء ذلك بعد أيام من إعلان وزارة الدفاع الأمريكية، البنتاغون، أنها لن تسحب القوات من منبج رغم مطالبات تركيا لها بذلك.',
    published: '2018-03-21',
    has: ['TR>US:REQUEST'],
  },
  {
    rule: 'near case: a verb’s agreement with such a party is unchanged («قررت السلطات الألمانية ترحيل المغربي، منير المتصدق») (BBC, events audit)',
    sentence:
      'قررت السلطات الألمانية ترحيل المغربي، منير المتصدق، أحد المشاركين في هجمات 11 سبتمبر، التي ضربت مركز التجارة العالمي والبنتاغون في الولايات المتحدة.',
    published: '2018-10-15',
    has: ['DE>MA:COERCE'],
  },
];

runEventCases(cases, '2018-03-01');

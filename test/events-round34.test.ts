// Parties named by a description (round 34, docs/events.md): «من القطاع» after «قطاع غزة», «على المدينة» after
// «مدينة عفرين», «رئيس البلاد» after «الرئاسة التركية» are read as the party they take up (src/events/referents.ts),
// only inside the sentence that names it, and only when the sentence names one such party. The cases are sentences
// of dev gold articles (eval/gold/events.jsonl, split dev) or of dev-side articles from the events audit
// (scripts/audit-events.ts), with the outlet named; cases marked "variant" change words of such a sentence.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. A definite noun that heads a name named before in the sentence (قطاع غزة، مدينة عفرين) takes up that name.
  {
    rule: '«من القطاع» is قطاع غزة, named before in the sentence (BBC, dev gold)',
    sentence:
      'ويعيش نحو مليونين من الفلسطينيين محاصرين في قطاع غزة، إذ سحبت إسرائيل قواتها والمستوطنين اليهود من القطاع، ولكنها أبقت سيطرتها محكمة على الحدود البرية والبحرية.',
    published: '2018-04-27',
    has: ['IL>PS:RETREAT'],
  },
  {
    rule: '«على المدينة» is مدينة عفرين, named before in the sentence (CNN, dev gold)',
    sentence:
      'ونشر التلفزيون السوري خبراً عاجلاً أفاد به بوصول "القوات الشعبية" لمدينة عفرين بمحافظة حلب "خلال الساعات القليلة القادمة"، "لدعم صمود أهلها في مواجهة العدوان الذي تشنه قوات النظام التركي على المدينة وسكانها منذ الـ 20 من الشهر الماضي."',
    published: '2018-02-19',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: '«هجوم تشنه تركيا على المدينة» after «مدينة عفرين» (France24, events audit)',
    sentence:
      'وذكر الإعلام الرسمي السوري الاثنين أن قوات شعبية موالية ستدخل مدينة عفرين "خلال ساعات" للتصدي لأي هجوم تشنه تركيا على المدينة.',
    published: '2018-02-20',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'near case: the name is in the sentence before; the description alone codes nothing (variant, BBC dev gold)',
    sentence:
      'ويعيش نحو مليونين من الفلسطينيين محاصرين في قطاع غزة. وسحبت إسرائيل قواتها والمستوطنين اليهود من القطاع عام 2005.',
    published: '2018-04-27',
    hasNot: ['IL>PS:RETREAT'],
  },
  {
    rule: 'near case: two cities named before «المدينة» leave no single reading (variant, France24 audit)',
    sentence:
      'وذكر الإعلام الرسمي السوري الاثنين أن قوات شعبية موالية ستدخل مدينة عفرين بعد مدينة الموصل للتصدي لأي هجوم تشنه تركيا على المدينة.',
    published: '2018-02-20',
    hasNotLike: [/^TR>(SY|IQ):ASSAULT$/],
  },
  {
    rule: 'near case: «القطاع الخاص» is the private sector, not the Strip (variant, BBC dev gold)',
    sentence:
      'ويعيش نحو مليونين من الفلسطينيين محاصرين في قطاع غزة، إذ سحبت إسرائيل قواتها والمستوطنين اليهود من القطاع الخاص، ولكنها أبقت سيطرتها محكمة على الحدود البرية والبحرية.',
    published: '2018-04-27',
    hasNot: ['IL>PS:RETREAT'],
  },
  // 2. «البلاد»، «الدولة»: the one country the sentence names before it.
  {
    rule: '«رئيس البلاد» after «بالرئاسة التركية» is Turkey’s president (SkyNews, events audit)',
    sentence:
      'وذكر مصدر بالرئاسة التركية أن رئيس البلاد بحث في اتصال هاتفي، الاثنين، مع نظيره الروسي التطورات الأخيرة في سوريا، وسبل التعاون في محاربة الإرهاب.',
    published: '2018-02-19',
    has: ['TR>RU:CONSULT'],
  },
  {
    rule: 'near case: two countries named before «البلاد» leave no single reading (variant, SkyNews audit)',
    sentence:
      'وذكر مصدر بالرئاسة التركية والخارجية الإيرانية أن رئيس البلاد بحث في اتصال هاتفي، الاثنين، مع نظيره الروسي التطورات الأخيرة في سوريا.',
    published: '2018-02-19',
    hasNotLike: [/^(TR|IR)>RU:CONSULT$/],
  },
  {
    rule: 'near case: «الاحتجاجات التي تشهدها البلاد» is where the protests are, no protester (BBC, dev gold)',
    sentence:
      'تعهد الرئيس الإيراني حسن روحاني بعدم استقالة حكومته بسبب الاحتجاجات التي تشهدها البلاد على خلفية ارتفاع الأسعار وتراجع سعر العملة.',
    published: '2018-06-27',
    hasNotLike: [/:PROTEST$/],
  },
  // 3. «الحكومة»، «السلطات»، «الجيش»: the organ of the one country the sentence names before it.
  {
    rule: '«وتنفي الحكومة» after «بالكاميرون» is Cameroon’s government (BBC, events audit)',
    sentence:
      'وفيما يتعلق بالكاميرون، قالت المنظمة إن القوات الحكومية والمسلحين الانفصاليين ارتكبوا "انتهاكات جسيمة" في المنطقة التي تتحدث باللغة الإنجليزية من البلاد، وتنفي الحكومة تلك المزاعم.',
    published: '2018-10-13',
    has: ['CM>-:REJECT'],
  },
  {
    rule: 'near case: «الجيش في ميانمار» is Myanmar’s army, not Bangladesh’s, named before (BBC, dev gold)',
    sentence:
      'وقد فر نحو 700 ألف شخص من الروهينجا إلى بنغلاديش بعد شن الجيش في ميانمار عملية عسكرية في أغسطس/آب ضد من يصفهم بـ"المتمردين" في ولاية راخين.',
    published: '2018-03-13',
    hasNotLike: [/^BD>/],
  },
  // 4. A verbal noun's possessive with no agreeing subject in its clause: the one state-like party named before it.
  {
    rule: '«بعد اعترافها … بالقدس» is the United States’, named before in the sentence (BBC, events audit)',
    sentence:
      'وأعلن رئيس السلطة الفلسطينية، محمود عباس، أنه لن يقبل بالولايات المتحدة وسيطا في عملية السلام، بعد اعترافها المثير للجدل بالقدس عاصمة لإسرائيل.',
    published: '2018-02-12',
    has: ['US>IL:SUPPORT'],
  },
  {
    rule: '«بعد سيطرتها على شبه جزيرة القرم» is Russia’s (BBC, events audit)',
    sentence: 'وعلقت مجموعة السبع الكبرى عضوية روسيا بعد سيطرتها على شبه جزيرة القرم من أوكرانيا.',
    published: '2018-06-09',
    has: ['RU>UA:COERCE'],
  },
  {
    rule: 'near case: a masculine possessive does not refer to Russia (variant, BBC audit)',
    sentence: 'وعلقت مجموعة السبع الكبرى عضوية روسيا بعد سيطرته على شبه جزيرة القرم من أوكرانيا.',
    published: '2018-06-09',
    hasNotLike: [/^RU>/],
  },
  {
    rule: 'near case: two countries named before the possessive leave no single reading (variant, BBC audit)',
    sentence:
      'وأعلن رئيس السلطة الفلسطينية، محمود عباس، أنه لن يقبل بالولايات المتحدة ولا بروسيا وسيطا في عملية السلام، بعد اعترافها المثير للجدل بالقدس عاصمة لإسرائيل.',
    published: '2018-02-12',
    hasNotLike: [/^(US|RU)>IL:SUPPORT$/],
  },
  {
    rule: 'near case: «إدانتها بدخول العراق» is her conviction, no accusation of Iraq (France24, events audit)',
    sentence:
      'وكان القضاء نفسه قد أصدر في شباط/فبراير، حكما بالسجن سبعة أشهر على جهادية فرنسية بعد إدانتها بدخول العراق "بطريقة غير شرعية".',
    published: '2018-04-17',
    hasNot: ['FR>IQ:ACCUSE'],
  },
  {
    rule: 'near case: «قبل وصوله الى نيويورك» is no visit to the United States (CNN, dev gold)',
    sentence: 'وأضاف ظريف قبل وصوله الى نيويورك: " إن إيران لديها الخيارات التي ستجعل واشنطن تندم بالتأكيد."',
    published: '2018-04-20',
    hasNot: ['IR>US:CONSULT'],
  },
];

runEventCases(cases, '2018-03-01');

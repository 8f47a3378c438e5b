// Event coding rules of round 29 (fifth precision audit, docs/events.md), each with a case that the round-start coder
// got wrong and a near case that must still be coded. The cases are sentences of dev-side articles from the events
// audit (scripts/audit-events.ts) with the outlet named; near cases marked "variant" change words of such a sentence.
import assert from 'node:assert/strict';
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'after a downing and the noun of the craft, the demonym is the victim’s (BBC, events audit)',
    sentence:
      'أعلن وزير الدفاع الروسي سيرغي شويغو، عزم روسيا تسليم منظومة دفاع جوي متقدمة (أس 300) إلى سوريا خلال أسبوعين، بعد أسبوع من إسقاط طائرة حربية روسية فوق البحر المتوسط بطريق الخطأ أثناء هجوم جوي إسرائيلي في سوريا.',
    published: '2018-09-24',
    hasNotLike: [/^RU>.*:ASSAULT$/],
    has: ['IL>SY:ASSAULT'],
  },
  {
    rule: 'a Malaysian plane shot down over Ukraine is no Malaysian attack (BBC, events audit)',
    sentence:
      'ويعد هذا أفدح حادث طيران منذ إسقاط طائرة ماليزية في يوليو/ تموز 2014 شرقي أوكرانيا ومقتل جميع ركابها وعددهم 298 شخصا، وهو ثاني أفدح حادث طائرة منذ 2003.',
    published: '2018-04-11',
    hasNotLike: [/^MY>/],
  },
  {
    rule: 'near case (audit): a downing with its agent after «من قبل» is the agent’s attack on the craft’s country',
    sentence:
      'وفي سياق متصل، قال القائد العام للحرس الثوري، اللواء محمد علي جعفري، إن إسقاط المقاتلة الإسرائيلية من قبل الدفاعات الجوية السورية "انموذج للنصر الإلهي".',
    published: '2018-03-04',
    has: ['SY>IL:ASSAULT'],
  },
  {
    rule: 'near case (variant): a downing verb with its subject is the subject’s attack',
    sentence: 'وأسقطت الدفاعات السورية طائرة إسرائيلية.',
    published: '2018-03-04',
    has: ['SY>IL:ASSAULT'],
  },
  {
    rule: 'a kidnapping whose victim a demonym qualifies, in a capital named by a demonym, codes nothing (BBC, events audit)',
    sentence: 'خطف موظفة تونسية بالصليب الأحمر في العاصمة اليمني',
    published: '2018-06-08',
    hasNotLike: [/^TN>/],
  },
  {
    rule: 'near case (variant): a kidnapping verb with its subject and object is coded',
    sentence: 'وخطفت القوات الإسرائيلية صيادين فلسطينيين قرب غزة.',
    published: '2018-06-08',
    has: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'near case (variant): a killing verb with its subject and object is coded',
    sentence: 'وقتل الجيش الإسرائيلي فلسطينيا في غزة.',
    published: '2018-06-08',
    has: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'an act after «امتنع عن» is not done (BBC, events audit)',
    sentence:
      'وامتنعت إيران عن نفي أو تأكيد الأمر، لكنها قالت إن الهجمات الإسرائيلية مبنية على "ذرائع واهية لا أساس لها من الصحة".',
    published: '2018-05-11',
    hasNot: ['IR>-:REJECT'],
    negated: 'IR>-:REJECT',
  },
  {
    rule: 'an act after «امتناعه - … - عن» is not done (variant of a BBC audit sentence, with the country named)',
    sentence: 'وساعده في الصين امتناع بريطانيا - أول الأمر - عن انتقاد الصين.',
    published: '2018-03-14',
    hasNot: ['GB>CN:ACCUSE'],
  },
  {
    rule: 'near case: criticism with no refraining is coded (BBC, dev-side news)',
    sentence:
      'انتقدت تركيا الولايات المتحدة بسبب ما قالت إنها "رسائل متضاربة بشأن سوريا" قائلة إن "واشنطن تحدث إرباكا بسبب المراوغة حول دورها المستقبلي في البلاد".',
    published: '2018-04-07',
    has: ['TR>US:ACCUSE'],
  },
  {
    rule: 'acts after «تجنب تنفيذ», and those joined to them with و, are not done (BBC, events audit)',
    sentence:
      '2- سيتخذ الاتحاد الروسي جميع الإجراءات اللازمة لضمان تجنب تنفيذ عمليات عسكرية وهجمات على إدلب، والإبقاء على الوضع القائم.',
    published: '2018-09-30',
    hasNot: ['RU>SY:ASSAULT'],
    negated: 'RU>SY:ASSAULT',
  },
  {
    rule: 'near case: attacks joined with و and not avoided are coded (France 24, dev-side news)',
    sentence:
      'وشهدت العملية التي تطلق عليها أنقرة اسم "غصن الزيتون" إرسال قوات برية وشن ضربات جوية وقصفا مدفعيا على منطقة عفرين.',
    published: '2018-02-20',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'near case (audit): sanctions whose harm is avoided still exist (only an act right after the word is avoided)',
    sentence:
      'وأعرب عن أمله في أن تتوصل الدول الداعمة للاتفاق إلى حلول لتفادي أضرار العقوبات الأمريكية على إيران قبل نهاية نوفمبر/ تشرين الثاني المقبل.',
    published: '2018-09-23',
    has: ['US>IR:SANCTION'],
  },
  {
    rule: 'near case (variant): refraining from comment leaves the attack commented on alone',
    sentence: 'وامتنعت الخارجية الروسية عن التعليق على الهجوم الإسرائيلي على سوريا.',
    published: '2018-09-23',
    has: ['IL>SY:ASSAULT'],
  },
  {
    rule: 'a name in apposition to its title is no object of the title’s verb (BBC, events audit)',
    sentence:
      'دعا الأمين العام للأمم المتحدة، أنطونيو غوتيرس، إلى وقف فوري للتصعيد العسكري جنوب غربي سوريا، وذلك وسط تقارير تتحدث عن بدء الرئيس السوري، بشار الأسد، عملية عسكرية واسعة في المناطق التي تسيطر عليها المعارضة هناك، في تحدٍ للولايات المتحدة والمنظمة الدولية.',
    published: '2018-06-23',
    hasNotLike: [/^UN>PT/],
  },
  {
    rule: 'near case (audit): the Secretary-General calling on a state is coded',
    sentence:
      'دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش اسرائيل إلى الحد من استخدام القوة ضد المحتجين الفلسطينيين في مظاهراتهم في قطاع غزة.',
    published: '2018-05-16',
    has: ['UN>IL:REQUEST'],
  },
  {
    rule: 'a country after في past a noun that names no office is where the subject is (BBC, events audit)',
    sentence: 'يأتي هذا فيما نفى أقاربهم في إيطاليا ارتكابهم أي مخالفات قانونية أو ممارسة أنشطة غير شرعية في المكسيك.',
    published: '2018-03-04',
    hasNotLike: [/^IT>/],
  },
  {
    rule: 'a country after في past the object is where the object is (BBC, events audit)',
    sentence:
      'ولكن صحيفة واشنطن بوست قالت إن الرجل الذي رد على رقم الهاتف في تطبيق MenoM3ay نفى وجوده في تركيا لدى اختفاء خاشقجي.',
    published: '2018-10-20',
    hasNotLike: [/^TR>/],
  },
  {
    rule: 'near case (audit): an office’s في names its party (the subject)',
    sentence:
      'واتهم وزير الاتصالات في السلطة الفلسطينية، علام موسى، في بيان الثلاثاء، إسرائيل بعدم تطبيق مذكرة التفاهم التي وقعت في عام 2016.',
    published: '2018-08-16',
    has: ['PS>IL:ACCUSE'],
  },
  {
    rule: 'near case (variant): an official in a government denies for it',
    sentence: 'ونفى مسؤول في الحكومة التركية هذه الاتهامات.',
    published: '2018-08-16',
    has: ['TR>-:REJECT'],
  },
  {
    rule: 'a party inside the phrase that opens the sentence with في is not the subject of the verb (BBC, events audit)',
    sentence:
      'ففي المقال الافتتاحي لصحيفة "فرانكفورتر الجايمن زيتونغ" الألمانية دعا أردوغان ألمانيا وتركيا لفتح صفحة جديدة في العلاقات بينهما.',
    published: '2018-09-28',
    has: ['TR>DE:REQUEST'],
    hasNot: ['DE>TR:REQUEST'],
  },
  {
    rule: 'a body after the opening في is where, and the party after the verb its subject (variant)',
    sentence: 'وفي الأمم المتحدة دعت فرنسا روسيا إلى وقف الغارات.',
    published: '2018-09-28',
    has: ['FR>RU:REQUEST'],
    hasNotLike: [/^UN>/],
  },
  {
    rule: 'near case (variant): a subject before the verb in a sentence that opens with it stays the subject',
    sentence: 'الصحيفة الألمانية دعت تركيا إلى فتح صفحة جديدة.',
    published: '2018-09-28',
    has: ['DE>TR:REQUEST'],
  },
  {
    rule: '«نصف» before accusations is "half", not "we describe" (BBC, events audit)',
    sentence:
      'قالت القاضية الأسترالية بليندا وولنغتون إن نصف الاتهامات المنسوبة إلى الكاردينال تستدعي التحقيق واستكمال الإجراءات القانونية فيها بينما النصف الآخر لا يستحق ذلك.',
    published: '2018-05-01',
    hasNotLike: [/:REJECT$/],
  },
  {
    rule: 'near case: describing accusations as nonsense rejects them (Al Arabiya, dev-side news)',
    sentence: 'ويوم السبت، وصف وزير الخارجية الروسي، #سيرغي_لافروف، الاتهامات الأميركية بأنها "هراء".',
    published: '2018-02-19',
    has: ['RU>US:REJECT'],
  },
  {
    rule: 'an abduction is not aimed at the place it happens in (BBC, events audit)',
    sentence:
      'ويقول بلحاج إن بلاغا من الاستخبارات البريطانية (إم آي 6) ساعد الولايات المتحدة في خطف الزوجين في تايلاند عام 2004، وإعادتهما إلى ليبيا.',
    published: '2018-05-10',
    hasNotLike: [/>TH:/],
  },
  {
    rule: 'near case (variant): an abduction of a country’s citizens is coded',
    sentence: 'واختطف مسلحون حوثيون مواطنين سعوديين.',
    published: '2018-05-10',
    has: ['YE>SA:ASSAULT'],
  },
  {
    rule: 'what a party vows to respond to is not its own attack (BBC, events audit)',
    sentence:
      'وقد تعهدت إيران أيضا بالرد على الغارات الجوية الأخيرة على منشآتها العسكرية في سوريا والتي نسبت إلى إسرائيل.',
    published: '2018-05-09',
    hasNotLike: [/^IR>.*:ASSAULT$/],
  },
  {
    rule: 'the attacks a strike responded to are not the striker’s (BBC, events audit)',
    sentence:
      'وكانت القوات الأمريكية قد نفذت ضربة انتقامية العام الماضي ردا على أحد هذه الهجمات الكيميائية التي قيل إنها استهدفت مدينة خان شيخون السورية.',
    published: '2018-04-13',
    check: (doc) => {
      const attacks = doc.layers.events.filter((e) => e.sourceCountry === 'US' && e.type === 'ASSAULT');
      assert.deepEqual(
        attacks.map((e) => e.trigger.text),
        ['ضربة'],
      );
    },
  },
  {
    rule: 'near case (audit): an act responded to keeps its own agent (the genitive)',
    sentence:
      'قال وزير الخارجية الروسي، سيرغي لافروف، إن بلاده ستطرد دبلوماسيين بريطانيين "قريبا"، ردا على طرد لندن 23 دبلوماسيا روسيا.',
    published: '2018-03-15',
    has: ['GB>RU:SANCTION'],
  },
  {
    rule: 'near case (audit): an act responded to keeps its agent after «بقيادة»',
    sentence: 'ويقول الحوثيون إن هجماتهم ليست سوى رد على هجمات التحالف العسكري بقيادة السعودية في اليمن.',
    published: '2018-04-11',
    has: ['SA>YE:ASSAULT'],
  },
  {
    rule: 'near case (audit): a subject after a relative and أن in the opening phrase stays the subject',
    sentence:
      'وفي نفس الوقت الذي يبدو فيه أن تغريدات ترامب تحمّل الصين مسؤولية تلك التحديات، فإنه يثني على علاقاته الشخصية مع الرئيس الصيني.',
    published: '2018-08-30',
    has: ['US>CN:ACCUSE'],
  },
  {
    rule: 'an act the subject opposes is not done (BBC, events audit)',
    sentence:
      'ومنذ إعلان الرئيس الأمريكي دونالد ترامب عن صفقة القرن التي اطلعت الحكومة الإسرائيلية عليها، كرر رئيس الوزراء الإسرائيلي معارضته للانسحاب من الضفة الغربية قائلاً في خطابه لإحياء ذكرى حرب 67 "نحن نحرس السامرة".',
    published: '2018-07-10',
    hasNotLike: [/:RETREAT$/],
  },
  {
    rule: 'near case (variant): «المعارضة» (the opposition) negates nothing',
    sentence: 'وقصفت الطائرات الروسية مواقع المعارضة في إدلب.',
    published: '2018-07-10',
    has: ['RU>SY:ASSAULT'],
  },
  {
    rule: 'after «بشكل» a word is an adjective: «بشكل قاطع» is no boycott (BBC, events audit)',
    sentence:
      'من غير الواضح بشكل قاطع أسباب ذهاب الإيطاليين المختفين للمكسيك، لكن تقارير ذكرت إنهم ذهبوا لبيع بضائع صينية.',
    published: '2018-03-04',
    hasNotLike: [/:SANCTION$/],
  },
  {
    rule: 'near case (variant): a boycott verb is coded (BBC, dev-side news)',
    sentence:
      'أعلن الرئيس التركي رجب طيب أردوغان أن بلاده سوف تقاطع المنتجات الإلكترونية الأمريكية، وذلك بعد أن فرضت واشنطن عقوبات على أنقرة.',
    published: '2018-08-14',
    has: ['TR>US:SANCTION'],
  },
  {
    rule: 'the demonym of an expelled object is not the agent of «تضامنا» (BBC, events audit)',
    sentence: 'وطردت أكثر من عشرين دولة مبعوثين روس، تضامنا مع بريطانيا، التي أنحت باللائمة على روسيا في الهجوم.',
    published: '2018-03-29',
    hasNot: ['RU>GB:SUPPORT'],
  },
  {
    rule: 'the demonym of an expelled object is not the agent of «تضامنا» after the object (BBC, events audit)',
    sentence:
      'واندلعت أزمة دبلوماسية بين روسيا ودول الغرب في أعقاب قضية سالزبري، وطردت 20 دولة البعثات الدبلوماسية الروسية تضامنا مع بريطانيا.',
    published: '2018-04-08',
    hasNot: ['RU>GB:SUPPORT'],
  },
  {
    rule: 'near case (variant): a demonym of an office before «دعما» is the agent',
    sentence: 'وأعلنت الخارجية الروسية، دعما لسوريا، إرسال مساعدات.',
    published: '2018-04-08',
    has: ['RU>SY:SUPPORT'],
  },
  {
    rule: 'near case (audit): a dual verb with no verbal noun of its spelling keeps the missiles as its subject',
    sentence:
      'وفي غضون ذلك، قالت دمشق إن الدفاعات الجوية السورية دمرت صاروخين إسرائيليين استهدفا منطقة الكسوة، بحسب وكالة الأنباء السورية الرسمية (سانا).',
    published: '2018-05-08',
    has: ['IL>SY:ASSAULT'],
  },
];

runEventCases(cases, '2018-06-01');

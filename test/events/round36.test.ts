// Event coding rules of round 36 (blind dev batch 17), each with a case and near cases that must not be coded. The
// cases are sentences of dev-split articles of the ANT corpus (batch 17 or earlier dev gold in eval/gold/events.jsonl,
// or the events audit of dev-side articles) with the outlet named; the near cases marked "variant" change a word of
// such a sentence to show the limit of the rule.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  // 1. The bare perfect «دان» (and دانت، دانوا) condemns, as «أدان» does.
  {
    rule: '«دان» is the perfect of condemning (BBC, events audit)',
    sentence:
      'دان رئيس الوزراء الإسرائيلي، بنيامين نتياهو، تصريحات نظيره البولندي، ماتيوش مورافيتسكي، التي قال فيها إن بعض اليهود تعاونوا مع النازيين في الحرب العالمية الثانية مثلهم مثل البولنديين وآخرين.',
    published: '2018-02-18',
    has: ['IL>PL:ACCUSE'],
  },
  {
    rule: 'near case: «دان» as a first name condemns no one (variant of a dev sentence)',
    sentence: 'وقال مدير الاستخبارات الوطنية الأمريكية دان كوتس إن روسيا تواصل التدخل في الانتخابات.',
    published: '2018-02-18',
    hasNotLike: [/:ACCUSE$/],
  },
  // 2. A bare demonym with و after a comma continues the coordination of the subjects (their noun shared).
  {
    rule: 'two presidents named by their demonyms («الرئيسان الأميركي …، والفرنسي …») both condemn the object after the second name (Sky News, dev batch 17)',
    sentence:
      'دان الرئيسان الأميركي دونالد ترامب، والفرنسي إيمانويل ماكرون، نظام الرئيس السوري بشار الأسد وراعييه الروسي والإيراني، على خلفية الجوم العنيف الذي يستهدف الغوطة الشرقية.',
    has: ['US>SY:ACCUSE', 'FR>SY:ACCUSE'],
    hasNot: ['US>FR:ACCUSE'],
  },
  {
    rule: 'the partners of a meeting named by a dual and bare demonyms after commas (BBC, events audit)',
    sentence:
      'ومن المقرر أن يلتقي الرئيس الإيراني، حسن روحاني، بنظيريه الروسي، فلاديمير بوتين، والتركي، رجب طيب أردوغان، في إيران.',
    published: '2018-09-03',
    has: ['IR>RU:CONSULT', 'IR>TR:CONSULT'],
  },
  {
    rule: 'near case: a party after a comma with no bare demonym before it is no object of the coordinated subjects (variant)',
    sentence: 'دان الرئيس الأميركي دونالد ترامب والرئيس الفرنسي إيمانويل ماكرون، وقال البيت الأبيض إن روسيا مسؤولة.',
    hasNot: ['US>RU:ACCUSE', 'FR>RU:ACCUSE'],
  },
  // 3. Phone conversations and joint press conferences are meetings.
  {
    rule: '«محادثة هاتفية مع» is a phone call (BBC, events audit)',
    sentence:
      'وأدان الرئيس الفرنسي ماكرون "الهجوم الكيميائي"، ضد المدنيين في دوما، وذلك خلال محادثة هاتفية مع ترامب وفقا لبيان نشره قصر الإليزيه.',
    published: '2018-04-09',
    has: ['FR>US:CONSULT'],
  },
  {
    rule: 'near case: «محادثة» with no «هاتفية» is no call (variant of the BBC audit sentence)',
    sentence: 'وقال الرئيس الفرنسي ماكرون إن المحادثة الأخيرة كانت مع ترامب.',
    published: '2018-04-09',
    hasNotLike: [/:CONSULT$/],
  },
  {
    rule: 'a joint press conference with a counterpart is a meeting (France 24, dev batch 17)',
    sentence:
      'قال وزير خارجية تركيا مولود تشاوش أوغلو الاثنين في مؤتمر مشترك له في عمان مع نظيره الأردني أيمن الصفدي، إن بلاده لا تمانع من دخول القوات السورية عفرين لطرد الفصائل الكردية هناك، محذرا دمشق من مغبة دعم الأكراد.',
    published: '2018-02-20',
    has: ['TR>JO:CONSULT', 'TR>SY:THREATEN'],
  },
  {
    rule: 'near case: a press conference that is not joint meets no one (variant of the France 24 sentence)',
    sentence:
      'قال وزير خارجية تركيا مولود تشاوش أوغلو الاثنين في مؤتمر صحافي في عمان مع وصول نظيره الأردني أيمن الصفدي إن بلاده لا تمانع.',
    published: '2018-02-20',
    hasNot: ['TR>JO:CONSULT'],
  },
  // 4. «ضرب حصارا على» imposes a blockade, as «فرض».
  {
    rule: '«الحصار الذي تضربه السعودية … على قطر» (France 24, dev batch 17)',
    sentence: 'لم يكن للحصار الذي تضربه السعودية وحلفاؤها على قطر منذ تسعة أشهر التأثير المتوقع...',
    published: '2018-03-09',
    has: ['SA>QA:COERCE'],
  },
  {
    rule: 'near case: «ضرب» with no siege word imposes nothing (BBC, dev-side news)',
    sentence:
      'وقد علقت هايتي عمليات المنظمة الخيرية البريطانية فيها، اثناء تحقيقها في مزاعم انتهاكات وقعت بعد الزلزال المدمر الذي ضربها في عام 2010.',
    published: '2018-02-24',
    hasNotLike: [/:COERCE$/],
  },
  // 5. Bringing in aid (إدخال مساعدات إلى) is aid; delivering it (إيصال) after a verb of allowing is someone else's.
  {
    rule: '«بإدخال مساعدات إلى الغوطة الشرقية» is the UN’s aid (France 24, dev batch 17)',
    sentence:
      'وتنتظر الأمم المتحدة السماح لها بإدخال مساعدات إلى الغوطة الشرقية التي تحاصرها قوات النظام منذ العام 2013، وتتعرض منذ نحو أسبوعين لحملة قصف أسفرت وفق المرصد السوري لحقوق الإنسان عن مقتل 628 مدنيا بينهم 151 طفلا، وإصابة أكثر من 3500 آخرين بجروح.',
    published: '2018-03-02',
    has: ['UN>SY:AID'],
  },
  {
    rule: 'near case: aid a truce would let through is not the subject’s (Sky News, events audit)',
    sentence:
      'وقال وزير الخارجية الروسي سيرجي لافروف إن موسكو ستضغط لإقرار خطط هدنة يومية مماثلة في القتال، مما يسمح بإيصال المساعدات للغوطة الشرقية عبر ما تصفه روسيا بالممر الإنساني.',
    published: '2018-02-27',
    hasNot: ['RU>SY:AID'],
  },
  // 6. A raid names the attacker of a casualty, as a raid or attack noun does (cue `agent`).
  {
    rule: 'a Palestinian killed during a raid of the Israeli army (variant of an Alarabiya sentence of dev batch 17: «فيه» left out)',
    sentence: 'قتل فلسطيني خلال مداهمة لجيش الاحتلال الإسرائيلي.',
    published: '2018-03-01',
    has: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'near case: a raid with no party after it names no attacker (variant)',
    sentence: 'قتل فلسطيني خلال مداهمة في مدينة جنين.',
    published: '2018-03-01',
    hasNotLike: [/^IL>/],
  },
  // 7. A hashtag whose last words are a country's name or a demonym names that party.
  {
    rule: '«من #الحكومة_التشيكية» is the Czech government (Alarabiya, dev batch 17)',
    sentence:
      'وطلبت السلطات التركية حينها من #الحكومة_التشيكية قبل أيام، اعتقال القائد السابق لحزب الاتحاد الديمقراطي السوري الكردي الذي تعتبره أنقره فرعا لحزب العمال الكردستاني الذي تصنفه "منظمة إرهابية".',
    published: '2018-02-28',
    has: ['TR>CZ:REQUEST'],
  },
  {
    rule: '«تصويت #البرلمان_الهولندي» is the Dutch parliament’s vote (Alarabiya, events audit)',
    sentence:
      'استدعت #أنقرة، الجمعة، القائم بالأعمال الهولندي وعبرت له عن "إدانتها" غداة تصويت #البرلمان_الهولندي على اقتراح بشأن الاعتراف بإبادة #الأرمن قبل نحو مئة عام، حسب ما أفاد مسؤول في وزارة الخارجية التركية.',
    published: '2018-02-23',
    has: ['TR>NL:ACCUSE'],
  },
  {
    rule: 'near case: a country behind a glued preposition in a hashtag («#نقل_السلاح_لليمن») is no party (Alarabiya, dev batch 16)',
    sentence:
      'استخدمت روسيا حق الفيتو الاثنين في مجلس الأمن ضد مشروع قرار بريطاني دعمته الولايات المتحدة وفرنسا يقضي بتجديد حظر #نقل_السلاح_لليمن مع التنديد بتقاعس إيران عن منع وصول أسلحتها إلى الحوثيين.',
    published: '2018-02-27',
    hasNotLike: [/>YE:/],
  },
  // 8. «وراعييه»، «وحلفاءها»: a head word the word analysis leaves whole after و is still a conjunct's head.
  {
    rule: 'the sponsors after «وراعييه» are condemned with the regime (Sky News, dev batch 17)',
    sentence:
      'دان الرئيسان الأميركي دونالد ترامب، والفرنسي إيمانويل ماكرون، نظام الرئيس السوري بشار الأسد وراعييه الروسي والإيراني، على خلفية الجوم العنيف الذي يستهدف الغوطة الشرقية.',
    has: ['US>RU:ACCUSE', 'US>IR:ACCUSE', 'FR>RU:ACCUSE', 'FR>IR:ACCUSE'],
  },
  {
    rule: 'the allies after «وحلفاءها» are warned with the government (BBC, events audit)',
    sentence:
      'حذر الرئيس الأمريكي دونالد ترامب الحكومة السورية وحلفاءها الروس والإيرانيين من "الهجوم المتهور" على محافظة إدلب السورية.',
    published: '2018-09-04',
    has: ['US>RU:THREATEN', 'US>IR:THREATEN'],
  },
  {
    rule: 'near case: the ally after «وحليفته» is a second subject, not the object of the accusation (BBC, events audit)',
    sentence:
      'ويتهم مؤيدو الرئيس السوري بشار الأسد، وحليفته روسيا، جماعة "الخوذ البيضاء" بدعم المعارضة المسلحة وبأن لديها صلات مع جماعات "جهادية".',
    published: '2018-07-22',
    hasNot: ['SY>RU:ACCUSE'],
  },
  // 9. A dual title right before a verb takes up the two parties coordinated before it.
  {
    rule: '«إن الرئيسين دانا …» after «بين ترامب وماكرون» (Sky News, dev batch 17)',
    sentence:
      'وقال البيت الأبيض، في بيان، بعد محادثة هاتفية بين ترامب وماكرون الجمعة، إن الرئيسين دانا الأسد وروسيا وإيران بسبب "الأعمال الوحشية" التي ارتكبوها في سوريا، بما في ذلك قصف الغوطة الشرقية.',
    has: [
      'US>FR:CONSULT',
      'US>SY:ACCUSE',
      'US>RU:ACCUSE',
      'US>IR:ACCUSE',
      'FR>SY:ACCUSE',
      'FR>RU:ACCUSE',
      'FR>IR:ACCUSE',
    ],
  },
  {
    rule: 'near case: after three coordinated parties a dual does not say which two (variant of the Sky News sentence)',
    sentence:
      'وقال البيت الأبيض، في بيان، بعد محادثة هاتفية بين ترامب وماكرون وميركل الجمعة، إن الرئيسين دانا روسيا وإيران.',
    hasNotLike: [/:ACCUSE$/],
  },
  // 10. The circumstantial participle «واصفا» describes as «وصف» does; «غير واقعي» is a pejorative.
  {
    rule: '«…، واصفا بيان المسؤولين السعوديين … بأنه أمر غير واقعي» (variant of a BBC sentence of dev batch 17: the adviser named by his title, as in its first sentence)',
    sentence:
      'وأضاف مستشار للرئيس التركي، في تصريح لوكالة رويترز، إن السلطات ترجح أن تكون العملية تمت بمشاركة "15 سعوديا"، واصفا بيان المسؤولين السعوديين، بعدم توفر كاميرات مراقبة في مبنى القنصلية، بأنه أمر غير واقعي.',
    published: '2018-10-07',
    has: ['TR>SA:ACCUSE'],
  },
  {
    rule: 'near case: a statement described with no pejorative is not criticised (variant)',
    sentence:
      'وأضاف مستشار للرئيس التركي، في تصريح لوكالة رويترز، إن السلطات ترجح أن تكون العملية تمت بمشاركة "15 سعوديا"، واصفا بيان المسؤولين السعوديين بأنه مهم.',
    published: '2018-10-07',
    hasNotLike: [/:ACCUSE$/],
  },
  // 11. What the victims belong to (ينتمون ل) is part of their description: their party is no attacker.
  {
    rule: 'the victims’ militia is not the raids’ agent (Sky News, dev batch 17)',
    sentence:
      'وتأتي الغارات بعد مقتل 7 خبراء متفجرات ينتمون للميليشيات الإيرانية في غارات التحالف العربي على محافظة صعدة شمالي اليمن.',
    published: '2018-03-02',
    hasNotLike: [/^IR>/],
  },
  {
    rule: 'near case: with no casualty before it, a party behind «التابعة ل» still leads the raids (variant)',
    sentence: 'وشنت الطائرات التابعة للتحالف بقيادة السعودية غارات على اليمن.',
    published: '2018-03-02',
    has: ['SA>YE:ASSAULT'],
  },
  // 12. A killing word followed by «فيه» or a count takes its attacker from an agent word after it.
  {
    rule: '«حادثاً … قتل فيه فلسطيني خلال مداهمة لجيش الاحتلال الإسرائيلي» (Alarabiya, dev batch 17)',
    sentence:
      'أفرجت منظمة #بتسيلم الإسرائيلية المعنية بحقوق الإنسان عن لقطات الأربعاء، تظهر حادثاً وقع الأسبوع الماضي، قتل فيه فلسطيني خلال مداهمة لجيش الاحتلال الإسرائيلي.',
    published: '2018-03-01',
    has: ['IL>PS:ASSAULT'],
  },
  {
    rule: '«بعد أن قُتل 10 نشطاء أتراك … على يد قوات كوماندوز إسرائيلية» (BBC, events audit)',
    sentence:
      'وقد بدأت العلاقات تتوتر بين البلدين منذ عام 2010 بعد أن قُتل 10 نشطاء أتراك مؤيدين للفلسطينيين على يد قوات كوماندوز إسرائيلية نزلت في سفينة مرمرة التركية التي كانت تحاول كسر الحصار البحري الإسرائيلي المفروض على قطاع غزة.',
    published: '2018-07-24',
    has: ['IL>TR:ASSAULT'],
  },
  {
    rule: 'near case: with no agent word the victims after «فيها» have no attacker (variant)',
    sentence: 'وقعت عملية دهس قتل فيها جنديان إسرائيليان قرب مستوطنة في الضفة الغربية.',
    published: '2018-03-01',
    hasNotLike: [/:ASSAULT$/],
  },
  // 13. A hashtag whose first word is a trigger's phrase word stands for it.
  {
    rule: '«استدعت #السفير_الصيني» summons the ambassador (Alarabiya, dev batch 12)',
    sentence:
      'أعلنت وزارة خارجية #كوريا_الجنوبية، الأربعاء، أنها استدعت #السفير_الصيني، الثلاثاء، للاحتجاج على دخول #طائرات_حربية صينية إلى المجال الجوي الكوري الجنوبي، في ثاني حادث من نوعه هذا العام.',
    published: '2018-02-28',
    has: ['KR>CN:ACCUSE'],
  },
  {
    rule: 'near case: a hashtag that does not start with the phrase word is not it (variant of the Alarabiya sentence)',
    sentence:
      'أعلنت وزارة خارجية #كوريا_الجنوبية، الأربعاء، أنها استدعت #الملحق_العسكري_الصيني، الثلاثاء، للاحتجاج على دخول #طائرات_حربية صينية إلى المجال الجوي الكوري الجنوبي.',
    published: '2018-02-28',
    hasNotLike: [/:ACCUSE$/],
  },
];

runEventCases(cases, '2018-03-10');

// Event coding rules of round 21 (errors of the blind dev batch 13), each with a case and a near case that must not
// be coded: each sentence is from an Arabic news article of the ANT corpus (Al Arabiya, BBC, CNN, France24, Sky News,
// 2018), dev-split articles only (the batch-13 gold and scripts/audit-events.ts, docs/events.md), with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a particle behind a bare «أن» is not the trigger’s: «اعترف أيضاً أن زوجته السورية …» is a confession, no recognition of «بالفلبين» (Al Arabiya)',
    sentence:
      'قال إنها كانت حية تلفظ أنفاسها الأخيرة حين وضعها بنفسه في "فريزر" الثلاجة بعد أن أقدمت زوجته على تعذيبها ببيتهما في #الكويت، طبقاً لما نقل موقع إخباري فلبيني عن الوارد بالحساب "الفيسبوكي" لإذاعة bombo radyo iloilo اليوم السبت، عن أولى اعترافات اللبناني نادر عصام عساف الذي اعتقله فرع "الإنتربول" الدولي منذ يومين في #بيروت. عساف، البالغ 40 سنة، اعترف أيضاً أن زوجته السورية منى حسون، الأصغر سناً منه بثلاثة أعوام، كانت مدمنة تقريباً على تعذيب خادمتهما الفلبينية Joanna Demafelis معظم الأحيان، وربما لأقل سبب، وفقاً لما قرأته "العربية.نت" أيضاً في الحساب "الفيسبوكي" للإذاعة التي نقل عنها موقع صحيفة Philippine news ما ذكرته، من دون أن تكشف المحطة عن مصدر معلوماتها، إلا أنها إذاعة معروفة منذ تأسست في 1966 بالفلبين، وفق الوارد بسيرتها الملخصة في موقع "ويكيبيديا" المعلوماتي.',
    published: '2018-02-24',
    hasNotLike: [/:SUPPORT$/],
  },
  {
    rule: 'near case: «اعترف … بالقدس عاصمة لإسرائيل» stays a recognition (BBC)',
    sentence:
      'وتأتي هذه الزيارة بعد ان اعترف الرئيس الأمريكي دونالد ترامب بالقدس عاصمة لإسرائيل، مما يجعلها حساسة لدى الفلسطينيين.',
    published: '2018-02-15',
    has: ['US>IL:SUPPORT'],
  },
  {
    rule: 'near case: «إن» in a name («مون جاي إن») opens no clause; the meeting keeps its partner after مع (BBC)',
    sentence:
      'يمثل لقاء الرئيس الكوري الجنوبي مون جاي إن مع نظيره الكوري الشمالي، كيم جونغ أون، انطلاقة تاريخية، على الأقل من حيث شكل المصالحة الثنائية والأجواء العاطفية التي أحاطت بهما في كوريا الجنوبية.',
    published: '2018-04-28',
    has: ['KR>KP:CONSULT'],
  },
  {
    rule: 'an actor behind a bare «إن» is never the object: no LB>IL support from «مؤتمر … لدعم قوات الأمن اللبنانية، إن إسرائيل …» (France24)',
    sentence:
      'قال رئيس الوزراء اللبناني سعد الحريري الخميس في روما خلال مؤتمر وزاري دولي لدعم قوات الأمن اللبنانية، إن إسرائيل "تبقى التهديد الرئيسي للبنان، وانتهاكاتها اليومية لسيادتنا يجب أن تتوقف".',
    published: '2018-03-16',
    hasNotLike: [/:SUPPORT$/],
  },
  {
    rule: 'near case: the object after the subject’s apposition between commas (BBC)',
    sentence:
      'اتهم وزير الخارجية الروسي، سيرغي لافروف، بريطانيا وشركاءها الغربيين بممارسة "ألعاب صبيانية" في ردهم بشان قضية تسميم الجاسوس الروسي السابق سيرغي سكريبال وابنته.',
    published: '2018-04-02',
    has: ['RU>GB:ACCUSE'],
  },
  {
    rule: 'a state right after a verbal noun and before a count is its agent: «باعتقال الصين ما يقرب من مليون مسلم» is no UN arrest of China (BBC)',
    sentence:
      'في الوقت الذي أعربت فيه الأمم المتحدة عن قلقها بشأن التقارير التي تفيد باعتقال الصين ما يقرب من مليون مسلم من أقلية الإيغور بحجة "الإرهاب"، سلطت تقارير إعلامية الضوء على الرجل المسؤول عن هذه العملية برمتها.',
    published: '2018-09-30',
    hasNotLike: [/^UN>CN:COERCE$/],
  },
  {
    rule: 'near case: an adverb after the state leaves it the object: «فرصة إدانة إيران مجددا» (France24)',
    sentence:
      'يستقبل الرئيس الأمريكي في واشنطن الثلاثاء ولي العهد السعودي الأمير محمد بن سلمان في لقاء سيتيح لدونالد ترامب فرصة إدانة إيران مجددا أمام ضيف مؤيد لهذا الخطاب والبحث في إمكانية الاستفادة من التغييرات الكبيرة التي يخطط لها الأمير الشاب في المملكة.',
    published: '2018-03-18',
    has: ['US>IR:ACCUSE'],
  },
  {
    rule: 'an envoy’s post after the subject is part of its title; the party after it is the object (France24)',
    sentence: 'ودعا سفير باريس لدى الأمم المتحدة موسكو إلى العمل على "وقف إراقة الدماء في سوريا".',
    published: '2018-03-12',
    has: ['FR>RU:REQUEST'],
  },
  {
    rule: 'an envoy’s post after the subject: «طالب السفير الروسي لدى الأمم المتحدة مجلس الأمن» (BBC)',
    sentence:
      'كما طالب السفير الروسي لدى الأمم المتحدة مجلس الأمن بالاجتماع مرة ثانية يوم الجمعة لمناقشة إمكانية قيام قوى الغرب بعمل عسكري في سوريا.',
    published: '2018-04-13',
    has: ['RU>UN:REQUEST'],
  },
  {
    rule: 'near case: the post itself is no party (BBC)',
    sentence:
      'ألمح السفير الروسي لدى الاتحاد الأوروبي إلى أن مختبر أبحاث في بريطانيا قد يكون مصدر غاز الأعصاب الذي استخدم في الهجوم على جاسوس روسي سابق وابنته في بريطانيا.',
    published: '2018-03-18',
    hasNotLike: [/EU/, /^GB>RU/],
  },
  {
    rule: 'imposing a siege or blockade («تفرض … حصارا … على قطاع غزة») is COERCE 191, not a sanction (BBC)',
    sentence:
      'وتفرض إسرائيل ومصر حصارا بريا وبحريا وجويا على قطاع غزة، منذ فرض حركة حماس لسلطتها على القطاع في عام 2007، وطردها لمنافسيها، بعد عام من فوزها بالانتخابات التشريعية.',
    published: '2018-07-17',
    has: ['IL>PS:COERCE', 'EG>PS:COERCE'],
    hasNotLike: [/:SANCTION$/],
    cameo: { 'IL>PS:COERCE': '191' },
  },
  {
    rule: 'near case: imposing sanctions stays SANCTION 163 (BBC)',
    sentence:
      'وقررت واشنطن إعادة فرض عقوبات اقتصادية صارمة على إيران بعد إعلان الرئيس الأمريكي دونالد ترامب في الثامن من مايو/آيار الانسحاب من الاتفاق النووي الذي توصلت إليه الدول الغربية الكبرى مع إيران عام 2015.',
    published: '2018-05-17',
    has: ['US>IR:SANCTION'],
    cameo: { 'US>IR:SANCTION': '163' },
  },
  {
    rule: 'a party after a preposition is not the clause subject: «نقل الأموال إلى العراق باشرت السعودية والإمارات والبحرين ومصر بفرض حصار» (BBC)',
    sentence:
      'بعد أن تم نقل الأموال إلى العراق باشرت السعودية والإمارات والبحرين ومصر بفرض حصار اقتصادي على قطر وهو مستمر حتى الآن كون "قطر لها تاريخ طويل في تمويل الارهاب".',
    published: '2018-07-17',
    has: ['SA>QA:COERCE', 'AE>QA:COERCE', 'BH>QA:COERCE', 'EG>QA:COERCE'],
    hasNot: ['IQ>QA:COERCE'],
  },
  {
    rule: 'near case: «كل من» names the parties themselves (BBC)',
    sentence:
      'عقد رؤساء كل من تركيا وإيران وروسيا قمة ثلاثية في أنقرة في الرابع من أبريل/نيسان 2018، من أجل مواصلة البحث عن تسوية الخلافات بين الأطراف المتصارعة بعد عدة مفاوضات ومباحثات لم تنهِ أي منها الحرب بسبب عدم التزام الأطراف بالبنود المتفق عليها.',
    published: '2018-04-04',
    has: ['TR>IR:CONSULT', 'TR>RU:CONSULT'],
  },
  {
    rule: 'a verbal noun after «قرار + party» is that party’s act: «ردا على قرار واشنطن بطرد دبلوماسيين روس» (BBC)',
    sentence:
      'قال وزير الخارجية الروسي سيرغي لافروف إن بلاده قررت طرد 60 دبلوماسيا أمريكيا ردا على قرار واشنطن بطرد دبلوماسيين روس إثر محاولة اغتيال الجاسوس الروسي السابق، سيرغي سكريبال، وابنته باستخدام مادة كيماوية سامة في بريطانيا.',
    published: '2018-03-29',
    has: ['US>RU:SANCTION'],
  },
  {
    rule: 'evidence «على أن» + a party and a harmful act: the speaker accuses the party (France24)',
    sentence:
      'قال الاتحاد الأوروبي اليوم الأحد إن هناك دلائل على أن القوات الحكومية السورية استخدمت أسلحة كيماوية ضد مدينة دوما المحاصرة التي تسيطر عليها قوات المعارضة،مطالبا برد دولي.',
    published: '2018-04-08',
    has: ['EU>SY:ACCUSE'],
  },
  {
    rule: 'evidence after «بيان صادر عن» (France24)',
    sentence:
      'أشار بيان صادر عن الاتحاد الأوروبي الأحد، إلى وجود دلائل على أن القوات الحكومية السورية استخدمت أسلحة كيماوية في قصفها على مدينة دوما، داعيا إلى "رد فوري من المجتمع الدولي".',
    published: '2018-04-08',
    has: ['EU>SY:ACCUSE'],
  },
  {
    rule: 'near case: a killing after the party makes it the victim: «يشير إلى أن خاشقجي قتل داخل القنصلية» (BBC)',
    sentence:
      'وكانت مصادر تركية قد قالت لوكالة رويترز للأنباء إن لدى السلطات تسجيلا صوتيا يشير إلى أن خاشقجي قتل داخل القنصلية، التي لم يشاهد منذ دخولها في 2 أكتوبر/تشرين الأول.',
    published: '2018-10-18',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'near case: denied evidence («لا دليل على أن …») accuses no one (BBC)',
    sentence: 'وزير الدفاع الأمريكي: لا دليل على أن المعارضة السورية ستستخدم أسلحة كيماوية في إدلب',
    published: '2018-09-07',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'near case: evidence that an incident was staged names no party after «أن» (BBC)',
    sentence:
      'ولكن الحكومة السورية نفت استخدامها للأسلحة الكيميائية، وقالت حليفتها روسيا إن لديها دليلاً على أن حادثة دوما هي مجرد مسرحية مخطط لها.',
    published: '2018-04-15',
    hasNotLike: [/^RU>SY:ACCUSE$/],
  },
];

runEventCases(cases, '2018-03-14');

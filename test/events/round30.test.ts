// Event trigger coverage of round 30 (docs/events.md): word forms and trigger families the lexicon lacked, each with
// a case the round-start coder missed and a near case that must not be coded. The cases are sentences of dev gold
// articles (eval/gold/events.jsonl, split dev) or of dev-side articles from the events audit (scripts/audit-events.ts),
// with the outlet named; cases marked "variant" change words of such a sentence.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a trigger noun in the indefinite accusative (هجوما) is the noun (France24, events audit)',
    sentence:
      'وبدأت تركيا الشهر الماضي هجوما جويا وبريا في عفرين السورية لاستهداف المقاتلين الأكراد هناك إذ ترى أنهم جماعة إرهابية مرتبطة بتمرد مسلح في تركيا.',
    published: '2018-02-19',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'the accusative of a meeting noun after عقد (BBC, events audit)',
    sentence: 'ومن المتوقع أن يعقد ترامب وكيم جونغ أون اجتماعاً بحضور المترجمين فقط.',
    published: '2018-06-12',
    has: ['US>KP:CONSULT'],
    hypothetical: ['US>KP:CONSULT'],
  },
  {
    rule: 'near case: «وصولا إلى» is "as far as", no arrival (France24, dev gold)',
    sentence:
      'من جانبه تعهد الرئيس التركي رجب طيب أردوغان الاثنين بتوسيع العملية التركية في سوريا إلى مناطق أخرى خاضعة لسيطرة الأكراد وصولا إلى الحدود العراقية، غداة إخراج فصائل موالية لأنقرة القوات الكردية من عفرين.',
    published: '2018-03-19',
    hasNot: ['TR>IQ:CONSULT'],
  },
  {
    rule: 'near case: «أثار قلقا» is concern others feel, not the subject’s (SkyNews, events audit)',
    sentence:
      'وأثارت تصريحات بوتن قلقا دوليا، استدعى تعليقا من الرئيس الأميركي دونالد ترامب والمستشارة الألمانية أنغيلا ميركل، بعد مكالمة هاتفية جمعتهما.',
    published: '2018-03-02',
    hasNotLike: [/^RU>.*:ACCUSE$/],
  },
  {
    rule: 'concluding a deal (عقد اتفاق مع) is an agreement (BBC, dev gold; variant: May named in full, as earlier in the article)',
    sentence:
      'وتقول رئيسة الوزراء البريطانية تيريزا ماي إنها تريد عقد اتفاق تجاري مع الاتحاد الأوروبي للفترة التالية لمغادرة بريطانيا له في 2019.',
    published: '2018-09-12',
    has: ['GB>EU:AGREE'],
  },
  {
    rule: 'near case: concluding an alliance one welcomes is not the welcomer’s agreement (France24, dev gold)',
    sentence:
      'من جانبه، رحب رئيس المفوضية الأوروبية جان كلود يونكر بعقد تحالف أمني مع لندن، ولكنه شدد على ضرورة "عدم خلط الأوراق" بين المسائل الأمنية والقضايا الأخرى.',
    published: '2018-02-17',
    hasNot: ['EU>GB:AGREE'],
  },
  {
    rule: 'agreeing to a party’s proposal (وافق على) (CNN, events audit)',
    sentence:
      'نيويورك، الولايات المتحدة الأمريكية (CNN)-- وافقت الدول الأعضاء بمجلس الأمن الدولي بالإجماع، السبت، على مشروع القرار الكويتي السويدي بشأن الهدنة في سوريا لمدة 30 يوما.',
    published: '2018-02-24',
    has: ['UN>KW:AGREE', 'UN>SE:AGREE'],
  },
  {
    rule: 'defending a party (دافع عن) is support (BBC, events audit)',
    sentence:
      'دافع الرئيس الأمريكي دونالد ترامب عن روسيا فيما يتعلق بمزاعم تدخلها في الانتخابات الرئاسية الأمريكية عام 2016.',
    published: '2018-07-19',
    has: ['US>RU:SUPPORT'],
  },
  {
    rule: 'near case: the noun الدفاع (defence) is no trigger: a defence minister (BBC, events audit)',
    sentence: 'وزير الدفاع الإسرائيلي للرئيس السوري: اُطرد الإيرانيين',
    published: '2018-05-22',
    hasNot: ['IL>SY:SUPPORT'],
  },
  {
    rule: 'near case: the noun الدفاع (defence) is no trigger: soldiers sent to defend a rule (BBC, events audit)',
    sentence:
      'كان آنخيل جنديا مكلفا في الجيش الذي أرسل إلى كوبا للدفاع عن الحكم الاستعماري الإسباني خلال الحرب الاسبانية - الأمريكية التي كانت مستعرة آنذاك.',
    published: '2018-04-20',
    hasNotLike: [/:SUPPORT$/],
  },
  {
    rule: 'providing protection (توفير الحماية ل) is aid (Alarabia, dev gold)',
    sentence:
      'وعلى الفور وصلت الشرطة الفلسطينية إلى المبنى لتوفير الحماية للوفد الأميركي، وأحضرت إحدى حافلاتها لنقل أعضاء الوفد.',
    published: '2018-01-11',
    has: ['PS>US:AID'],
  },
  {
    rule: 'an aid convoy to a country (قافلة مساعدات ل) is aid (SkyNews, events audit)',
    sentence:
      'من جهة أخرى، أطلق مركز الملك سلمان للإغاثة والأعمال الإنسانية في المملكة العربية السعودية، قافلة مساعدات جديدة لليمن.',
    published: '2018-02-28',
    has: ['SA>YE:AID'],
  },
  {
    rule: 'pelting a party with eggs (رشق … بالبيض) is a protest (Alarabia, dev gold)',
    sentence:
      'رشق شبان فلسطينيون وفدا أميركيا يضم أعضاء في المجلس البلدي لنيويورك يزور #الضفة_الغربية المحتلة بالبيض، وسط غضب بشأن قرار الرئيس الأميركي #دونالد_ترمب الاعتراف بالقدس عاصمة لإسرائيل.',
    published: '2018-01-11',
    has: ['PS>US:PROTEST'],
  },
  {
    rule: 'near case (variant): pelting with stones is not this protest row',
    sentence: 'رشق شبان فلسطينيون وفدا أميركيا بالحجارة.',
    published: '2018-01-11',
    hasNotLike: [/:PROTEST$/],
  },
  {
    rule: 'a plural circumstantial participle after a comma (داعين تركيا إلى) has the main clause’s subject (SkyNews, dev gold)',
    sentence:
      'وقال رئيس مجلس الاتحاد الأوروبي، دونالد توسك، إن قادة الدول الأعضاء في الاتحاد أعربوا عن تضامنهم مع قبرص واليونان اليوم الجمعة، داعين تركيا إلى "وقف هذه النشاطات".',
    published: '2018-03-23',
    has: ['EU>TR:REQUEST'],
  },
  {
    rule: 'near case: a plural participle with no comma before it is a noun (the accused) (France24, events audit)',
    sentence:
      'وكان عبد الرحمن اليوسفي الشاهد الرئيسي في المحاكمة الأولى للمتهمين في اختطاف هذا الأخير، والتي انتهت عام 1967 بإدانة العربي الشتوكي بالمؤبد غيابيا، إلى جانب متهمين فرنسيين ومغاربة.',
    published: '2018-03-10',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'urging (حضّ، the synonym of حثّ) is a request (BBC, events audit)',
    sentence:
      'حضت تركيا الولايات المتحدة الأمريكية على استبعاد وحدات حماية الشعب الكردية من قوات سوريا الديمقراطية التي تدعمها واشنطن.',
    published: '2018-02-16',
    has: ['TR>US:REQUEST'],
  },
  {
    rule: 'near case (variant): حضور (attending) is not حضّ',
    sentence: 'ووصل وفد كوري شمالي رفيع المستوى لحضور مراسم اختتام دورة الألعاب الأولمبية الشتوية.',
    published: '2018-02-24',
    hasNotLike: [/:REQUEST$/],
  },
  {
    rule: 'removing diplomats (إبعاد دبلوماسيين) is expelling them (BBC, events audit)',
    sentence: 'وأعلنت لندن إبعاد 23 دبلوماسيا روسيا ومنحهم مهلة تنتهي اليوم الثلاثاء لمغادرة البلاد.',
    published: '2018-03-20',
    has: ['GB>RU:SANCTION'],
  },
  {
    rule: 'near case (France24, dev gold): أبعد "farther" with no diplomat after it is no expulsion',
    sentence: 'وحذر أردوغان من إمكانية ذهابه أبعد من ذلك وتنفيذ عملية ضد الأكراد داخل الأراضي العراقية.',
    published: '2018-03-19',
    hasNotLike: [/:SANCTION$/],
  },
  {
    rule: 'praising (امتدح) is support (BBC, events audit)',
    sentence: 'وامتدح ترامب الرئيس الفلبيني رودريغو دوتيرتي الذي أسفرت حربه على المخدرات عن مقتل الآلاف.',
    published: '2018-03-20',
    has: ['US>PH:SUPPORT'],
  },
  {
    rule: 'stopping aid to a party (أوقف مساعداته ل) reduces aid (constructed: no dev or audit sentence has it)',
    sentence: 'وأوقفت الولايات المتحدة مساعداتها العسكرية لباكستان.',
    published: '2018-01-05',
    has: ['US>PK:SANCTION'],
    cameo: { 'US>PK:SANCTION': '162' },
  },
  {
    rule: 'near case (variant): a comment on aid (تعليق على المساعدات) is no suspension',
    sentence: 'وقال ترامب في تعليق على المساعدات الأمريكية لباكستان إنها لم تعد مجدية.',
    published: '2018-01-05',
    hasNotLike: [/:SANCTION$/],
  },
  {
    rule: 'appreciating (يثمّن) is support (constructed: no dev or audit sentence has it)',
    sentence: 'ويثمن الأردن الجهود المصرية.',
    published: '2018-03-01',
    has: ['JO>EG:SUPPORT'],
  },
  {
    rule: 'near case (France24, dev gold): ثمن "price" is no praise',
    sentence: 'وأوضح أن لابيد "تعهد بإسقاطه بأي ثمن".',
    published: '2018-03-01',
    hasNotLike: [/:SUPPORT$/],
  },
  {
    rule: 'donating to a party (تبرع … ل) is aid (constructed: no dev or audit sentence has it)',
    sentence: 'وتبرعت الإمارات بمبلغ 50 مليون دولار لليمن.',
    published: '2018-03-01',
    has: ['AE>YE:AID'],
  },
  {
    rule: 'a coordinated subject whose noun carries the و (والجيش السوري) joins the first conjunct: Turkey is a source (France24, dev gold)',
    sentence:
      'في الصحف اليوم: القوات التركية والجيش السوري الحر يحاصران مدينة عفرين في سوريا، وعودة على محاولة اغتيال رئيس حكومة الوفاق ورئيس المخابرات الفلسطينيين يوم أمس في غزة.',
    published: '2018-03-14',
    has: ['TR>SY:COERCE'],
  },
  {
    rule: 'the same with a verbal noun whose possessive is the coordinated subject (France24, dev gold)',
    sentence:
      'بسطت القوات التركية والفصائل السورية الموالية لها سيطرتها الكاملة على مدينة عفرين ذات الغالبية الكردية في شمال سوريا.',
    published: '2018-03-18',
    has: ['TR>SY:COERCE'],
  },
  {
    rule: 'near case (variant): the Syrian conjunct alone is domestic',
    sentence: 'الجيش السوري الحر يحاصر مدينة عفرين في سوريا.',
    published: '2018-03-14',
    hasNotLike: [/:COERCE$/],
  },
  {
    rule: 'describing a party with a pejorative (هتلر، النازية) is criticism (BBC, events audit)',
    sentence:
      'وفي خضم حملة الخروج من الاتحاد الأوروبي، وصف جونسون الاتحاد الأوروبي بأنه "مشروع زعيم النازية، أدولف هتلر"، الذي حاول، على حد تعبيره، "إنشاء دولة أوروبية واحدة".',
    published: '2018-07-09',
    has: ['GB>EU:ACCUSE'],
  },
  {
    rule: 'near case (variant): a neutral description is no criticism',
    sentence: 'وفي خضم حملة الخروج من الاتحاد الأوروبي، وصف جونسون الاتحاد الأوروبي بأنه "مشروع اقتصادي".',
    published: '2018-07-09',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'an attack the subject expects (يتوقع هجوما) is not the subject’s (BBC, events audit)',
    sentence:
      'وكان الجيش الإسرائيلي يتوقع هجوما بعد تقارير عن أنه شن عددا من الهجمات على منشآت إيرانية في سوريا خلال الأشهر القليلة الماضية.',
    published: '2018-05-11',
    hasNotLike: [/^IL>IR:ASSAULT$/],
  },
  {
    rule: 'nor an operation it prepares against (تحسبا ل) (BBC, events audit)',
    sentence: 'كما رفعت إسرائيل حالة التأهب تحسبا لأي عملية عسكرية في سوريا.',
    published: '2018-04-11',
    hasNot: ['IL>SY:ASSAULT'],
  },
  {
    rule: 'near case (variant): an attack the subject launches is its own',
    sentence: 'وكان الجيش الإسرائيلي قد شن هجوما على منشآت إيرانية في سوريا.',
    published: '2018-05-11',
    has: ['IL>IR:ASSAULT'],
  },
];

runEventCases(cases, '2018-03-01');

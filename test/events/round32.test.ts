// Event coding rules of round 32 (seventh precision audit, docs/events.md), each with a case that the round-start
// coder got wrong and a near case that must still be coded. The cases are sentences of dev-side articles from the
// events audit (scripts/audit-events.ts) with the outlet named; near cases marked "variant" change words of such a
// sentence.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a killing verb right before an adjunct has no object: the party before it is the victim (BBC, events audit)',
    sentence: 'متطوعة بريطانية مع الأكراد تقتل في عفرين',
    published: '2018-03-19',
    hasNotLike: [/^GB>/],
  },
  {
    rule: 'a killing verb after a relative, right before «أثناء», is the passive (BBC, events audit)',
    sentence:
      'ويقول المحامي رون كوبي، أحد اصدقاء الأمريكي روبرت جرودت الذي قتل أثناء معارك مدينة الرقة 2017، إن الأخير انضم إلى هذه الجماعة بسبب تأثره بالفكر اليساري للأكراد.',
    published: '2018-03-19',
    hasNotLike: [/^US>SY:ASSAULT$/],
  },
  {
    rule: 'near case (variant): the imperfect killing verb with its object is the subject’s attack',
    sentence: 'إسرائيل تقتل 3 فلسطينيين في غزة',
    has: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'near case (variant): an adjunct between the killing verb and its object leaves the subject the killer',
    sentence: 'وقتلت القوات الإسرائيلية في غزة ثلاثة فلسطينيين.',
    has: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'a killing verb with a person right after it and no object is the passive (BBC, events audit)',
    sentence:
      'قتل كيم جونغ نام الأخ غير الشقيق لزعيم كوريا الشمالية كيم جونغ أون بغاز الأعصاب في ماليزيا العام الماضي بعد أقل من 20 دقيقة على قيام سيدتين برش وجهه بغاز في إكس بمطار كوالالمبور عام 2017.',
    published: '2018-03-08',
    hasNotLike: [/^KP>MY/],
  },
  {
    rule: 'so is one with a title and a person’s name after it (BBC, events audit)',
    sentence:
      'وعندما قتل العميل الروسي ألكسندر ليتفيننكو مسموما في لندن عام 2006 استخدم عنصر مشع، وليس غاز أعصاب، يدعى بلوتينيوم 210 في فنجان الشاي الخاص به.',
    published: '2018-03-08',
    hasNotLike: [/^RU>GB/],
  },
  {
    rule: 'near case (variant): a killing verb with its agent and a victim named after the agent is coded',
    sentence: 'واغتال الموساد الإسرائيلي العالم الفلسطيني فادي البطش في كوالالمبور.',
    has: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'a downing verb with a craft a demonym qualifies and no object is the passive (BBC, events audit)',
    sentence:
      'أسقطت مروحية عسكرية تركية في منطقة عفرين بشمال سوريا، حيث تشن القوات التركية عمليات عسكرية ضد مقاتلين أكراد بمساندة قوات "الجيش السوري الحر" المعارضة.',
    published: '2018-02-10',
    hasNot: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'near case (variant): the downing verb with its subject and object is the subject’s attack',
    sentence: 'وأسقطت الدفاعات الجوية السورية مروحية عسكرية تركية في منطقة عفرين.',
    has: ['SY>TR:ASSAULT'],
  },
  {
    rule: 'a denial after «أو» shares the negation of «لم تؤكد» with its subject between (BBC, events audit)',
    sentence: 'ولم تؤكد السلطات الألمانية أو تنفي تقارير وسائل الإعلام السابقة حول معاناة الجاني من مشكلات عقلية.',
    published: '2018-04-08',
    hasNot: ['DE>-:REJECT'],
    negated: 'DE>-:REJECT',
  },
  {
    rule: 'so does one after «ليس هناك من تأكيد أو» (BBC, events audit, round 29’s case)',
    sentence:
      'حتى اللحظة ليس هناك من تأكيد أو نفي إيراني لحصول الحادثة، وإن أجمعت التصريحات الإيرانية على وصف ما قدمه نتنياهو بالمسرحية الهزلية.',
    published: '2018-05-03',
    hasNot: ['IR>-:REJECT'],
  },
  {
    rule: 'near case (audit): a denial with no negation before it is coded',
    sentence: 'وتنفي موسكو المسؤولية عن الهجوم.',
    has: ['RU>-:REJECT'],
  },
  {
    rule: 'a verbal noun with ب and the article after «قرار» + party is that party’s act (BBC, events audit)',
    sentence:
      'وأعلنت إسرائيل تأييدها القوي لقرار ترامب بالانسحاب من الاتفاق النووي الإيراني، إذ قال رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، إن تل أبيب حصلت على عشرات الآلاف من الأوراق.',
    published: '2018-05-09',
    hasNot: ['IL>IR:RETREAT'],
    has: ['IL>US:SUPPORT', 'US>IR:RETREAT'],
  },
  {
    rule: 'a feminine perfect of condemning: the condemned release is not the condemner’s (BBC, events audit)',
    sentence: 'نددت السلطة الفلسطينية الثلاثاء بالإفراج عن جندي إسرائيلي قتل جريحا فلسطينيا بعد تسعة أشهر من سجنه.',
    published: '2018-05-08',
    hasNot: ['PS>IL:RETREAT'],
    has: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'near case (variant): the condemnation itself is still coded',
    sentence: 'وأدانت فرنسا الهجوم الإسرائيلي على غزة.',
    has: ['FR>IL:ACCUSE'],
  },
  {
    rule: 'parties joined with و are not each other’s target of support (BBC, events audit)',
    sentence:
      'وأبدى زعماء بريطانيا وفرنسا وألمانيا دعمهم للاتفاق القائم، لكنهم دعوا إلى مناقشة بعض بواعث القلق التي أثارها ترامب.',
    published: '2018-05-06',
    hasNotLike: [/^(GB|FR|DE)>(GB|FR|DE):SUPPORT$/],
  },
  {
    rule: 'near case (audit): parties joined with و agree with each other',
    sentence:
      'وفي مايو/أيار اتفقت أثيوبيا والسودان ومصر على تشكيل لجنة علمية لدراسة تأثيرات السد في حوض النيل المشترك بين البلدان الثلاثة.',
    published: '2018-07-26',
    has: ['ET>SD:AGREE', 'ET>EG:AGREE', 'SD>EG:AGREE'],
  },
  {
    rule: 'near case (audit): coordinated accusers each accuse the object',
    sentence:
      'واتهمت سوريا وروسيا القوات الإسرائيلية بشن الهجوم الأخير الذي أسفر عن مقتل 14 شخصا بينهم 7 إيرانيون ورفضت الحكومة الإسرائيلية التعليق على الهجوم.',
    published: '2018-04-14',
    has: ['SY>IL:ACCUSE', 'RU>IL:ACCUSE'],
  },
  {
    rule: 'near case (audit): a party after ل is no party joined with و',
    sentence: 'وجدد الدعم الروسي للأسد العلاقات القوية بين البلدين في الحقبة السوفيتية.',
    published: '2018-04-16',
    has: ['RU>SY:SUPPORT'],
  },
  {
    rule: 'near case (audit): coordinated parties of a dual verb of discussing still talk with each other',
    sentence:
      'وأعلنت الولايات المتحدة وفرنسا، الثلاثاء، أنهما تبحثان "اتفاقا جديدا" من شأنه توسيع بنود اتفاق 2015 وتمديده.',
    published: '2018-04-25',
    has: ['US>FR:CONSULT'],
  },
  {
    rule: 'near case (dev gold): a discussion between two coordinated genitives is their meeting',
    sentence:
      'وتابع قائلا: "هذه الزيارة تتمركز في هدفها الأول حول بحث الرئيس عبدالفتاح السيسي وولي العهد السعودي المستجدات المتعلقة بعدد من القضايا الإقليمية ذات الاهتمام المشترك".',
    has: ['EG>SA:CONSULT'],
  },
  {
    rule: 'a killing verb with an object pronoun is not aimed at the place after it (BBC, events audit)',
    sentence: 'واستطاعت القوات الخاصة الأمريكية قتله بالرصاص في باكستان عام 2011.',
    published: '2018-04-24',
    hasNotLike: [/^US>PK/],
  },
  {
    rule: 'near case: an attack with no object pronoun and no party is aimed at the place (Al Arabiya, dev-side news)',
    sentence:
      'وشنت تركيا هجوما جويا وبريا الشهر الماضي في منطقة عفرين لتفتح بذلك جبهة جديد في الحرب السورية التي تشارك فيها عدة أطراف لاستهداف المقاتلين الأكراد في شمال سوريا.',
    published: '2018-02-17',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'an act after a word of welcoming is someone else’s: the welcomers do not sign with each other (BBC, events audit)',
    sentence:
      'ورحبت الولايات المتحدة وبريطانيا والنرويج التي تعرف بـ "الترويكا الداعمة لجهود السلام" في جنوب السودان بتوقيع الاتفاق.',
    published: '2018-09-13',
    hasNotLike: [/^(US|GB|NO)>(US|GB|NO):/],
  },
  {
    rule: 'near case: a visit welcomed is the visitor’s (BBC, dev-side news)',
    sentence: 'ورحب وزير الخارجية البريطاني، بوريس جونسون، بزيارة ترامب لبريطانيا، ووصف الخبر بأنه "رائع".',
    published: '2018-04-27',
    has: ['US>GB:CONSULT'],
  },
  {
    rule: 'near case (variant): a possessive makes the welcomed act the welcomer’s own',
    sentence: 'ورحبت مصر بتوقيعها اتفاقا مع السودان.',
    has: ['EG>SD:SUPPORT'],
  },
  {
    rule: 'near case (audit): an attack verb resuming its noun with a pronoun is still aimed at the place',
    sentence:
      'وأضاف جونسون أن الضربات الجوية التي شنتها الولايات المتحدة وبريطانيا وفرنسا "لن تغير كفة الصراع" في سوريا و ليست لتغيير النظام.',
    published: '2018-04-15',
    has: ['US>SY:ASSAULT', 'GB>SY:ASSAULT', 'FR>SY:ASSAULT'],
  },
  {
    rule: 'right after «بعد» a word is the verbal noun, never a verb whose subject is the clause’s (BBC, events audit)',
    sentence: 'وزير الري المصري يعلن عدم التوصل لاتفاق بعد رفض إثيوبيا والسودان للتقرير المبدئي.',
    published: '2018-04-04',
    hasNotLike: [/^EG>(ET|SD)/],
  },
  {
    rule: 'near case (variant): «بعد أن» + the verb keeps the verb and its subject',
    sentence: 'وأعلن الوزير المصري فشل المفاوضات بعد أن رفضت إثيوبيا الاقتراح المصري.',
    has: ['ET>EG:REJECT'],
  },
  {
    rule: 'near case (variant): the verbal noun after «بعد» with its genitive agent and ل object',
    sentence: 'وجاء ذلك بعد اتهام بريطانيا لروسيا بتسميم سكريبال.',
    has: ['GB>RU:ACCUSE'],
  },
];

runEventCases(cases, '2018-06-01');

// Round 44 (event parties the linker misses): a one-word person name that the tokenizer reads as a word with a
// pronoun («سوه» as «سو» + «ه», «كوتيه») is kept when the article names the person in full, and coreference joins it;
// a sitting leader's family name alone («مون», «شي») is that leader when the article names the leader's country, which
// writes the family name first; US senators and congressional leaders, Ireland's prime minister, Turkey's
// vice-president and an AKP adviser are gazetteer rows. Sentences of dev gold articles (the events gold's and the
// entity gold's), of the entities audit and of other dev-side news; each rule has a case that fails without it and a
// negative case.

import { type LinkCase, runLinkCases } from './entities/cases.js';
import { type EventCase, runEventCases } from './events/cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a surname the tokenizer splits as «سو» + «ه» joins the full name given earlier (Sky News, events dev gold)',
    text: 'وقال المتحدث باسم البيت الأزرق في بيان، إن الوزير تارو كونو أبلغ سوه هون، مدير المخابرات الوطنية الكورية الجنوبية الاثنين، أنه ممتن لمساعي سيول التي أسفرت عن تقدم في الوضع المتوتر. وأضاف المتحدث الرسمي أن من المقرر أن يلتقي سوه برئيس الوزراء الياباني شينزو آبي، وكبير أمناء مجلس الوزراء ويوشيهيدي سوغا، الثلاثاء.',
    tagged: [
      ['تارو كونو', 'PER'],
      ['سوه هون', 'PER'],
      ['سيول', 'LOC'],
      ['سوه', 'PER'],
      ['شينزو آبي', 'PER'],
      ['يوشيهيدي سوغا', 'PER'],
    ],
    published: '2018-03-12',
    keyMentions: [['person:suh-hoon', ['سوه هون', 'مدير المخابرات الوطنية الكورية الجنوبية', 'سوه']]],
  },
  {
    rule: '… and so does «كوتيه» (BBC, entities audit)',
    text: 'وقالت رود إنه يجب محاكمة الرجلين الذين ألقى القبض عليهما، وهما أليكسندا كوتيه والشافى الشيخ. وقال إلوود، الذي فقد شقيقه في هجوم إرهابي في بالي عام 2002، وكان موجودا بنفسه في مسرح هجوم وستمنستر العام الماضي، إنه ينبغي محاكمة كوتيه والشيخ في لاهاي.',
    tagged: [
      ['رود', 'PER'],
      ['أليكسندا كوتيه', 'PER'],
      ['الشافى الشيخ', 'PER'],
      ['إلوود', 'PER'],
      ['بالي', 'LOC'],
      ['وستمنستر', 'LOC'],
      ['كوتيه', 'PER'],
      ['لاهاي', 'LOC'],
    ],
    published: '2018-02-20',
    mentionsOf: [['أليكسندا كوتيه', ['أليكسندا كوتيه', 'كوتيه']]],
  },
  {
    rule: '… but not one the tagger typed as an organization: persons only (negative; Sky News, the same article)',
    text: 'إن الوزير تارو كونو أبلغ سوه هون، مدير المخابرات الوطنية الكورية الجنوبية الاثنين، أنه ممتن لمساعي سيول التي أسفرت عن تقدم في الوضع المتوتر. ويزور سوه طوكيو لمناقشة زيارته الأحدث لبيونغيانغ، التي اتفقت خلالها الكوريتان على عقد قمة في الشهر المقبل.',
    tagged: [
      ['تارو كونو', 'PER'],
      ['سوه هون', 'PER'],
      ['سيول', 'LOC'],
      ['سوه', 'ORG'],
      ['طوكيو', 'LOC'],
      ['بيونغيانغ', 'LOC'],
    ],
    published: '2018-03-12',
    keyMentions: [['person:suh-hoon', ['سوه هون', 'مدير المخابرات الوطنية الكورية الجنوبية']]],
    absent: ['سوه'],
  },
  {
    rule: 'a sitting leader’s family name alone is the leader when the article names the country (Sky News, events dev gold)',
    text: 'وحققت ما وصفته كوريا الجنوبية بأنها "أولمبياد السلام" نجاحا رياضيا لكن رد فعل الرأي العام يشير إلى إخفاقها في اختبارها الأكبر. ونددت أسر البحارة القتلى وأحزاب المعارضة بشكل غاضب بقرار مون استضافة كيم يونج تشول نائب رئيس اللجنة المركزية لحزب العمال الحاكم في بيونجيانج.',
    tagged: [
      ['كوريا الجنوبية', 'LOC'],
      ['مون', 'PER'],
      ['كيم يونج تشول', 'PER'],
      ['بيونجيانج', 'LOC'],
    ],
    published: '2018-02-25',
    expect: [['مون', 'person:moon-jae-in']],
  },
  {
    rule: '… as «للرئيس شي» is Xi Jinping in a story naming China (Al Arabiya, dev-side news)',
    text: 'لكن ترمب حرص على القول إن الصين بلد "صديق"، مضيفا أنه يكنّ "احتراما كبيرا للرئيس شي" جينبينغ وتربطه به علاقة شخصية ممتازة.',
    tagged: [
      ['ترمب', 'PER'],
      ['الصين', 'LOC'],
      ['شي', 'PER'],
    ],
    published: '2018-03-23',
    expect: [['شي', 'person:xi-jinping']],
  },
  {
    rule: '… but with no country named the name stays local (negative; Sky News, the same sentence alone)',
    text: 'ونددت أسر البحارة القتلى وأحزاب المعارضة بشكل غاضب بقرار مون استضافة كيم يونج تشول نائب رئيس اللجنة المركزية لحزب العمال الحاكم في بيونجيانج.',
    tagged: [
      ['مون', 'PER'],
      ['كيم يونج تشول', 'PER'],
      ['بيونجيانج', 'LOC'],
    ],
    published: '2018-02-25',
    expect: [['مون', 'local:']],
  },
  {
    rule: 'a US senator is a gazetteer person with his country (Al Arabiya, events dev gold)',
    text: 'ووصل الوفد برئاسة باتريك ليهي السناتور الديموقراطي عن فيرمونت، الأحد إلى كوبا للبحث في مجموعة قضايا مع الحكومة الكوبية.',
    tagged: [
      ['باتريك ليهي', 'PER'],
      ['فيرمونت', 'LOC'],
      ['كوبا', 'LOC'],
    ],
    published: '2018-02-21',
    expect: [['باتريك ليهي', 'person:patrick-leahy']],
    country: [['باتريك ليهي', 'US']],
  },
  {
    rule: '… and Lindsey Graham, whose surname alone joins him (BBC, dev-side news)',
    text: 'وفي غضون ذلك، قال السيناتور الأمريكي البارز لينزي غراهام إنه إذا ثبتت صحة الاتهامات الموجهة للسعودية في قضية اختفاء خاشقجي فإن أثرها على العلاقات بين واشنطن والرياض سيكون مدمرا. وحذر غراهام السعودية من أنها ستدفع "ثمنا باهظا".',
    tagged: [
      ['لينزي غراهام', 'PER'],
      ['خاشقجي', 'PER'],
      ['واشنطن', 'LOC'],
      ['الرياض', 'LOC'],
      ['غراهام', 'PER'],
      ['السعودية', 'LOC'],
    ],
    published: '2018-10-08',
    keyMentions: [['person:lindsey-graham', ['لينزي غراهام', 'غراهام']]],
  },
  {
    rule: 'Ireland’s prime minister is a gazetteer person (BBC, entities audit)',
    text: 'وقال رئيس الوزراء، ليو فارادكار، الذي يدعم الإصلاحات: "يبدو أن أيرلندا على موعد مع التاريخ".',
    tagged: [
      ['ليو فارادكار', 'PER'],
      ['أيرلندا', 'LOC'],
    ],
    published: '2018-05-26',
    expect: [['ليو فارادكار', 'person:leo-varadkar']],
  },
  {
    rule: 'Yasin Aktay, adviser to the AKP’s chairman, is a gazetteer person (BBC, events dev gold)',
    text: 'وأضاف ياسين أقطاي، في تصريح لوكالة رويترز، إن السلطات ترجح أن تكون العملية تمت بمشاركة "15 سعوديا".',
    tagged: [
      ['ياسين أقطاي', 'PER'],
      ['رويترز', 'ORG'],
    ],
    published: '2018-10-07',
    expect: [['ياسين أقطاي', 'person:yasin-aktay']],
    country: [['ياسين أقطاي', 'TR']],
  },
];

runLinkCases('entities: round 44, event parties the linker misses', cases);

const events: EventCase[] = [
  {
    rule: 'a senator’s delegation visiting Cuba is a US party (Al Arabiya, events dev gold)',
    sentence:
      'ووصل الوفد برئاسة باتريك ليهي السناتور الديموقراطي عن فيرمونت، الأحد إلى كوبا للبحث في مجموعة قضايا مع الحكومة الكوبية وبخاصة "الهجمات الصوتية" التي يُزعم أنها استهدفت دبلوماسيين أميركيين بين أواخر 2016 وصيف 2017.',
    published: '2018-02-21',
    has: ['US>CU:CONSULT'],
  },
  {
    rule: 'an AKP adviser accusing Saudi officials is a Turkish party (BBC, events dev gold)',
    sentence:
      'وأضاف ياسين أقطاي، في تصريح لوكالة رويترز، إن السلطات ترجح أن تكون العملية تمت بمشاركة "15 سعوديا"، واصفا بيان المسؤولين السعوديين، بعدم توفر كاميرات مراقبة في مبنى القنصلية، بأنه أمر غير واقعي.',
    published: '2018-10-07',
    has: ['TR>SA:ACCUSE'],
  },
];

runEventCases(events, '2018-06-01');

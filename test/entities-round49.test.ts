// Round 49 (homonyms left open): «عمان» is Amman, not Oman, in a list of cities and in a story that names Jordan;
// «جيبوتي» in a list of capitals is the city; a town placed «بولاية» in a province the gazetteer lacks, in a story on
// another country, is no namesake of that country's («حيدر آباد بولاية هلمند»); «سلالة كيم» is the Kim family, not
// Kim Jong Un. Sentences from dev articles (entity rounds, the events gold's dev side) and from the events audit of
// unannotated dev-side news; each positive case fails without its change, and each rule has a negative case.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const amman: LinkCase[] = [
  {
    rule: '«عمان» among cities is Amman (BBC, events dev batch 19)',
    text: 'ويزور بومبيو في رحلته الشرق أوسطية، الرياض والقدس وعمان، تزامنا مع استعداد الرئيس، دونالد ترامب، للإعلان عما إذا كان سينسحب من الاتفاق النووي الموقع عام 2015 بين إيران والقوى العظمى.',
    tagged: [
      ['بومبيو', 'PER'],
      ['الرياض', 'LOC'],
      ['القدس', 'LOC'],
      ['عمان', 'LOC'],
      ['دونالد ترامب', 'PER'],
      ['إيران', 'LOC'],
    ],
    published: '2018-04-29',
    expect: [['عمان', 'place:geo:63141']],
    absentKeys: ['country:OM'],
  },
  {
    rule: '«محادثات في عمان مع نظيره الأردني» is Amman: the story names Jordan, not Oman (Sky News, events audit)',
    text: 'أجرى وزير الخارجية الإماراتي، الشيخ عبد الله بن زايد آل نهيان، محادثات في عمان مع نظيره الأردني أيمن الصفدي، جرى خلالها التأكيد على حق دولة الإمارات في الجزر الثلاث طنب الكبرى، وطنب الصغرى، وأبو موسى.',
    tagged: [
      ['عبد الله بن زايد آل نهيان', 'PER'],
      ['عمان', 'LOC'],
      ['أيمن الصفدي', 'PER'],
      ['الإمارات', 'LOC'],
      ['طنب الكبرى', 'LOC'],
      ['طنب الصغرى', 'LOC'],
      ['أبو موسى', 'LOC'],
    ],
    published: '2018-03-13',
    expect: [
      ['عمان', 'place:geo:63141'],
      ['أيمن الصفدي', 'person:ayman-safadi'],
    ],
  },
  {
    rule: 'negative: «عمان» among countries stays Oman, though Jordan is named (BBC, dev-side news)',
    text: 'ووفقًا للبيانات، تنتشر القوات الأمريكية في دولفي الشرق الأوسط وشمال إفريقيا، منها إسرائيل ولبنان وسوريا وتركيا والأردن والعراق والكويت والمملكة العربية السعودية واليمن وعمان والإمارات العربية المتحدة وقطر والبحرين.',
    tagged: [
      ['الشرق الأوسط', 'LOC'],
      ['إفريقيا', 'LOC'],
      ['إسرائيل', 'LOC'],
      ['لبنان', 'LOC'],
      ['سوريا', 'LOC'],
      ['تركيا', 'LOC'],
      ['الأردن', 'LOC'],
      ['العراق', 'LOC'],
      ['الكويت', 'LOC'],
      ['المملكة العربية السعودية', 'LOC'],
      ['اليمن', 'LOC'],
      ['عمان', 'LOC'],
      ['الإمارات العربية المتحدة', 'LOC'],
      ['قطر', 'LOC'],
      ['البحرين', 'LOC'],
    ],
    published: '2018-04-11',
    expect: [
      ['عمان', 'country:OM'],
      ['الأردن', 'country:JO'],
    ],
  },
];

runLinkCases('round 49: Amman and Oman', amman);

const djibouti: LinkCase[] = [
  {
    rule: '«وجيبوتي (جيبوتي)» among capitals is the city, the aside the country (Sky News, dev round 16)',
    text: 'وقالت المتحدثة باسم الوزارة هيذر نويرت، إنه "في أول زيارة رسمية له إلى أفريقيا، سيتوجه الوزير تيلرسون إلى نجامينا (تشاد) وجيبوتي (جيبوتي) وأديس أبابا (أثيوبيا) ونيروبي (كينيا) وأبوجا (نيجيريا)، وذلك من 6 ولغاية 13 مارس".',
    tagged: [
      ['هيذر نويرت', 'PER'],
      ['أفريقيا', 'LOC'],
      ['تيلرسون', 'PER'],
      ['نجامينا', 'LOC'],
      ['تشاد', 'LOC'],
      ['جيبوتي', 'LOC'],
      ['جيبوتي', 'LOC'],
      ['أديس أبابا', 'LOC'],
      ['أثيوبيا', 'LOC'],
      ['نيروبي', 'LOC'],
      ['كينيا', 'LOC'],
      ['أبوجا', 'LOC'],
      ['نيجيريا', 'LOC'],
    ],
    published: '2018-03-02',
    keyMentions: [
      ['place:geo:30565', ['جيبوتي']],
      ['country:DJ', ['جيبوتي']],
    ],
    expect: [['تشاد', 'country:TD']],
  },
];

runLinkCases('round 49: Djibouti the city', djibouti);

const hyderabad: LinkCase[] = [
  {
    rule: '«حيدر آباد بولاية هلمند» in a story on Afghanistan is no Indian city (Al Arabiya, dev round 16)',
    text: 'وأكد الجيش الأفغاني في بيان أن "الوحدات الخاصة الأفغانية بدعم من القوات الجوية الأفغانية أوقفت مواطنا ألمانيا مع شخصين آخرين مشتبه بهما أثناء عملية في منطقة حيدر آباد بولاية هلمند".',
    tagged: [
      ['ألمانيا', 'LOC'],
      ['حيدر آباد', 'LOC'],
      ['هلمند', 'LOC'],
    ],
    published: '2018-03-01',
    expect: [['حيدر آباد', 'local:']],
    absentKeys: ['place:rv:hyderabad-in'],
  },
  {
    rule: 'negative: «مدينة حيدر أباد الهندية» stays India’s (BBC, dev-side news)',
    text: 'وفي يناير/ كانون الثاني الماضي، لقي رجل حتفه حينما كان يلتقط فيديو لنفسه، وهو ينتظر قطارا قادما بسرعة، في مدينة حيدر أباد الهندية، حيث صدمه ذلك القطار.',
    tagged: [['حيدر أباد', 'LOC']],
    published: '2018-02-09',
    expect: [['حيدر أباد', 'place:rv:hyderabad-in']],
  },
];

runLinkCases('round 49: a town in a province the gazetteer lacks', hyderabad);

const dynasty: LinkCase[] = [
  {
    rule: '«سلالة كيم» is the Kim family, no mention of Kim Jong Un (Sky News, events dev)',
    text: 'وكتب أحد مستخدمي موقع ويبو الصيني الشبيه بتويتر يقول: "سنصبح كوريا الشمالية" في إشارة إلى سلالة كيم، التي تحكم كوريا الشمالية منذ أواخر أربعينيات القرن الماضي، لكن مثل هذه التعليقات حذفت في ساعة متأخرة من مساء الأحد.',
    tagged: [
      ['ويبو', 'ORG'],
      ['تويتر', 'ORG'],
      ['كوريا الشمالية', 'LOC'],
      ['كيم', 'PER'],
      ['كوريا الشمالية', 'LOC'],
    ],
    published: '2018-02-26',
    absent: ['كيم'],
    absentKeys: ['person:kim-jong-un'],
    expect: [['كوريا الشمالية', 'country:KP']],
  },
];

runLinkCases('round 49: a dynasty is a family', dynasty);

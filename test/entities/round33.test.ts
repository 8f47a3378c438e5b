// Round 33 (blind dev round 22): names the gazetteer lacked or misspelt — Italy's Lega as «حزب الرابطة» (and
// Pakistan's «حزب الرابطة الإسلامية» apart from it), spellings of the Five Star Movement, the Saudi-led coalition's
// full name, Egypt's Administrative Control Authority in articles about Egypt, and generated place rows whose name
// began with «في» («في التحيتا»); the US president's aircraft «إير فورس ون» is MISC, no organization.
// Sentences from the round's dev articles and from the audit of unannotated dev-side news (ANT); each rule has a
// negative case.
import assert from 'node:assert/strict';
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: '«حزب الرابطة» is Italy’s Lega (France 24, audit)',
    text: 'حزب الرابطة الذي أثار زعيمه ماتيو سالفيني الانتقادات بسبب خطابه المعادي للإسلام قارع حزب برلسكوني "فورزا إيطاليا" في حصد الأصوات.',
    tagged: [
      ['حزب الرابطة', 'ORG'],
      ['ماتيو سالفيني', 'PER'],
      ['برلسكوني', 'PER'],
    ],
    published: '2018-03-05',
    expect: [['حزب الرابطة', 'org:lega-nord']],
  },
  {
    rule: '… while «حزب الرابطة الإسلامية» is Pakistan’s PML-N, not the Lega (Al Arabiya, dev-side news)',
    text: 'ومهد الطريق لعودة نواز شريف إلى رئاسة حزب الرابطة الإسلامية الحاكم بعد إقالته من رئاسة الحكومة.',
    tagged: [
      ['نواز شريف', 'PER'],
      ['حزب الرابطة الإسلامية', 'ORG'],
    ],
    published: '2018-02-22',
    expect: [['حزب الرابطة الإسلامية', 'org:pml-n']],
    absentKeys: ['org:lega-nord'],
  },
  {
    rule: '«حركة النجوم الخمسة» is the Five Star Movement (BBC, dev-side news)',
    text: 'ومن المتوقع أن تحصل حركة النجوم الخمسة على المرتبة الثانية بحسب استطلاعات آراء الناخبين في إيطاليا.',
    tagged: [
      ['حركة النجوم الخمسة', 'ORG'],
      ['إيطاليا', 'LOC'],
    ],
    published: '2018-03-05',
    expect: [
      ['حركة النجوم الخمسة', 'org:m5s'],
      ['إيطاليا', 'country:IT'],
    ],
  },
  {
    rule: 'the coalition’s full name is one mention, its Yemen no other (Sky News, dev-side news)',
    text: 'أوقعت غارات التحالف العربي لدعم الشرعية في اليمن، الاثنين، 20 قتيلا في صفوف ميليشيات الحوثي الإيرانية.',
    tagged: [
      ['التحالف العربي', 'ORG'],
      ['اليمن', 'LOC'],
      ['الحوثي', 'ORG'],
    ],
    published: '2018-02-26',
    expect: [['التحالف العربي لدعم الشرعية في اليمن', 'org:saudi-coalition']],
    absent: ['اليمن', 'التحالف العربي'],
  },
  {
    rule: '… a description of it keeps its Yemen (Sky News, dev round 22)',
    text: 'وأكدت أن غارات لمقاتلات التحالف الداعم للشرعية في اليمن استهدفت "مجموعة من خبراء الألغام".',
    tagged: [['اليمن', 'LOC']],
    published: '2018-03-02',
    expect: [['اليمن', 'country:YE']],
    absentKeys: ['org:saudi-coalition'],
  },
  {
    rule: '«الرقابة الإدارية» in an article about Egypt is its Administrative Control Authority (BBC, dev round 22)',
    text: 'كما ألقت السلطات المصرية القبض على 25 شخصا في مصر، وجهت إليهم الرقابة الإدارية اتهامات بالمتاجرة بالأعضاء البشرية.',
    tagged: [
      ['مصر', 'LOC'],
      ['الرقابة الإدارية', 'ORG'],
    ],
    published: '2018-02-24',
    expect: [['الرقابة الإدارية', 'org:egypt-aca']],
  },
  {
    rule: '… not in an article that names no Egypt (a made-up Libyan sentence)',
    text: 'وقالت الرقابة الإدارية في طرابلس إنها أوقفت موظفين في وزارة المالية الليبية.',
    tagged: [
      ['الرقابة الإدارية', 'ORG'],
      ['طرابلس', 'LOC'],
    ],
    published: '2018-02-24',
    absentKeys: ['org:egypt-aca'],
  },
  {
    rule: 'a generated «في X» place row is found by its name «التحيتا» (Sky News, dev round 22)',
    text: 'سقطوا بالغارات الجوية التي استهدفت مواقع الحوثيين في زبيد وأطراف الجراحي والتحيتا.',
    tagged: [
      ['الحوثيين', 'ORG'],
      ['زبيد', 'LOC'],
      ['الجراحي', 'LOC'],
      ['التحيتا', 'LOC'],
    ],
    published: '2018-03-01',
    expect: [['التحيتا', 'place:geo:130799']],
  },
  {
    rule: '… while the fixed names that are words are not found untagged («التفاح», apples; Al Arabiya, dev-side news)',
    text: 'أنه يحتاج إلى خل التفاح لوصفة ما، ثم بعد أقل من نصف ساعة ترى الإعلان عن خل التفاح، وهذا حدث بالفعل لنا.',
    tagged: [],
    published: '2018-03-11',
    absent: ['التفاح'],
  },
  {
    rule: '«إير فورس ون» is the president’s aircraft, MISC (BBC, dev-side news)',
    text: 'وتختلف طائرة "يوم القيامة" عن "إير فورس ون" المخصصة للزيارات العادية للرئيس الأمريكي.',
    tagged: [['إير فورس ون', 'ORG']],
    published: '2018-04-02',
    absent: ['إير فورس ون', 'إير فورس'],
  },
  {
    rule: '… and so are «أير فورس وان» and «أير فورس 1», but not another name with «فورس» (BBC, audit)',
    text: 'لتصنيع طائرتين رئاسيتين (أير فورس وان) وتشييد الجيل الثاني من الطائرة الرئاسية (أير فورس 1). وقالت شركة تاسك فورس إنها ستشارك.',
    tagged: [
      ['أير فورس', 'ORG'],
      ['أير فورس', 'ORG'],
      ['تاسك فورس', 'ORG'],
    ],
    published: '2018-02-28',
    absent: ['أير فورس'],
    present: ['تاسك فورس'],
  },
];

runLinkCases('round 33: gazetteer rows and the president’s aircraft', cases);

const ministries: LinkCase[] = [
  {
    rule: '«وزارة الداخلية المصرية» and «الداخلية المصرية» are one organization (BBC, dev round 22)',
    text: 'قالت الداخلية المصرية إنها ألقت القبض على شخصين. وأشار بيان صادر عن وزارة الداخلية المصرية إلى أن المشتبه بهما متورطان.',
    tagged: [['وزارة الداخلية المصرية', 'ORG']],
    published: '2018-02-24',
    together: ['الداخلية المصرية', 'وزارة الداخلية المصرية'],
  },
  {
    rule: '… «وزارة الخارجية البريطانية» and «الخارجية البريطانية» too (Sky News, dev round 22)',
    text: 'وقال ريتشارد راتكليف، الذي شارك في تجمع صغير أمام وزارة الخارجية البريطانية في لندن، إن هناك إشارات إيجابية. ولم ترد الخارجية البريطانية على طلب راتكليف.',
    tagged: [
      ['ريتشارد راتكليف', 'PER'],
      ['وزارة الخارجية البريطانية', 'ORG'],
      ['لندن', 'LOC'],
      ['راتكليف', 'PER'],
    ],
    published: '2018-03-10',
    together: ['وزارة الخارجية البريطانية', 'الخارجية البريطانية'],
  },
  {
    rule: '… but not the ministry of one country and the organ of another (BBC, audit)',
    text: 'واحتجت الخارجية السعودية بشدة على التصريحات الكندية. وكانت الخارجية الكندية قد انتقدت في بيان رسمي. وقالت وزارة الخارجية البحرينية إنها تتضامن مع المملكة.',
    tagged: [['وزارة الخارجية البحرينية', 'ORG']],
    published: '2018-08-06',
    check: (entities) => {
      const keyOf = (text: string) => entities.find((e) => e.mentions.some((m) => m.text === text))?.key;
      const keys = ['الخارجية السعودية', 'الخارجية الكندية', 'وزارة الخارجية البحرينية'].map(keyOf);
      assert.equal(new Set(keys).size, 3, JSON.stringify(keys));
    },
  },
];

runLinkCases('round 33: a ministry and its bare organ', ministries);

const adjectives: LinkCase[] = [
  {
    rule: 'an indefinite «حوثيين» after an indefinite noun is its adjective (Sky News, dev round 22)',
    text: 'وقالت المصادر إن "7 خبراء حوثيين في صناعة الألغام لقوا مصرعهم في غارات لمقاتلات التحالف في صعدة، المعقل الرئيس لميليشيات الحوثي".',
    tagged: [
      ['حوثيين', 'ORG'],
      ['صعدة', 'LOC'],
      ['الحوثي', 'ORG'],
    ],
    published: '2018-03-02',
    absent: ['حوثيين'],
    expect: [['الحوثي', 'org:houthis']],
  },
  {
    rule: '… and «حوثي» after «مسلح», even tagged PER (Al Arabiya, audit)',
    text: 'قالت إن أكثر من 100 مسلح حوثي، بينهم قيادات ميدانية، لقوا مصرعهم خلال 48 ساعة بغارات طيران #التحالف_العربي والمعارك العنيفة.',
    tagged: [['حوثي', 'PER']],
    published: '2018-02-20',
    absent: ['حوثي'],
  },
  {
    rule: '… while «للحوثيين» after a definite word names the group (BBC, audit)',
    text: 'وأعلنت "وزارة الدفاع" التابعة للحوثيين في بيان أن الهدنة بدأت.',
    tagged: [['حوثيين', 'ORG']],
    published: '2018-08-01',
    expect: [['حوثيين', 'org:houthis']],
  },
];

runLinkCases('round 33: indefinite adjectives of a group', adjectives);

const battles: LinkCase[] = [
  {
    rule: 'a place right after «معركة» names the battle, MISC: no mention (BBC, dev round 22)',
    text: 'وأحصى المرصد ضحايا معركة هجين بنحو 176 من "قوات سوريا الديمقراطية". وقصفت الطائرات مواقع التنظيم في هجين.',
    tagged: [
      ['هجين', 'LOC'],
      ['قوات سوريا الديمقراطية', 'ORG'],
      ['هجين', 'LOC'],
    ],
    published: '2018-10-13',
    mentionsOf: [['هجين', ['هجين']]],
    check: (entities) => {
      const hajin = entities.find((e) => e.mentions.some((m) => m.text === 'هجين'));
      assert.ok(hajin && hajin.mentions[0].start > 40, 'the battle’s «هجين» is a mention');
    },
  },
  {
    rule: '… «معركة الرقة» too (France 24, dev round 20)',
    text: 'مستشفى كان الجهاديون قد تحصنوا فيه قبل أن يخسروا معركة الرقة.',
    tagged: [['الرقة', 'LOC']],
    published: '2018-04-22',
    absent: ['الرقة'],
  },
  {
    rule: '… while a country after «المعركة مع» is the other side, and stays (BBC, dev-side news; negative case)',
    text: 'ولعل أكثر ما أثار الانتباه منها هو المعركة مع الصين، إذ يتصارع فيها أكبر اقتصادين في العالم من أجل النفوذ العالمي. وبدأ ترامب في فرض ضرائب جمركية جديدة.',
    tagged: [
      ['الصين', 'LOC'],
      ['ترامب', 'PER'],
    ],
    published: '2018-08-31',
    expect: [
      ['الصين', 'country:CN'],
      ['ترامب', 'person:donald-trump'],
    ],
  },
];

runLinkCases('round 33: a battle named after a place', battles);

const dashes: LinkCase[] = [
  {
    rule: 'a dash glued to a name with a space after it closes a parenthesis: the name stands alone (BBC, dev round 22)',
    text: 'منذ أن وصلت حكومته - وهي ائتلاف بين حزب الرابطة اليميني وحركة النجوم الخمسة- للسلطة في يونيو/حزيران الماضي.',
    tagged: [['حزب الرابطة', 'ORG']],
    published: '2018-09-24',
    expect: [['حركة النجوم الخمسة', 'org:m5s']],
  },
  {
    rule: '… while a dash glued on both sides still joins a name (Al Arabiya, dev-side news; negative case)',
    text: 'في المقابل يدعو الرئيس الكوري الجنوبي، مون جاي-إن، إلى تقارب أكبر من أجل دفع كوريا الشمالية إلى الحوار.',
    tagged: [
      ['مون جاي-إن', 'PER'],
      ['كوريا الشمالية', 'LOC'],
    ],
    published: '2018-02-18',
    expect: [['مون جاي-إن', 'person:moon-jae-in']],
    absent: ['مون جاي'],
  },
];

runLinkCases('round 33: a dash after a name', dashes);

const bureaus: LinkCase[] = [
  {
    rule: 'a nameless office after «مكتب» is the bureau, not its holder: its place stays (Sky News, dev round 22)',
    text: 'وقال راتكليف "أصبحنا نتلقى رسائل أفضل من الجانب الإيراني، من القضاء ومكتب المدعي العام في إيران".',
    tagged: [
      ['راتكليف', 'PER'],
      ['إيران', 'LOC'],
    ],
    published: '2018-03-10',
    absent: ['المدعي العام في إيران'],
    expect: [['إيران', 'country:IR']],
  },
  {
    rule: '… while the same office with no «مكتب» before it is a person, its place inside it (CNN, dev-side news; negative case)',
    text: 'وكان النائب العام بإيران، محمد منتظري، وجه بتشكيل مجموعة عمل من أجل تقصي أسباب سقوط الطائرة.',
    tagged: [
      ['إيران', 'LOC'],
      ['محمد منتظري', 'PER'],
    ],
    published: '2018-02-18',
    type: [['النائب العام بإيران', 'PER']],
    absent: ['إيران'],
  },
];

runLinkCases('round 33: a bureau of an office', bureaus);

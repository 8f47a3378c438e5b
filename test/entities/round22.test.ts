// Round 22 (blind dev round 16): mosques and churches named after their city, quoted names after a building noun, a
// metonym followed by its demonym, adjectives read as countries (a hashtag, after a counted noun), titles of works, a
// nameless military spokesman, no title across a complementizer, the African Union Commission and OHCHR without
// «السامية»; and (src/ner/name-start.ts) a mention filling a quote keeps a first letter the analyzer took for a clitic.
// News sentences (ANT: the round's dev articles and the audit's unannotated ones), one loop; each rule has a negative
// case.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/arabic/tokenize.js';
import { documentWords, nameOffset } from '../../src/ner/name-start.js';
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a mosque or church named after a known city or country is the facility, «المركزي» and «الكبير» in its name (France 24, BBC)',
    text: 'وتضمن بيان لوكالة "هيستوريك إنغلاند" أن القرار يشمل كلا من "مسجد لندن المركزي" مع المركز الثقافي الملحق به. أما أنصار أردوغان فتجمعوا أمام مسجد كولون الكبير. وجرت الجنازة في كنيسة سانت مارتن الأسقفية بمدينة هيوستن.',
    tagged: [
      ['هيستوريك إنغلاند', 'ORG'],
      ['لندن', 'LOC'],
      ['أردوغان', 'PER'],
      ['كولون', 'LOC'],
      ['سانت مارتن', 'LOC'],
      ['هيوستن', 'LOC'],
    ],
    published: '2018-03-13',
    present: ['مسجد لندن المركزي', 'مسجد كولون الكبير', 'كنيسة سانت مارتن'],
    absent: ['لندن', 'كولون', 'سانت مارتن', 'كنيسة سانت مارتن الأسقفية'],
    absentKeys: ['place:geo:50388', 'place:geo:153701', 'country:MF'],
  },
  {
    rule: '… a city after «مسجد في», or a mosque named by a word the gazetteer does not know, stays as it was (negative)',
    text: 'أما مسجد فضل الذي بني في 1926 فهو أول مسجد دشن في لندن وقد تم تشييده بتبرعات من أبناء الطائفة الأحمدية.',
    tagged: [['لندن', 'LOC']],
    published: '2018-03-13',
    expect: [['لندن', 'place:geo:50388']],
    absent: ['مسجد فضل', 'مسجد دشن في لندن'],
  },
  {
    rule: '«المتحدث العسكري» + a demonym names one officeholder: a PER mention with no name beside it (CNN, BBC)',
    text: 'وأضاف المتحدث العسكري المصري في البيان الذي حمل رقم 15، أن العمليات أدت إلى تدمير 9 أهداف. لكن المتحدث العسكري المصري أكد أن الحفاظ على حياة المدنيين يأتي على رأس أولويات قوات الجيش والشرطة.',
    tagged: [],
    published: '2018-03-11',
    entitiesOfType: [['PER', [['المتحدث العسكري المصري', 'المتحدث العسكري المصري']]]],
  },
  {
    rule: '… no title runs across a complementizer: «المتحدث العسكري إن الفلسطيني», «وزير العمل إن الرئيس الفلبيني», «المتحدثة باسم اللجنة إن الصليب الأحمر» (negative; BBC, Al Arabiya)',
    text: 'وقال المتحدث العسكري إن الفلسطيني الذي نفذ الهجوم يبلغ من العمر 23 عاما. وقال وزير العمل إن الرئيس الفلبيني رودريغو دوتيرتي قرر استمرار الحظر. وقالت ماري كلير فغالي، المتحدثة باسم اللجنة إن الصليب الأحمر لا يزال لديه نحو 450 موظفا في اليمن.',
    tagged: [
      ['الرئيس الفلبيني', 'PER'],
      ['رودريغو دوتيرتي', 'PER'],
      ['ماري كلير فغالي', 'PER'],
      ['الصليب الأحمر', 'ORG'],
      ['اليمن', 'LOC'],
    ],
    published: '2018-02-26',
    expect: [
      ['الرئيس الفلبيني', 'person:rodrigo-duterte'],
      ['الصليب الأحمر', 'org:icrc'],
    ],
    absentLike: [/ إن /, /الفلسطيني/],
  },
  {
    rule: 'a quoted name right after a building noun is the building, the quoted name its span (France 24, Al Arabiya, BBC)',
    text: 'وفي بيانها لفتت الوكالة إلى أنها عززت أيضا تصنيف مسجد "شاه جاهان" الواقع في جنوب بريطانيا. وبقي الرجلان في فندق "سيتي ستاي" بشرق لندن. وهبطت الطائرة في مطار "مهرآباد" بطهران.',
    tagged: [
      ['شاه جاهان', 'PER'],
      ['بريطانيا', 'LOC'],
      ['سيتي ستاي', 'ORG'],
      ['مهرآباد', 'MISC'],
      ['طهران', 'LOC'],
    ],
    published: '2018-03-13',
    type: [
      ['شاه جاهان', 'LOC'],
      ['سيتي ستاي', 'LOC'],
      ['مهرآباد', 'LOC'],
    ],
    expect: [['شاه جاهان', 'local:']],
  },
  {
    rule: '… not after «محطة» (a TV station) (Al Arabiya, dev-side news; negative)',
    text: 'وأتى كلامه في إشارة إلى صحافية من محطة "فوكس نيوز" نصحت نجم كرة السلة لبرون جيمس "بالصمت والمراوغة بالكرة" بعد مواقفه السياسية.',
    tagged: [
      ['فوكس نيوز', 'ORG'],
      ['لبرون جيمس', 'PER'],
    ],
    published: '2018-03-05',
    type: [['فوكس نيوز', 'ORG']],
  },
  {
    rule: '… and a body the gazetteer links keeps its identity (negative; made up: dev-side news never quotes «الإليزيه» after «قصر»)',
    text: 'وعقد الاجتماع في قصر "الإليزيه" بباريس.',
    tagged: [
      ['الإليزيه', 'ORG'],
      ['باريس', 'LOC'],
    ],
    published: '2018-03-13',
    expect: [['الإليزيه', 'org:elysee']],
  },
  {
    rule: "a metonym ending in its country's demonym is the body without it: «الديوان الملكي», ORG with no key, the hashtag too (Al Arabiya, CNN)",
    text: 'أكد المستشار في #الديوان_الملكي_السعودي سعود القحطاني، الجمعة، أن ما أنكرته #قطر أثبتت المقاطعة صحته. واسترجع المستشار في الديوان الملكي السعودي وصف ولي العهد الأمير #محمد_بن_سلمان لأزمة قطر.',
    tagged: [
      ['الديوان_الملكي_السعودي', 'ORG'],
      ['سعود القحطاني', 'PER'],
      ['قطر', 'LOC'],
      ['الديوان الملكي السعودي', 'ORG'],
      ['محمد_بن_سلمان', 'PER'],
      ['قطر', 'LOC'],
    ],
    published: '2018-02-23',
    together: ['الديوان_الملكي', 'الديوان الملكي'],
    expect: [['الديوان الملكي', 'local:']],
    absentKeys: ['metonym:'],
  },
  {
    rule: '… a metonym with no demonym at its end keeps its reading (BBC, dev-side news; negative)',
    text: 'وورد في بيان أصدره الديوان الأميري القطري أن أمير البلاد "وجه بتقديم دولة قطر حزمة من المشاريع الاقتصادية والاستثمارات والودائع بما يقارب 55 مليار ريال قطري، أي ما يعادل 15مليار دولار أمريكي، دعما للاقتصاد التركي".',
    tagged: [
      ['الديوان الأميري القطري', 'ORG'],
      ['قطر', 'LOC'],
    ],
    published: '2018-08-15',
    keys: ['metonym:QA:الديوان الأميري'],
  },
  {
    rule: '… «الديوان الملكي الهاشمي» too (negative; made up: dev-side news does not name it)',
    text: 'وأعلن الديوان الملكي الهاشمي الحداد.',
    tagged: [['الديوان الملكي الهاشمي', 'ORG']],
    published: '2018-02-23',
    keys: ['metonym:JO:الديوان الملكي الهاشمي'],
  },
  {
    rule: 'a one-word hashtag on the adjective after a definite noun, and a country in «يا» after a number and its noun, are adjectives (Al Arabiya, France 24)',
    text: 'مشكلة قطر لا تشغل بال السياسة #السعودية ولا باقي دول المقاطعة. ومجملا هناك 17 مسجدا بريطانيا مدرجا على قائمة التراث.',
    tagged: [
      ['قطر', 'LOC'],
      ['السعودية', 'LOC'],
      ['بريطانيا', 'LOC'],
    ],
    published: '2018-03-13',
    absent: ['السعودية', 'بريطانيا'],
    absentKeys: ['country:SA', 'country:GB'],
  },
  {
    rule: '… after a proper name, or a number and a noun the country does not qualify, the country stays (negative)',
    text: 'واتهمت قطر #السعودية بفرض الحصار. وقتل 15 شخصا في سوريا. وزار 3 وزراء روسيا الأسبوع الماضي.',
    tagged: [
      ['قطر', 'LOC'],
      ['السعودية', 'LOC'],
      ['سوريا', 'LOC'],
      ['روسيا', 'LOC'],
    ],
    published: '2018-03-13',
    keys: ['country:SA', 'country:SY', 'country:RU'],
  },
  {
    rule: 'a quoted name after a noun of works, or before «، وهو مسلسل», is a title, not a person (BBC, CNN)',
    text: 'وهناك مسلسلات أخرى موجهة إليهم قيد الإنتاج، منها "غول"، وهو مسلسل رعب، يصور الحياة في مركز اعتقال سري. وتعرض القنوات المصرية مسلسل "أبو عمر المصري" الذي يتحدث عن مصريين في السودان. وقال هاموند لبرنامج "اندرو مار" الذي تبثه بي بي سي.',
    tagged: [
      ['غول', 'PER'],
      ['أبو عمر المصري', 'PER'],
      ['السودان', 'LOC'],
      ['هاموند', 'PER'],
      ['اندرو مار', 'PER'],
      ['بي بي سي', 'ORG'],
    ],
    published: '2018-07-19',
    type: [
      ['غول', 'MISC'],
      ['أبو عمر المصري', 'MISC'],
      ['اندرو مار', 'MISC'],
    ],
    expect: [['هاموند', 'person:philip-hammond']],
  },
  {
    rule: '… a quoted name after another noun, and an unquoted country after «برنامج», keep their reading (negative)',
    text: 'وكالة "نوفوستي" الروسية الرسمية نقلت عن لافروف تشكيكه. وانتقد الوزير برنامج إيران النووي.',
    tagged: [
      ['نوفوستي', 'ORG'],
      ['لافروف', 'PER'],
      ['إيران', 'LOC'],
    ],
    published: '2018-02-19',
    expect: [
      ['نوفوستي', 'org:ria-novosti'],
      ['إيران', 'country:IR'],
    ],
  },
  {
    rule: 'the African Union Commission and OHCHR written without «السامية» are one organization each, nothing nested (Sky News)',
    text: 'وأضافت أن الوزير الأميركي سيجتمع مع زعماء كل دولة من هذه الدول بالإضافة إلى مسؤولي مفوضية الاتحاد الأفريقي التي تتخذ من أديس أبابا مقرا لها. وأعلنت الفيدرالية، في رسالة بعثتها إلى مفوضية الأمم المتحدة لحقوق الإنسان، أنها قررت تبني قضية أبناء القبيلة.',
    tagged: [
      ['الاتحاد الأفريقي', 'ORG'],
      ['أديس أبابا', 'LOC'],
      ['الأمم المتحدة', 'ORG'],
    ],
    published: '2018-03-02',
    expect: [
      ['مفوضية الاتحاد الأفريقي', 'org:au-commission'],
      ['مفوضية الأمم المتحدة لحقوق الإنسان', 'org:ohchr'],
    ],
    absentKeys: ['org:african-union', 'org:un'],
  },
  {
    rule: '… the AU itself stays the AU (negative)',
    text: 'وكان تيلرسون التقى في واشنطن في نوفمبر وزراء خارجية دول الاتحاد الأفريقي.',
    tagged: [
      ['تيلرسون', 'PER'],
      ['واشنطن', 'LOC'],
      ['الاتحاد الأفريقي', 'ORG'],
    ],
    published: '2018-03-02',
    expect: [['الاتحاد الأفريقي', 'org:african-union']],
    absentKeys: ['org:au-commission'],
  },
];

runLinkCases('round 22 (blind dev round 16)', cases);

/** Where the tagger's mention of the words `first` … `last` of `text` starts (first occurrence), as tagger.ts asks. */
function mentionStart(text: string, first: string, last = first): string {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.text === first);
  const j = tokens.findIndex((t, k) => k >= i && t.text === last) + 1;
  assert.ok(i >= 0 && j > 0, `no «${first}» … «${last}» in the text`);
  const start = tokens[i].start + nameOffset(tokens[i], documentWords(tokens), tokens[i - 1], tokens[j]);
  return text.slice(start, tokens[j - 1].end);
}

test('a mention that fills a quote keeps the first letter the analyzer split off (CNN, BBC)', () => {
  const valdai = 'لافروف، الذي كان يتحدث خلال جلسة لمنتدى "فالداي" الدولي للحوار المنعقد في موسكو الاثنين.';
  assert.equal(mentionStart(valdai, 'فالداي'), 'فالداي');
  const plan =
    'وتشير الأرقام الواردة في التقرير، الذي أعدته مؤسسة "بلان انترناشيونال" الخيرية المعنية بالأطفال في بريطانيا.';
  assert.equal(mentionStart(plan, 'بلان', 'انترناشيونال'), 'بلان انترناشيونال');
  const folha =
    'وقال أحد كتاب الأعمدة الصحفية، فينيسيوس توريس فريري، في صحيفة "فولها" "يبدو أن حالة من التمييز هي السائدة".';
  assert.equal(mentionStart(folha, 'فولها'), 'فولها');
  // Negative: the same words outside a quote, or a quote the mention does not fill, keep the analyzer's split.
  assert.equal(mentionStart('وقال إن الحوار فالداي مستمر.', 'فالداي'), 'الداي');
  assert.equal(mentionStart('وقال: "بلان انترناشيونال هي المسؤولة".', 'بلان', 'انترناشيونال'), 'لان انترناشيونال');
});

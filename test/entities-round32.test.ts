// Round 32 (linking recall: role phrases, facility + name, noun + adjective bodies): a state organ named by a bare
// noun and its country's feminine demonym is an organization («الخارجية الإيرانية», «الرئاسة الفرنسية»), as the
// gold reads it, while the same words as an office or an adjective are not («انتخابات الرئاسة الأمريكية», «السياسة
// الخارجية الأسترالية»); a title head and a facility beside a name is that person's title («مدير مطار تشوك»); a
// letter ب ل ك right after a preposition is a name's own («حكم على لندي وليامز»); the bare names after a dual facility
// noun are the facilities the article names with the singular («حقلي تمار وليفياثان» … «حقل تمار»); «المتحدث الرسمي
// ل…» is a spokesman's title; «، ورئيس …، name» is the next name's title; «المرجع … آية الله name» a cleric's; an
// army noun and a demonym is nominal with no gazetteer force too («#الجيش_الأفغاني»).
// Sentences from dev gold articles and from the audit of unannotated dev-side news (ANT); each rule has a negative
// case.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../src/arabic/tokenize.js';
import { documentWords, nameOffset } from '../src/ner/name-start.js';
import { type LinkCase, runLinkCases } from './entities/cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a bare organ noun and a feminine demonym is an organization of that country (BBC, dev round 12)',
    text: 'وأدان متحدث باسم الخارجية الإيرانية الحادث قائلا: "نعترض وبشدة للحكومة البريطانية". وقالت الخارجية الإيرانية إن عدد الذين اقتحموا السفارة الإيرانية في لندن خمسة.',
    tagged: [['لندن', 'LOC']],
    published: '2018-03-10',
    together: ['الخارجية الإيرانية'],
    country: [['الخارجية الإيرانية', 'IR']],
    absent: ['الحكومة البريطانية', 'السفارة الإيرانية'],
  },
  {
    rule: '… «الرئاسة» too, and «مكتب» before it stays outside (Sky News, dev round 11)',
    text: 'وقال المتحدث باسم وزارة الخارجية التركية حامي أقصوي في بيان "خلافا لما ذكره مكتب الرئاسة الفرنسية بشأن الاتصال الهاتفي بين الرئيسين".',
    tagged: [
      ['حامي أقصوي', 'PER'],
      ['مكتب الرئاسة الفرنسية', 'ORG'],
    ],
    published: '2018-02-28',
    present: ['الرئاسة الفرنسية'],
    absent: ['مكتب الرئاسة الفرنسية'],
    country: [['الرئاسة الفرنسية', 'FR']],
  },
  {
    rule: '… «الداخلية» too, after «لل» the span starting at the stem (CNN, audit)',
    text: 'جاء ذلك في بيان للداخلية البحرينية وصل لموقع CNN بالعربية نسخة منه. وأضافت الداخلية البحرينية أن "التنظيم كان يخطط".',
    tagged: [['CNN', 'ORG']],
    published: '2018-03-03',
    present: ['داخلية البحرينية', 'الداخلية البحرينية'],
    together: ['داخلية البحرينية', 'الداخلية البحرينية'],
  },
  {
    rule: 'the organ added before the apposition pass leaves «المتحدث باسم …» beside a name one person (guard; BBC, audit)',
    text: 'وخلال المؤتمر الصحفي الأسبوعي، قال المتحدث باسم الخارجية الإثيوبية، ملس ألم، إن "سبب فشل مفاوضات الخرطوم هو عدم جدية".',
    tagged: [
      ['ملس ألم', 'PER'],
      ['الخرطوم', 'LOC'],
    ],
    published: '2018-04-12',
    present: ['المتحدث باسم الخارجية الإثيوبية'],
    together: ['المتحدث باسم الخارجية الإثيوبية', 'ملس ألم'],
    togetherType: 'PER',
    absent: ['الخارجية الإثيوبية'],
  },
  {
    rule: 'not the office: after «انتخابات», «منصب», «فوزه ب…», «المرشح … لل…» (negative; BBC, CNN, Al Arabiya, audit)',
    text: 'دفع لها 130 ألف دولار حتى تبقى صامتة قبيل انتخابات الرئاسة الأمريكية عام 2016. وتسلم بشار الأسد منصب الرئاسة السورية بعد وفاة والده. وتعهد الأخير بمقاضاتهن بعد فوزه بالرئاسة الأميركية. وهو المرشح الجمهوري للرئاسة الأميركية وقتذاك.',
    tagged: [['بشار الأسد', 'PER']],
    published: '2018-03-27',
    absentLike: [/رئاسة/],
  },
  {
    rule: 'not an adjective of a definite noun, nor after a title head (negative; BBC, audit)',
    text: 'وقال إن موريسون يلعب "ألعاب كلمات خطيرة وماكرة بالسياسة الخارجية الأسترالية". ورفضت ما وصفته بتدخل أوتاوا في الشؤون الداخلية السعودية. وقال وزير الخارجية الإيرانية محمد جواد ظريف إن',
    tagged: [
      ['موريسون', 'PER'],
      ['أوتاوا', 'LOC'],
      ['محمد جواد ظريف', 'PER'],
    ],
    published: '2018-10-16',
    absentLike: [/^(?:ال)?(?:خارجية|داخلية)/],
  },
  {
    rule: 'other nouns with a demonym stay nominal, as the gold reads them (negative; BBC, dev)',
    text: 'ودعت الحكومة اليمنية والبرلمان الصيني والشرطة الألمانية إلى التهدئة.',
    tagged: [],
    published: '2018-08-17',
    allMentions: [],
  },
  {
    rule: 'a title head and a facility named with its noun, beside a name, is the title of that person (BBC, dev round 12)',
    text: 'وقال مدير مطار تشوك، جيمي إميليو، لبي بي سي "تحطمت الطائرة في البحيرة". وقال إيميليو إن جميع الركاب نجوا.',
    tagged: [
      ['مطار تشوك', 'LOC'],
      ['جيمي إميليو', 'PER'],
      ['بي بي سي', 'ORG'],
      ['إيميليو', 'PER'],
    ],
    published: '2018-09-28',
    mentionsOf: [['جيمي إميليو', ['مدير مطار تشوك', 'جيمي إميليو', 'إيميليو']]],
  },
  {
    rule: '… and a camp (BBC, audit)',
    text: 'وقال مدير معسكر أرتيك، أليكساي كاسبارزاك، لخدمة بي بي سي الروسية إن المعسكر مفتوح.',
    tagged: [
      ['معسكر أرتيك', 'LOC'],
      ['أليكساي كاسبارزاك', 'PER'],
      ['بي بي سي', 'ORG'],
    ],
    published: '2018-04-16',
    present: ['مدير معسكر أرتيك'],
    together: ['مدير معسكر أرتيك', 'أليكساي كاسبارزاك'],
    togetherType: 'PER',
  },
  {
    rule: '… but with no name beside it the facility stays a place (negative)',
    text: 'وقال مدير مطار تشوك إن الطائرة سقطت في البحيرة.',
    tagged: [['مطار تشوك', 'LOC']],
    published: '2018-09-28',
    type: [['مطار تشوك', 'LOC']],
    absent: ['مدير مطار تشوك'],
  },
  {
    rule: 'the bare names after a dual facility noun join «noun + the same name» (France 24, dev round 9)',
    text: 'سيتم استخراجه من حقلي تمار وليفياثان البحريين في البحر المتوسط. وبدأ استغلال حقل تمار عام 2013. ومن المقرر أن يبدأ استغلال حقل ليفياثان عام 2019.',
    tagged: [
      ['تمار', 'LOC'],
      ['ليفياثان', 'LOC'],
      ['البحر المتوسط', 'LOC'],
      ['تمار', 'LOC'],
      ['ليفياثان', 'LOC'],
    ],
    published: '2018-02-19',
    mentionsOf: [
      ['تمار', ['تمار', 'حقل تمار']],
      ['ليفياثان', ['ليفياثان', 'حقل ليفياثان']],
    ],
  },
  {
    rule: '… but a known city after the dual stays the city, apart from its airport (France 24, dev-side news; negative)',
    text: 'وكانت الحكومة العراقية قد أوقفت الملاحة الجوية في مطاري أربيل والسليمانية بعد استفتاء على الاستقلال رأته بغداد غير قانوني. عادت حركة الملاحة الجوية للعمل في مطار السليمانية في إقليم كردستان بشمال العراق الثلاثاء بعد أسبوع من رفع الحظر الذي فرضته السلطات الاتحادية في بغداد منذ ستة أشهر على مطاري الإقليم، على خلفية استفتاء الاستقلال الذي رفضت بغداد الاعتراف به وبنتائجه.',
    tagged: [
      ['أربيل', 'LOC'],
      ['السليمانية', 'LOC'],
      ['بغداد', 'LOC'],
      ['السليمانية', 'LOC'],
      ['كردستان', 'LOC'],
      ['العراق', 'LOC'],
      ['بغداد', 'LOC'],
      ['بغداد', 'LOC'],
    ],
    published: '2018-03-20',
    mentionsOf: [['مطار السليمانية', ['مطار السليمانية']]],
  },
  {
    rule: '«المتحدث الرسمي ل…» is a title head like «المتحدث الرسمي باسم» (France 24, dev round 15)',
    text: 'وصرح المتحدث الرسمي لقوات التحالف العسكري في اليمن العقيد الركن تركي المالكي أن قوات الدفاع الجوي السعودية رصدت عملية إطلاق.',
    tagged: [
      ['اليمن', 'LOC'],
      ['تركي المالكي', 'PER'],
    ],
    published: '2018-04-05',
    mentionsOf: [['تركي المالكي', ['المتحدث الرسمي لقوات التحالف العسكري في اليمن', 'تركي المالكي']]],
    absent: ['اليمن'],
  },
  {
    rule: '… with no name beside it, no person (negative)',
    text: 'وقال المتحدث الرسمي لقوات التحالف العسكري في اليمن إن الصاروخ اعترض.',
    tagged: [['اليمن', 'LOC']],
    published: '2018-04-05',
    present: ['اليمن'],
    entitiesOfType: [['PER', []]],
  },
  {
    rule: "a title with a glued «و» after «name،» opens the next of a list, not that name's title (Jawhara FM, dev round 7)",
    text: 'والتقى رئيس النقابة الوطنية للصحفيين التونسيين ناجي البغوري، ورئيس جمعية مديري الصحف، الطيب الزهار. وقال شوقي الطبيب إن اللقاء مثمر.',
    tagged: [
      ['ناجي البغوري', 'PER'],
      ['الطيب الزهار', 'PER'],
      ['شوقي الطبيب', 'PER'],
    ],
    published: '2016-08-05',
    mentionsOf: [['الطيب الزهار', ['رئيس جمعية مديري الصحف', 'الطيب الزهار']]],
  },
  {
    rule: "… while without «و» the title after «name،» is that name's, and the next name keeps none (negative)",
    text: 'وقال ديفيد كيرشو، مدير شركة الأمن الدولية، جون سميث إن الاتفاق تأخر.',
    tagged: [
      ['ديفيد كيرشو', 'PER'],
      ['جون سميث', 'PER'],
    ],
    published: '2018-03-01',
    mentionsOf: [['جون سميث', ['جون سميث']]],
  },
  {
    rule: '«المرجع … في العراق» before «آية الله» and the name is his title (BBC, dev round 12)',
    text: 'وعبر المرجع الشيعي الأعلى في العراق آية الله علي السيستاني عن تأييده للاحتجاجات. واشتبك مئات المحتجين مع الشرطة.',
    tagged: [['علي السيستاني', 'PER']],
    published: '2018-09-04',
    mentionsOf: [['علي السيستاني', ['المرجع الشيعي الأعلى في العراق', 'علي السيستاني']]],
    absent: ['العراق'],
  },
  {
    rule: '… with no name after it, the country stays (negative)',
    text: 'ودعا المرجع الشيعي الأعلى في العراق إلى التهدئة.',
    tagged: [['العراق', 'LOC']],
    published: '2018-09-04',
    present: ['العراق'],
    entitiesOfType: [['PER', []]],
  },
  {
    rule: 'an army noun and a demonym is nominal even when no gazetteer force is linked, in a hashtag too (Al Arabiya, dev round 16)',
    text: 'أعلن #الجيش_الأفغاني، الخميس، نقل المواطن الألماني الذي أوقف. وأكد الجيش الأفغاني في بيان أن الوحدات الخاصة بدأت.',
    tagged: [
      ['الجيش_الأفغاني', 'PER'],
      ['الجيش الأفغاني', 'PER'],
    ],
    published: '2018-03-01',
    allMentions: [],
  },
  {
    rule: '… not «القوات» and a demonym, which also names a party (negative)',
    text: 'وقال حزب القوات اللبنانية إن الانتخابات ستجرى في موعدها.',
    tagged: [['القوات اللبنانية', 'ORG']],
    published: '2018-03-01',
    present: ['القوات اللبنانية'],
  },
];

runLinkCases('round 32: state organs, facilities and titles', cases);

/** The name a tagger mention starting at the word `word` of `text` gets (the text tokenized as a document). */
function nameInText(text: string, word: string): string {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.text === word);
  assert.ok(at >= 0, `no «${word}» in the text`);
  return word.slice(nameOffset(tokens[at], documentWords(tokens), tokens[at - 1]));
}

test("round 32: a ب ل ك right after a preposition is the name's own letter (BBC, dev and audit)", () => {
  assert.equal(nameInText('وأشعلت فيها النيران. وحُكم على لندي وليامز (60 عاما) يوم الجمعة.', 'لندي'), 'لندي');
  assert.equal(nameInText('اقترب منها مهددا في مرأب للسيارات في لاس فيغاس عام 2011.', 'لاس'), 'لاس');
  assert.equal(nameInText('حول دفع أموال لعارضة في بلاي بوي وذكرت التقارير أن الشريط سجل.', 'بلاي'), 'بلاي');
  // Negative: after a noun the letter is still a preposition.
  assert.equal(nameInText('وقال أحد الحراس الشخصيين لترامب إنه زاره.', 'لترامب'), 'ترامب');
  assert.equal(nameInText('وكتب على حسابه بتويتر أن الزيارة ناجحة.', 'بتويتر'), 'تويتر');
});

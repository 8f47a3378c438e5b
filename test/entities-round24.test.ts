// Round 36 (blind dev round 24): gazetteer rows for Yemen's Shabwani and Hadrami Elite Forces («قوات» kept, as in
// «قوات الحزام الأمني»), the Emirates Red Crescent with its demonym, the coalition's short name «تحالف دعم الشرعية»
// and Mohammad Khatami (Iran's president 1997–2005). A definite plural adjective of relation whose form is a group's
// name («المتمردين الحوثيين») after a definite plural noun with the same case ending is that noun's adjective, no mention
// (round 29's singular «الإرهاب الحوثي»). The tagger's unknown person right after an indefinite place noun (a quote
// between) is the place («قرية "كوبر"», «لبلدة ميكسيكو بيتش»), and its other mentions follow; «مستوطنة» is a place
// noun (descriptors.tsv). «مجلس النواب» before «إلى» or a relative pronoun is the bare chamber: those words normalize
// to a form starting with «ال» but are no adjective of a longer name. An organization named in parentheses right
// after another organization's name is the same body; a name no mention covers before the parentheses, opened by an
// organization noun and with no demonym, is its name too. Iraq's Counter-Terrorism Service and Libya's
// Anti-Illegal Immigration Agency are gazetteer bodies bound to articles about their country; spellings of known
// bodies from the audit («(بنتاغون)», «حلف شمالي الأطلسي», «(بي كا كا)») and Russia's GRU are gazetteer names.
// Sentences from the round's dev articles and from the audit of unannotated dev-side news (ANT); each rule has a
// negative case.
import assert from 'node:assert/strict';
import { type LinkCase, runLinkCases } from './entities/cases.js';

const rows: LinkCase[] = [
  {
    rule: '«قوات النخبة الشبوانية» is the Shabwani Elite Forces, «قوات» in the span (Sky News, dev round 24)',
    text: 'دخلت قوات النخبة الشبوانية، بإسناد من القوات الإماراتية المشاركة ضمن تحالف دعم الشرعية بقيادة السعودية، الثلاثاء، وادي سرع في منطقة المصينعة بمديرية الصعيد في محافظة شبوة.',
    tagged: [
      ['النخبة الشبوانية', 'ORG'],
      ['السعودية', 'LOC'],
      ['وادي سرع', 'LOC'],
      ['المصينعة', 'LOC'],
      ['الصعيد', 'LOC'],
      ['شبوة', 'LOC'],
    ],
    published: '2018-02-27',
    expect: [
      ['قوات النخبة الشبوانية', 'org:shabwani-elite'],
      ['تحالف دعم الشرعية', 'org:saudi-coalition'],
      ['السعودية', 'country:SA'],
    ],
    absent: ['النخبة الشبوانية'],
  },
  {
    rule: '«قوات النخبة الحضرمية» is the Hadrami Elite Forces, and so is the bare «النخبة الحضرمية» (Al Arabiya, audit)',
    text: 'وقال قائد المنطقة العسكرية الثانية، اللواء فرج البحسني، إن قوات النخبة الحضرمية، تمكنت ظهر الأحد من السيطرة على الوادي، لافتاً إلى مقتل اثنين من جنود النخبة الحضرمية وإصابة 4 آخرين.',
    tagged: [['فرج البحسني', 'PER']],
    published: '2018-02-18',
    keyMentions: [['org:hadrami-elite', ['قوات النخبة الحضرمية', 'النخبة الحضرمية']]],
  },
  {
    rule: '… while a bare «قوات النخبة» is no named force (Sky News, dev round 24)',
    text: 'وجاء تقدم قوات النخبة بعدما سيطرت يوم الاثنين على وادي يشبم وتمركزت فيه.',
    tagged: [['وادي يشبم', 'LOC']],
    published: '2018-02-27',
    absent: ['قوات النخبة', 'النخبة'],
    absentKeys: ['org:shabwani-elite', 'org:hadrami-elite'],
  },
  {
    rule: '«الهلال الأحمر الإماراتي» is the Emirates Red Crescent, its demonym in the span (Sky News, dev round 24)',
    text: 'وأشار اليوسفي إلى أن عملية السيل الجارف شهدت مرافقة الهلال الأحمر الإماراتي للقوات العسكرية لتقديم يد العون لسكان أبين.',
    tagged: [
      ['اليوسفي', 'PER'],
      ['الهلال الأحمر', 'ORG'],
      ['أبين', 'LOC'],
    ],
    published: '2018-03-12',
    expect: [['الهلال الأحمر الإماراتي', 'org:erc']],
    absent: ['الهلال الأحمر'],
  },
  {
    rule: '… while another Red Crescent is not it (dev-side news)',
    text: 'وقالت منظمة الهلال الأحمر الفلسطيني إن طواقمها نقلت المصابين إلى المستشفى.',
    tagged: [['الهلال الأحمر الفلسطيني', 'ORG']],
    published: '2018-03-30',
    absentKeys: ['org:erc'],
  },
  {
    rule: "Mohammad Khatami, Iran's former president, and his former title beside the name (BBC, dev round 24)",
    text: 'قال الرئيس الإيراني السابق محمد خاتمي، إن بلاده عادت مئة عام للوراء في مجال الديمقراطية والعدالة. وأعرب خاتمي عن أسفه لما آلت إليه البلاد.',
    tagged: [
      ['محمد خاتمي', 'PER'],
      ['خاتمي', 'PER'],
    ],
    published: '2018-07-08',
    keyMentions: [['person:mohammad-khatami', ['الرئيس الإيراني السابق', 'محمد خاتمي', 'خاتمي']]],
  },
  {
    rule: '… while «الرئيس الإيراني» in 2018 stays Rouhani (dev-side news)',
    text: 'وقال الرئيس الإيراني في كلمة متلفزة إن بلاده لن تتفاوض تحت الضغط.',
    tagged: [],
    published: '2018-07-08',
    expect: [['الرئيس الإيراني', 'person:hassan-rouhani']],
    absentKeys: ['person:mohammad-khatami'],
  },
];

runLinkCases('round 36: gazetteer rows of blind dev round 24', rows);

const adjectives: LinkCase[] = [
  {
    rule: '«المتمردين الحوثيين» is «the Houthi rebels»: an adjective, while the bare noun is the group (BBC, dev round 24)',
    text: 'يأتي هذا بعد ثلاث سنوات من الصراع المسلح بين القوات الحكومية اليمنية، المدعومة من التحالف الذي تقوده السعودية، وبين المتمردين الحوثيين المدعومين من إيران. ولولا دعم التحالف لكانت هذه المناطق تحت سيطرة الحوثيين الآن.',
    tagged: [
      ['السعودية', 'LOC'],
      ['الحوثيين', 'ORG'],
      ['إيران', 'LOC'],
      ['الحوثيين', 'ORG'],
    ],
    published: '2018-07-18',
    keyMentions: [['org:houthis', ['الحوثيين']]],
    check: (entities, doc) => {
      const start = entities.find((e) => e.key === 'org:houthis')?.mentions[0].start;
      assert.equal(start, doc.text.indexOf('سيطرة الحوثيين') + 'سيطرة '.length, 'the kept mention is the noun');
    },
  },
  {
    rule: '… in the nominative too, «المتمردون الحوثيون» (BBC, audit)',
    text: 'وقال التحالف إن غاراته استهدفت منصات صواريخ استعملها المتمردون الحوثيون المدعومون من إيران لضرب مدينة جيزان.',
    tagged: [
      ['الحوثيون', 'ORG'],
      ['إيران', 'LOC'],
      ['جيزان', 'LOC'],
    ],
    published: '2018-08-20',
    absent: ['الحوثيون'],
    absentKeys: ['org:houthis'],
  },
  {
    rule: '… while an object after a subject that is no plural stays the group (dev-side news)',
    text: 'واتهم التحالف الحوثيين بإطلاق صاروخ باليستي على مدينة جيزان.',
    tagged: [
      ['الحوثيين', 'ORG'],
      ['جيزان', 'LOC'],
    ],
    published: '2018-08-20',
    expect: [['الحوثيين', 'org:houthis']],
  },
];

runLinkCases('round 36: plural adjectives of a group', adjectives);

const placeNouns: LinkCase[] = [
  {
    rule: 'a quoted name after «مستوطنة» or «قرية» is the place, and its mention after «(مستوطنة)» follows (BBC, dev round 24)',
    text: 'وقال متحدث طبي إن المستوطن القتيل مات متأثرا بجروحه بعدما نُقل إلى المستشفى إثر الحادث في مستوطنة "آدم". ويقول الجيش الإسرائيلي إن المهاجم كان شابا فلسطينيا من قرية "كوبر" القريبة. وجاء في بيان للجيش أن "الإرهابي اخترق مجتمع (مستوطنة) آدم، شمال القدس".',
    tagged: [
      ['آدم', 'PER'],
      ['كوبر', 'PER'],
      ['آدم', 'PER'],
      ['القدس', 'LOC'],
    ],
    published: '2018-07-27',
    type: [
      ['آدم', 'LOC'],
      ['كوبر', 'LOC'],
    ],
    entitiesOfType: [['PER', []]],
  },
  {
    rule: '… a name after «لبلدة» or «ومنطقة» too (BBC, audit)',
    text: 'وقال توم بايلي، العمدة السابق لبلدة ميكسيكو بيتش، لصحيفة نيويورك تايمز إن البلدة دمرت. وجرت مداهمات في باريس وقربها وفي كورسيكا ومنطقة شيرانت ماريتيم.',
    tagged: [
      ['توم بايلي', 'PER'],
      ['ميكسيكو بيتش', 'PER'],
      ['نيويورك تايمز', 'ORG'],
      ['باريس', 'LOC'],
      ['كورسيكا', 'LOC'],
      ['شيرانت ماريتيم', 'PER'],
    ],
    published: '2018-10-11',
    type: [
      ['ميكسيكو بيتش', 'LOC'],
      ['شيرانت ماريتيم', 'LOC'],
      ['توم بايلي', 'PER'],
    ],
  },
  {
    rule: '… not after a definite place noun: «في المنطقة جلال بورانفار» is an official (France 24, audit)',
    text: 'وقال مسؤول الإسعاف الإيرانية في المنطقة جلال بورانفار لـ"إيسنا" "تم إرسال فرق الإنقاذ".',
    tagged: [
      ['جلال بورانفار', 'PER'],
      ['إيسنا', 'ORG'],
    ],
    published: '2018-02-18',
    type: [['جلال بورانفار', 'PER']],
  },
  {
    rule: '… nor after «ولاية», which is also a term of office (dev-side news)',
    text: 'وأعلن حاكم إنديانا أن الفيضانات هي الأسوأ خلال ولاية هولكومب الأولى.',
    tagged: [
      ['إنديانا', 'LOC'],
      ['هولكومب', 'PER'],
    ],
    published: '2018-02-25',
    type: [['هولكومب', 'PER']],
  },
];

runLinkCases('round 36: persons named after a place noun', placeNouns);

const chambers: LinkCase[] = [
  {
    rule: '«مجلس النواب» before «إلى» is the chamber (Sky News, dev round 24)',
    text: 'ودعا الحديثي مجلس النواب إلى "تحمل مسؤولياته في حث أعضائه على الإسراع بالتصويت على قانون الموازنة". وقالت السومرية إن مجلس النواب صوت على 12 مادة.',
    tagged: [
      ['الحديثي', 'PER'],
      ['السومرية', 'ORG'],
    ],
    published: '2018-03-01',
    together: ['مجلس النواب'],
    check: (entities) =>
      assert.equal(entities.find((e) => e.mentions[0].text === 'مجلس النواب')?.mentions.length, 2, 'both chambers'),
  },
  {
    rule: '… and before a relative pronoun (Al Arabiya, dev-side news)',
    text: 'وبأغلبية 256 ضد 167 صوتا، وافق مجلس النواب الذي يقوده الجمهوريون على المشروع على الرغم من معارضة الفصيل المحافظ بالحزب.',
    tagged: [],
    published: '2018-03-23',
    present: ['مجلس النواب'],
  },
  {
    rule: '… while a definite adjective after it leaves the longer name to the tagger (dev-side news)',
    text: 'وصوت مجلس الشيوخ الإيطالي على الثقة بالحكومة الجديدة.',
    tagged: [],
    published: '2018-06-05',
    absent: ['مجلس الشيوخ'],
  },
];

runLinkCases('round 36: chambers before a word that only looks definite', chambers);

const parenthesized: LinkCase[] = [
  {
    rule: 'the Arabic name before «(روحانيون مبارز)», opened by «جمعية», is the same body (BBC, dev round 24)',
    text: 'في الوقت نفسه، دعت جمعية رجال الدين المناضلين (روحانيون مبارز)، التي يرأسها خاتمي، في بيان إلى ضرورة اتباع أساليب "إصلاحية".',
    tagged: [
      ['روحانيون مبارز', 'ORG'],
      ['خاتمي', 'PER'],
    ],
    published: '2018-07-08',
    mentionsOf: [['روحانيون مبارز', ['جمعية رجال الدين المناضلين', 'روحانيون مبارز']]],
  },
  {
    rule: '… a transliteration in parentheses joins the linked body (BBC, audit)',
    text: 'وقبل أيام، اتهمت منظمة العفو الدولية (أمنستي انترناشونال) الجيش المصري باستخدام قنابل عنقودية.',
    tagged: [['أمنستي انترناشونال', 'ORG']],
    published: '2018-02-23',
    keyMentions: [['org:amnesty', ['منظمة العفو الدولية', 'أمنستي انترناشونال']]],
  },
  {
    rule: '… a glued «ل» stays outside the new name, and the alias keeps its «نا» (France 24, audit)',
    text: 'وقال المتحدث باسم شركة "آسمان" محمد الطبطبائي لوكالة الأنباء الطلابية (إيسنا) "نظرا لظروف المنطقة الخاصة".',
    tagged: [
      ['محمد الطبطبائي', 'PER'],
      ['إيسنا', 'ORG'],
    ],
    published: '2018-02-18',
    mentionsOf: [['إيسنا', ['وكالة الأنباء الطلابية', 'إيسنا']]],
    absent: ['لوكالة الأنباء الطلابية'],
  },
  {
    rule: '… but a description with a demonym before the parentheses is no name (BBC, dev)',
    text: 'وقالت وكالة الأنباء الصينية الرسمية (شينخوا)إن كيم عقد "محادثات ناجحة". ووصفت وكالة الانباء الكورية الشمالية (كي.سي.ان.ايه) الزيارة بأنها تاريخية.',
    tagged: [
      ['شينخوا', 'ORG'],
      ['كيم', 'PER'],
      ['كي.سي.ان.ايه', 'ORG'],
    ],
    published: '2018-03-28',
    absentLike: [/^وكالة/],
  },
  {
    rule: '… and two linked bodies stay apart (BBC, audit)',
    text: 'وقالت الوزارة إن عدد مقاتلي النصرة (جيش الإسلام) في الغوطة الشرقية تراجع.',
    tagged: [
      ['النصرة', 'ORG'],
      ['جيش الإسلام', 'ORG'],
      ['الغوطة الشرقية', 'LOC'],
    ],
    published: '2018-03-10',
    keys: ['org:hts', 'org:jaysh-al-islam'],
  },
];

runLinkCases('round 36: names in parentheses', parenthesized);

const boundBodies: LinkCase[] = [
  {
    rule: '«جهاز مكافحة الهجرة غير الشرعية» in a story on Libya is its DCIM (Sky News, dev round 24)',
    text: 'وأوضح قاسم أن المهاجرين من جنسيات أفريقية مختلفة، لافتا إلى أنه تم نقلهم إلى قاعدة طرابلس البحرية، وتسليمهم إلى جهاز مكافحة الهجرة غير الشرعية "مركز إيواء تاجوراء"، بحسب البحرية الليبية.',
    tagged: [['قاسم', 'PER']],
    published: '2018-03-10',
    expect: [['جهاز مكافحة الهجرة غير الشرعية', 'org:ly-dcim']],
  },
  {
    rule: '«جهاز مكافحة الإرهاب» in a story on Iraq is its Counter-Terrorism Service (Sky News, dev round 16)',
    text: 'وضم الاجتماع في بغداد قادة قوات النخبة، العمليات المشتركة وجهاز مكافحة الإرهاب والشرطة الاتحادية.',
    tagged: [['بغداد', 'LOC']],
    published: '2018-03-11',
    expect: [['جهاز مكافحة الإرهاب', 'org:iq-cts']],
  },
  {
    rule: '… and in a story on another country it is not (dev-side news)',
    text: 'وقالت وزارة الداخلية المصرية إن جهاز مكافحة الإرهاب أحبط هجوما في القاهرة.',
    tagged: [['القاهرة', 'LOC']],
    published: '2018-03-11',
    absentKeys: ['org:iq-cts'],
  },
];

runLinkCases('round 36: bodies bound to their country', boundBodies);

const suffixes: LinkCase[] = [
  {
    rule: 'a one-word name with what reads as a possessive pronoun is still dropped when no name is beside it (BBC, dev-side news)',
    text: 'حصل ملاك مسيحيون لمخبز في أيرلندا الشمالية على حكم قضائي لصالحهم في قضية التمييز المعروفة باسم "كعكة مثلي الجنس".',
    tagged: [
      ['أيرلندا الشمالية', 'LOC'],
      ['صالحهم', 'ORG'],
    ],
    published: '2018-10-10',
    absent: ['صالحهم'],
  },
];

runLinkCases('round 36: pronoun suffixes on aliases', suffixes);

const spellings: LinkCase[] = [
  {
    rule: '«(بنتاغون)» without the article is the Pentagon (BBC, audit)',
    text: 'ويعد ماتيس أول مسؤول من وزارة الدفاع الأمريكية (بنتاغون) يزور الصين منذ 2014.',
    tagged: [
      ['ماتيس', 'PER'],
      ['بنتاغون', 'ORG'],
      ['الصين', 'LOC'],
    ],
    published: '2018-06-26',
    keyMentions: [['org:pentagon', ['وزارة الدفاع الأمريكية', 'بنتاغون']]],
  },
  {
    rule: '«حلف شمالي الأطلسي» is NATO (BBC, audit)',
    text: 'وتشهد ليبيا صراعا بين جماعات متنافسة منذ الانتفاضة التي دعمها حلف شمالي الأطلسي للاطاحة بحكم الزعيم الليبي.',
    tagged: [['ليبيا', 'LOC']],
    published: '2018-05-03',
    expect: [['حلف شمالي الأطلسي', 'org:nato']],
  },
  {
    rule: "«جي آر يو» is Russia's military intelligence, and so is the name before it (BBC, audit)",
    text: 'وقالت إن المشتبه بهما ضابطان في جهاز الاستخبارات العسكرية الروسي (جي آر يو).',
    tagged: [['جي آر يو', 'ORG']],
    published: '2018-09-05',
    keyMentions: [['org:gru', ['جهاز الاستخبارات العسكرية الروسي', 'جي آر يو']]],
  },
  {
    rule: "… while another state's military intelligence is not (dev-side news)",
    text: 'وقال رئيس الاستخبارات العسكرية الإسرائيلية إن الجبهة الشمالية هادئة.',
    tagged: [],
    published: '2018-09-05',
    absentKeys: ['org:gru'],
  },
];

runLinkCases('round 36: spellings of known bodies', spellings);

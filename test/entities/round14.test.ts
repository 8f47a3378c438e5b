// Round 14: errors of the round-10 dev articles (annotated blind, scored before tuning) turned into rules for the
// genre, checked on 600 unannotated ANT articles (scripts/audit-entities.ts). News sentences (ANT), one loop; each
// rule has a negative case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { skeletonOf } from '../../src/entities/gazetteer.js';
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a foreign name written without one of its long vowels is the gazetteer person (Sky News: «دوترتي»)',
    text: 'ودخل الرئيس الفلبيني، رودريغو دوترتي، في حرب كلامية غير مسبوقة مع الأمم المتحدة. وقال دوترتي إنه لن يتراجع.',
    tagged: [
      ['رودريغو دوترتي', 'PER'],
      ['الأمم المتحدة', 'ORG'],
      ['دوترتي', 'PER', 'وقال'],
    ],
    published: '2018-03-12',
    keyMentions: [['person:rodrigo-duterte', ['الرئيس الفلبيني', 'رودريغو دوترتي', 'دوترتي']]],
  },
  {
    rule: 'a country written without a long vowel is the country (France 24: «كازخستان»)',
    text: 'كما أيد القادة الثلاثة محادثات السلام في أستانة عاصمة كازخستان، التي يقولون إنها عملية موازية.',
    tagged: [
      ['أستانة', 'LOC'],
      ['كازخستان', 'LOC'],
    ],
    published: '2018-04-04',
    expect: [['كازخستان', 'country:KZ']],
  },
  {
    rule: 'the skeleton keeps a name’s last letter: «أورلاندو» is not «أيرلندا» (Al Arabiya)',
    text: 'واستخدمت بندقية مطورة منها في حادث قتل بشع مؤخرا في ملهى ليلي في أورلاندو أوقع 49 قتيلا.',
    tagged: [['أورلاندو', 'LOC']],
    published: '2018-02-16',
    expect: [['أورلاندو', 'local:']],
    absentKeys: ['country:IE'],
  },
  {
    rule: 'a known first name followed by a word of none of that person’s names is someone else (CNN: «عباس كامل», a gazetteer row of his own since round 24)',
    text: 'وذلك غداة استقباله لمدير المخابرات العامة المصرية اللواء عباس كامل الذي يلقب بكاتم أسرار الرئيس.',
    tagged: [['عباس كامل', 'PER']],
    published: '2018-03-11',
    expect: [['عباس كامل', 'person:abbas-kamel']],
    absentKeys: ['person:mahmoud-abbas'],
  },
  {
    rule: '… and a spelling variant of the whole name is its own person (France 24: «عباس عرقجي» is Araghchi)',
    text: 'وقال نائب وزير الخارجية الإيراني عباس عرقجي إن بلاده لن تقبل أي تعديل.',
    tagged: [['عباس عرقجي', 'PER']],
    published: '2018-03-14',
    expect: [['عباس عرقجي', 'person:abbas-araghchi']],
    absentKeys: ['person:mahmoud-abbas'],
  },
  {
    rule: 'a mountain or a dam keeps its noun, also when the tagger tagged the noun alone (Sky News, Al Arabiya)',
    text: 'وهي من الغرب إلى الشرق: جبل قاسيون، يليه جبل الصالحية. ودمرت المقاتلات تعزيزات بمنطقة سد العقران.',
    tagged: [
      ['قاسيون', 'LOC'],
      ['سد', 'LOC'],
      ['العقران', 'LOC'],
    ],
    published: '2018-02-23',
    present: ['جبل قاسيون', 'سد العقران'],
    absent: ['قاسيون', 'سد', 'العقران'],
  },
  {
    rule: 'an airport’s «الدولي» is part of its name (BBC)',
    text: 'ولم ترد تقارير فورية عن وقوع أضرار في مطار معيتيقة الدولي بعد الهجوم.',
    tagged: [['معيتيقة', 'LOC']],
    published: '2018-09-12',
    present: ['مطار معيتيقة الدولي'],
  },
  {
    rule: 'a feature the gazetteer names whole stays its entry: «جبل لبنان» is Mount Lebanon, no unknown facility',
    text: 'وزار الوفد محافظة جبل لبنان أمس.',
    tagged: [['لبنان', 'LOC']],
    published: '2018-03-01',
    expect: [['جبل لبنان', 'place:rv:mount-lebanon']],
    absentKeys: ['country:LB', 'local:'],
  },
  {
    rule: '«منظمة» before an NGO’s own name is a descriptor: «منظمة أوكسفام» → «أوكسفام» (BBC, dev-side news)',
    text: 'وتتعرض منظمات الإغاثة الدولية لفحص دقيق بهذا الشأن منذ أن نشرت صحيفة التايمز البريطانية مطلع هذا الشهر تقريرا اتهم منظمة أوكسفام الخيرية بالتغطية على مزاعم إساءات سلوك جنسية ارتكبها بعض العاملين فيها في هايتي.',
    tagged: [
      ['التايمز', 'ORG'],
      ['منظمة أوكسفام', 'ORG'],
      ['هايتي', 'LOC'],
    ],
    published: '2018-02-24',
    expect: [['أوكسفام', 'org:oxfam']],
    absent: ['منظمة أوكسفام'],
  },
  {
    rule: '… but heads the official name of a body: «منظمة الصحة العالمية» stays whole (BBC)',
    text: 'وحذرت منظمة الصحة العالمية من انتشار الكوليرا في اليمن.',
    tagged: [
      ['منظمة الصحة العالمية', 'ORG'],
      ['اليمن', 'LOC'],
    ],
    published: '2018-03-01',
    expect: [['منظمة الصحة العالمية', 'org:who']],
    absent: ['الصحة العالمية'],
  },
  {
    rule: 'an adjective of relation after «منظمة», quoted or not, is a label, not a name (France 24)',
    text: 'وتعتبر أنقرة وحدات حماية الشعب الكردية منظمة "إرهابية"، وتعدها منظمة إرهابية أيضا.',
    tagged: [
      ['أنقرة', 'LOC'],
      ['وحدات حماية الشعب الكردية', 'ORG'],
      ['منظمة إرهابية', 'ORG'],
    ],
    published: '2018-03-18',
    absent: ['إرهابية'],
  },
  {
    rule: 'an office written another way than people.tsv’s first title is the officeholder (Al Arabiya)',
    text: 'ندد مفوض الأمم المتحدة السامي لحقوق الإنسان، زيد رعد الحسين، الاثنين، بعدم التحرك حيال النزاعات في سوريا.',
    tagged: [
      ['زيد رعد الحسين', 'PER'],
      ['سوريا', 'LOC'],
    ],
    published: '2018-02-26',
    keyMentions: [['person:zeid-raad-al-hussein', ['مفوض الأمم المتحدة السامي لحقوق الإنسان', 'زيد رعد الحسين']]],
    absentKeys: ['org:un'],
  },
  {
    rule: '… and without a name beside it, the holder at the date (Bachelet after September 2018)',
    text: 'وقالت مفوضة الأمم المتحدة السامية لحقوق الإنسان إن الوضع في اليمن كارثي.',
    tagged: [['اليمن', 'LOC']],
    published: '2018-10-05',
    expect: [['مفوضة الأمم المتحدة السامية لحقوق الإنسان', 'person:michelle-bachelet']],
  },
  {
    rule: 'the office a spokesperson speaks for («باسم …») is not the spokesperson named after it (France 24)',
    text: 'وقالت الناطقة باسم مفوض الأمم المتحدة لحقوق الإنسان رافينا شمسداني في جنيف إن مئات آلاف المدنيين معرضون للخطر.',
    tagged: [
      ['رافينا شمسداني', 'PER'],
      ['جنيف', 'LOC'],
    ],
    published: '2018-03-17',
    expect: [['مفوض الأمم المتحدة لحقوق الإنسان', 'person:zeid-raad-al-hussein']],
    mentionsOf: [['رافينا شمسداني', ['رافينا شمسداني']]],
  },
  {
    rule: 'an airport or a port named after its city is a facility with the city’s country (Al Arabiya, dev-side news)',
    text: 'كما تطل جغرافيا على مطار صنعاء الدولي وقاعدة الديلمي الجوية.',
    tagged: [
      ['صنعاء', 'LOC'],
      ['الديلمي', 'LOC'],
    ],
    published: '2018-03-02',
    present: ['مطار صنعاء الدولي'],
    absent: ['صنعاء'],
    country: [['مطار صنعاء الدولي', 'YE']],
  },
  {
    rule: '… a port too (BBC, dev-side news)',
    text: 'ووصلت قوات التحالف الذي تقوده السعودية في اليمن إلى منطقة الدريهمي الريفية، على بعد 18 كيلو مترا من ميناء الحديدة، وفقا لتصريحات المتحدث باسم إحدى الوحدات القتالية وسكان المنطقة لوكالة أنباء رويترز الاثنين.',
    tagged: [
      ['السعودية', 'LOC'],
      ['اليمن', 'LOC'],
      ['الدريهمي', 'LOC'],
      ['الحديدة', 'LOC'],
      ['رويترز', 'ORG'],
    ],
    published: '2018-05-29',
    present: ['ميناء الحديدة'],
    absent: ['الحديدة'],
    country: [['ميناء الحديدة', 'YE']],
  },
  {
    rule: '… while a station keeps the city the gold reads there (France 24, dev-side news: «محطة مانشستر»)',
    text: 'ونجح عشرات المتظاهرين من اقتحام السكة الحديدية في محطة مانشستر ما أدى لتوقف سير القطارات واضطراب حركة المسافرين في البلاد.',
    tagged: [['مانشستر', 'LOC']],
    published: '2018-03-12',
    expect: [['مانشستر', 'place:rv:manchester']],
  },
  {
    rule: 'a police force or a university named after a place is an organization of that place’s country (CNN, France 24)',
    text: 'وقالت شرطة تورونتو إن السائق اعتقل، فيما قال باحثون في جامعة أوكسفورد إن الدراسة مستمرة.',
    tagged: [
      ['تورونتو', 'LOC'],
      ['أوكسفورد', 'ORG'],
    ],
    published: '2018-04-23',
    present: ['شرطة تورونتو', 'جامعة أوكسفورد'],
    absent: ['تورونتو', 'أوكسفورد'],
    type: [['شرطة تورونتو', 'ORG']],
    country: [['شرطة تورونتو', 'CA']],
  },
  {
    // Since round 52 the police chief's title before his name is his PER mention, with no nested force (the gold's
    // «قائد شرطة الأنبار السابق»); before, the force was asserted as a mention of its own.
    rule: '… and «شرطة أوستن» is no mention of Lloyd Austin (CNN, dev-side news)',
    text: 'وقال مدير شرطة أوستن برايان مانلي إنها كانت حقيقبة ظهر، مضيفاً: "من الواضح وقوع تفجير.',
    tagged: [
      ['أوستن', 'PER'],
      ['برايان مانلي', 'PER'],
    ],
    published: '2018-03-19',
    mentionsOf: [['برايان مانلي', ['مدير شرطة أوستن', 'برايان مانلي']]],
    absentKeys: ['person:lloyd-austin'],
  },
  {
    rule: 'a police force named by a demonym stays nominal (gold: «الشرطة الألمانية»)',
    text: 'وقالت الشرطة الألمانية إن المهاجم اعتقل في برلين.',
    tagged: [['برلين', 'LOC']],
    published: '2018-04-07',
    allMentions: ['برلين'],
  },
  {
    rule: 'a town the tagger found behind a conjunction the tokenizer kept is linked by the name it shows (Jawhara FM)',
    text: 'سيتم تركيزها خاصة بولايات القصرين وسليانة والقيروان وزغوان وتطاوين، وقد انتظم اللقاء الجمعة بالحمامات.',
    tagged: [
      ['القصرين', 'LOC'],
      ['سليانة', 'LOC', 'و'],
      ['القيروان', 'LOC', 'و'],
      ['زغوان', 'LOC', 'و'],
      ['تطاوين', 'LOC', 'و'],
      ['الحمامات', 'LOC', 'ب'],
    ],
    published: '2017-02-03',
    expect: [
      ['زغوان', 'place:geo:107040'],
      ['الحمامات', 'place:geo:153275'],
    ],
  },
  {
    rule: '… but not behind a preposition before a bare name: «براد» is Brad, not Kevin Rudd (BBC, dev-side news)',
    text: 'كشفت الممثلة الأمريكية، غوينث بالترو، الحائزة على جائزة أوسكار، عن زواجها بالمنتج التلفزيوني براد فالتشوك.',
    tagged: [
      ['غوينث بالترو', 'PER'],
      ['راد', 'PER', 'التلفزيوني ب'],
    ],
    published: '2018-10-02',
    absentKeys: ['person:kevin-rudd'],
  },
  {
    rule: 'a «و» glued to an unknown name in a list is the conjunction, left out of the span and of the key (BBC)',
    text: 'من مسلحي فيلق الرحمن الذين يغادرون جوبر وزملكا وعين ترما، وقالت الباحثتان كارينا شابور وأورور دوبوي إن الوضع صعب.',
    tagged: [
      ['فيلق الرحمن', 'ORG'],
      ['جوبر', 'LOC'],
      ['وزملكا', 'LOC'],
      ['كارينا شابور', 'PER'],
      ['وأورور دوبوي', 'PER'],
    ],
    published: '2018-03-27',
    expect: [
      ['زملكا', 'local:loc:زملكا'],
      ['أورور دوبوي', 'local:per:'],
    ],
    absent: ['وزملكا', 'وأورور دوبوي'],
  },
  {
    rule: '… but a name news often writes with its «و» keeps it (France 24: «ويلبور روس»)',
    text: 'وقال وزير التجارة ويلبور روس إن الرسوم ستفرض.',
    tagged: [['ويلبور روس', 'PER']],
    published: '2018-05-31',
    present: ['ويلبور روس'],
  },
  {
    rule: 'the audit’s most frequent unknowns are gazetteer rows now: Salisbury in its spellings (BBC, dev-side news)',
    text: 'ومنعت الشرطة الجمعة الوصول إلى قبر زوجة سكريبل وابنه في سالزبيري.',
    tagged: [
      ['سكريبل', 'PER'],
      ['سالزبيري', 'LOC'],
    ],
    published: '2018-03-10',
    expect: [['سالزبيري', 'place:rv:salisbury']],
  },
  {
    rule: '… England (France 24, dev-side news)',
    text: 'ففي جنوب غرب إنكلترا تم تجهيز ملجأ لاستقبال الأشخاص الذين حوصرت سياراتهم بسبب الطقس واضطروا لتركها في الطرقات.',
    tagged: [['إنكلترا', 'LOC']],
    published: '2018-03-03',
    expect: [['إنكلترا', 'place:rv:england']],
  },
  {
    rule: '… the White Helmets (BBC, dev-side news)',
    text: 'وقال الدفاع المدني السوري، المعروف بالخوذ البيضاء، إن شخصا واحدا قتل في دوما جراء القصف.',
    tagged: [
      ['الدفاع المدني السوري', 'ORG'],
      ['الخوذ البيضاء', 'ORG'],
      ['دوما', 'LOC'],
    ],
    published: '2018-02-27',
    expect: [['الخوذ البيضاء', 'org:white-helmets']],
    country: [['الخوذ البيضاء', 'SY']],
  },
  {
    rule: 'a party name several countries share is the gazetteer’s party only in an article about its country (Jawhara FM)',
    text: 'وقرر الحزب الجمهوري في تونس الانسحاب من حكومة الوحدة الوطنية.',
    tagged: [
      ['الحزب الجمهوري', 'ORG'],
      ['تونس', 'LOC'],
    ],
    published: '2016-06-06',
    expect: [['الحزب الجمهوري', 'local:org:']],
    absentKeys: ['org:gop'],
  },
  {
    rule: '… so in a story about Trump it is the US Republican Party (CNN)',
    text: 'وقال الرئيس دونالد ترامب إن الحزب الجمهوري سيحتفظ بالأغلبية.',
    tagged: [
      ['دونالد ترامب', 'PER'],
      ['الحزب الجمهوري', 'ORG'],
    ],
    published: '2018-03-01',
    expect: [['الحزب الجمهوري', 'org:gop']],
  },
  {
    rule: '… «حزب العمال» in news about Turkey is the PKK, and Iraq’s Ba’ath is not Syria’s (Sky News, France 24)',
    text: 'وأطلق حزب العمال منذ 1984 تمردا ضد أنقرة. ودخل عبد المهدي عالم السياسة في العراق وسجن إبان حكم حزب البعث.',
    tagged: [
      ['حزب العمال', 'ORG'],
      ['أنقرة', 'LOC'],
      ['عبد المهدي', 'PER'],
      ['العراق', 'LOC'],
      ['حزب البعث', 'ORG'],
    ],
    published: '2018-03-01',
    expect: [
      ['حزب العمال', 'org:pkk'],
      ['حزب البعث', 'local:org:'],
    ],
    absentKeys: ['org:uk-labour', 'org:baath-sy'],
  },
];

runLinkCases('round 14: spelling variants, names that go on, feature nouns, «منظمة»', cases);

describe('consonant skeletons', () => {
  it('meet for spellings that differ in inner long vowels and part on different endings or short names', () => {
    assert.equal(skeletonOf('نيكارغوا'), skeletonOf('نيكاراغوا'));
    assert.equal(skeletonOf('عباس عرقجي'), skeletonOf('عباس عراقجي'));
    assert.notEqual(skeletonOf('اورلاندو'), skeletonOf('ايرلندا'));
    assert.equal(skeletonOf('كوريا'), null);
  });
});

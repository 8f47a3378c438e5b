// Round 15: the second audit of unannotated ANT news (scripts/audit-entities.ts, folder positions 23–27 read by hand,
// 360 articles for the frequency tables). News sentences (ANT), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a role phrase followed by «المكلف» is the designate named after it, not the holder at the date (BBC)',
    text: 'أطلق رئيس الوزراء العراقي المكلف عادل عبدالمهدي يوم الثلاثاء موقعا الكترونيا. وتأتي هذه الخطوة فيما يحاول عبدالمهدي تشكيل الحكومة.',
    tagged: [
      ['عادل عبدالمهدي', 'PER'],
      ['عبدالمهدي', 'PER', 'يحاول'],
    ],
    published: '2018-10-09',
    keyMentions: [['person:adil-abdul-mahdi', ['رئيس الوزراء العراقي', 'عادل عبدالمهدي', 'عبدالمهدي']]],
    absentKeys: ['person:haider-al-abadi'],
  },
  {
    rule: '… and with no name beside it, no mention; without «المكلف» the phrase is still the holder (negative)',
    text: 'وقال رئيس الوزراء العراقي المكلف إن الحكومة ستشكل قريبا. وقال رئيس الوزراء العراقي إن الانتخابات في موعدها.',
    tagged: [],
    published: '2018-03-13',
    keyMentions: [['person:haider-al-abadi', ['رئيس الوزراء العراقي']]],
  },
  {
    rule: 'a common feminine word after a place noun is an adjective, not a place (BBC: «منطقة محظورة»)',
    text: 'وأضاف "الركاب في منطقة استقلال الطائرات من المفترض أن يذهبوا إلى رحلاتهم، لكن هذا الرجل لم يفعل ذلك. إنه في منطقة محظورة، وكان يتعين علينا اتخاذ الإجراء اللازم".',
    tagged: [['محظورة', 'LOC']],
    published: '2018-10-02',
    absent: ['محظورة'],
  },
  {
    rule: '… «منطقة ريفية» too (Jawhara FM, dev-side news)',
    text: 'انطلق الأب بسيارته وكان يعتزم الحصول على شُحنة من الخبز الطازج من مخبز في منطقة ريفية مجاورة، وبعد أن قاد سيارته حوالي نصف ساعة، وسط ظلام دامس وطرق منحنية تحجب الرؤية في بعضها الأشجار ، وفي لحظة، كان ابنه أوستن، البالغ من العمر 22 عاما، يقود سيارته نحو المنزل عائدا من حفل ليْلي مع الأصدقاء.',
    tagged: [
      ['ريفية', 'LOC'],
      ['أوستن', 'PER'],
    ],
    published: '2017-02-24',
    absent: ['ريفية'],
  },
  {
    rule: '… a known place, or a town named by a word that seldom takes the article, stays (BBC, dev-side news; negative: «مدينة دوما», «بلدة حمورية»)',
    text: 'وأشار المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إلى وقوع غارتين على الأقل على منطقة الشيفونية في ضواحي مدينة دوما، فضلا عن مقتل امرأة وإصابة 7 مدنيين جراء قصف حكومي بأربع قذائف مدفعية استهدف بلدة حمورية في الغوطة الشرقية.',
    tagged: [
      ['المرصد السوري لحقوق الإنسان', 'ORG'],
      ['بريطانيا', 'LOC'],
      ['الشيفونية', 'LOC'],
      ['دوما', 'LOC'],
      ['حمورية', 'LOC'],
      ['الغوطة الشرقية', 'LOC'],
    ],
    published: '2018-02-25',
    present: ['دوما', 'حمورية'],
  },
  {
    rule: 'Tiran and Sanafir are the Red Sea islands, «وصنافير» with its «و» left out (France 24)',
    text: 'ألغت المحكمة الدستورية العليا كل الأحكام المتعلقة باتفاقية منح السعودية السيادة على جزيرتي تيران وصنافير في البحر الأحمر.',
    tagged: [
      ['السعودية', 'LOC'],
      ['تيران', 'LOC'],
      ['وصنافير', 'LOC'],
      ['البحر الأحمر', 'LOC'],
    ],
    published: '2018-03-03',
    expect: [
      ['تيران', 'place:rv:tiran-island'],
      ['صنافير', 'place:rv:sanafir-island'],
    ],
    absentKeys: ['place:geo:135136'],
  },
  {
    rule: 'Astana, the name of Kazakhstan’s capital in 2018 news, links to it (Sky News)',
    text: 'وأيد القادة الثلاثة محادثات السلام في أستانة لإنهاء الحرب في سوريا.',
    tagged: [
      ['أستانة', 'LOC'],
      ['سوريا', 'LOC'],
    ],
    published: '2018-04-04',
    expect: [['أستانة', 'place:geo:65737']],
  },
  {
    rule: 'the audit’s frequent unknown people are rows: the White House press secretary by role and name (CNN)',
    text: 'وقالت المتحدثة باسم البيت الأبيض سارة ساندرز إن الرئيس لن يتراجع. وأضافت ساندرز أن القرار نهائي.',
    tagged: [
      ['سارة ساندرز', 'PER'],
      ['ساندرز', 'PER', 'وأضافت'],
    ],
    published: '2018-03-20',
    keyMentions: [['person:sarah-sanders', ['المتحدثة باسم البيت الأبيض', 'سارة ساندرز', 'ساندرز']]],
  },
  {
    rule: '… the presidents of South Sudan and Kenya, Kushner written with «غ» (Sky News, Al Arabiya)',
    text: 'عقب مباحثات بين رئيس دولة جنوب السودان سيلفا كير ووزير الخارجية المصري، يلتقي الرئيس الكيني أوهورو كينياتا. وكان يجلس خلفها صهر الرئيس غاريد كوشنر.',
    tagged: [
      ['سيلفا كير', 'PER'],
      ['أوهورو كينياتا', 'PER'],
      ['غاريد كوشنر', 'PER'],
    ],
    published: '2018-03-12',
    expect: [
      ['أوهورو كينياتا', 'person:uhuru-kenyatta'],
      ['غاريد كوشنر', 'person:jared-kushner'],
    ],
    keys: ['person:uhuru-kenyatta'],
    keyMentions: [['person:uhuru-kenyatta', ['الرئيس الكيني', 'أوهورو كينياتا']]],
  },
  {
    rule: '«كيم جونغ» cut before «أون» is Kim Jong-un; «كيم جونغ نام» stays someone else (negative)',
    text: 'وتعتقد السلطات أن غاز الأعصاب استخدم في اغتيال كيم جونغ نام، الأخ غير الشقيق للزعيم الكوري الشمالي كيم جونغ العام الماضي.',
    tagged: [
      ['كيم جونغ نام', 'PER'],
      ['كيم جونغ', 'PER', 'الشمالي'],
    ],
    published: '2018-03-12',
    expect: [
      ['كيم جونغ نام', 'local:'],
      ['كيم جونغ', 'person:kim-jong-un'],
    ],
  },
  {
    rule: 'a country name in «يا» right after an indefinite accusative noun is the adjective (BBC: «مسؤولا تركيا»)',
    text: 'لكن مسؤولا تركيا قال إن الرئيس كان يشير إلى تطويق المدينة، فيما طردت بريطانيا 23 دبلوماسيا روسيا.',
    tagged: [
      ['تركيا', 'LOC'],
      ['بريطانيا', 'LOC'],
      ['روسيا', 'LOC', 'دبلوماسيا'],
    ],
    published: '2018-03-14',
    absentKeys: ['country:TR', 'country:RU'],
    expect: [['بريطانيا', 'country:GB']],
  },
  {
    rule: '… not after an accusative adverb or a verb: the country is the object (negative)',
    text: 'واتهمت بريطانيا رسميا روسيا بتسميم الجاسوس، كما دعا تركيا إلى ضبط النفس.',
    tagged: [
      ['بريطانيا', 'LOC'],
      ['روسيا', 'LOC'],
      ['تركيا', 'LOC'],
    ],
    published: '2018-03-14',
    expect: [
      ['روسيا', 'country:RU'],
      ['تركيا', 'country:TR'],
    ],
  },
];

runLinkCases('round 15: designates, adjectives after place nouns, audit rows', cases);

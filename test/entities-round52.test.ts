// Round 52 (titles): a person's title ending in a body the tagger found and the gazetteer lacks is a PER mention of
// the person beside it, with no nested organization (round 4's title + organization), when the body is named with a
// body noun and no second role («و») comes before it; a second «في» + place after a title already placed by «في»
// stays out. Sentences from dev rounds 23 and 29 and from unannotated dev-side news (ANT), with what the tagger gives.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a title through a body the gazetteer lacks, after the name and a comma (BBC, dev round 29)',
    text: 'كما علّق الملياردير البريطاني الشهير ريتشارد برانسون، رئيس مجموعة فيرجين، المناقشات بشأن بعض الاستثمارات في السعودية عقب حادث خاشقجي.',
    tagged: [
      ['ريتشارد برانسون', 'PER'],
      ['فيرجين', 'ORG'],
      ['السعودية', 'LOC'],
      ['خاشقجي', 'PER'],
    ],
    published: '2018-10-12',
    mentionsOf: [['ريتشارد برانسون', ['ريتشارد برانسون', 'رئيس مجموعة فيرجين']]],
    absent: ['فيرجين'],
  },
  {
    rule: '… through «ل» + a company noun (BBC, dev round 23)',
    text: 'وقال مارك سيلبي، المدير التنفيذي لشركة آر إن سي، إن الصخور الأكبر سوف تعرض في مزاد لبيعها لمحبي تجميع مثل هذه القطع.',
    tagged: [
      ['مارك سيلبي', 'PER'],
      ['آر إن سي', 'ORG'],
    ],
    published: '2018-09-10',
    mentionsOf: [['مارك سيلبي', ['مارك سيلبي', 'المدير التنفيذي لشركة آر إن سي']]],
    absent: ['آر إن سي'],
  },
  {
    rule: '… placed by «في»; the second «في» + region says where the university is (BBC, dev round 23)',
    text: 'وقال البروفيسور سام سبيرينغ، مدير كلية التعدين في جامعة كيرتين في غرب أستراليا: "لا يزال الناس يسجلون عثورهم على شذرات من الذهب من وقت لآخر، ولكنها في العادة أقل من عدة أوقيات".',
    tagged: [
      ['سام سبيرينغ', 'PER'],
      ['جامعة كيرتين', 'ORG'],
      ['أستراليا', 'LOC'],
    ],
    published: '2018-09-10',
    mentionsOf: [['سام سبيرينغ', ['سام سبيرينغ', 'مدير كلية التعدين في جامعة كيرتين']]],
    expect: [['غرب أستراليا', 'place:rv:western-australia']],
    absent: ['جامعة كيرتين'],
  },
  {
    rule: '… a party spokesman after a speech verb and the name (BBC, dev-side news)',
    text: 'وقال توم بريك المتحدث باسم حزب الديموقراطيين اللأحرار:"إن خروج بريطانيا من الاتحاد الأوروبي تحول إلى مهزلة، فلقد خرجنا لنحصل على الجواز البريطاني الأزرق ثم نعلم الآن أننا سنصنع هذا الجواز في الخارج والأدهى أننا سندفع قيمة أكبر بسبب تراجع الجينه الاسترليني منذ الخروج من الاتحاد الأوروبي، كما أن علينا استيراد ذلك الجواز".',
    tagged: [
      ['توم بريك', 'PER'],
      ['حزب الديموقراطيين اللأحرار', 'ORG'],
      ['بريطانيا', 'LOC'],
      ['الاتحاد الأوروبي', 'ORG'],
      ['الاتحاد الأوروبي', 'ORG'],
    ],
    published: '2018-03-22',
    mentionsOf: [['توم بريك', ['توم بريك', 'المتحدث باسم حزب الديموقراطيين اللأحرار']]],
  },
  {
    rule: 'no body noun: «أوروموكي إلشات» (a city and a given name the tagger read as one ORG) ends no title (BBC, dev-side news)',
    text: 'ونشر رئيس الإدعاء في أوروموكي إلشات عثمان مقالاً بعنوان "صديقي، لست بحاجة لأن تجد لي مطعماً حلالاً" وذلك في إطار الحملة ضد منتجات الحلال.',
    tagged: [
      ['أوروموكي إلشات', 'ORG'],
      ['عثمان', 'PER'],
    ],
    published: '2018-10-10',
    absentLike: [/^رئيس الإدعاء/],
  },
  {
    rule: 'a second role after «و» designates no one officeholder: the university and Seoul stay (Sky News, dev-side news)',
    text: 'ورفض كيم سيوك مان، المدير المسرحي والأستاذ السابق بجامعة كوريا الوطنية للفنون في سول، ترشيحه مديرا للمسرح الوطني في كوريا الجنوبية بسبب اتهامات بالتحرش الجنسي.',
    tagged: [
      ['كيم سيوك مان', 'PER'],
      ['جامعة كوريا الوطنية للفنون', 'ORG'],
      ['سول', 'LOC'],
      ['كوريا الجنوبية', 'LOC'],
    ],
    published: '2018-02-28',
    present: ['جامعة كوريا الوطنية للفنون', 'سول'],
    absentLike: [/^المدير المسرحي/],
  },
];

runLinkCases('round 52: titles through a body the gazetteer lacks', cases);

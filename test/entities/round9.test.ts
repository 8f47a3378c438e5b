// Round 9: company nouns, «X العاصمة», tanween on country names, quoted fund names, and gazetteer rows for Tunisian
// bodies, Italian parties and companies. One table of news sentences (ANT), one loop.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: "a company noun makes the tagger's person name after it, and its other occurrences, one company (BBC)",
    text: 'أعلنت شركة كريم لخدمات تشغيل السيارات تعرض أنظمتها لاختراق. وطالبت كريم عملاءها بتغيير كلمات السر.',
    tagged: [
      ['كريم', 'ORG'],
      ['كريم', 'PER', '2'],
    ],
    published: '2018-04-23',
    together: ['كريم'],
    expect: [['كريم', 'local:']],
  },
  {
    rule: '«تونس العاصمة» is the city of Tunis, not the state (Jawhara FM)',
    text: 'ونفى جنيفان خبر غلق المقر الاجتماعي للمؤسسة في تونس العاصمة او اتخاذ قرار مغادرة البلاد.',
    tagged: [['تونس', 'LOC']],
    published: '2016-12-14',
    expect: [['تونس', 'place:geo:107039']],
  },
  {
    rule: 'a country name with tanween is the indefinite adjective (BBC)',
    text: 'طردت إدارة أوباما 35 دبلوماسيًا روسيًا ردا على القرصنة.',
    tagged: [['روسيًا', 'LOC']],
    published: '2017-12-30',
    absent: ['روسيًا'],
  },
  {
    rule: 'a quoted name after «صندوق» is the fund, the country inside is no mention (CNN)',
    text: 'وقال السيسي إن تكلفة التنمية ضخمة، داعيا إلى التبرع لصندوق "تحيا مصر".',
    tagged: [['مصر', 'LOC']],
    published: '2018-02-25',
    expect: [['تحيا مصر', 'local:']],
    absent: ['مصر'],
  },
  {
    rule: 'the Tunisian labour union is one organization, Tunisia inside it no mention (Jawhara FM)',
    text: 'وفق ما أعلن عنه الاتحاد العام التونسي للشغل عبر صفحته الرسمية.',
    tagged: [],
    published: '2017-12-05',
    expect: [['الاتحاد العام التونسي للشغل', 'org:ugtt']],
  },
  {
    rule: 'Italian parties named with the country are the party (France 24)',
    text: 'وحصل حزب "إيطاليا إلى الأمام" على 14 بالمئة بينما حصلت حركة الخمس نجوم على 32 بالمئة.',
    tagged: [['إيطاليا', 'LOC']],
    published: '2018-03-04',
    expect: [
      ['إيطاليا إلى الأمام', 'org:forza-italia'],
      ['حركة الخمس نجوم', 'org:m5s'],
    ],
    absent: ['إيطاليا'],
  },
  {
    rule: 'Shin Bet written «الشين بيت» after its descriptive name is one agency (France 24)',
    text: 'وأبلغ جهاز الأمن الداخلي الإسرائيلي "الشين بيت" وكالة فرانس برس أن المنفذ من الضفة الغربية.',
    tagged: [['الشين بيت', 'ORG']],
    published: '2018-03-18',
    expect: [
      ['جهاز الأمن الداخلي الإسرائيلي', 'org:shin-bet'],
      ['الشين بيت', 'org:shin-bet'],
    ],
  },
  {
    rule: 'a company named in quotes after a descriptor links to the gazetteer (Jawhara FM)',
    text: 'قررت شركة النفط البريطانية "بيتروفاك"، اليوم الأربعاء، إيقاف نشاطها بجزيرة قرقنة.',
    tagged: [],
    published: '2016-12-14',
    expect: [['بيتروفاك', 'org:petrofac']],
  },
  {
    rule: '«وكالة رويترز للأنباء» is Reuters, the descriptor and «للأنباء» outside the span (BBC)',
    text: 'وقالت وكالة رويترز للأنباء إن الولايات المتحدة ستأمر أيضا بإغلاق القنصلية الروسية في سياتل.',
    tagged: [['وكالة رويترز للأنباء', 'ORG']],
    published: '2018-03-26',
    expect: [['رويترز', 'org:reuters']],
    absent: ['وكالة رويترز للأنباء', 'وكالة رويترز'],
  },
  {
    rule: 'a descriptor behind a preposition the tokenizer left glued is trimmed too («لوكالة فرانس برس», France 24)',
    text: 'وقالت متحدثة باسم رئاسة الحكومة لوكالة فرانس برس إن ماي قررت دعوة الوزراء.',
    tagged: [],
    published: '2018-04-12',
    expect: [['فرانس برس', 'org:afp']],
    absent: ['وكالة فرانس برس'],
  },
  {
    rule: 'two unknown places side by side after a place descriptor are one place (Sky News Arabia)',
    text: 'وقعت الحادثة على بعد 30 ميلا بحريا من منطقة القره بوللي، الواقعة شرق طرابلس.',
    tagged: [
      ['القره', 'LOC'],
      ['بوللي', 'LOC'],
    ],
    published: '2018-03-10',
    expect: [['القره بوللي', 'local:']],
    absent: ['القره', 'بوللي'],
  },
  {
    rule: "a woman's given name the tagger dropped joins the name (Sky News Arabia)",
    text: 'ورصد أردوغان أمينة تيراس البالغة من العمر ستة أعوام التي كانت تبكي.',
    tagged: [
      ['أردوغان', 'PER'],
      ['تيراس', 'PER'],
    ],
    published: '2018-02-27',
    expect: [['أمينة تيراس', 'local:per:']],
  },
  {
    rule: 'a compound given name written joined and spaced is one person (Jawhara FM)',
    text: 'وحصل علي العريض على 678 صوتا مقابل 414 لنورالدين البحيري. وتلاه نور الدين البحيري في الدورة الأولى.',
    tagged: [
      ['علي العريض', 'PER'],
      ['نورالدين البحيري', 'PER'],
      ['نور الدين البحيري', 'PER'],
    ],
    published: '2016-05-20',
    together: ['نورالدين البحيري', 'نور الدين البحيري'],
    togetherType: 'PER',
  },
  {
    rule: 'people the audit named most without a row are linked, their title with them (France 24)',
    text: 'وحذرت المديرة العامة لصندوق النقد الدولي كريستين لاغارد من الآثار السلبية. وقالت لاغارد إن النمو سيتباطأ.',
    tagged: [
      ['صندوق النقد الدولي', 'ORG'],
      ['كريستين لاغارد', 'PER'],
      ['لاغارد', 'PER'],
    ],
    published: '2018-06-01',
    expect: [
      ['المديرة العامة لصندوق النقد الدولي', 'person:christine-lagarde'],
      ['كريستين لاغارد', 'person:christine-lagarde'],
      ['لاغارد', 'person:christine-lagarde'],
    ],
    absent: ['صندوق النقد الدولي'],
  },
  {
    rule: 'a Latin name glued to an Arabic clitic («لـCNN») is the Latin name, one entity with the dateline (CNN)',
    text: 'دبي، الإمارات العربية المتحدة (CNN)-- ورأى شومان في تصريحات لـCNN بالعربية في فيينا أن الاتفاق صامد.',
    tagged: [
      ['CNN', 'ORG'],
      ['لـCNN', 'ORG'],
    ],
    published: '2018-02-27',
    together: ['CNN'],
    expect: [['CNN', 'org:cnn']],
    absent: ['لـCNN'],
  },
  {
    rule: 'a ministry named by its field is an organization, time words and relative pronouns end it (CNN, Jawhara FM)',
    text: 'ظهر السيسي منذ استقالته من وزارة الدفاع للترشح. وقال مسؤول بوزارة السياحة اليوم إن وزارة التجارة التي تشرف على الأسواق سترفع الأسعار.',
    tagged: [['السيسي', 'PER']],
    published: '2018-02-25',
    expect: [
      ['وزارة الدفاع', 'local:org:'],
      ['وزارة السياحة', 'local:org:'],
      ['وزارة التجارة', 'local:org:'],
    ],
    absent: ['وزارة السياحة اليوم', 'وزارة التجارة التي'],
  },
];

runLinkCases('round 9', cases);

// Round 25 (blind dev round 18): a tatweel ending a name, the comma before a rank outside a title, and gazetteer rows
// (agencies by their full names, spelling variants, Iraq's Accountability and Justice Commission, Valery Gerasimov).
// News sentences (ANT dev gold articles of round 18 and the unannotated audit), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a tatweel stretching the last letter of a name before a comma is outside the span (France 24, dev round 18)',
    text: 'أعلنت الهيئة الوطنية العليا للمساءلة والعدالة العراقية الاثنين في بيان حجز ومصادرة أملاك والأموال المنقولة وغير المنقولة للرئيس العراقي السابق صدام حسينـ، و4257 شخصا، من أولاده وأحفاده.',
    tagged: [['صدام حسينـ', 'PER']],
    published: '2018-03-05',
    expect: [['صدام حسين', 'person:saddam-hussein']],
    absent: ['صدام حسينـ'],
  },
  {
    rule: '… while a name written without one keeps its last letter (negative; France 24, dev round 18)',
    text: 'وبين الشخصيات التي شملها القرار، علي حسن المجيد ابن عم صدام حسين، الذي عرف بـ"علي كيمياوي"، أعدم في عام 2010.',
    tagged: [
      ['علي حسن المجيد', 'PER'],
      ['صدام حسين', 'PER'],
    ],
    published: '2018-03-05',
    expect: [['صدام حسين', 'person:saddam-hussein']],
  },
  {
    rule: 'the comma between a title and the rank before the name is outside the title (CNN, dev round 18)',
    text: 'قال رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية، اللواء محمد باقري، أن إيران وسوريا ستلتزمان بقرار مجلس الأمن حول وقف إطلاق النار.',
    tagged: [
      ['محمد باقري', 'PER'],
      ['إيران', 'LOC'],
      ['سوريا', 'LOC'],
      ['مجلس الأمن', 'ORG'],
    ],
    published: '2018-02-25',
    keyMentions: [['person:mohammad-bagheri', ['رئيس هيئة الأركان العامة للقوات المسلحة الإيرانية', 'محمد باقري']]],
    absentLike: [/،$/],
  },
  {
    rule: '… and a title through an unlisted body before «، اللواء + name» too (BBC, audit)',
    text: 'وقال رئيس مركز المصالحة الروسي في سوريا، اللواء يوري يفتوشينكو الأحد "تم التوصل، اعتبارا من اليوم، إلى اتفاق مبدئي".',
    tagged: [['يوري يفتوشينكو', 'PER']],
    published: '2018-04-02',
    mentionsOf: [['يوري يفتوشينكو', ['رئيس مركز المصالحة الروسي في سوريا', 'يوري يفتوشينكو']]],
    absentLike: [/،$/],
  },
  {
    rule: "IRNA by its full Arabic name, the Iran inside it no mention; Iran's own «الجمهورية الإسلامية الإيرانية» stays the country (negative; BBC, dev round 18)",
    text: 'وقالت وكالة الجمهورية الإسلامية الإيرانية للأنباء :"سوف يتولى محمد علي بك رئاسة مكتب تمثيل مصالح الجمهورية الإسلامية الإيرانية في جدة".',
    tagged: [
      ['محمد علي', 'PER'],
      ['جدة', 'LOC'],
    ],
    published: '2018-08-05',
    expect: [
      ['وكالة الجمهورية الإسلامية الإيرانية للأنباء', 'org:irna'],
      ['الجمهورية الإسلامية الإيرانية', 'country:IR'],
    ],
    keyMentions: [['country:IR', ['الجمهورية الإسلامية الإيرانية']]],
  },
  {
    rule: 'BNA by its full name; the Bahrain inside it no mention, the bare country elsewhere is (France 24, dev round 18)',
    text: 'اعتقلت السلطات البحرينية 116 شخصا بحسب بيان رسمي نشرته وكالة البحرين الرسمية للأنباء السبت. وتشهد البحرين اضطرابات متقطعة.',
    tagged: [['البحرين', 'LOC', 'وتشهد ']],
    published: '2018-03-03',
    expect: [['وكالة البحرين الرسمية للأنباء', 'org:bna']],
    keyMentions: [['country:BH', ['البحرين']]],
  },
  {
    rule: 'spelling variants: «الخوذات البيضاء», «مكتب التحقيقات الفدرالي» (Sky News, dev round 18)',
    text: 'وقال إن هناك ناشطون من "الخوذات البيضاء" في المكان. واستحصل مكتب التحقيقات الفدرالي على إذن بمراقبة كارتر بايج.',
    tagged: [
      ['الخوذات البيضاء', 'ORG'],
      ['كارتر بايج', 'PER'],
    ],
    published: '2018-03-13',
    expect: [
      ['الخوذات البيضاء', 'org:white-helmets'],
      ['مكتب التحقيقات الفدرالي', 'org:fbi'],
    ],
  },
  {
    rule: "Iraq's Accountability and Justice Commission by two of its names is one entity (France 24, dev round 18)",
    text: 'أعلنت الهيئة العليا العراقية للمساءلة والعدالة أنها حجزت أملاك الرئيس السابق. أعلنت الهيئة الوطنية العليا للمساءلة والعدالة العراقية الاثنين في بيان حجز الأموال.',
    tagged: [['الهيئة العليا العراقية', 'ORG']],
    published: '2018-03-05',
    keyMentions: [
      [
        'org:iraq-aj-commission',
        ['الهيئة العليا العراقية للمساءلة والعدالة', 'الهيئة الوطنية العليا للمساءلة والعدالة'],
      ],
    ],
  },
  {
    rule: 'Valery Gerasimov: his name and his office with no name beside it (Sky News, dev round 18)',
    text: 'وقبل ذلك أعلن رئيس هيئة الأركان العامة الروسي، فاليري غيراسيموف، الثلاثاء، أن بلاده ستتخذ تدابير للرد. وأوضح رئيس الأركان العامة للقوات المسلحة الروسية أن المسلحين في الغوطة الشرقية يخططون لتمثيل هجمة كيماوية.',
    tagged: [
      ['فاليري غيراسيموف', 'PER'],
      ['الغوطة الشرقية', 'LOC'],
    ],
    published: '2018-03-13',
    keyMentions: [
      [
        'person:valery-gerasimov',
        ['رئيس هيئة الأركان العامة الروسي', 'فاليري غيراسيموف', 'رئيس الأركان العامة للقوات المسلحة الروسية'],
      ],
    ],
  },
  {
    rule: '… while an office he does not hold stays someone else’s (negative: Shoigu, defence minister in 2018)',
    text: 'وقال وزير الدفاع الروسي إن القوات ستواصل عملها في سوريا.',
    tagged: [['سوريا', 'LOC']],
    published: '2018-03-13',
    expect: [['وزير الدفاع الروسي', 'person:sergei-shoigu']],
    absentKeys: ['person:valery-gerasimov'],
  },
  {
    rule: "«أنباء» opening the tagger's agency name after «وكالة» is outside it (BBC, dev round 18)",
    text: 'ونقلت وكالة أنباء أر آي أيه عن وزارة الخارجية الروسية وصفها من قتلوا أو جرحوا من الروس.',
    tagged: [
      ['أنباء أر آي أيه', 'ORG'],
      ['وزارة الخارجية الروسية', 'ORG'],
    ],
    published: '2018-02-20',
    expect: [['أر آي أيه', 'org:ria-novosti']],
    absent: ['أنباء أر آي أيه'],
  },
  {
    rule: '… while an agency whose gazetteer name holds «وكالة أنباء» keeps it whole (negative; Sky News, dev round 15)',
    text: 'وذكرت وكالة أنباء الإمارات "وام" أن العملية تمت بنجاح.',
    tagged: [
      ['وكالة أنباء الإمارات', 'ORG'],
      ['وام', 'ORG'],
    ],
    published: '2018-03-09',
    expect: [['وكالة أنباء الإمارات', 'org:wam']],
  },
  {
    rule: 'the Fedayeen Saddam militia is one ORG mention, its «صدام» none; Saddam elsewhere stays a person (negative; France 24, dev round 18)',
    text: 'أعلنت الهيئة أنها صادرت أملاك الرئيس السابق صدام حسين و4257 شخصا. ومن كان برتبة عميد في الأجهزة الأمنية للنظام السابق كجهاز المخابرات، الأمن العام، وفدائيي صدام، وفقا للبيان. وضمت اللائحة كذلك سكرتير صدام الخاص عبد حميد محمود.',
    tagged: [
      ['صدام حسين', 'PER'],
      ['فدائيي', 'ORG'],
      ['صدام', 'PER', 'وفدائيي '],
      ['صدام', 'PER', 'سكرتير '],
      ['عبد حميد محمود', 'PER'],
    ],
    published: '2018-03-05',
    expect: [
      ['فدائيي صدام', 'org:fedayeen-saddam'],
      ['صدام', 'person:saddam-hussein'],
    ],
    keyMentions: [['person:saddam-hussein', ['صدام حسين', 'صدام']]],
  },
];

runLinkCases('entities round 25: blind dev round 18', cases);

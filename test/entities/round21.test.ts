// Round 21 (titles in apposition): a definite title right after the name with no comma, a former title of more than
// four words, a title running past its organization into a region, a spokesman's title with a quoted body and a rank
// before the name, chief executives, directors and first ladies. News sentences (ANT), one loop; each rule has a
// negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a definite title right after the name, no comma, is in apposition (Al Arabiya: «ويقضي عبدالله أوجلان الزعيم التاريخي لحزب العمال»)',
    text: 'ويقضي عبدالله أوجلان الزعيم التاريخي لحزب العمال منذ 1999 عقوبة بالسجن المؤبد على جزيرة ايمرالي.',
    tagged: [
      ['عبدالله أوجلان', 'PER'],
      ['حزب العمال', 'ORG'],
      ['ايمرالي', 'LOC'],
    ],
    published: '2018-03-01',
    keyMentions: [['person:abdullah-ocalan', ['عبدالله أوجلان', 'الزعيم التاريخي لحزب العمال']]],
    absent: ['حزب العمال'],
  },
  {
    rule: '… not after a verb whose object is a person: the title is the one received (negative)',
    text: 'واستقبل بوتين المتحدث باسم منظمة الصحة العالمية في موسكو.',
    tagged: [
      ['بوتين', 'PER'],
      ['منظمة الصحة العالمية', 'ORG'],
      ['موسكو', 'LOC'],
    ],
    published: '2018-03-01',
    keyMentions: [['person:vladimir-putin', ['بوتين']]],
    present: ['منظمة الصحة العالمية'],
  },
  {
    rule: '… nor when such a verb stands before the name’s own title (negative, BBC: «أمر ملك السعودية سلمان بن عبد العزيز النائب العام السعودي»)',
    text: 'وفي غضون ذلك، أمر ملك السعودية سلمان بن عبد العزيز النائب العام السعودي بفتح تحقيق داخلي في اختفاء خاشقجي.',
    tagged: [
      ['السعودية', 'LOC'],
      ['سلمان بن عبد العزيز', 'PER'],
      ['خاشقجي', 'PER'],
    ],
    published: '2018-10-15',
    keyMentions: [['person:king-salman', ['ملك السعودية', 'سلمان بن عبد العزيز']]],
  },
  {
    rule: '… nor a title glued to «و» or a preposition (negative: «ترامب والزعيم …»)',
    text: 'وسيلتقي ترامب والزعيم التاريخي لحزب العمال في أنقرة.',
    tagged: [
      ['ترامب', 'PER'],
      ['حزب العمال', 'ORG'],
      ['أنقرة', 'LOC'],
    ],
    published: '2018-03-01',
    keyMentions: [['person:donald-trump', ['ترامب']]],
    present: ['حزب العمال'],
  },
  {
    rule: 'a former title of more than four words before the name: «السابق» does not count (BBC: «الزعيم السابق للأغلبية الديمقراطية في مجلس الشيوخ الأمريكي هاري رايد»)',
    text: 'كما تناولت أخبار ظهرت الاثنين جراحة خضع لها الزعيم السابق للأغلبية الديمقراطية في مجلس الشيوخ الأمريكي هاري رايد، 78، لعلاج سرطان البنكرياس.',
    tagged: [
      ['مجلس الشيوخ الأمريكي', 'ORG'],
      ['هاري رايد', 'PER'],
    ],
    published: '2018-05-15',
    mentionsOf: [['هاري رايد', ['الزعيم السابق للأغلبية الديمقراطية في مجلس الشيوخ الأمريكي', 'هاري رايد']]],
    absent: ['مجلس الشيوخ الأمريكي'],
  },
  {
    rule: '… while five words without «السابق» are still too many (negative)',
    text: 'وقال الزعيم الجديد للأغلبية الديمقراطية المعارضة في مجلس الشيوخ الأمريكي هاري رايد إن التصويت سيتم.',
    tagged: [
      ['مجلس الشيوخ الأمريكي', 'ORG'],
      ['هاري رايد', 'PER'],
    ],
    published: '2018-05-15',
    present: ['مجلس الشيوخ الأمريكي'],
    mentionsOf: [['هاري رايد', ['هاري رايد']]],
  },
  {
    rule: 'a title runs past its organization into the region after «ل» (CNN: «خيرت كابالاري، المدير الإقليمي لليونيسيف لمنطقة الشرق الأوسط وشمال أفريقيا،»)',
    text: 'البيان، الذي يحمل اسم خيرت كابالاري، المدير الإقليمي لليونيسيف لمنطقة الشرق الأوسط وشمال أفريقيا، جاء فيه: "ليس هنالك كلمات".',
    tagged: [
      ['خيرت كابالاري', 'PER'],
      ['يونيسيف', 'ORG'],
      ['الشرق الأوسط', 'LOC'],
      ['أفريقيا', 'LOC'],
    ],
    published: '2018-02-21',
    mentionsOf: [['خيرت كابالاري', ['خيرت كابالاري', 'المدير الإقليمي لليونيسيف لمنطقة الشرق الأوسط وشمال أفريقيا']]],
    absent: ['يونيسيف', 'الشرق الأوسط', 'شمال أفريقيا'],
  },
  {
    rule: '… but a place after «في» is where the person spoke, not the title (negative)',
    text: 'وقال ستيفان دوجاريك، المتحدث باسم الأمم المتحدة في نيويورك، إن المساعدات وصلت.',
    tagged: [
      ['ستيفان دوجاريك', 'PER'],
      ['الأمم المتحدة', 'ORG'],
      ['نيويورك', 'LOC'],
    ],
    published: '2018-02-21',
    mentionsOf: [['ستيفان دوجاريك', ['ستيفان دوجاريك', 'المتحدث باسم الأمم المتحدة']]],
    present: ['نيويورك'],
  },
  {
    rule: 'a spokesman after «لل» with a quoted body and a rank before the name (France 24: «للمتحدث الرسمي باسم قوات "تحالف دعم الشرعية في اليمن" العقيد الركن تركي المالكي»)',
    text: 'وتضمن بيان للمتحدث الرسمي باسم قوات "تحالف دعم الشرعية في اليمن" العقيد الركن تركي المالكي أن الدفاعات الجوية اعترضت صاروخا.',
    tagged: [
      ['اليمن', 'LOC'],
      ['تركي المالكي', 'PER'],
    ],
    published: '2018-04-11',
    mentionsOf: [['تركي المالكي', ['متحدث الرسمي باسم قوات "تحالف دعم الشرعية في اليمن"', 'تركي المالكي']]],
    absent: ['تحالف دعم الشرعية في اليمن', 'اليمن'],
  },
  {
    rule: '… an unclosed quote ends no title (negative)',
    text: 'وتضمن بيان للمتحدث الرسمي باسم قوات "تحالف دعم الشرعية في اليمن العقيد الركن تركي المالكي أن الدفاعات الجوية اعترضت صاروخا.',
    tagged: [
      ['تحالف دعم الشرعية في اليمن', 'ORG'],
      ['تركي المالكي', 'PER'],
    ],
    published: '2018-04-11',
    mentionsOf: [['تركي المالكي', ['تركي المالكي']]],
  },
  {
    rule: 'the first lady with her country before her name (BBC: «السيدة الأولى في الولايات المتحدة ميلانيا ترامب»)',
    text: 'خضعت السيدة الأولى في الولايات المتحدة ميلانيا ترامب لجراحة قال البيت الأبيض إنها لعلاج مشكلة صحية في الكلى.',
    tagged: [
      ['الولايات المتحدة', 'LOC'],
      ['ميلانيا ترامب', 'PER'],
      ['البيت الأبيض', 'ORG'],
    ],
    published: '2018-05-15',
    mentionsOf: [['ميلانيا ترامب', ['السيدة الأولى في الولايات المتحدة', 'ميلانيا ترامب']]],
    absent: ['الولايات المتحدة'],
  },
  {
    rule: '… the bare «السيدة الأولى» is no mention (negative)',
    text: 'وقالت المتحدثة إن السيدة الأولى تتطلع إلى الشفاء الكامل.',
    tagged: [],
    published: '2018-05-15',
    absentLike: [/السيدة/],
  },
  {
    rule: 'a chief executive’s title before the name (Sky News: «الرئيس التنفيذي لتوتال باتريك بويانيه»)',
    text: 'وقال الرئيس التنفيذي لتوتال باتريك بويانيه إن الشركة ستستثمر في إيران.',
    tagged: [
      ['توتال', 'ORG'],
      ['باتريك بويانيه', 'PER'],
      ['إيران', 'LOC'],
    ],
    published: '2018-03-19',
    mentionsOf: [['باتريك بويانيه', ['الرئيس التنفيذي لتوتال', 'باتريك بويانيه']]],
    absent: ['توتال'],
  },
  {
    rule: '… with no name beside it the company stays (negative)',
    text: 'وقال الرئيس التنفيذي لتوتال إن الشركة ستستثمر في إيران.',
    tagged: [
      ['توتال', 'ORG'],
      ['إيران', 'LOC'],
    ],
    published: '2018-03-19',
    present: ['توتال'],
    absentLike: [/الرئيس التنفيذي/],
  },
  {
    rule: '«سابقا» after a role in apposition to «name،» belongs to the title (Al Arabiya: «جو #بايدن، نائب الرئيس الأميركي سابقا،»)',
    text: 'ونقلت صحيفة عن جو #بايدن، نائب الرئيس الأميركي سابقا، قوله إن كيم جونغ أون لن يتخلى عن سلاحه.',
    tagged: [
      ['جو #بايدن', 'PER'],
      ['كيم جونغ أون', 'PER'],
    ],
    published: '2018-02-26',
    keyMentions: [['person:joe-biden', ['جو #بايدن', 'نائب الرئيس الأميركي سابقا']]],
  },
  {
    rule: '… and after a title the apposition pass finds («جون كيري، وزير الخارجية الأمريكي سابقا،»)',
    text: 'وقال جون كيري، وزير الخارجية الأمريكي سابقا، إن الاتفاق مهم.',
    tagged: [['جون كيري', 'PER']],
    published: '2018-02-26',
    keyMentions: [['person:john-kerry', ['جون كيري', 'وزير الخارجية الأمريكي سابقا']]],
  },
  {
    rule: '… while a former title with no name beside it is still no mention (negative)',
    text: 'وقال نائب الرئيس الأميركي سابقا إن الاتفاق مهم.',
    tagged: [],
    published: '2018-02-26',
    absentLike: [/سابقا/],
  },
];

runLinkCases('entities round 21 (titles in apposition)', cases);

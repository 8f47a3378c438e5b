// Round 20 (blind dev round 15): hospitals and border crossings named after a known town, gazetteer rows the round's
// articles lacked (the Security Belt forces, Egypt's State Security Prosecution, Sina Weibo, WAFA's short name, Moon
// Jae-in without «إن»), sects read as groups, two-word companies after «شركة», the Beheira governorate as a word.
// News sentences (ANT), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a hospital and a border crossing named after a known town are the facility, not the town (Al Arabiya, Sky News, BBC)',
    text: 'وصلت جنازة الشيخ القادمة من ثلاجة مستشفى ذمار. وانفجرت العبوة عند دخول الموكب إلى القطاع من معبر بيت حانون شمالي القطاع. وقالت مديرة مستشفى سالزبيري إن حالته مستقرة.',
    tagged: [
      ['ذمار', 'LOC'],
      ['بيت حانون', 'LOC'],
      ['سالزبيري', 'LOC'],
    ],
    published: '2018-03-13',
    present: ['مستشفى ذمار', 'معبر بيت حانون', 'مستشفى سالزبيري'],
    absent: ['ذمار', 'بيت حانون', 'سالزبيري'],
    absentKeys: ['place:geo:130834', 'place:rv:beit-hanoun'],
  },
  {
    rule: '… a town after the noun and a preposition stays the town (France 24, dev-side news; negative)',
    text: 'وعلى سرير في مستشفى في دوما، تبكي الطفلة حلا (عام ونصف) وقد لفت رجلها اليمنى بضماد أبيض اللون.',
    tagged: [
      ['دوما', 'LOC'],
      ['حلا', 'PER'],
    ],
    published: '2018-03-02',
    present: ['دوما'],
    absent: ['مستشفى في دوما', 'مستشفى دوما'],
  },
  {
    rule: '… and so does a town named on its own (France 24, dev-side news; negative)',
    text: 'واستهدف انفجار الثلاثاء موكب الحمد الله في بيت حانون بعد دخوله قطاع غزة ما أسفر سبعة جرحى، وشكل ضربة جديدة لعملية المصالحة الفلسطينية المتعثرة بين حركتي فتح وحماس.',
    tagged: [
      ['الحمد الله', 'PER'],
      ['بيت حانون', 'LOC'],
      ['قطاع غزة', 'LOC'],
      ['فتح', 'ORG'],
      ['حماس', 'ORG'],
    ],
    published: '2018-03-17',
    expect: [['بيت حانون', 'place:rv:beit-hanoun']],
  },
  {
    rule: 'new gazetteer rows: the Security Belt forces with their noun, the State Security Prosecution, Weibo, WAFA by its Arabic description, Moon Jae-in without «إن» (Sky News, CNN, BBC, France 24)',
    text: 'نجحت قوات الحزام الأمني في اقتحام مواقع التنظيم. ووجهت نيابة أمن الدولة بمصر عددا من التهم. ونشرت نساء صفحاتهن على مدونة "سينا ويبو" الشهيرة. وذكرت وكالة الأنباء الفلسطينية "وفا" أن الموكب وصل. وفتح خط مباشر بين الرئيس مون جاي والزعيم كيم جونغ أون.',
    tagged: [
      ['الحزام الأمني', 'ORG'],
      ['نيابة أمن الدولة', 'ORG'],
      ['مصر', 'LOC'],
      ['سينا ويبو', 'ORG'],
      ['وكالة الأنباء الفلسطينية', 'ORG'],
      ['وفا', 'ORG'],
      ['مون جاي', 'PER'],
      ['كيم جونغ أون', 'PER'],
    ],
    published: '2018-03-09',
    expect: [
      ['قوات الحزام الأمني', 'org:security-belt'],
      ['نيابة أمن الدولة', 'org:state-security-prosecution-eg'],
      ['سينا ويبو', 'org:sina-weibo'],
      ['وكالة الأنباء الفلسطينية', 'org:wafa'],
      ['وفا', 'org:wafa'],
      ['مون جاي', 'person:moon-jae-in'],
    ],
  },
  {
    rule: '… the quoted «"الحزام الأمني"» after «قوات» is the name alone, and the bare «الحزام» (a belt) is no mention (negative)',
    text: 'واستهدف التفجير مقر قوات "الحزام الأمني" في عدن. وشددت السلطات الحزام حول المدينة.',
    tagged: [
      ['الحزام الأمني', 'ORG'],
      ['عدن', 'LOC'],
    ],
    published: '2018-03-13',
    expect: [['الحزام الأمني', 'org:security-belt']],
    absent: ['قوات "الحزام الأمني"', 'الحزام'],
  },
  {
    rule: 'the tagger’s bare «السنة», «الشيعة» are groups of people, no mention (CNN, France 24)',
    text: 'وأكد أنه لا يوجد فرق بين مذهبي السنة والشيعة. وتلاحق السلطات معارضيها وخصوصا من الشيعة.',
    tagged: [
      ['السنة', 'ORG'],
      ['الشيعة', 'ORG'],
      ['الشيعة', 'ORG'],
    ],
    published: '2018-02-26',
    absent: ['السنة', 'الشيعة'],
  },
  {
    rule: '… a longer name with the word stays (negative)',
    text: 'وقال المجلس الإسلامي الشيعي الأعلى في لبنان إن الانتخابات ستجري في موعدها.',
    tagged: [
      ['المجلس الإسلامي الشيعي الأعلى', 'ORG'],
      ['لبنان', 'LOC'],
    ],
    published: '2018-02-26',
    present: ['المجلس الإسلامي الشيعي الأعلى'],
  },
  {
    rule: 'a two-word name right after «شركة» is the company though the tagger reads a person (BBC: «شركة ديدي شكسنغ»)',
    text: 'وقالت شركة ديدي شكسنغ، وهي أكبر شركة تدير سيارات أجرة في البلاد، إنها ستوقف بعض خصائص التطبيق.',
    tagged: [['ديدي شكسنغ', 'PER']],
    published: '2018-05-16',
    type: [['ديدي شكسنغ', 'ORG']],
  },
  {
    rule: '… a person named after the company, not right after its noun, stays a person (Al Arabiya, dev-side news; negative)',
    text: 'ويأتي هذا التحذير الجديد بعد ست سنوات تقريبًا من ادعاء الرئيس التنفيذي لشركة آبل تيم كوك بأن الشركة سوف تركز على السرية فيما يتعلق بالمنتجات، ولكن يبدو أن ذلك لا يفيد إذ إن التسريبات تستمر بالظهور كل عام.',
    tagged: [
      ['آبل', 'ORG'],
      ['تيم كوك', 'PER'],
    ],
    published: '2018-04-15',
    type: [['تيم كوك', 'PER']],
  },
  {
    rule: '«محافظة البحيرة» gives the governorate without its noun (CNN)',
    text: 'وتمتلك زوجته قطعة أرض زراعية في منطقة امتداد البستان التابعة لمحافظة البحيرة.',
    tagged: [
      ['البستان', 'LOC'],
      ['محافظة البحيرة', 'LOC'],
    ],
    published: '2018-02-23',
    expect: [['البحيرة', 'place:rv:beheira']],
    absent: ['محافظة البحيرة'],
  },
  {
    rule: '… the bare «البحيرة» (the lake) with no place cue is no governorate (BBC, dev-side news; negative)',
    text: 'وقال مدير مطار تشوك، جيمي إميليو، لبي بي سي "تحطمت الطائرة في البحيرة على بعد 160 ياردة من مدرج الهبوط".',
    tagged: [
      ['تشوك', 'LOC'],
      ['جيمي إميليو', 'PER'],
    ],
    published: '2018-09-28',
    absentKeys: ['place:rv:beheira'],
  },
  {
    rule: 'a mention the tagger started inside «وادي» (read as و + «ادي») is the valley with its noun (CNN: «منطقة وادي النطرون»)',
    text: 'لا يمتلك الدكتور أية مزرعة، لا في منطقة وادي النطرون ولا في غيرها.',
    tagged: [['ادي النطرون', 'LOC']],
    published: '2018-02-23',
    present: ['وادي النطرون'],
    absent: ['ادي النطرون'],
  },
  {
    rule: '… a verb spelled with the same letters keeps the tagger’s span (negative)',
    text: 'وأدى فيكتور اليمين الدستورية أمام البرلمان.',
    tagged: [['فيكتور', 'PER']],
    published: '2018-02-23',
    present: ['فيكتور'],
    absent: ['وأدى فيكتور'],
  },
];

runLinkCases('entities round 20 (blind dev round 15)', cases);

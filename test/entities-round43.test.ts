// Round 43 (blind dev round 27): WAM as news also writes it («وكالة الأنباء الإماراتية») and the British Council
// («المجلس البريطاني») are gazetteer organizations; a place inside a short quoted name that ends in a year («"سيناء
// 2018"», an operation) is no mention, as round 9's gold reads it; «إلى السعودية» is the country («إلى» normalizes to a
// form opening with «ال» but is no definite noun whose adjective «السعودية» would be). Sentences from the round's dev
// articles and from unannotated dev-side news (ANT); each rule has a negative case.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const bodies: LinkCase[] = [
  {
    rule: '«وكالة الأنباء الإماراتية» is WAM, as «وام» beside it (Sky News Arabia, dev round 27)',
    text: 'وطالبت وزارة الخارجية والتعاون الدولي بهدنة فورية حقنا للدماء وحماية للمدنيين، وضمت صوت الإمارات إلى الدعوات الدولية المطالبة بالهدنة الفورية، مضيفة أن سوريا، التي شهدت أفظع المواجهات والاستهداف الممنهج للمدنيين لا تتحمل فصلا دمويا مكررا، وفقا لوكالة الأنباء الإماراتية (وام).',
    tagged: [
      ['الإمارات', 'LOC'],
      ['سوريا', 'LOC'],
      ['وام', 'ORG'],
    ],
    published: '2018-02-22',
    expect: [
      ['وكالة الأنباء الإماراتية', 'org:wam'],
      ['وام', 'org:wam'],
    ],
  },
  {
    rule: '… and in a CNN economy story (dev-side news)',
    text: 'دبي، الإمارات العربية المتحدة (CNN) – أعلن رئيس مجلس الوزراء في دولة الإمارات العربية المتحدة، حاكم دبي، الشيخ محمد بن راشد آل مكتوم، الأحد، عن إجراء تغييرات في نظام تملك غير الإماراتيين للشركات، ليسمح للمستثمرين الأجانب بالتملك بنسبة مائة في المائة من الشركات بنهاية العام الجاري، وفقا لوكالة الأنباء الإماراتية (وام).',
    tagged: [
      ['دبي', 'LOC'],
      ['الإمارات العربية المتحدة', 'LOC'],
      ['CNN', 'ORG'],
      ['الإمارات العربية المتحدة', 'LOC'],
      ['دبي', 'LOC'],
      ['محمد بن راشد آل مكتوم', 'PER'],
    ],
    published: '2018-05-20',
    expect: [['وكالة الأنباء الإماراتية', 'org:wam']],
  },
  {
    rule: '«المجلس البريطاني» is the British Council (BBC, dev round 27)',
    text: 'وعملت أراس مع المجلس البريطاني في تسهيل الاتصالات الثقافية بين إيران وبريطانيا.',
    tagged: [
      ['أراس', 'PER'],
      ['إيران', 'LOC'],
      ['بريطانيا', 'LOC'],
    ],
    published: '2018-05-02',
    expect: [['المجلس البريطاني', 'org:british-council']],
  },
  {
    rule: '… which Russia closes (BBC, dev-side news)',
    text: 'وقالت أيضا إنها ستغلق المجلس البريطاني في روسيا الذي يروج للعلاقات الثقافية بين الأمم، وكذلك القنصلية البريطانية في سان بطرسبرج.',
    tagged: [
      ['روسيا', 'LOC'],
      ['سان بطرسبرج', 'LOC'],
    ],
    published: '2018-03-18',
    expect: [
      ['المجلس البريطاني', 'org:british-council'],
      ['روسيا', 'country:RU'],
    ],
  },
];

runLinkCases('round 43: bodies news names', bodies);

const datedNames: LinkCase[] = [
  {
    rule: '«"سيناء 2018"» is the operation, no mention of Sinai (BBC, dev round 27)',
    text: 'وجاء هذا بعد يوم من إعلان الجيش مقتل 71 شخصا من "التكفيريين" وإلقاء القبض على خمسة آخرين، ومقتل 7 من أفراد الجيش وإصابة 6 آخرون منذ بداية العملية العسكرية المسماة "سيناء 2018".',
    tagged: [['سيناء', 'LOC']],
    published: '2018-02-23',
    absent: ['سيناء'],
  },
  {
    rule: '… and so inside «"عملية سيناء 2018"» (CNN, audit)',
    text: 'دبي، الإمارات العربية المتحدة (CNN)-- أعلنت القوات المصرية عن القضاء على عشرة "عناصر تكفيرية"، وقصف ستة أهداف جواً ضمن "عملية سيناء 2018".',
    tagged: [
      ['دبي', 'LOC'],
      ['الإمارات العربية المتحدة', 'LOC'],
      ['CNN', 'ORG'],
      ['سيناء', 'LOC'],
    ],
    published: '2018-03-04',
    absent: ['سيناء'],
    present: ['دبي', 'الإمارات العربية المتحدة'],
  },
  {
    rule: '… while Sinai with no year after it stays the place (BBC, dev round 27)',
    text: 'وأعلنت السلطات في التاسع من فبراير/ شباط الجاري بدء عملية شاملة في شمال ووسط سيناء، والظهير الصحراوي غرب وادي النيل، وذلك من أجل القضاء على "العناصر الإرهابية".',
    tagged: [['سيناء', 'LOC']],
    published: '2018-02-23',
    expect: [['سيناء', 'place:rv:sinai']],
  },
];

runLinkCases('round 43: places in dated names', datedNames);

const afterIla: LinkCase[] = [
  {
    rule: '«إلى السعودية» is Saudi Arabia (BBC, dev round 27)',
    text: 'وبعد نقل الدربي إلى السعودية بقي في جوانتانامو 40 سجينا، بحسب بيان صدر عن وزارة الدفاع الأمريكية، اليوم الأربعاء.',
    tagged: [
      ['الدربي', 'PER'],
      ['السعودية', 'LOC'],
      ['جوانتانامو', 'LOC'],
      ['وزارة الدفاع الأمريكية', 'ORG'],
    ],
    published: '2018-05-02',
    expect: [['السعودية', 'country:SA']],
  },
  {
    rule: '… and so where migrants head for it (BBC, audit)',
    text: 'وعبر عبديكر عن قلقه بشأن المهاجرين الأفارقة الذين يعبرون اليمن سعيا للوصول إلى السعودية، ويتعرضون للاعتقال والإساءة والاحتيال من قبل المهربين.',
    tagged: [
      ['عبديكر', 'PER'],
      ['اليمن', 'LOC'],
      ['السعودية', 'LOC'],
    ],
    published: '2018-05-09',
    expect: [
      ['السعودية', 'country:SA'],
      ['اليمن', 'country:YE'],
    ],
  },
  {
    rule: '… while after a definite noun «السعودية» stays its adjective (BBC, dev round 27)',
    text: 'وأكدت السلطات الأمريكية أن الولايات المتحدة نسقت مع الحكومة السعودية للتأكد من أن سجن الدربي سيجري وفقا لمعايير الأمن المطلوبة والمعاملة الإنسانية أيضا، بحسب بيان وزارة الدفاع.',
    tagged: [
      ['الولايات المتحدة', 'LOC'],
      ['السعودية', 'LOC'],
      ['الدربي', 'PER'],
    ],
    published: '2018-05-02',
    absent: ['السعودية'],
    present: ['الولايات المتحدة'],
  },
];

runLinkCases('round 43: «إلى» before a country', afterIla);

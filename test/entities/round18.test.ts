// Round 18 (blind dev round 13): parties whose own name starts with «حزب», «النصرة» without «جبهة», a role after a
// deputy's word, «أمين عام» titles, courts named by their city, the West Bank and Gaza, and new or changed rows (the
// Élysée, UNRWA's short name, Stoltenberg's title, Hezbollah without its demonym). News sentences (ANT), one loop; each
// rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: '«حزب» stays in a party whose canonical name starts with it: «لحزب العمال الكردستاني» (Al Arabiya, France 24)',
    text: 'وتعتبر تركيا وحدات حماية الشعب تنظيما إرهابيا وامتدادا لحزب العمال الكردستاني المحظور.',
    tagged: [
      ['تركيا', 'LOC'],
      ['وحدات حماية الشعب', 'ORG'],
      ['حزب العمال الكردستاني', 'ORG'],
    ],
    published: '2018-02-17',
    expect: [['حزب العمال الكردستاني', 'org:pkk']],
    absent: ['العمال الكردستاني'],
  },
  {
    rule: '… while «حزب» before a party whose own name lacks it is a descriptor outside the span (negative)',
    text: 'وقال حزب نداء تونس في بيان إنه سيشارك في الانتخابات البلدية.',
    tagged: [['حزب نداء تونس', 'ORG']],
    published: '2018-02-17',
    expect: [['نداء تونس', 'org:nidaa-tounes']],
    absent: ['حزب نداء تونس'],
  },
  {
    rule: 'the tagger’s bare «النصرة» is the group named «جبهة النصرة» (France 24: «جبهة فتح الشام (النصرة سابقا)»)',
    text: 'كما قتل آلاف من مقاتلي جبهة فتح الشام (النصرة سابقا) وتنظيم "الدولة الإسلامية".',
    tagged: [
      ['جبهة فتح الشام', 'ORG'],
      ['النصرة', 'ORG'],
      ['الدولة الإسلامية', 'ORG'],
    ],
    published: '2018-03-12',
    keyMentions: [['org:hts', ['جبهة فتح الشام', 'النصرة']]],
  },
  {
    rule: '… but the word the tagger did not tag stays a word (negative)',
    text: 'وخرجت مسيرات النصرة في عدة مدن تضامنا مع القدس.',
    tagged: [['القدس', 'LOC']],
    published: '2018-03-12',
    absent: ['النصرة'],
    absentKeys: ['org:hts'],
  },
  {
    rule: 'a role right after a deputy’s word names no holder, nothing inside it is a mention, the title beside a name is the deputy’s (CNN, BBC)',
    text: 'ووقعت روز كوتامولر نائبة الأمين العام لحلف الناتو الاتفاق. وقال مساعد وزير الخارجية الكويتي للشؤون القنصلية إن الرحلات مستمرة.',
    tagged: [
      ['روز كوتامولر', 'PER'],
      ['الناتو', 'ORG'],
    ],
    published: '2018-03-08',
    absent: [
      'الناتو',
      'حلف الناتو',
      'الأمين العام لحلف الناتو',
      'وزير الخارجية الكويتي',
      'مساعد وزير الخارجية الكويتي',
    ],
    absentKeys: ['person:jens-stoltenberg', 'person:sabah-al-khalid', 'org:nato'],
    // In apposition to the name beside it the deputy's title is a mention of the deputy; with none beside it, none.
    mentionsOf: [['روز كوتامولر', ['روز كوتامولر', 'نائبة الأمين العام لحلف الناتو']]],
  },
  {
    rule: '… while «مساعد للرئيس» (an aide to him) keeps the president, and «نائب الرئيس» its own holder (negative)',
    text: 'وأصبح روب بورتر ثاني مساعد للرئيس الأمريكي دونالد ترامب يستقيل. وقال نائب الرئيس الأمريكي إن الضغط مستمر.',
    tagged: [
      ['روب بورتر', 'PER'],
      ['دونالد ترامب', 'PER'],
    ],
    published: '2018-02-10',
    expect: [
      ['دونالد ترامب', 'person:donald-trump'],
      ['نائب الرئيس الأمريكي', 'person:mike-pence'],
    ],
  },
  {
    rule: 'NATO’s secretary general as news writes the title: «أمين عام حلف شمال الأطلسي» between commas (CNN)',
    text: 'وحضر الأمير توقيع الاتفاقية مع ينس ستولتنبرغ، أمين عام حلف شمال الأطلسي، في بروكسل.',
    tagged: [
      ['ينس ستولتنبرغ', 'PER'],
      ['حلف شمال الأطلسي', 'ORG'],
      ['بروكسل', 'LOC'],
    ],
    published: '2018-03-08',
    keyMentions: [['person:jens-stoltenberg', ['ينس ستولتنبرغ', 'أمين عام حلف شمال الأطلسي']]],
    absentKeys: ['org:nato'],
  },
  {
    rule: '«الأمين العام ل…» also as the indefinite construct: «أمين عام الأمم المتحدة», «أمين عام حزب الله» (gazetteer)',
    text: 'وقال أمين عام الأمم المتحدة إن الوضع خطير. وقال أمين عام حزب الله في خطاب إن المقاومة مستعدة.',
    tagged: [],
    published: '2018-03-08',
    expect: [
      ['أمين عام الأمم المتحدة', 'person:antonio-guterres'],
      ['أمين عام حزب الله', 'person:hassan-nasrallah'],
    ],
  },
  {
    rule: '… and before his term the title is not his (negative)',
    text: 'وقال الأمين العام لحلف الناتو إن الحلف سيبقى في أفغانستان.',
    tagged: [['أفغانستان', 'LOC']],
    published: '2012-05-20',
    absentKeys: ['person:jens-stoltenberg'],
  },
  {
    rule: 'a court named by its city, «محكمة دلهي العليا», is an organization with no nested place (BBC, Al Arabiya)',
    text: 'وقال قاضي محكمة دلهي العليا إنه لا دليل. وقدم المحامي التماسا إلى محكمة لاهور العليا.',
    tagged: [
      ['دلهي', 'LOC'],
      ['لاهور', 'LOC'],
    ],
    published: '2018-10-05',
    expect: [
      ['محكمة دلهي العليا', 'local:'],
      ['محكمة لاهور العليا', 'local:'],
    ],
    type: [['محكمة دلهي العليا', 'ORG']],
    absent: ['دلهي', 'لاهور'],
  },
  {
    rule: '… while «المحكمة العليا في كوينزلاند» and a city after «محكمة» without «العليا» keep the place (negative)',
    text: 'وقضت المحكمة العليا في كوينزلاند بذلك. وبرأت محكمة في دلهي المتهم.',
    tagged: [
      ['كوينزلاند', 'LOC'],
      ['دلهي', 'LOC'],
    ],
    published: '2018-10-05',
    expect: [['دلهي', 'place:rv:delhi']],
    present: ['كوينزلاند'],
  },
  {
    rule: '«غزة» beside «الضفة الغربية» is the Gaza Strip (BBC: «في الضفة الغربية وغزة»)',
    text: 'وتقدم الشبكة خدمات صحية للفلسطينيين في الضفة الغربية وغزة. وقصفت الطائرات غزة والضفة الغربية.',
    tagged: [
      ['الضفة الغربية', 'LOC'],
      ['غزة', 'LOC'],
      ['غزة', 'LOC', 'الطائرات'],
      ['الضفة الغربية', 'LOC', 'غزة'],
    ],
    published: '2018-09-10',
    keyMentions: [['place:rv:gaza-strip', ['غزة', 'غزة']]],
    absentKeys: ['place:rv:gaza'],
  },
  {
    rule: '… while «غزة» elsewhere, and «مدينة غزة», stay the city (negative)',
    text: 'وتظاهر آلاف في مدينة غزة، ثم زار الوفد الضفة الغربية.',
    tagged: [
      ['غزة', 'LOC'],
      ['الضفة الغربية', 'LOC'],
    ],
    published: '2018-09-10',
    expect: [['غزة', 'place:rv:gaza']],
    absentKeys: ['place:rv:gaza-strip'],
  },
  {
    rule: 'the Élysée is the French presidency, like the Kremlin (Sky News); UNRWA’s «وكالة غوث وتشغيل اللاجئين» (BBC)',
    text: 'وجاء ذلك قبل إعلان الإليزيه أن الرئيس الفرنسي سيزور المنطقة. وقطعت الولايات المتحدة تمويلها لوكالة غوث وتشغيل اللاجئين (الأونروا).',
    tagged: [
      ['الإليزيه', 'ORG'],
      ['الولايات المتحدة', 'LOC'],
      ['غوث', 'ORG'],
      ['الأونروا', 'ORG'],
    ],
    published: '2018-02-23',
    expect: [['الإليزيه', 'org:elysee']],
    keyMentions: [['org:unrwa', ['وكالة غوث وتشغيل اللاجئين', 'الأونروا']]],
    absent: ['غوث'],
  },
  {
    rule: '«حزب الله اللبناني» gives «حزب الله» (the demonym outside), while «كتائب حزب الله» is its own group (negative)',
    text: 'وقتل عناصر من حزب الله اللبناني في سوريا، فيما أعلنت كتائب حزب الله العراقية مقتل قائد.',
    tagged: [
      ['حزب الله', 'ORG'],
      ['سوريا', 'LOC'],
      ['كتائب حزب الله', 'ORG'],
    ],
    published: '2018-03-12',
    expect: [['حزب الله', 'org:hezbollah']],
    absent: ['حزب الله اللبناني'],
    keys: ['org:kataib-hezbollah'],
  },
];

runLinkCases(
  'entities: round 18 (parties named with «حزب», «النصرة», deputies’ roles, the West Bank and Gaza, new rows)',
  cases,
);

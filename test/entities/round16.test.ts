// Round 16 (eleventh session): a former office written «الأسبق» or «سابقا», and officeholders' titles written with
// the other spelling of their demonym. One table of news sentences (ANT), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: '«رئيس الوزراء اللبناني الأسبق، X» is X, not the prime minister at the date (CNN)',
    text: 'العام 2005: انسحاب الجيش السوري من لبنان بعد اغتيال رئيس الوزراء اللبناني الأسبق، رفيق الحريري.',
    tagged: [
      ['لبنان', 'LOC'],
      ['رفيق الحريري', 'PER'],
    ],
    published: '2018-03-15',
    // Round 23: «الأسبق» belongs to the former title in apposition (the dev gold's reading, rounds 10 and 15).
    keyMentions: [['local:per:رفيق الحريري', ['رئيس الوزراء اللبناني الأسبق', 'رفيق الحريري']]],
    absentKeys: ['person:saad-hariri'],
  },
  {
    rule: '«X، نائب الرئيس الأميركي سابقا،» is X: the «الأميركي» spelling of the vice-president title, and «سابقا» (Al Arabiya)',
    text: 'ولقي هذا التعليق انتقادات بما في ذلك من جو بايدن، نائب الرئيس الأميركي سابقا، والذي قال إن هذا التعليق خطأ.',
    tagged: [['جو بايدن', 'PER']],
    published: '2018-02-26',
    // Round 21: «سابقا» belongs to the title in apposition, as round 11's dev gold reads this sentence.
    keyMentions: [['person:joe-biden', ['جو بايدن', 'نائب الرئيس الأميركي سابقا']]],
    absentKeys: ['person:donald-trump', 'person:mike-pence'],
  },
  {
    rule: 'without «سابقا» the vice-president title spelt «الأميركي» is the holder at the date (negative case)',
    text: 'وقال نائب الرئيس الأميركي إن الضغط على بيونغ يانغ سيستمر.',
    tagged: [['بيونغ يانغ', 'LOC']],
    published: '2018-02-26',
    expect: [['نائب الرئيس الأميركي', 'person:mike-pence']],
    absentKeys: ['person:donald-trump'],
  },
  {
    rule: 'a title that names one officeholder of a country with no name beside it is a PER mention, nothing nested (France 24)',
    text: 'وقال السفير البريطاني في طهران إن العلاقات جيدة. وقال وزير الداخلية الأفغاني إن الهجوم فشل.',
    tagged: [['طهران', 'LOC']],
    published: '2018-03-10',
    expect: [
      ['السفير البريطاني في طهران', 'local:per:السفير البريطاني في طهران'],
      ['وزير الداخلية الأفغاني', 'local:per:وزير الداخليه الافغاني'],
    ],
    absent: ['طهران'],
  },
  {
    rule: 'the same title given a name elsewhere in the article is that person (Al Arabiya)',
    text: 'والتقى وزير العمل الفلبيني سيلفستر بيلو بالعمال. وقال وزير العمل الفلبيني إن الحظر باق.',
    tagged: [['سيلفستر بيلو', 'PER']],
    published: '2018-02-26',
    keyMentions: [['local:per:سيلفستر بيلو', ['وزير العمل الفلبيني', 'سيلفستر بيلو', 'وزير العمل الفلبيني']]],
  },
  {
    rule: 'negative cases: an indefinite country or title, an envoy with no receiving place, an adviser, a title heading a body (BBC)',
    text: 'وقال وزير سعودي إن الرياض ترفض. وكان أول زعيم لكوريا الشمالية. واستدعى السفير الروسي. وقال مستشار الأمن الوطني العراقي إن الخطة جاهزة. وقال مدير وكالة ناسا الأمريكية إن الرحلة ناجحة.',
    tagged: [
      ['الرياض', 'LOC'],
      ['كوريا الشمالية', 'LOC'],
      ['ناسا', 'ORG'],
    ],
    published: '2018-03-10',
    absent: [
      'وزير سعودي',
      'زعيم لكوريا الشمالية',
      'السفير الروسي',
      'مستشار الأمن الوطني العراقي',
      'مدير وكالة ناسا الأمريكية',
    ],
    present: ['ناسا'],
  },
  {
    rule: 'a title followed by a comma, an honorific and a name is that person (Sky News)',
    text: 'من جانبه، عبر رئيس القيادة المركزية الأميركية، الجنرال جوزيف فوتيل، عن قلق بلاده من تنامي النفوذ الإيراني.',
    tagged: [['جوزيف فوتيل', 'PER']],
    published: '2018-03-02',
    keyMentions: [['person:joseph-votel', ['رئيس القيادة المركزية الأميركية', 'جوزيف فوتيل']]],
  },
  {
    rule: 'negative case: a country after «إلى» is where the officeholder goes, not whose office it is (France 24)',
    text: 'وقال مكتب الرئاسة إن الرئيس سيرسل مدير الاستخبارات إلى كوريا الشمالية.',
    tagged: [['كوريا الشمالية', 'LOC']],
    published: '2018-03-04',
    absent: ['مدير الاستخبارات إلى كوريا الشمالية'],
    present: ['كوريا الشمالية'],
  },
  {
    rule: "negative case: a title inside an organization's name stays part of it (Al Arabiya)",
    text: 'فخرج بيان من مكتب رئيس الوزراء الإسرائيلي قائلا فيه إن لجانا ستشكل.',
    tagged: [],
    published: '2018-02-27',
    present: ['مكتب رئيس الوزراء الإسرائيلي'],
    absent: ['رئيس الوزراء الإسرائيلي'],
  },
  {
    rule: 'an office the gazetteer has no holder of at the date is a local person with the office country (BBC)',
    text: 'وقال وزير الخارجية الفلبيني إن الحظر على العمالة في الكويت باق.',
    tagged: [['الكويت', 'LOC']],
    published: '2018-04-25',
    expect: [['وزير الخارجية الفلبيني', 'local:per:وزير الخارجيه الفلبيني']],
    country: [['وزير الخارجية الفلبيني', 'PH']],
  },
  {
    rule: '«الرئيس الكوري الشمالي» is Kim Jong Un, the chairman of the State Affairs Commission (BBC)',
    text: 'وقال الرئيس الكوري الشمالي إن بيونغ يانغ مستعدة للقمة.',
    tagged: [['بيونغ يانغ', 'LOC']],
    published: '2018-04-26',
    expect: [['الرئيس الكوري الشمالي', 'person:kim-jong-un']],
  },
  {
    rule: '«البرلمان الإسرائيلي» is the Knesset, and «الكنيست الإسرائيلي» leaves the demonym out of the span (BBC)',
    text: 'وصوت البرلمان الإسرائيلي (الكنيست) على القانون. وقال نواب في الكنيست الإسرائيلي إن القانون عنصري.',
    tagged: [],
    published: '2018-10-01',
    keyMentions: [['org:knesset', ['البرلمان الإسرائيلي', 'الكنيست', 'الكنيست']]],
  },
  {
    rule: '«آية الله» is a title outside the person span, and tagged alone before the name it is no person (BBC)',
    text: 'ووصف آية الله علي السيستاني الوضع بالخطير. وقال آية الله علي خامنئي إن واشنطن عدو.',
    tagged: [
      ['آية الله', 'PER'],
      ['علي السيستاني', 'PER'],
      ['آية الله علي خامنئي', 'PER'],
    ],
    published: '2018-09-04',
    expect: [
      ['علي السيستاني', 'local:'],
      ['علي خامنئي', 'person:ali-khamenei'],
    ],
    absent: ['آية الله', 'آية الله علي خامنئي'],
  },
  {
    rule: '«بابوا نيوغينيا», as BBC writes Papua New Guinea, is the country (BBC)',
    text: 'كانت الطائرة متجهة إلى بورت مورسبي، عاصمة بابوا نيوغينيا.',
    tagged: [
      ['بورت مورسبي', 'LOC'],
      ['بابوا نيوغينيا', 'LOC'],
    ],
    published: '2018-09-28',
    expect: [['بابوا نيوغينيا', 'country:PG']],
  },
  {
    rule: "a person's name ends before a word glued to «لل», and a title phrase keeps it (BBC)",
    text: 'وقال ديجان لوفيرن إن الحكومة تتعقب الصحفيين. وقدم لوفيرن للصحفيين وثائق. وقال الأمين العام للأمم المتحدة إن الوضع خطير.',
    tagged: [
      ['ديجان لوفيرن', 'PER'],
      ['لوفيرن للصحفيين', 'PER'],
    ],
    published: '2018-07-31',
    keyMentions: [['local:per:ديجان لوفيرن', ['ديجان لوفيرن', 'لوفيرن']]],
    present: ['الأمين العام للأمم المتحدة'],
  },
  {
    rule: 'a known name ends before a word glued to «بال»; an unknown name keeps it, as Maghrebi surnames do (BBC)',
    text: 'مع وصف الشيرازيين لخامنئي بالديكتاتور. وقال عبد الحكيم بالحاج إن الحزب يرفض.',
    tagged: [
      ['خامنئي بالديكتاتور', 'PER'],
      ['عبد الحكيم بالحاج', 'PER'],
    ],
    published: '2018-03-10',
    expect: [
      ['خامنئي', 'person:ali-khamenei'],
      ['عبد الحكيم بالحاج', 'local:'],
    ],
  },
  {
    rule: 'the city of a festival named after it is no mention, and «كان» is not read as ك + «ان» (France 24)',
    text: 'وقالت الوزارة إن بلاده ستشارك للمرة الأولى بمهرجان كان السينمائي. وتشارك مصر في مهرجان برلين.',
    tagged: [
      ['ان', 'LOC', 'بمهرجان'],
      ['مصر', 'LOC'],
      ['برلين', 'LOC'],
    ],
    published: '2018-04-09',
    absent: ['ان', 'كان', 'برلين'],
    present: ['مصر'],
  },
];

runLinkCases('entities: round 16 (former offices, demonym spellings of titles, nameless officeholders)', cases);

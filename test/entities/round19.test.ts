// Round 19 (blind dev round 14): a given name after its honorific, «القاعدة» after a glued «و», Baghdadi's title and
// spelling, seats of power read as places, a hashtag's leading «#», valleys, bays, prisons and high schools, the
// Saudi-led coalition and the State of the Union, definite «الزعيم» titles, surnames behind a glued «ل». News
// sentences (ANT), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a given name after the honorific the gazetteer writes it with is that person, not the surname of another (Sky News: «الملك سلمان» after «محمد بن سلمان»)',
    text: 'قال ولي العهد السعودي الأمير محمد بن سلمان إن الإصلاحات ضرورية. وأصدر الملك سلمان مجموعة من الأوامر الملكية.',
    tagged: [
      ['محمد بن سلمان', 'PER'],
      ['سلمان', 'PER', 'الملك'],
    ],
    published: '2018-02-28',
    expect: [
      ['محمد بن سلمان', 'person:mohammed-bin-salman'],
      ['سلمان', 'person:king-salman'],
    ],
  },
  {
    rule: '… while a surname after an honorific the gazetteer does not write it with still joins the full name the article gives (negative)',
    text: 'وقال بشار الجعفري في مجلس الأمن إن دمشق ستحضر. وأضاف السيد الجعفري أن الوفد جاهز.',
    tagged: [
      ['بشار الجعفري', 'PER'],
      ['مجلس الأمن', 'ORG'],
      ['دمشق', 'LOC'],
      ['الجعفري', 'PER', 'السيد'],
    ],
    published: '2018-02-28',
    expect: [['الجعفري', 'person:bashar-al-jaafari']],
  },
  {
    rule: 'the tagger’s bare «القاعدة» after a glued «و» is the group too (CNN: «ضد تنظيم داعش والقاعدة»)',
    text: 'وتوجه إلى الكونغرس بالقول إن المعركة ضد تنظيم داعش والقاعدة مستمرة.',
    tagged: [
      ['الكونغرس', 'ORG'],
      ['داعش', 'ORG'],
      ['القاعدة', 'ORG', 'داعش'],
    ],
    published: '2018-02-21',
    expect: [['القاعدة', 'org:al-qaeda']],
  },
  {
    rule: '… and an untagged «والقاعدة» stays a word (BBC, dev-side news; negative)',
    text: 'القاعدة الإقتصادية تقول، كلما زاد الطلب إرتفع السعر، والقاعدة الإيرانية تقول كلما إرتفع صوت ترامب أكثر كلما تأثرت العملة الإيرانية سلباً، ولهذا صلة بمستوى التوقعات من الإتفاق، أكثر منه مما قد يقوم به الرئيس الأميركي تجاه إيران في حال سقوط الإتفاق.',
    tagged: [
      ['ترامب', 'PER'],
      ['إيران', 'LOC'],
    ],
    published: '2018-02-15',
    absentKeys: ['org:al-qaeda'],
  },
  {
    rule: 'Baghdadi’s title as news writes it, and his name with «أبوبكر» in one word (CNN)',
    text: 'وعلى رأسهم زعيم تنظيم الدولة الإسلامية "داعش"، أبوبكر البغدادي.',
    tagged: [
      ['الدولة الإسلامية', 'ORG'],
      ['داعش', 'ORG'],
      ['أبوبكر البغدادي', 'PER'],
    ],
    published: '2018-02-21',
    keyMentions: [['person:abu-bakr-al-baghdadi', ['زعيم تنظيم الدولة الإسلامية', 'أبوبكر البغدادي']]],
  },
  {
    rule: '… the title after his death names nobody the gazetteer holds (negative)',
    text: 'وقال زعيم تنظيم الدولة الإسلامية في رسالة صوتية إن التنظيم باق.',
    tagged: [['الدولة الإسلامية', 'ORG']],
    published: '2021-06-01',
    absentKeys: ['person:abu-bakr-al-baghdadi'],
  },
  {
    rule: 'a seat of power the tagger reads as a place is the gazetteer’s organization of that name, as a place (France 24: «استقبل وفدا تركيا في الإليزيه»)',
    text: 'وكانت تركيا قد رفضت عرض وساطة تقدم به الرئيس الفرنسي بعد أن استقبل وفدا تركيا في الإليزيه في 29 آذار/مارس.',
    tagged: [
      ['تركيا', 'LOC'],
      ['الإليزيه', 'LOC'],
    ],
    published: '2018-04-06',
    expect: [['الإليزيه', 'org:elysee']],
    type: [['الإليزيه', 'LOC']],
  },
  {
    rule: '… a seat with no organization row stays its country’s metonym (BBC, dev-side news; negative)',
    text: 'وقال متحدث باسم مقر رئاسة الوزراء في 10 داوننغ ستريت إن "رئيسة الوزراء قبلت استقالة وزيرة الداخلية".',
    tagged: [['داوننغ ستريت', 'LOC']],
    published: '2018-04-30',
    expect: [['داوننغ ستريت', 'metonym:GB:']],
  },
  {
    rule: '… and the seat read as a body stays ORG (BBC, dev-side news; negative)',
    text: 'وقال الكرملين إن بوتين أبلغ رئيس الوزراء الإسرائيلي بنيامين نتنياهو عبر الهاتف أن قرار تعزيز الدفاعات الجوية السورية "يهدف في الأساس إلى إحباط أي تهديد محتمل لحياة أفراد الجيش الروسي".',
    tagged: [
      ['الكرملين', 'ORG'],
      ['بوتين', 'PER'],
      ['بنيامين نتنياهو', 'PER'],
    ],
    published: '2018-10-03',
    expect: [['الكرملين', 'org:kremlin']],
    type: [['الكرملين', 'ORG']],
  },
  {
    rule: 'a hashtag’s «#» at the start of an unknown name is outside the span, and a one-hashtag party name opened by «حزب» is ORG, one entity with its plain mentions (Al Arabiya)',
    text: 'حكمت على #ديليك أوجلان النائبة عن #حزب_الشعوب_الديمقراطي بالسجن. وتتهم تركيا حزب الشعوب الديمقراطي بأنه واجهة سياسية. وتأتي إدانة ديليك أوجلان على خلفية الضغوط.',
    tagged: [
      ['#ديليك أوجلان', 'PER'],
      ['#حزب_الشعوب_الديمقراطي', 'PER'],
      ['تركيا', 'LOC'],
      ['حزب الشعوب الديمقراطي', 'ORG'],
      ['ديليك أوجلان', 'PER', 'إدانة'],
    ],
    published: '2018-03-01',
    mentionsOf: [
      ['ديليك أوجلان', ['ديليك أوجلان', 'ديليك أوجلان']],
      ['حزب الشعوب الديمقراطي', ['حزب_الشعوب_الديمقراطي', 'حزب الشعوب الديمقراطي']],
    ],
    type: [['حزب_الشعوب_الديمقراطي', 'ORG']],
    absent: ['#ديليك أوجلان', '#حزب_الشعوب_الديمقراطي'],
  },
  {
    rule: '… a «#» inside the name stays in the span (Al Arabiya, dev-side news; negative)',
    text: 'وكتب رئيس الوزراء اللبناني سعد #الحريري على تويتر: "بغياب الأديبة اميلي نصرالله يخسر لبنان والعرب اليوم شعلة من رموز الأدب والإبداع اللبناني ومناضلة لحقوق المرأة شكلت قيمة فكرية مضافة لوطننا وعالمنا العربي".',
    tagged: [
      ['سعد #الحريري', 'PER'],
      ['تويتر', 'ORG'],
      ['اميلي نصرالله', 'PER'],
      ['لبنان', 'LOC'],
    ],
    published: '2018-03-14',
    present: ['سعد #الحريري'],
  },
  {
    rule: '… and a person’s hashtag stays a person (Al Arabiya, dev-side news; negative)',
    text: 'شدد ولي العهد السعودي الأمير #محمد_بن_سلمان على أهمية الإجراءات التي اتخذتها المملكة في ما يخص #قضايا_الفساد، مشيراً إلى أنها تأتي وفقاً للقوانين القائمة والمنشورة.',
    tagged: [['#محمد_بن_سلمان', 'PER']],
    published: '2018-03-19',
    present: ['محمد_بن_سلمان'],
    type: [['محمد_بن_سلمان', 'PER']],
  },
  {
    rule: 'a valley keeps its noun, the prison, the bay and the high school named after a known town or country are the facility (Al Arabiya, CNN, Sky News, BBC)',
    text: 'وسقط قتلى في معارك شمال وادي الضبوعة الحدودي. ويضم سجن غوانتانامو 41 سجينا في خليج غوانتانامو بكوبا. وطلبت منه تلميذة من ثانوية باركلاند أن يتحرك. وسيطرت القوات على وادي حمارا ووادي يشبم.',
    tagged: [
      ['الضبوعة', 'LOC'],
      ['غوانتانامو', 'LOC'],
      ['غوانتانامو', 'LOC', 'خليج'],
      ['كوبا', 'LOC'],
      ['باركلاند', 'LOC'],
      ['حمارا', 'LOC'],
      ['يشبم', 'LOC'],
    ],
    published: '2018-02-21',
    present: ['وادي الضبوعة', 'سجن غوانتانامو', 'خليج غوانتانامو', 'ثانوية باركلاند', 'وادي حمارا', 'وادي يشبم'],
    absent: ['غوانتانامو', 'باركلاند', 'الضبوعة'],
    absentKeys: ['place:geo:21860'],
  },
  {
    rule: '… a town after the noun and a preposition is no part of it, a verb spelled like «وادي» is no noun, an island named like a country is the country (negative)',
    text: 'وعاش رجل سوري سبعة أشهر في مطار بماليزيا. وأدى فيكتور اليمين الدستورية. وتقع جزيرة ميكرونيزيا في المحيط الهادئ.',
    tagged: [
      ['ماليزيا', 'LOC'],
      ['فيكتور', 'PER'],
      ['ميكرونيزيا', 'LOC'],
    ],
    published: '2018-02-21',
    expect: [
      ['ماليزيا', 'country:MY'],
      ['ميكرونيزيا', 'country:FM'],
    ],
    present: ['فيكتور'],
    absent: ['مطار بماليزيا', 'وأدى فيكتور'],
  },
  {
    rule: '«التحالف بقيادة السعودية» is the nominal «التحالف» and the country, as the dev gold reads it (France 24, BBC); «حالة الاتحاد» is the address, no organization (CNN)',
    text: 'دمرت قوات التحالف بقيادة السعودية طائرتين. وقال ترامب خلال خطابه عن "حالة الاتحاد" إنه وقع القرار.',
    tagged: [
      ['السعودية', 'LOC'],
      ['ترامب', 'PER'],
      ['الاتحاد', 'ORG'],
    ],
    published: '2018-04-11',
    expect: [['السعودية', 'country:SA']],
    absent: ['التحالف بقيادة السعودية', 'الاتحاد'],
    absentKeys: ['org:saudi-coalition'],
  },
  {
    rule: '… the coalition’s own names stay, and «الاتحاد» of another name stays (negative)',
    text: 'وقال المتحدث إن التحالف العربي اعترض صاروخا. وحذر الاتحاد الأوروبي من التصعيد.',
    tagged: [
      ['التحالف العربي', 'ORG'],
      ['الاتحاد الأوروبي', 'ORG'],
    ],
    published: '2018-04-11',
    expect: [
      ['التحالف العربي', 'org:saudi-coalition'],
      ['الاتحاد الأوروبي', 'org:eu'],
    ],
  },
  {
    rule: 'a definite «الزعيم» title ending in an organization, in apposition to the name, is a PER mention of that person (Sky News)',
    text: 'ويقضي عبد الله أوجلان، الزعيم التاريخي لحزب العمال، منذ 1999، عقوبة بالسجن المؤبد.',
    tagged: [
      ['عبد الله أوجلان', 'PER'],
      ['حزب العمال', 'ORG'],
    ],
    published: '2018-02-22',
    keyMentions: [['person:abdullah-ocalan', ['عبد الله أوجلان', 'الزعيم التاريخي لحزب العمال']]],
    absent: ['حزب العمال'],
  },
  {
    rule: '… with no name beside it the organization stays (negative)',
    text: 'وتصاعد التوتر منذ توقيف الزعيم التاريخي لحزب العمال الكردستاني عام 1999.',
    tagged: [['حزب العمال الكردستاني', 'ORG']],
    published: '2018-02-22',
    expect: [['حزب العمال الكردستاني', 'org:pkk']],
    absentKeys: ['person:abdullah-ocalan'],
  },
  {
    rule: 'a surname behind a glued «ل» the clitic analyzer kept is found again and joins the full name (BBC: «الشفاء لرايد» after «هاري رايد»)',
    text: 'وخضع السيناتور هاري رايد لجراحة. وكان جون ماكين من بين من تمنوا الشفاء لرايد في تغريدة.',
    tagged: [
      ['هاري رايد', 'PER'],
      ['جون ماكين', 'PER'],
    ],
    published: '2018-05-15',
    mentionsOf: [['هاري رايد', ['هاري رايد', 'رايد']]],
  },
  {
    rule: '… not behind another letter (negative: «فرايد»)',
    text: 'وخضع السيناتور هاري رايد لجراحة. وقال فرايد إنه بخير.',
    tagged: [['هاري رايد', 'PER']],
    published: '2018-05-15',
    mentionsOf: [['هاري رايد', ['هاري رايد']]],
    absent: ['رايد', 'فرايد'],
  },
];

runLinkCases('entities round 19 (blind dev round 14)', cases);

// Round 26 (wrong keys on fresh text): a town never wins over the tagger's person or organization when it is named
// like a person or lies in a country the article does not name («محرز», «بخاري», «وكالة أنباء "إسنا"»), a lone
// given name beside an office is its holder's, not another person («الرئيس السوري بشار»).
// Sentences from the audit of unannotated dev-side news (ANT), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: "the tagger's person is no town named like a person (ambiguous `name`: Mehriz, Iran) (France 24)",
    text: 'وكان المنشور قد ذكر على لسان محرز أنه "بعد الاستشارة الأخيرة مع أطباء، قررت أن أبقى بعيدا عن كرة القدم"، وهو ما نفاه اللاعب في حين ذكر ناديه أن صفحة محرز قد تعرضت للاختراق.',
    tagged: [
      ['محرز', 'PER'],
      ['محرز', 'PER', 'صفحة'],
    ],
    published: '2018-03-07',
    expect: [['محرز', 'local:']],
    absentKeys: ['place:'],
  },
  {
    rule: "… nor a town of a country the article never names (Bukhara, Uzbekistan, for Nigeria's president) (Sky News)",
    text: 'وهذا أسوأ اعتداء لبوكو حرام يضرب نيجيريا منذ وصول بخاري للحكم، والمدارس، خصوصا تلك التي تعتمد نظاما داخليا.',
    tagged: [
      ['بوكو حرام', 'ORG'],
      ['نيجيريا', 'LOC'],
      ['بخاري', 'PER'],
    ],
    published: '2018-02-26',
    expect: [['بخاري', 'local:']],
    type: [['بخاري', 'PER']],
    absentKeys: ['place:'],
  },
  {
    rule: "… nor the tagger's organization (Esna, Egypt, for the Iranian agency ISNA) (BBC)",
    text: 'واستقال عدد كبير من أعضائهما، بحسب ما ذكرته وكالة أنباء "إسنا" الإيرانية.',
    tagged: [['إسنا', 'ORG']],
    published: '2018-03-01',
    absentKeys: ['place:'],
  },
  {
    rule: '… while a town of a country the article names stays the town, even tagged as a person (negative)',
    text: 'وقالت الشرطة المصرية إن إسنا شهدت احتجاجات واسعة يوم الجمعة.',
    tagged: [['إسنا', 'PER']],
    published: '2018-03-01',
    expect: [['إسنا', 'place:geo:31822']],
  },
  {
    rule: 'a lone given name beside an office is its holder cut off by the tagger: the office stays the holder (BBC)',
    text: 'وقالت هيلي إن العقوبات الجديدة ستستهدف "أي شركات تتعامل مع معدات تتعلق بـ (الرئيس السوري بشار) الأسد واستخدام الأسلحة الكيمايوية".',
    tagged: [
      ['بشار', 'PER'],
      ['الأسد', 'PER'],
    ],
    published: '2018-04-18',
    expect: [
      ['الرئيس السوري', 'person:bashar-al-assad'],
      ['بشار', 'local:'],
    ],
    absentKeys: ['place:'],
  },
  {
    rule: "… while a lone name beside an office that is no word of its holder is the name's own (negative)",
    text: 'وقال الرئيس السوري جاسم إن الحكومة ستواصل عملياتها.',
    tagged: [['جاسم', 'PER']],
    published: '2018-04-18',
    mentionsOf: [['جاسم', ['الرئيس السوري', 'جاسم']]],
  },
  {
    rule: 'gazetteer homonyms: Cologne by its BBC name, Hyderabad in India, the Australian state of Victoria (BBC)',
    text: 'يحضر الرئيس التركي، رجب طيب أردوغان، افتتاح واحد من أكبر المساجد الأوروبية بمدينة كولون الألمانية. لقي رجل حتفه في مدينة حيدر أباد الهندية. وجهت الشرطة في ولاية فيكتوريا الأسترالية في يونيو/ حزيران الماضي اتهامات للكاردينال.',
    tagged: [
      ['رجب طيب أردوغان', 'PER'],
      ['كولون', 'LOC'],
      ['حيدر أباد', 'LOC'],
      ['فيكتوريا', 'LOC'],
    ],
    published: '2018-09-29',
    expect: [
      ['كولون', 'place:rv:cologne'],
      ['حيدر أباد', 'place:rv:hyderabad-in'],
      ['فيكتوريا', 'place:rv:victoria-au'],
    ],
  },
  {
    rule: '… the Sinai Peninsula, not an Iraqi town, where only the army names Egypt (CNN)',
    text: 'أعلن المتحدث العسكري مقتل ضابطين خلال العمليات التي يقوم بها الجيش المصري في سيناء، لافتا إلى إلقاء القبض على 86 عنصرا.',
    tagged: [
      ['الجيش المصري', 'ORG'],
      ['سيناء', 'LOC'],
    ],
    published: '2018-03-01',
    expect: [['سيناء', 'place:rv:sinai']],
  },
  {
    rule: '… while a Hyderabad in a story on Pakistan is the Pakistani city (negative)',
    text: 'وقالت الشرطة الباكستانية إن الانفجار وقع في مدينة حيدر أباد بإقليم السند جنوبي باكستان.',
    tagged: [
      ['حيدر أباد', 'LOC'],
      ['السند', 'LOC'],
      ['باكستان', 'LOC'],
    ],
    published: '2018-02-09',
    expect: [['حيدر أباد', 'place:geo:85474']],
  },
  {
    rule: "a town the text places in another country's city is no town of a third country the article never names (BBC)",
    text: 'خروج الألاف في مظاهرات احتجاجاً على زيارة ترامب لبريطانيا. واحتشد المتظاهرون في ساحة جورج في غلاسكو قبيل وصول ترامب إلى إسكتلندا.',
    tagged: [
      ['ترامب', 'PER'],
      ['بريطانيا', 'LOC'],
      ['جورج', 'LOC'],
      ['غلاسكو', 'LOC'],
      ['ترامب', 'PER', 'وصول'],
      ['إسكتلندا', 'LOC'],
    ],
    published: '2018-07-14',
    expect: [['جورج', 'local:']],
    absentKeys: ['place:geo:131115'],
  },
  {
    rule: '… while a town of a country the article names keeps its key beside a city of another (Sky News) (negative)',
    text: 'وذكر مراسل "سكاي نيوز عربية" في رام الله، الأربعاء. ومن بين المعتقلين رجل مسن في الثمانينات من عمره من بلدة الخضر في مدينة بيت لحم جنوبي القدس، وفق ما ذكرت وكالة الأنباء الفلسطينية "وفا".',
    tagged: [
      ['سكاي نيوز عربية', 'ORG'],
      ['رام الله', 'LOC'],
      ['الخضر', 'LOC'],
      ['بيت لحم', 'LOC'],
      ['القدس', 'LOC'],
      ['وفا', 'ORG'],
    ],
    published: '2018-02-28',
    expect: [['بيت لحم', 'place:rv:bethlehem']],
  },
  {
    rule: 'a person known by one word right after a place noun is a place of that name, with every bare mention (BBC)',
    text: 'وقالت إدارة الإطفاء في مدينة أوستن مساء الثلاثاء إن رجلا أصيب. وأكد مكتب التحقيقات الفيدرالي أن الطردين على صلة بسلسلة تفجيرات شهدتها أوستن على مدى الأسبوعين الماضيين.',
    tagged: [
      ['أوستن', 'LOC'],
      ['مكتب التحقيقات الفيدرالي', 'ORG'],
      ['أوستن', 'LOC', 'شهدتها'],
    ],
    published: '2018-03-21',
    expect: [['أوستن', 'local:']],
    absentKeys: ['person:lloyd-austin'],
  },
  {
    rule: '… while a bare surname after no place noun stays the person (negative)',
    text: 'وقال وزير الدفاع الأمريكي لويد أوستن إن بلاده ستواصل دعمها. وأضاف أوستن أن الحلفاء سيجتمعون في بروكسل.',
    tagged: [
      ['لويد أوستن', 'PER'],
      ['أوستن', 'PER', 'وأضاف'],
      ['بروكسل', 'LOC'],
    ],
    published: '2021-03-21',
    expect: [['أوستن', 'person:lloyd-austin']],
  },
  {
    rule: '«جبال» is a place noun: a one-word person after it is the mountains, not the person (BBC)',
    text: 'وقال إردوغان في مقابلة مع قناة تلفزيونية إنه "سوف يأمر الجيش بضرب جبال قنديل وسنجار ومخمور". وأضاف إردوغان أن تركيا قد تضرب جبال قنديل "في أي وقت ذات ليلة".',
    tagged: [
      ['إردوغان', 'PER'],
      ['قنديل', 'PER'],
      ['سنجار', 'LOC'],
      ['مخمور', 'LOC'],
      ['إردوغان', 'PER', 'وأضاف'],
      ['تركيا', 'LOC'],
      ['قنديل', 'PER', 'تضرب جبال'],
    ],
    published: '2018-06-08',
    expect: [['قنديل', 'local:']],
    type: [['قنديل', 'LOC']],
    absentKeys: ['person:hesham-qandil'],
  },
  {
    rule: "country-bound names: the nominative «حزب المحافظون» and Gaza's «قوى الأمن الداخلي» are no British or Lebanese body (Sky News, France 24)",
    text: 'بدأ حزب المحافظون في كندا بمغازلة ناخبيه بالاعتراف بالقدس عاصمة لإسرائيل. وقالت قوى الأمن الداخلي في قطاع غزة إنها اعتقلت المشتبه بهم.',
    tagged: [
      ['حزب المحافظون', 'ORG'],
      ['كندا', 'LOC'],
      ['القدس', 'LOC'],
      ['إسرائيل', 'LOC'],
      ['قوى الأمن الداخلي', 'ORG'],
      ['قطاع غزة', 'LOC'],
    ],
    published: '2018-02-27',
    expect: [
      ['حزب المحافظون', 'local:'],
      ['قوى الأمن الداخلي', 'local:'],
    ],
    absentKeys: ['org:uk-conservatives', 'org:isf-lebanon'],
  },
  {
    rule: '… while in an article about Lebanon the Internal Security Forces keep their key (negative)',
    text: 'وأعلنت قوى الأمن الداخلي اللبنانية توقيف شبكة لتهريب المخدرات في بيروت.',
    tagged: [
      ['قوى الأمن الداخلي', 'ORG'],
      ['بيروت', 'LOC'],
    ],
    published: '2018-02-27',
    expect: [['قوى الأمن الداخلي', 'org:isf-lebanon']],
  },
];

runLinkCases('round 26: wrong keys on fresh text', cases);

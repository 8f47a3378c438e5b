// Round 35 (blind dev round 23): a person title whose place, a city or a state's region the gazetteer knows, follows
// the head at once («حاكم إنديانا، إيريك هولكومب»), beside a name, is a PER mention of that officeholder with no nested
// place, as round 29's «رئيس بلدية كلكتا» with a word between. A river keeps its noun, and a place it is named after
// is part of its name («نهر أوهايو», «نهر الكونغو»: the river, not the state or the country; descriptors.tsv), and a
// place noun counted by a number («في 17 مقاطعة») introduces no name. A college opens its name as a university does
// («كلية نوتنغهام» is ORG, not the city). «تنيسي» is a spelling of Tennessee (places.reviewed.tsv).
// Sentences from the round's dev articles and from the audit of unannotated dev-side news (ANT); each rule has a
// negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const titles: LinkCase[] = [
  {
    rule: '«حاكم إنديانا» beside the name is the governor (Sky News, dev round 23)',
    text: 'وأعلن حاكم إنديانا، إيريك هولكومب، حالة الطوارئ في 11 مقاطعة بسبب الأضرار، التي أحدثتها الفيضانات الواسعة.',
    tagged: [
      ['إنديانا', 'LOC'],
      ['إيريك هولكومب', 'PER'],
    ],
    published: '2018-02-25',
    mentionsOf: [['إيريك هولكومب', ['حاكم إنديانا', 'إيريك هولكومب']]],
    absent: ['إنديانا'],
    absentKeys: ['place:rv:indiana'],
  },
  {
    rule: '«عمدة كولون» before the name is the mayor (BBC, audit)',
    text: 'وامتنعت عمدة كولون، هنرييت ريكر، ورئيس الحكومة المحلية، أرمين لاشيت، عن حضور الافتتاح.',
    tagged: [
      ['كولون', 'LOC'],
      ['هنرييت ريكر', 'PER'],
      ['أرمين لاشيت', 'PER'],
    ],
    published: '2018-09-29',
    mentionsOf: [['هنرييت ريكر', ['عمدة كولون', 'هنرييت ريكر']]],
    absentKeys: ['place:rv:cologne'],
  },
  {
    rule: '«المدعي العام لنيويورك» after the name is that prosecutor (BBC, audit)',
    text: 'وقال توم مكاي، المدعي العام لنيويورك، في جلسة استماع عقدت الجمعة الماضية إن "كوهن يستغل حصانة حق المحامي".',
    tagged: [
      ['توم مكاي', 'PER'],
      ['نيويورك', 'LOC'],
      ['كوهن', 'PER'],
    ],
    published: '2018-04-14',
    mentionsOf: [['توم مكاي', ['توم مكاي', 'المدعي العام لنيويورك']]],
    absentKeys: ['place:rv:new-york'],
  },
  {
    rule: '… an anaphoric «حاكم الولاية» gives the name only, and the state named before stays a place (Sky News, dev round 23)',
    text: 'وفي أوهايو، أعلن حاكم الولاية، جون كاسيتش، الطوارئ في 17 مقاطعة بمحاذاة نهر أوهايو وفي الجزء الجنوبي من الولاية.',
    tagged: [
      ['أوهايو', 'LOC'],
      ['جون كاسيتش', 'PER'],
    ],
    published: '2018-02-25',
    expect: [['أوهايو', 'place:rv:ohio']],
    mentionsOf: [['جون كاسيتش', ['جون كاسيتش']]],
  },
];

runLinkCases('round 35: a title and its place right after the head', titles);

const rivers: LinkCase[] = [
  {
    rule: '«نهر الكونغو» is the river, not the Republic of the Congo (BBC, audit)',
    text: 'وتقع مبانداكا على نهر الكونغو، ويزيد هذا احتمال انتشار الفيروس عبر هذا الممر المائي.',
    tagged: [
      ['مبانداكا', 'LOC'],
      ['الكونغو', 'LOC'],
    ],
    published: '2018-05-17',
    expect: [['نهر الكونغو', 'local:']],
    type: [['نهر الكونغو', 'LOC']],
    absentKeys: ['country:CG'],
  },
  {
    rule: '«نهر الفرات» keeps its noun (CNN, audit)',
    text: 'وبعد غد سنطهر شرق نهر الفرات حتى الحدود مع العراق من الإرهابيين.',
    tagged: [
      ['الفرات', 'LOC'],
      ['العراق', 'LOC'],
    ],
    published: '2018-03-09',
    present: ['نهر الفرات'],
    expect: [['العراق', 'country:IQ']],
  },
  {
    rule: '… while the bare «الفرات» stays the bare name (CNN, dev gold)',
    text: 'وخاصة شرق الفرات، في الأراضي الممتدة بين النهر وحدود سوريا مع العراق وتركيا.',
    tagged: [
      ['الفرات', 'LOC'],
      ['سوريا', 'LOC'],
      ['العراق', 'LOC'],
      ['تركيا', 'LOC'],
    ],
    published: '2018-02-19',
    present: ['الفرات'],
    absentLike: [/نهر/],
  },
  {
    rule: '«نهر أوهايو» after a counted place noun is the river alone (Sky News, dev round 23)',
    text: 'وفي أوهايو، أعلن حاكم الولاية، جون كاسيتش، الطوارئ في 17 مقاطعة بمحاذاة نهر أوهايو وفي الجزء الجنوبي من الولاية.',
    tagged: [
      ['أوهايو', 'LOC'],
      ['جون كاسيتش', 'PER'],
      ['أوهايو', 'LOC'],
    ],
    published: '2018-02-25',
    expect: [
      ['أوهايو', 'place:rv:ohio'],
      ['نهر أوهايو', 'local:'],
    ],
    absentLike: [/محاذاة/],
  },
];

runLinkCases('round 35: rivers and counted place nouns', rivers);

const colleges: LinkCase[] = [
  {
    rule: '«كلية نوتنغهام» is the college, not the city (BBC, dev round 23)',
    text: 'ويقول المحققون البريطانيون إنهم "منفتحون" بشأن احتمال أن يكون الهجوم على مريم، التي تدرس الهندسة في كلية نوتنغهام، ذا دوافع عنصرية.',
    tagged: [
      ['مريم', 'PER'],
      ['نوتنغهام', 'LOC'],
    ],
    published: '2018-03-18',
    expect: [['كلية نوتنغهام', 'local:']],
    type: [['كلية نوتنغهام', 'ORG']],
    absentKeys: ['place:geo:50786'],
  },
  {
    rule: '«كلية الرازي» keeps its noun (BBC, audit)',
    text: 'وظل يمارس العمل في مجال تخصصه في الجامعات السودانية حتى أصبح عميدا لكلية الرازي لطب الأسنان.',
    tagged: [['الرازي', 'ORG']],
    published: '2018-04-20',
    present: ['كلية الرازي'],
    absent: ['الرازي'],
  },
  {
    rule: '… a college named by its field is no mention (BBC, dev round 23)',
    text: 'وقال البروفيسور سام سبيرينغ، مدير كلية التعدين في جامعة كيرتين في غرب أستراليا: "لا يزال الناس يسجلون عثورهم على شذرات من الذهب".',
    tagged: [
      ['سام سبيرينغ', 'PER'],
      ['جامعة كيرتين', 'ORG'],
      ['أستراليا', 'LOC'],
    ],
    published: '2018-09-10',
    absentLike: [/^كلية/],
  },
];

runLinkCases('round 35: colleges', colleges);

const spellings: LinkCase[] = [
  {
    rule: '«تنيسي» is Tennessee; Nashville, which the gazetteer lacks, stays unlinked (Sky News, dev round 23)',
    text: 'وذكرت قناة (دبليو.كيه.آر.إن) التلفزيونية في ناشفيل بولاية تنيسي أن امرأة تبلغ من العمر 79 عاما توفيت في منزلها.',
    tagged: [
      ['دبليو.كيه.آر.إن', 'ORG'],
      ['ناشفيل', 'LOC'],
      ['تنيسي', 'LOC'],
    ],
    published: '2018-02-25',
    expect: [
      ['تنيسي', 'place:rv:tennessee'],
      ['ناشفيل', 'local:'],
    ],
  },
];

runLinkCases('round 35: spellings', spellings);

// Round 47 (docs/events.md): tenth precision audit; a party taken from another clause, and games in sport text. Each rule has cases the
// round-start coder got wrong and near cases that must still be coded. The cases are sentences of dev-side articles:
// the round's audit sample (ANT culture, technology and sport sections, `scripts/audit-events.ts --folders`) or the
// standard events audit (positions 600–2,499), with the outlet named.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. A masculine plural verb has a plural subject: never one country, demonym or person (code.ts singleParty).
  {
    rule: '«وتضامنوا» after «الاعتراف الأميركي»: the singular demonym is no subject of a plural verb (Al Arabiya, culture)',
    sentence:
      'شارك 150 فناناً من 40 دولة في معرض للكاريكاتير في مدينة رام الله بعنوان "من العالم إلى القدس"، فأدانوا بطريقتهم الاعتراف الأميركي بالقدس عاصمة لإسرائيل، وتضامنوا مع الأطفال الفلسطينيين المعتقلين لدى الاحتلال.',
    published: '2018-04-01',
    has: ['US>IL:SUPPORT'],
    hasNot: ['US>PS:SUPPORT'],
  },
  {
    rule: '«كما زاروا النمسا»: Morocco, a complement before, is no dropped subject of a plural verb (BBC, events audit)',
    sentence:
      'كما سافر أفراد الخلية الى المغرب مرات عدة لزيارة أقاربهم واصدقائهم، وعلى وجه الخصوص قبيل وقوع الهجمات، كما زاروا النمسا مرة واحدة.',
    published: '2018-08-16',
    exactly: [],
  },
  {
    rule: '«لأنهم إذا أبرموا اتفاقا»: the speaker (one person) is no subject of a plural verb (BBC, events audit)',
    sentence:
      'وصرح ترامب لصحيفة "ذي صن" البريطانية أن "خطة ماي ستقضي على الأرجح على الاتفاقية، لأنهم إذا أبرموا اتفاقاً كهذا، فسنكون بذلك نتعامل مع الاتحاد الأوروبي بدلاً من التعامل مع بريطانيا".',
    published: '2018-07-13',
    hasNot: ['US>EU:SUPPORT'],
  },
  {
    rule: 'near case: coordinated countries before a plural verb are its subject (BBC, events audit)',
    sentence:
      'وكانت روسيا والولايات المتحدة والأردن قد وقعوا اتفاقا لوقف إطلاق النار في يوليو/تموز الماضي لتهدئة الأوضاع في مناطق جنوب غربي سوريا المحاذية للحدود الأردنية والإسرائيلية.',
    published: '2018-06-24',
    exactlyUnordered: ['RU>US:SUPPORT', 'RU>JO:SUPPORT', 'US>JO:SUPPORT'],
  },
  {
    rule: 'near case: after «أنهم» the speaker stands for his side (BBC, events audit)',
    sentence:
      'و قد أعلن وزير الخارجية التركي مولود جاويش أوغلو عدة مرات أنهم توصلوا إلى تفاهم مع واشنطن بشأن من سيحكم منبج بعد انسحاب الأكراد منها.',
    published: '2018-03-29',
    has: ['TR>US:AGREE'],
  },
  // 2. A title right after a verbal noun is its unnamed agent: the clause subject is not (code.ts titledGenitive).
  {
    rule: '«خلال زيارة ولي العهد»: the streets of Britain are no visitor (BBC, culture)',
    sentence: 'وشهدت شوارع بريطانيا خلال زيارة ولي العهد لوحات دعائية تروج للسعودية، كما نشرت في الصحف دعايات مماثلة.',
    published: '2018-08-29',
    exactly: [],
  },
  {
    rule: '«هجوم القوات الحكومية المتوقع على إدلب»: Washington, who views it, is no attacker (BBC, events audit)',
    sentence:
      'وقال وزير الخارجية الأمريكي مايك بومبيو الجمعة إن واشنطن تنظر إلى هجوم القوات الحكومية المتوقع على إدلب على أنه تصعيد للحرب في سوريا.',
    published: '2018-09-03',
    hasNot: ['US>SY:ASSAULT'],
  },
  {
    rule: 'near case: a title with its demonym after the noun is a named agent (BBC, culture)',
    sentence:
      'وكانت الدعاية، التي تستغرق دقيقة واحدة، قد بثت في شهر مارس/آذار، قبيل زيارة ولي العهد السعودي، محمد بن سلمان، لبريطانيا.',
    published: '2018-08-29',
    has: ['SA>GB:CONSULT'],
  },
  {
    rule: 'near case: a phrase trigger names what is sent after it («إرسال مدير استخباراتها … ضمن وفد») (CNN, events audit)',
    sentence:
      'سيؤول، كوريا الجنوبية (CNN)-- أعلنت كوريا الجنوبية، الأحد، إرسال مدير استخباراتها وأبرز مستشار أمني لديها ضمن وفدٍ رفيع المستوى إلى العاصمة الكورية الشمالية بزيارة الإثنين، وفقاً لبيان صادر عن البيت الأزرق، وهو المقر الرسمي لرئيس كوريا الجنوبية.',
    published: '2018-03-04',
    has: ['KR>KP:CONSULT'],
  },
  // 3. A visit aside after the subject of a verb with an object pronoun is that subject's (code.ts asideVisit).
  {
    rule: '«تحذير أطلقه وزير الخارجية الأمريكي، مايك بومبيو، خلال زيارته لإسرائيل»: Pompeo visits (BBC, events audit)',
    sentence:
      'وأعقبت كلمات روحاني تلك تحذير أطلقه وزير الخارجية الأمريكي، مايك بومبيو، خلال زيارته لإسرائيل من "طموح إيران للهيمنة على الشرق الأوسط".',
    published: '2018-04-29',
    has: ['US>IL:CONSULT'],
    hasNot: ['IR>IL:CONSULT'],
  },
  // 4. A game: in a sentence with a word of sport, countries or their teams meeting, attacking or dominating play
  // (code.ts playedGame; cue `sport`).
  {
    rule: 'a match between two countries in a sentence with «بمباراة» is no meeting (BBC, sport)',
    sentence:
      'والتقت فرنسا وأوروغواي ثماني مرات من قبل، فازت خلالها فرنسا بمباراة واحدة وخسرت ثلاث مرات وتعادل الفريقان في أربع مباريات.',
    published: '2018-07-05',
    exactly: [],
  },
  {
    rule: '«بضربات الترجيح» of two national teams is no attack (BBC, sport)',
    sentence:
      'أحدث المنتخب الروسي المفاجأة في نهائيات كأس العالم وتأهل إلى الربع النهائي بضربات الترجيح على حساب المنتخب الإسباني، بعدما انتهت المباراة بينهما بالتعادل بهدف لهدف.',
    published: '2018-07-01',
    exactly: [],
  },
  {
    rule: "«ونظيره الكرواتي»: a team's counterpart is no official (France 24, sport)",
    sentence:
      'يلتقي المنتخب الإنكليزي ونظيره الكرواتي لكرة القدم مساء الأربعاء في مواجهة حاسمة لحجز بطاقة التأهل لنهائي المونديال والتنافس مع المنتخب الفرنسي على كأس العالم.',
    published: '2018-07-11',
    exactly: [],
  },
  {
    rule: '«كلا من الأرجنتين وأيسلندا وكرواتيا»: a list after «كلا من» is of teams too (BBC, sport)',
    sentence: 'وفي ظهورها السادس في بطولات كأس العالم تلتقي نيجيريا كلا من الأرجنتين وأيسلندا وكرواتيا.',
    published: '2018-04-18',
    exactly: [],
  },
  {
    rule: 'near case: envoys from a country meeting after «البطولة» (the Olympics) still meet (BBC, events audit)',
    sentence:
      'وفي أعقاب البطولة، اجتمع مبعوثون من كوريا الجنوبية مع الزعيم الشمالي في بيونغ يانغ هذا الأسبوع، ثم سافر المبعوثون إلى واشنطن لإحاطة الرئيس الأمريكي بنتائج اللقاء.',
    published: '2018-03-11',
    has: ['KR>KP:CONSULT'],
  },
  {
    rule: 'near case: criticism is no game word, «بطولة كأس العالم» or not (BBC, events audit)',
    sentence:
      'انتقدت الخارجية الروسية تصريحات أدلى بها بوريس جونسون وزير الخارجية البريطاني مشبها فيها بطولة كأس العالم المفترض أن تُجرى في روسيا الصيف المقبل بدورة الالعاب الأوليمبية التي استضافتها العاصمة الألمانية برلين عام 1936 خلال فترة حكم الزعيم النازي السابق أدولف هتلر.',
    published: '2018-03-22',
    has: ['RU>GB:ACCUSE'],
  },
];

runEventCases(cases, '2018-06-01');

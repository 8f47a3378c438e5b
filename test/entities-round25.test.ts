// Round 38 (blind dev round 25): the tagger's organization the gazetteer does not link, right after a facility noun,
// is the facility («سد النهضة», «مسجد فينسبري»: LOC with the noun, as its persons, places and MISC already were), while
// a linked body after one stays itself («محطة سي إن إن»). A river's colour after its name is part of it («نهر النيل
// الأزرق»); a river named with its noun and bare in one story is one place («حوض النيل» … «مياه نهر النيل»), the Blue
// Nile another. A person the gazetteer knows right after a movement noun with no article names the movement after its
// leader («شبكة غولن», «جماعة غولن»: ORG, no key; round 6's «حركة فتح الله غولن»). Sentences from the round's dev articles and from the audit of
// unannotated dev-side news (ANT); each rule has a negative case.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const facilities: LinkCase[] = [
  {
    rule: '«سد النهضة» is the dam, not a body «النهضة» (Sky News, dev round 25)',
    text: 'وتتخوف القاهرة من أن يؤدي سد النهضة الذي تبنيه أديس أبابا على نهر النيل الأزرق، أهم روافد نهر النيل، إلى انخفاض تدفق مياه النيل.',
    tagged: [
      ['القاهرة', 'LOC'],
      ['النهضة', 'ORG'],
      ['أديس أبابا', 'LOC'],
    ],
    published: '2018-03-13',
    expect: [['سد النهضة', 'local:']],
    type: [['سد النهضة', 'LOC']],
    absent: ['النهضة'],
  },
  {
    rule: '«مسجد فينسبري» is the mosque (BBC, audit)',
    text: 'توجيه تهم بالإرهاب لمنفذ هجوم مسجد فينسبري في لندن',
    tagged: [
      ['فينسبري', 'ORG'],
      ['لندن', 'LOC'],
    ],
    published: '2018-04-14',
    type: [['مسجد فينسبري', 'LOC']],
    absent: ['فينسبري'],
  },
  {
    rule: '… while a body the gazetteer links after a facility noun stays itself: «محطة سي إن إن» (audit)',
    text: 'وقالت في مقابلة مع محطة سي إن إن إنها بكت في طريق عودتها إلى المنزل بعد أن حاول ترامب أن يدفع لها مبلغا من المال بعد أول لقاء.',
    tagged: [
      ['سي إن إن', 'ORG'],
      ['ترامب', 'PER'],
    ],
    published: '2018-07-21',
    expect: [['سي إن إن', 'org:cnn']],
    absent: ['محطة سي إن إن'],
  },
];

runLinkCases('round 38: an unlinked body after a facility noun', facilities);

const rivers: LinkCase[] = [
  {
    rule: "«نهر النيل الأزرق» is the Blue Nile, its colour in the span, apart from the Nile's two mentions (Sky News, dev round 25)",
    text: 'وتتخوف القاهرة من أن يؤدي سد النهضة الذي تبنيه أديس أبابا على نهر النيل الأزرق، أهم روافد نهر النيل، إلى انخفاض تدفق مياه النيل الذي يوفر نحو 90 بالمئة من احتياجات مصر للمياه.',
    tagged: [
      ['القاهرة', 'LOC'],
      ['أديس أبابا', 'LOC'],
      ['النيل', 'LOC'],
      ['النيل', 'LOC'],
      ['النيل', 'LOC', 'مياه'],
      ['مصر', 'LOC'],
    ],
    published: '2018-03-13',
    mentionsOf: [
      ['نهر النيل الأزرق', ['نهر النيل الأزرق']],
      ['نهر النيل', ['نهر النيل', 'النيل']],
    ],
  },
  {
    rule: 'the Nile bare and with its noun is one place (BBC, audit)',
    text: 'لكن المشروع أثار توترات إقليمية في منطقة حوض النيل بعد أن أعربت مصر عن مخاوفها حيال أن يؤدي السد إلى تراجع في حصتها من مياه نهر النيل.',
    tagged: [
      ['النيل', 'LOC'],
      ['مصر', 'LOC'],
      ['النيل', 'LOC', 'مياه نهر'],
    ],
    published: '2018-09-07',
    mentionsOf: [['نهر النيل', ['النيل', 'نهر النيل']]],
  },
];

runLinkCases('round 38: rivers', rivers);

const movements: LinkCase[] = [
  {
    rule: '«شبكة غولن» is the Gülen movement, an organization; «فتح الله غولن» alone is the man (Sky News, dev round 25)',
    text: 'وتأتي الاعتقالات الأخيرة في إطار حملة تركيا ضد أنصار فتح الله غولن، رجل الدين المقيم في الولايات المتحدة منذ عام 1999. وترفض الحكومة التركية قلق الجماعات الحقوقية إزاء حملتها، قائلة إنها تهدف إلى تحييد التهديد الذي تمثله شبكة غولن، التي تقول أنقرة إنها تسللت إلى مؤسسات مثل القضاء والجيش وقطاع التعليم',
    tagged: [
      ['تركيا', 'LOC'],
      ['فتح الله غولن', 'PER'],
      ['الولايات المتحدة', 'LOC'],
      ['غولن', 'PER', 'شبكة'],
      ['أنقرة', 'LOC'],
    ],
    published: '2018-02-20',
    expect: [
      ['فتح الله غولن', 'person:fethullah-gulen'],
      ['غولن', 'local:'],
    ],
    type: [['غولن', 'ORG']],
  },
  {
    rule: '«جماعة غولن» is the movement (BBC, audit)',
    text: 'وتقول الحكومة التركية إن مثل هذه الإجراءات، التي فُرضت في ظل حالة الطوارئ المفعلة منذ يوليو/تموز من عام 2016، ضرورية للقضاء على نفوذ جماعة غولن داخل المجتمع التركي.',
    tagged: [['غولن', 'PER']],
    published: '2018-03-09',
    type: [['غولن', 'ORG']],
    absentKeys: ['person:fethullah-gulen'],
  },
  {
    rule: '… while «الجماعة التي يقودها فتح الله غولن» names the man (BBC, audit)',
    text: 'ويتهم برونسون بدعم ميليشيات كردية وأنشطة الجماعة التي يقودها فتح الله غولن، رجل الدين التركي الذي يعيش في المنفى الاختياري، والذي يقول مسؤولون أتراك إنه كان وراء محاولة الانقلاب الفاشلة في 2016.',
    tagged: [
      ['برونسون', 'PER'],
      ['فتح الله غولن', 'PER'],
    ],
    published: '2018-07-18',
    expect: [['فتح الله غولن', 'person:fethullah-gulen']],
  },
];

runLinkCases('round 38: movements named after their leader', movements);

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
];

runLinkCases('round 26: wrong keys on fresh text', cases);

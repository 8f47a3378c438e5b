// Round 47 (blind dev round 28): a mufti's title through his country is a title phrase («مفتي مصر شوقي علام»); bodies
// and people the gazetteer lacked (ISNA, IRIB, KAICIID, the NRA, the two Presidents Bush); a quoted name right after an
// indefinite place noun is the place («منطقة "المداريج"»), not a description in quotes; «برلمان» opens a body's name
// («برلمان فلوريدا», as «بلدية أنقرة»). Sentences from the round's dev articles and from unannotated dev-side news
// (ANT), tagged as the shipped tagger tags them.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const cases: LinkCase[] = [
  {
    rule: '«مفتي جمهورية مصر» and «مفتي لبنان» before the name are title mentions of the muftis, no mention of the country (CNN, dev round 28)',
    text: 'وشارك في إطلاق المنصة مفتي جمهورية مصر شوقي علام، ومفتي القدس والديار الفلسطينية محمد حسين، والكاردينال بشارة الراعي ومجلس كنائس الشرق الأوسط والمرجعية الشيعية اللبنانية علي الأمين ومفتي لبنان عبداللطيف دريان، وبطريريك الأرمن الاورثودكس آرام الأول، وإمام وخطيب المسجد الحرام في السعودية صالح بن حميد وبطريرك الكنيسة القبطية الاورثودكسية ومطران ألمانيا ووسط أوروبا اسحق بركات، وغاندي مكارم ممثل طائفة الدروز في لبنان.',
    tagged: [
      ['مصر', 'LOC'],
      ['شوقي علام', 'PER'],
      ['القدس', 'LOC'],
      ['محمد حسين', 'PER'],
      ['الشرق الأوسط', 'LOC'],
      ['لبنان', 'LOC'],
      ['عبداللطيف دريان', 'PER'],
      ['الاورثودكس', 'ORG'],
      ['الحرام', 'ORG'],
      ['السعودية', 'LOC'],
      ['صالح بن حميد', 'PER'],
      ['ألمانيا', 'LOC'],
      ['أوروبا', 'LOC'],
      ['اسحق بركات', 'PER'],
      ['غاندي', 'PER'],
      ['لبنان', 'LOC'],
    ],
    published: '2018-02-26',
    mentionsOf: [
      ['شوقي علام', ['مفتي جمهورية مصر', 'شوقي علام']],
      ['عبداللطيف دريان', ['مفتي لبنان', 'عبداللطيف دريان']],
    ],
    absent: ['مصر'],
  },
  {
    rule: '«وكالة "إيسنا" للأنباء» is ISNA (France 24, dev round 28)',
    text: 'وقال منصور شيشيفوروش رئيس مركز الأزمات المحلية لوكالة "إيسنا" للأنباء',
    tagged: [
      ['منصور شيشيفوروش', 'PER'],
      ['إيسنا', 'ORG'],
    ],
    published: '2018-02-20',
    expect: [['إيسنا', 'org:isna']],
  },
  {
    rule: '«إذاعة الجمهورية الإسلامية في إيران (إيريب)» is IRIB, twice, and no mention of Iran (France 24, dev round 28)',
    text: 'وقال المتحدث رمضان شريف لإذاعة الجمهورية الإسلامية في إيران (إيريب) إن "مروحيات الحرس الثوري عثرت هذا الصباح على حطام الطائرة في جبال دنا" في جنوب غرب البلاد.',
    tagged: [
      ['رمضان شريف', 'PER'],
      ['إيران', 'LOC'],
      ['إيريب', 'ORG'],
      ['دنا', 'LOC'],
    ],
    published: '2018-02-20',
    expect: [
      ['إذاعة الجمهورية الإسلامية في إيران', 'org:irib'],
      ['إيريب', 'org:irib'],
    ],
    absent: ['إيران'],
  },
  {
    rule: 'KAICIID by its full name and «كايسيد», not King Abdullah (CNN, dev round 28)',
    text: 'ويأتي إطلاق المنصة بمبادرة من مركز الملك عبدالله بن عبدالعزيز العالمي للحوار بين أتباع الأديان (كايسيد)، لمواجهة العنف الذي "يرتكب باسم الدين" وتأكيد أسس المواطنة ضمن عدة مبادرات تبناها المركز منذ تأسيسه قبل نحو 5 سنوات، بشراكة سعودية نمساوية اسبانية، وتمثيل الفاتيكان كعضو مراقب.',
    tagged: [
      ['عبدالله بن عبدالعزيز', 'PER'],
      ['الفاتيكان', 'LOC'],
    ],
    published: '2018-02-26',
    expect: [
      ['مركز الملك عبدالله بن عبدالعزيز العالمي للحوار بين أتباع الأديان', 'org:kaiciid'],
      ['كايسيد', 'org:kaiciid'],
    ],
    absentKeys: ['person:king-abdullah-sa'],
  },
  {
    rule: '«الجمعية الوطنية للأسلحة النارية (إن آر إيه)» is the NRA (France 24, dev round 28)',
    text: 'ويفرض مشروع القانون قيودا على حيازة الأسلحة النارية، كما يمهد الطريق أمام تسليح بعض المدرسين، إلا أن يواجه معارضة واسعة من قبل الجمعية الوطنية للأسلحة النارية (إن آر إيه)، لوبي الأسلحة الأمريكي الواسع النفوذ.',
    tagged: [
      ['الجمعية الوطنية للأسلحة النارية', 'ORG'],
      ['إن آر إيه', 'ORG'],
    ],
    published: '2018-03-10',
    expect: [
      ['الجمعية الوطنية للأسلحة النارية', 'org:nra'],
      ['إن آر إيه', 'org:nra'],
    ],
  },
  {
    rule: '«بوش الابن» is George W. Bush, «الابن» inside the name (Al Arabiya, dev round 28)',
    text: 'وهذه القصة تقول لنا أمرين، الأول أن الإدارة الأميركية الحالية قد عادت إلى استراتيجية إدارة الرئيس الأميركي السابق بوش الابن بدعم مجالس الصحوات التي نجحت في طرد «القاعدة» من الأنبار من قبل،',
    tagged: [
      ['بوش', 'PER'],
      ['القاعدة', 'ORG'],
      ['الأنبار', 'LOC'],
    ],
    published: '2014-01-27',
    expect: [['بوش الابن', 'person:george-w-bush']],
  },
  {
    rule: 'a quoted name after an indefinite place noun is the place: «في منطقة "المداريج"» (Al Arabiya, dev round 28)',
    text: 'وفي مديرية نهم شرق العاصمة صنعاء، قصفت مدفعية الجيش الوطني تجمعاً لمليشيات الحوثي الانقلابية في منطقة "المداريج" شرق قطبين.',
    tagged: [
      ['نهم', 'LOC'],
      ['صنعاء', 'LOC'],
      ['الحوثي', 'ORG'],
    ],
    published: '2018-02-20',
    expect: [['المداريج', 'local:']],
    type: [['المداريج', 'LOC']],
  },
  {
    rule: '… but not a description in quotes ending in a nisba, after «مدينة» the verb ("condemning"; France 24, dev-side news)',
    text: 'وتحدثت الحكومة عن "هجوم إرهابي نفذه (..) أفراد مجهولون مدججون بالسلاح" مدينة "أعمالا جبانة ووحشية".',
    tagged: [],
    published: '2018-03-03',
    entityCount: 0,
  },
  {
    rule: '«برلمان فلوريدا» is the state legislature, no mention of Florida (France 24, dev round 28)',
    text: 'وحتى يوم الجمعة، لم يكن واضحا ما إذا كان سكوت سيوقع على مشروع القانون الذي أقره برلمان فلوريدا الأربعاء .',
    tagged: [
      ['سكوت', 'PER'],
      ['فلوريدا', 'LOC'],
    ],
    published: '2018-03-10',
    expect: [['برلمان فلوريدا', 'local:']],
    type: [['برلمان فلوريدا', 'ORG']],
    absent: ['فلوريدا'],
  },
];

runLinkCases('entities round 47 (blind dev round 28)', cases);

// Round 17: the third audit of unannotated ANT news (scripts/audit-entities.ts --per-folder 90, folder positions 81–85
// read by hand, or a folder's last five where it has fewer). News sentences (ANT), one loop; each rule has a negative
// case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: '«تنظيم القاعدة» gives «القاعدة», keyed al-Qaeda (the descriptor outside the span, dev gold) (Sky News)',
    text: 'أعلنت قوات النخبة الحضرمية عن التطهير النهائي لجيوب عناصر تنظيم القاعدة في وادي المسيني.',
    tagged: [['تنظيم القاعدة', 'ORG']],
    published: '2018-02-25',
    expect: [['القاعدة', 'org:al-qaeda']],
    absent: ['تنظيم القاعدة'],
  },
  {
    rule: 'the tagger’s bare «القاعدة» is al-Qaeda too («مسلحي القاعدة», «ضد داعش والقاعدة») (Sky News, France 24)',
    text: 'وأكدت المصادر أن مسلحي القاعدة فروا باتجاه محافظة البيضاء، في إطار المعارك ضد تنظيم داعش والقاعدة.',
    tagged: [
      ['القاعدة', 'ORG'],
      ['البيضاء', 'LOC'],
      ['داعش', 'ORG'],
      ['القاعدة', 'ORG', 'داعش'],
    ],
    published: '2018-02-25',
    keyMentions: [['org:al-qaeda', ['القاعدة', 'القاعدة']]],
  },
  {
    rule: '… but the word the tagger did not tag stays a word, and a tagged one of a longer group keeps its own name (negative)',
    text: 'وصل الجنود إلى القاعدة الجوية، فيما تبنى تنظيم القاعدة في جزيرة العرب الهجوم.',
    tagged: [['تنظيم القاعدة في جزيرة العرب', 'ORG']],
    published: '2018-02-25',
    expect: [['القاعدة في جزيرة العرب', 'org:aqap']],
    absentKeys: ['org:al-qaeda'],
  },
  {
    rule: 'the adjective «الحوثية» after a noun is no mention, like a demonym (Al Arabiya: «الميليشيات الحوثية»)',
    text: 'وأكدت مصادر أن قائد كتيبة الإسناد الحوثية قتل، فيما تصدت القبائل لقيادات حوثية حاولت نهب أراض تابعة لها.',
    tagged: [
      ['الحوثية', 'ORG'],
      ['حوثية', 'ORG'],
    ],
    published: '2018-02-22',
    allMentions: [],
  },
  {
    rule: '… while the group’s name («ميليشيات الحوثي», «الحوثيين») stays, and an unknown adjective-like name too (negative)',
    text: 'اقتحمت ميليشيات الحوثي مستشفى في ذمار، وقالت مصادر إن الحوثيين طالبوا بالمال، بحسب ما بثته الوطنية الأولى.',
    tagged: [
      ['الحوثي', 'ORG'],
      ['ذمار', 'LOC'],
      ['الحوثيين', 'ORG'],
      ['الوطنية', 'ORG'],
    ],
    published: '2018-02-22',
    keyMentions: [['org:houthis', ['الحوثي', 'الحوثيين']]],
    present: ['الوطنية'],
  },
  {
    rule: 'a bare «مجلس النواب» or «مجلس الشيوخ» the tagger missed is an organization with no key (France 24)',
    text: 'أقر مجلس النواب في ولاية فلوريدا الأمريكية الأربعاء قانونا. وكان مجلس الشيوخ في ولاية فلوريدا أقر مشروع القانون.',
    tagged: [
      ['فلوريدا', 'LOC'],
      ['فلوريدا', 'LOC', 'الشيوخ'],
    ],
    published: '2018-03-08',
    expect: [
      ['مجلس النواب', 'local:'],
      ['مجلس الشيوخ', 'local:'],
    ],
    type: [['مجلس النواب', 'ORG']],
  },
  {
    rule: '… not beside a person named with its title, nor before a definite word that goes on with the name (negative)',
    text: 'وقال بول رايان، رئيس مجلس النواب، إن ترامب أخطأ، ورد عليه أعضاء مجلس النواب الأمريكي.',
    tagged: [
      ['بول رايان', 'PER'],
      ['ترامب', 'PER'],
    ],
    published: '2018-07-17',
    absent: ['مجلس النواب'],
  },
  {
    rule: '«الحزب الشيوعي» is the Chinese party in an article about China, also after «لل» (Sky News)',
    text: 'بدأت حملة دعاية في الصين لمدح الحزب الشيوعي، وقال مسؤول إن الدستور الجديد يعزز قيادة للحزب الشيوعي.',
    tagged: [
      ['الصين', 'LOC'],
      ['الحزب الشيوعي', 'ORG'],
      ['حزب الشيوعي', 'ORG'],
    ],
    published: '2018-02-26',
    keyMentions: [['org:cpc', ['الحزب الشيوعي', 'حزب الشيوعي']]],
  },
  {
    rule: '… and a local party in an article about another country, «لل» included (negative: Cuba) (CNN)',
    text: 'قال راؤول كاسترو أمام المجلس الوطني الكوبي في هافانا إنه سيبقى الأمين العام للحزب الشيوعي.',
    tagged: [
      ['راؤول كاسترو', 'PER'],
      ['هافانا', 'LOC'],
      ['حزب الشيوعي', 'ORG'],
    ],
    published: '2018-04-19',
    expect: [['حزب الشيوعي', 'local:']],
    absentKeys: ['org:cpc'],
  },
  {
    rule: 'new rows: Khashoggi, the UN envoy for Yemen by title, Kushner spelt «جيرارد كوشنير» (BBC, CNN)',
    text: 'وقال المبعوث الأممي الخاص إلى اليمن إن جمال خاشقجي كتب عن الحرب، فيما نفى جيرارد كوشنير أي صلة.',
    tagged: [
      ['جمال خاشقجي', 'PER'],
      ['جيرارد كوشنير', 'PER'],
    ],
    published: '2018-10-10',
    expect: [
      ['المبعوث الأممي الخاص إلى اليمن', 'person:martin-griffiths'],
      ['جمال خاشقجي', 'person:jamal-khashoggi'],
      ['جيرارد كوشنير', 'person:jared-kushner'],
    ],
  },
  {
    rule: '… the envoy title before Griffiths’ term is no mention of him (negative)',
    text: 'وقال المبعوث الأممي الخاص إلى اليمن إن المحادثات ستستأنف.',
    tagged: [],
    published: '2017-06-10',
    absentKeys: ['person:martin-griffiths'],
  },
  {
    rule: 'a state name after «مدينة» or «بلدية» that its capital shares is the capital city (BBC: «بلدية تونس»)',
    text: 'انتخب أعضاء مجلس بلدية مدينة تونس امرأة لأول مرة. ورئيس بلدية تونس هو رئيس المجلس البلدي.',
    tagged: [
      ['تونس', 'LOC'],
      ['تونس', 'LOC', 'بلدية'],
    ],
    published: '2018-07-03',
    // Round 41: «بلدية تونس» is the municipality, an organization (as the dev gold's «بلدية أنقرة»), so its «تونس» is
    // no mention; the city after «مدينة» stays the capital.
    keyMentions: [['place:geo:107039', ['تونس']]],
    type: [['بلدية تونس', 'ORG']],
    absentKeys: ['country:TN'],
  },
  {
    rule: '… while the state after other words stays the state (negative: «انتخابات بلدية في تونس»)',
    text: 'وشهدت تونس الشهر الماضي أول انتخابات بلدية في تونس منذ 2011.',
    tagged: [
      ['تونس', 'LOC'],
      ['تونس', 'LOC', 'في'],
    ],
    published: '2018-07-03',
    keyMentions: [['country:TN', ['تونس', 'تونس']]],
  },
  {
    rule: 'a short organization read inside a word after a clitic is no mention where news writes the word whole («تحت وابل من» is no Apple) (Al Arabiya)',
    text: 'فقد أطلق الحزب الأسبوع الماضي لعبة ثلاثية الأبعاد، تحت اسم "الدفاع المقدس"، مروجاً لحربه في سوريا، تحت وابل من التعبئة "الدينية" التي تجلت تحت خطاب الدفاع عن المقدسات والمقامات اتي يجلها الشيعة عامة (في إشارة إلى بعض المقامات الشيعية في سوريا لا سيما مقام السيدة زينب)',
    tagged: [
      ['سوريا', 'LOC'],
      ['ابل', 'ORG'],
    ],
    published: '2018-02-27',
    absentKeys: ['org:apple'],
    absent: ['ابل'],
  },
  {
    rule: '… while the name written apart, and after a clitic news does not write as a word, stays (Jawhara FM, dev-side news; negative)',
    text: 'تحتفل شركة آبل اليوم 09 جانفي 2017 بمرور 10 سنوات على إصدار هاتف "آيفون"، الذي أصبح علامة مسجلة لآبل.',
    tagged: [
      ['آبل', 'ORG'],
      ['آبل', 'ORG', 'مسجلة ل'],
    ],
    published: '2017-01-09',
    keyMentions: [['org:apple', ['آبل', 'آبل']]],
  },
  {
    rule: "… and an agency’s short name after «و» stays (negative; made up: dev-side news never writes two agencies' short names joined by «و»)",
    text: 'أطلقت شركة آبل هاتفا جديدا، وقالت آبل إن المبيعات ارتفعت، بحسب وكالة وام وقنا.',
    tagged: [
      ['آبل', 'ORG'],
      ['آبل', 'ORG', 'وقالت'],
    ],
    published: '2018-02-27',
    keyMentions: [['org:apple', ['آبل', 'آبل']]],
    keys: ['org:wam'],
  },
];

runLinkCases(
  'entities: round 17 (al-Qaeda, Houthi adjective, legislatures, shared party names, new rows, capitals by a city noun, short names inside words)',
  cases,
);

// Round 62 (docs/events.md): reciprocity as a threat, a construction of blind batch 22 that the dev gold (batch 15) and
// dev-side text share. «سترد/ستقوم بالمثل»، «تطبيق مبدأ المعاملة بالمثل» threaten the party they answer
// (data/events/triggers.tsv); with no على-party, that is the party a condition near them names as its subject
// (reciprocityThreatEvents in src/events/code.ts). The near cases must stay as they were.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  {
    rule: '«إذا طورت إيران القنبلة الذرية فالسعودية "ستقوم بالمثل"» is a Saudi threat to Iran (France24, dev gold batch 15)',
    sentence:
      'في مقابلة مع شبكة "سي بي إس" التلفزيونية الأمريكية نشرت مقتطفات منها اليوم الخميس، قال ولي العهد السعودي الأمير محمد بن سلمان إنه إذا طورت إيران القنبلة الذرية فالسعودية "ستقوم بالمثل في أسرع وقت ممكن".',
    published: '2018-03-15',
    has: ['SA>IR:THREATEN'],
  },
  {
    rule: "«ولكن إذا طورت إيران قنبلة ذرية سنقوم بالمثل» in a quotation is the speaker's threat (France24, dev gold batch 15)",
    sentence:
      'كما قال محمد بن سلمان أيضا في المقابلة التي ستبث كاملة الأحد إن "السعودية لا ترغب في حيازة السلاح النووي، ولكن إذا طورت إيران قنبلة ذرية سنقوم بالمثل في أسرع وقت ممكن، دون أدنى شك".',
    published: '2018-03-15',
    has: ['SA>IR:THREATEN'],
  },
  {
    rule: '«أنه سيتم تطبيق "مبدأ المعاملة بالمثل" إذا قررت الولايات المتحدة …» is the Kremlin\'s threat (CNN, blind batch 22)',
    sentence:
      'موسكو، روسيا (CNN)-- صرح المتحدث الرسمي باسم الكرملين، ديمتري بيسكوف، الإثنين، أنه سيتم تطبيق "مبدأ المعاملة بالمثل" إذا قررت الولايات المتحدة الأمريكية طرد مجموعة من الدبلوماسيين الروس من أرضها.',
    published: '2018-03-26',
    has: ['RU>US:THREATEN'],
  },
  {
    rule: 'near case: «فسوف نفعل الشيء نفسه» stays uncoded, as dev gold batch 8 has it (CNN)',
    sentence:
      'وبسؤاله عما إذا كانت السعودية تريد تطوير أسلحة نووية لمواجهة إيران، قال ولي العهد السعودي إن المملكة "لا تريد حيازة أي قنبلة نووية، ولك بدون شك، إذا طورت إيران قنبلة نووية، فسوف نفعل الشيء نفسه في أسرع وقت."',
    published: '2018-03-16',
    hasNotLike: [/:THREATEN$/],
  },
  {
    rule: 'near case: returning a visit in kind («سيسعى للرد بالمثل على إرسال كيم جونغ أون لوفد») is no threat (Al Arabiya, dev-side)',
    sentence:
      'وقال مون إنه بإرسال مبعوث للشمال سيسعى للرد بالمثل على إرسال كيم جونغ أون لوفد رفيع المستوى لدورة الألعاب الأولمبية ضم شقيقته كيم يو جونغ.',
    published: '2018-03-01',
    hasNotLike: [/:THREATEN$/],
  },
];

runEventCases(cases, '2018-03-15');

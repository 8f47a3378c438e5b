// Round 40 (ninth precision audit, docs/events.md): rules for wrong events of the Jawhara FM audit
// (scripts/audit-events.ts --folders ant-jawharafm/internationalNews,ant-jawharafm/politic), each with a case the
// round-start coder got wrong and a near case that must still be coded. The cases are sentences of dev-side articles
// read by this round's audit or by the standard events audit, with the outlet named; cases marked "variant" change
// words of such a sentence.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 0. The head of a body coded to no country (data/events/igo-titles.tsv) is no party, the title the linker joined to
  // her included (actors.ts `uncodedOfficials`). First in the file: the first document a process codes must see the
  // ignored names too (they were loaded with the gazetteer, after the linker's mentions had been read).
  {
    rule: 'the IMF’s head is not France (Al Arabiya, round 39’s economy audit)',
    sentence:
      'حذرت مديرة صندوق النقد الدولي كريستين لاغارد الولايات المتحدة من وضع العراقيل التجارية، مؤكدة أن الحرب التجارية "ليس فيها فائزون".',
    published: '2018-03-19',
    hasNotLike: [/^FR>/],
  },
  {
    rule: 'near case (variant): a French officeholder warning the US is France',
    sentence: 'حذر الرئيس الفرنسي إيمانويل ماكرون الولايات المتحدة من وضع العراقيل التجارية.',
    published: '2018-03-19',
    has: ['FR>US:THREATEN'],
  },
  // 1. A «بين» near a meeting noun names all its parties (meetingPairs' `between`, namesOwnParties).
  {
    rule: 'a meeting «بين» two people near the noun is not the meeting of the clause subjects (Jawhara FM, audit)',
    sentence:
      'وأضاف "هذه المبادرة العربية، كما نسميها، يقودها الباجي قائد السبسي وعبد العزيز بوتفليقة وعبد الفتاح السيسي، ونحن ندفع ونساعد على إنجاح هذه المبادرة باستعمال علاقاتنا مع الأحزاب الليبية، ويوم الأربعاء الماضي كان هناك لقاء مهم في مكتبي بين شخصيتين مهمتين أحمد أويحيى مدير ديوان الرئيس بوتفليقة والشيخ علي الصلابي وهو شخصية مرموقة وفاعلة في المشهد الليبي وأقنعناه بالمبادرة العربية".',
    published: '2017-02-03',
    hasNotLike: [/:CONSULT$/],
  },
  {
    rule: 'a summit a place saw «بين» two leaders is not the place’s (BBC, events audit)',
    sentence:
      'وجاءت هذه القمة عقب القمة التاريخية التي شهدتها سنغافورة بين رئيس الولايات المتحدة دونالد ترامب وكيم جونغ أون، وهي القمة الأولى التي تجمع بين رئيس أمريكي في منصبه وزعيم كوري شمالي.',
    published: '2018-09-30',
    hasNotLike: [/^SG>/],
  },
  {
    rule: 'near case: the parties after a near «بين» meet each other (BBC, dev-side news)',
    sentence:
      'وجاء الإعلان عن الاستثمار القطري عقب اجتماع بين أمير قطر تميم بن حمد آل ثاني والرئيس التركي رجب طيب أردوغان في أنقرة.',
    published: '2018-08-15',
    has: ['QA>TR:CONSULT'],
  },
  {
    rule: 'near case: «بين الجانبين» refers back to the subjects, who met (BBC, events audit)',
    sentence:
      'اتفقت الكوريتان الشمالية والجنوبية يوم الإثنين على عقد قمة في العاصمة الشمالية بيونغيانغ في شهر أيلول / سبتمبر المقبل عقب مباحثات تمهيدية جرت بين الجانبين في قرية بانمونجوم الحدودية الواقعة في المنطقة المنزوعة السلاح بين البلدين.',
    published: '2018-08-13',
    hasLike: [/^K[RP]>K[PR]:CONSULT$/],
  },
  {
    rule: 'near case: a mediation «بين» two parties is the subject’s (BBC, events audit)',
    sentence: 'عرض الرئيس الفرنسي إيمانويل ماكرون الوساطة بين تركيا والأكراد في شمالي سوريا.',
    published: '2018-03-30',
    has: ['FR>TR:CONSULT'],
  },
  // 2. A killing verb after an aside, with no subject found and no object, is the passive (killedAfterAside).
  {
    rule: 'the one killed, named before an aside, is not the killer (Jawhara FM, audit)',
    sentence:
      'وذكر البيان أن محمد حبيب بوسعدون التونسي، وهو مواطن تونسي شارك في "عمليات خارجية وتم الربط بينه وبين مخططات إرهابية لمهاجمة أهداف غربية"، قتل في الضربة التي وقعت قرب إدلب في سوريا.',
    published: '2017-01-19',
    hasNotLike: [/^TN>/],
  },
  {
    rule: 'near case (variant): a killing verb after an aside with its object keeps its agent',
    sentence: 'وقالت الوزارة إن الجيش الإسرائيلي، الذي يحاصر القطاع منذ سنوات، قتل ثلاثة فلسطينيين في غزة.',
    published: '2017-01-19',
    has: ['IL>PS:ASSAULT'],
  },
  // 3. «مدى» ("the extent of") takes a noun: the word after it is no verb (cues.tsv `construct`).
  {
    rule: 'after «مدى» a verbal noun, not a verb with the clause subject (France24, round 39’s economy audit)',
    sentence:
      'تنطلق السبت أعمال قمة منظمة شنغهاي للتعاون التي تجمع روسيا وإيران والصين، في وقت تزداد التوترات التجارية بين بكين وواشنطن، وتسعى طهران إلى تقييم مدى دعم بكين وموسكو لها بعد انسحاب الولايات المتحدة من الاتفاق النووي.',
    published: '2018-06-09',
    hasNotLike: [/^IR>/],
  },
  {
    rule: 'near case (variant): the noun after «مدى» has its own agent and object',
    sentence: 'وتسعى طهران إلى تقييم مدى دعم بكين لها.',
    published: '2018-06-09',
    has: ['CN>IR:SUPPORT'],
  },
  // 4. An act after the «على» of a word of ability is no event (cues.tsv `capability`, ableTo).
  {
    rule: 'being able to launch missiles is no launch (BBC, events audit)',
    sentence:
      'وفي خضم التصعيد الخطابي بالغ السخونة بين زعيمي البلدين، أثارت تقارير عن اقتراب كوريا الشمالية من القدرة على إطلاق صواريخ تحمل رؤوسا نووية بمقدورها الوصول إلى الولايات المتحدة، اهتماما وقلقا في واشنطن.',
    published: '2018-06-01',
    hasNotLike: [/^KP>/],
  },
  {
    rule: 'near case (variant): going ahead with a launch («أقدمت … على إطلاق») is an act',
    sentence: 'وأقدمت كوريا الشمالية على إطلاق صواريخ على اليابان.',
    published: '2018-06-01',
    has: ['KP>JP:ASSAULT'],
  },
];

runEventCases(cases, '2017-01-20');

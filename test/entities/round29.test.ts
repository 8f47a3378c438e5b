// Round 29 (blind dev round 20): the causes of the round's errors that are general — a foreign name spelt another way
// right after a glued conjunction («وتانزانيا»), «ديموقراطي» for «ديمقراطي» in a known name.
// Sentences from the round's dev articles and from the audit of unannotated dev-side news (ANT); each rule has a
// negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a country spelt another way after a glued «و» in a list is the country (Sky News, round 20)',
    text: 'وتشمل هذه العقوبات 28 سفينة مسجلة في كوريا الشمالية والصين وسنغافورة وتايوان وهونغ كونغ وجزر مارشال وتانزانيا وبنما وجزر القمر.',
    tagged: [
      ['كوريا الشمالية', 'LOC'],
      ['الصين', 'LOC'],
      ['سنغافورة', 'LOC'],
      ['تايوان', 'LOC'],
      ['هونغ كونغ', 'LOC'],
      ['جزر مارشال', 'LOC'],
      ['تانزانيا', 'LOC'],
      ['بنما', 'LOC'],
      ['جزر القمر', 'LOC'],
    ],
    published: '2018-02-25',
    expect: [['تانزانيا', 'country:TZ']],
  },
  {
    rule: '… «ونيوزيلاندا» for «نيوزيلندا» in the same kind of list (BBC, audit)',
    text: 'لإجراء مكالمات هاتفية إلى الولايات المتحدة وبريطانيا وكندا ونيوزيلاندا وأستراليا.',
    tagged: [
      ['الولايات المتحدة', 'LOC'],
      ['بريطانيا', 'LOC'],
      ['كندا', 'LOC'],
      ['نيوزيلاندا', 'LOC'],
      ['أستراليا', 'LOC'],
    ],
    published: '2018-06-28',
    expect: [['نيوزيلاندا', 'country:NZ']],
  },
  {
    rule: '… but a town spelt another way stays unknown after «و» too (negative: only the exact name chooses among towns)',
    text: 'وزار الوفد مدينتي لندن ومانشيستر الأسبوع الماضي.',
    tagged: [
      ['لندن', 'LOC'],
      ['مانشيستر', 'LOC'],
    ],
    published: '2018-06-28',
    expect: [['مانشيستر', 'local:']],
  },
  {
    rule: '«ديموقراطي» is another spelling of «ديمقراطي» in a known name (France 24, round 20)',
    text: 'ويسيطر الجيش السوري على أجزاء واسعة من ريف الرقة الغربي والجنوبي، فيما تسيطر قوات سوريا الديموقراطية على الجزء الأكبر من المحافظة.',
    tagged: [
      ['الرقة', 'LOC'],
      ['سوريا', 'LOC'],
    ],
    published: '2018-04-22',
    expect: [['قوات سوريا الديموقراطية', 'org:sdf']],
    absent: ['سوريا'],
  },
  {
    rule: "… and in a country's name (Al Arabiya, round 10)",
    text: 'ندد مفوض الأمم المتحدة السامي لحقوق الإنسان، زيد رعد الحسين، الاثنين، بعدم التحرك حيال النزاعات في #سوريا وجمهورية #الكونغو الديموقراطية و #بوروندي و #اليمن و #بورما متحدثاً عن "مسالخ للبشر".',
    tagged: [
      ['زيد رعد الحسين', 'PER'],
      ['سوريا', 'LOC'],
      ['الكونغو الديموقراطية', 'LOC'],
      ['بوروندي', 'LOC'],
      ['اليمن', 'LOC'],
      ['بورما', 'LOC'],
    ],
    published: '2018-02-26',
    keys: ['country:CD'],
  },
  {
    rule: '… but the word alone names nothing (negative)',
    text: 'وطالب المتظاهرون بالديموقراطية في سوريا وبحماية قوات الأمن للمدنيين.',
    tagged: [['سوريا', 'LOC']],
    published: '2018-03-01',
    allMentions: ['سوريا'],
  },
];

runLinkCases('entity linking, round 29 (blind dev round 20)', cases);

// Round 24 (known open causes): the bare «غزة» after «قطاع غزة», religious figures, tribes, namesakes, titles.
// News sentences (ANT dev gold articles and the unannotated audit), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a bare «غزة» after the article named «قطاع غزة» is the Strip (Sky News, dev round 15)',
    text: 'جرح 7 أشخاص في انفجار عبوة ناسفة استهدفت موكب رامي الحمد الله لدى وصوله إلى قطاع غزة، الثلاثاء. وأفاد مراسل "سكاي نيوز عربية" في غزة، أن الانفجار نجم عن عبوة ناسفة.',
    tagged: [
      ['رامي الحمد الله', 'PER'],
      ['قطاع غزة', 'LOC'],
      ['سكاي نيوز عربية', 'ORG'],
      ['غزة', 'LOC', 'في '],
    ],
    published: '2018-03-13',
    keyMentions: [['place:rv:gaza-strip', ['قطاع غزة', 'غزة']]],
    absentKeys: ['place:rv:gaza'],
  },
  {
    rule: '… but «مدينة غزة» after it stays the city (negative; France 24)',
    text: 'وقصفت الطائرات الإسرائيلية أهدافا في قطاع غزة. وضربت ثلاث قواعد لحماس شرق مدينة غزة من دون أن تسفر عن إصابات.',
    tagged: [
      ['قطاع غزة', 'LOC'],
      ['حماس', 'ORG'],
      ['غزة', 'LOC', 'مدينة '],
    ],
    published: '2018-02-17',
    keyMentions: [
      ['place:rv:gaza', ['غزة']],
      ['place:rv:gaza-strip', ['قطاع غزة']],
    ],
  },
  {
    rule: '… and so does a bare «غزة» written before the Strip is named (negative)',
    text: 'وقال مراسل في غزة إن القصف استمر على قطاع غزة طوال الليل.',
    tagged: [
      ['غزة', 'LOC'],
      ['قطاع غزة', 'LOC'],
    ],
    published: '2018-02-17',
    keyMentions: [['place:rv:gaza', ['غزة']]],
  },
];

runLinkCases('entities round 24: known open causes', cases);

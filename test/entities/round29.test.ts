// Round 29 (blind dev round 20): the causes of the round's errors that are general — a foreign name spelt another way
// right after a glued conjunction («وتانزانيا»).
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
];

runLinkCases('entity linking, round 29 (blind dev round 20)', cases);

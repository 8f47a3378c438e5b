// Round 16 (eleventh session): a former office written «الأسبق» or «سابقا», and officeholders' titles written with
// the other spelling of their demonym. One table of news sentences (ANT), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: '«رئيس الوزراء اللبناني الأسبق، X» is X, not the prime minister at the date (CNN)',
    text: 'العام 2005: انسحاب الجيش السوري من لبنان بعد اغتيال رئيس الوزراء اللبناني الأسبق، رفيق الحريري.',
    tagged: [
      ['لبنان', 'LOC'],
      ['رفيق الحريري', 'PER'],
    ],
    published: '2018-03-15',
    keyMentions: [['local:per:رفيق الحريري', ['رئيس الوزراء اللبناني', 'رفيق الحريري']]],
    absentKeys: ['person:saad-hariri'],
  },
  {
    rule: '«X، نائب الرئيس الأميركي سابقا،» is X: the «الأميركي» spelling of the vice-president title, and «سابقا» (Al Arabiya)',
    text: 'ولقي هذا التعليق انتقادات بما في ذلك من جو بايدن، نائب الرئيس الأميركي سابقا، والذي قال إن هذا التعليق خطأ.',
    tagged: [['جو بايدن', 'PER']],
    published: '2018-02-26',
    keyMentions: [['person:joe-biden', ['جو بايدن', 'نائب الرئيس الأميركي']]],
    absentKeys: ['person:donald-trump', 'person:mike-pence'],
  },
  {
    rule: 'without «سابقا» the vice-president title spelt «الأميركي» is the holder at the date (negative case)',
    text: 'وقال نائب الرئيس الأميركي إن الضغط على بيونغ يانغ سيستمر.',
    tagged: [['بيونغ يانغ', 'LOC']],
    published: '2018-02-26',
    expect: [['نائب الرئيس الأميركي', 'person:mike-pence']],
    absentKeys: ['person:donald-trump'],
  },
];

runLinkCases('entities: round 16 (former offices, demonym spellings of titles)', cases);

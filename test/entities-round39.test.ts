// Round 39 (mention recall on unseen text): names missed or cut in a sample of 60 paragraphs of the unannotated entity
// audit (dev-side ANT articles), fixed where the cause recurs in the audit. A court named after its seat («محكمة شانلي
// أورفه», «محكمة أم درمان») is an organization, not the city; a glued preposition («محكمة بنيويورك», a court in New
// York) keeps the city. Sentences from the audit's articles; each rule has a negative case.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a court named after its city is the court, an organization (Sky News, audit)',
    text: 'وذكرت وسائل إعلام تركية أن محكمة شانلي أورفه، جنوب شرقي البلاد، حكمت على ديليك أوجلان النائبة عن حزب الشعوب الديمقراطي.',
    tagged: [
      ['شانلي أورفه', 'LOC'],
      ['ديليك أوجلان', 'PER'],
      ['حزب الشعوب الديمقراطي', 'ORG'],
    ],
    published: '2018-03-01',
    expect: [['محكمة شانلي أورفه', 'local:']],
    type: [['محكمة شانلي أورفه', 'ORG']],
    absent: ['شانلي أورفه'],
  },
  {
    rule: '… and so is a Sudanese one (BBC, audit)',
    text: 'وأقر القاضي في محكمة أم درمان الحكم بإعدام، نورة حسين، بعدما رفضت عائلة القتيل الدية.',
    tagged: [
      ['أم درمان', 'LOC'],
      ['نورة حسين', 'PER'],
    ],
    published: '2018-05-11',
    type: [['محكمة أم درمان', 'ORG']],
    absent: ['أم درمان'],
  },
  {
    rule: '… but a court «ب» a city is a court in that city: the city stays (negative; BBC, audit)',
    text: 'وأقامت دعوى الطلاق بدون نزاع أمام محكمة بنيويورك، بحسب وسائل إعلام أمريكية.',
    tagged: [['نيويورك', 'LOC']],
    published: '2018-03-16',
    expect: [['نيويورك', 'place:rv:new-york']],
    absent: ['محكمة بنيويورك'],
  },
];

runLinkCases('entities: round 39 (mention recall on unseen text)', cases);

// Round 19 (blind dev round 14): a given name after its honorific, and the rules below it. News sentences (ANT), one
// loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a given name after the honorific the gazetteer writes it with is that person, not the surname of another (Sky News: «الملك سلمان» after «محمد بن سلمان»)',
    text: 'قال ولي العهد السعودي الأمير محمد بن سلمان إن الإصلاحات ضرورية. وأصدر الملك سلمان مجموعة من الأوامر الملكية.',
    tagged: [
      ['محمد بن سلمان', 'PER'],
      ['سلمان', 'PER', 'الملك'],
    ],
    published: '2018-02-28',
    expect: [
      ['محمد بن سلمان', 'person:mohammed-bin-salman'],
      ['سلمان', 'person:king-salman'],
    ],
  },
  {
    rule: '… while a surname after an honorific the gazetteer does not write it with still joins the full name the article gives (negative)',
    text: 'وقال بشار الجعفري في مجلس الأمن إن دمشق ستحضر. وأضاف السيد الجعفري أن الوفد جاهز.',
    tagged: [
      ['بشار الجعفري', 'PER'],
      ['مجلس الأمن', 'ORG'],
      ['دمشق', 'LOC'],
      ['الجعفري', 'PER', 'السيد'],
    ],
    published: '2018-02-28',
    expect: [['الجعفري', 'person:bashar-al-jaafari']],
  },
];

runLinkCases('entities round 19 (blind dev round 14)', cases);

// Round 28 (blind dev round 19): the causes of the round's errors that are general — a title's field after its
// country («وزير الدولة الإماراتي للشؤون الخارجية»).
// Sentences from the round's dev articles and from the audit of unannotated dev-side news (ANT); each rule has a
// negative case.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const cases: LinkCase[] = [
  {
    rule: "«ل(ل)شؤون» + a definite word after a title's demonym belongs to the title, in apposition (Sky News, round 19)",
    text: 'طالب وزير الدولة الإماراتي للشؤون الخارجية الدكتور أنور قرقاش، تركيا، بمراعاة سيادة الدول العربية واحترامها.',
    tagged: [
      ['أنور قرقاش', 'PER'],
      ['تركيا', 'LOC'],
    ],
    published: '2018-03-10',
    mentionsOf: [['أنور قرقاش', ['وزير الدولة الإماراتي للشؤون الخارجية', 'أنور قرقاش']]],
  },
  {
    rule: '… and with no name beside it, the same officeholder (Sky News, round 19)',
    text: 'وقال قرقاش في تغريدات على حسابه في تويتر إن العلاقات ليست في أحسن حالاتها. وأضاف وزير الدولة الإماراتي للشؤون الخارجية أن "العالم العربي لن يقاد من جواره".',
    tagged: [
      ['قرقاش', 'PER'],
      ['تويتر', 'ORG'],
    ],
    published: '2018-03-10',
    present: ['وزير الدولة الإماراتي للشؤون الخارجية'],
    absent: ['وزير الدولة الإماراتي'],
  },
  {
    rule: "… and a deputy's title so continued before a comma names the person after it (CNN, audit)",
    text: 'قال مساعد وزير الخارجية الكويتي للشؤون القنصلية، سامي الحمد، إن الانتربول الدولي أبلغ السلطات.',
    tagged: [
      ['سامي الحمد', 'PER'],
      ['الانتربول', 'ORG'],
    ],
    published: '2018-02-25',
    mentionsOf: [['سامي الحمد', ['مساعد وزير الخارجية الكويتي للشؤون القنصلية', 'سامي الحمد']]],
  },
  {
    rule: '… but «ل» + another word after the demonym stays outside the title (negative)',
    text: 'وقال وزير الخارجية الإماراتي لوكالة الأنباء الرسمية إن المحادثات مستمرة.',
    tagged: [],
    published: '2018-03-10',
    present: ['وزير الخارجية الإماراتي'],
    absentLike: [/لوكالة|وكالة الأنباء الرسمية/],
  },
];

runLinkCases('entity linking, round 28 (blind dev round 19)', cases);

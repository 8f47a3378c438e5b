// Round 38 (docs/events.md): dev misses with no trigger word, second pass. The ban verb and noun حظر code a SANCTION
// only with the banned travel, exports, imports or entry after them (data/events/triggers.tsv). The cases are
// sentences of dev gold articles (eval/gold/events.jsonl, split dev) or of dev-side articles from the events audit
// (scripts/audit-events.ts), with the outlet named; cases marked "variant" change words of such a sentence.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'banning travel to a country (حظرت … سفر … إلى الكويت) sanctions the destination (Alarabiya, dev gold)',
    sentence:
      'يذكر أن وفاة ديمافيليس هي أحدث مأساة يتعرض لها أحد عمال #الفلبين في الخارج، وحظرت الحكومة سفر العمالة الفلبينية إلى الكويت منذ العثور على جثتها.',
    published: '2018-02-16',
    has: ['PH>KW:SANCTION'],
    cameo: { 'PH>KW:SANCTION': '163' },
  },
  {
    rule: 'the noun حظر + سفر … إلى after فرض with no party after على (BBC, events audit)',
    sentence:
      'قرر رئيس الفلبين رودريغو دوتيرتي فرض حظر دائم على سفر العمالة إلى الكويت مع تفاقم التوتر في العلاقات بين البلدين.',
    published: '2018-04-29',
    has: ['PH>KW:SANCTION'],
  },
  {
    rule: 'banning a party’s exports (حظر صادرات إيران): the party after the banned noun is the target (variant of a BBC audit sentence)',
    sentence: 'وأعلن الرئيس الأمريكي دونالد ترامب حظر صادرات إيران النفطية.',
    published: '2018-07-05',
    has: ['US>IR:SANCTION'],
  },
  {
    rule: 'near case: «منظمة حظر الأسلحة الكيميائية» with «من دخول» a few words on bans nothing (variant)',
    sentence: 'وقالت بريطانيا إن روسيا وسوريا تمنعان خبراء منظمة حظر الأسلحة الكيميائية من دخول مدينة دوما السورية.',
    published: '2018-04-17',
    hasNotLike: [/:SANCTION$/],
  },
  {
    rule: 'near case: a curfew (حظر التجول) is no sanction (BBC, dev-side news)',
    sentence:
      'وسط استمرار المظاهرات المناوئة للحكومة في جنوب العراق أعلنت السلطات حظر التجول في البصرة، وهو القرار التي أقدمت على إلغائه قبل دقائق من تفعيله.',
    published: '2018-09-06',
    hasNotLike: [/:SANCTION$/],
  },
];

runEventCases(cases, '2018-03-01');

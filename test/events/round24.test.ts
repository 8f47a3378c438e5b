// Event coding rules of round 24 (events with no trigger verb of their own: src/events/claims.ts), each with a case and
// near cases that must not be coded. The cases are sentences of dev-split articles of the ANT corpus (the blind dev
// batches' gold, eval/gold/events.jsonl) with the outlet named; the near cases marked "variant" change a word of such
// a sentence to show the limit of the rule.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a headline «X: لا صلة لنا ب…» is a denial by X (CNN, dev batch 14)',
    sentence: 'قطر: لا صلة لنا بالتحقيقات حول التدخل بالانتخابات الرئاسية الأمريكية',
    published: '2018-03-05',
    exactly: ['QA>-:REJECT'],
    cameo: { 'QA>-:REJECT': '016' },
  },
  {
    rule: 'near case (variant): a speaker with no country denies nothing a party can be coded for',
    sentence: 'جونز: لا صلة لنا بالتحقيقات حول التدخل بالانتخابات الرئاسية الأمريكية',
    published: '2018-03-05',
    exactly: [],
  },
  {
    rule: 'near case (variant): «لا علاقة له ب…» in the third person is no one’s own denial',
    sentence: 'قال وزير الخارجية القطري إن الهجوم لا علاقة له بالتحقيقات حول التدخل بالانتخابات الرئاسية الأمريكية.',
    published: '2018-03-05',
    hasNotLike: [/:REJECT$/],
  },
  {
    rule: 'near case (variant): under a condition («إذا ثبت أن …») there is no denial',
    sentence: 'قال وزير الخارجية القطري إنه إذا ثبت أن لا صلة لنا بالتحقيقات فسنرد.',
    published: '2018-03-05',
    hasNotLike: [/:REJECT$/],
  },
  {
    rule: '«إن روسيا وحلفاءها لا يتحملون المسؤولية عن …», said by the Kremlin, is a Russian denial (Sky News, dev batch 10)',
    sentence:
      'قال الكرملين، الخميس، إن روسيا وحلفاءها لا يتحملون المسؤولية عن الوضع في الغوطة الشرقية الخاضعة لسيطرة المعارضة السورية، قرب العاصمة دمشق.',
    published: '2018-02-22',
    exactly: ['RU>-:REJECT'],
  },
  {
    rule: 'near case (variant): a third party said to bear no responsibility («إن إيران لا تتحمل …») is no denial of the speaker',
    sentence:
      'قال الكرملين، الخميس، إن إيران لا تتحمل المسؤولية عن الوضع في الغوطة الشرقية الخاضعة لسيطرة المعارضة السورية، قرب العاصمة دمشق.',
    published: '2018-02-22',
    hasNotLike: [/:REJECT$/],
  },
  {
    rule: '«لا علاقة لها ب…» after a party of the speaker’s country is the speaker’s denial for it (variant of the Sky News sentence)',
    sentence: 'قال الكرملين، الخميس، إن روسيا لا علاقة لها بالهجوم في سالزبوري.',
    published: '2018-02-22',
    exactly: ['RU>-:REJECT'],
  },
  {
    rule: '«لا علاقة لـX ب…» with X of the speaker’s country, likewise (variant); the denied attack is its content',
    sentence: 'قال الكرملين، الخميس، إنه لا علاقة لروسيا بالهجوم في سالزبوري.',
    published: '2018-02-22',
    exactly: ['RU>-:REJECT'],
  },
  {
    rule: 'near case (variant): another country’s speaker clearing Russia («قال وزير الخارجية البريطاني إنه لا علاقة لروسيا …») denies nothing for it',
    sentence: 'قال وزير الخارجية البريطاني إنه لا علاقة لروسيا بالهجوم في سالزبوري.',
    published: '2018-02-22',
    hasNotLike: [/:REJECT$/],
  },
  {
    rule: '«أنها اتهامات لا أساس لها» is a denial by the one who says so, though the claim noun is an accusation (Sky News, dev batch 10)',
    sentence:
      'واعتبر الناطق باسم الكرملين ديمتري بيسكوف "أنها اتهامات لا أساس لها" بعدما اتهمت الخارجية الأميركية، الثلاثاء، روسيا بأنها "مسؤولة" عن هذه الهجمات وعن "الوضع الإنساني الرهيب في الغوطة الشرقية والحصيلة المهولة للقتلى في صفوف المدنيين".',
    published: '2018-02-22',
    exactlyUnordered: ['RU>-:REJECT', 'US>RU:ACCUSE'],
  },
  {
    rule: 'a headline «X: Y تسعى إلى السيطرة …» is X’s accusation of Y (CNN headline, dev batch 13)',
    sentence: 'نتنياهو: إيران تسعى إلى "السيطرة على العالم"',
    published: '2018-02-19',
    exactly: ['IL>IR:ACCUSE'],
  },
  {
    rule: 'near case (variant): under a condition a party said to back terrorism is not accused',
    sentence: 'قال وزير الخارجية السعودي إنه إذا ثبت أن قطر تدعم الإرهاب فسنرد.',
    published: '2018-02-23',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'a party right after «إن» whose verb is one of fabricating is accused by the speaker (variant of a Sky News sentence, dev batch 12)',
    sentence:
      'وقالت كوريا الشمالية إن الولايات المتحدة اختلقت "حجة لا معنى لها" عن مساعدة بيونغ يانغ لسوريا في إنتاج أسلحة كيماوية.',
    published: '2018-03-01',
    has: ['KP>US:ACCUSE'],
  },
  {
    rule: '«، وقالت إن …» after a denial opens a statement of its own: the fabrication after it is no content of the denial (Sky News, dev batch 12)',
    sentence:
      'ذكرت وسائل إعلام حكومية في كوريا الشمالية في وقت متأخر من مساء الخميس أن بيونغيانغ نفت تقارير تفيد بأنها تعاونت مع سوريا بشأن الأسلحة الكيماوية، وقالت إن الولايات المتحدة اختلقتها للضغط على البلاد.',
    published: '2018-03-01',
    exactlyUnordered: ['KP>-:REJECT', 'KP>US:ACCUSE'],
    check: (doc) => {
      const accusation = doc.layers.events.find((e) => e.type === 'ACCUSE');
      if (accusation?.hypothetical) throw new Error('the reports’ belief word made the accusation hypothetical');
    },
  },
  {
    rule: 'near case (variant): a negated fabrication accuses no one',
    sentence:
      'وقالت كوريا الشمالية إن الولايات المتحدة لم تختلق "حجة لا معنى لها" عن مساعدة بيونغ يانغ لسوريا في إنتاج أسلحة كيماوية.',
    published: '2018-03-01',
    hasNotLike: [/:ACCUSE$/],
  },
];

runEventCases(cases, '2018-03-01');

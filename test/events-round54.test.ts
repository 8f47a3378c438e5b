// Round 54 (docs/events.md): blind dev batch 21's causes. A verbal noun right after a word of intent that opens a
// clause after an أن/إن carrying a pronoun is the act of the pronoun's referent. The rule cases are dev-side sentences
// of the standard events audit the round-start coder left uncoded; the near cases are dev-side sentences where the
// noun after another verb is not the speaker's act, and must stay uncoded.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  {
    rule: '«أعلنت فيه الأمم المتحدة … أنها تنوي إرسال قافلة مساعدات … إلى الغوطة الشرقية» is UN aid to Syria, planned (France24, dev-side, the standard audit)',
    sentence:
      'وتتواصل الغارات في وقت أعلنت فيه الأمم المتحدة الأحد أنها تنوي إرسال قافلة مساعدات الإثنين إلى الغوطة الشرقية مؤلفة من "46 شاحنة تقل مواد طبية وغذائية، فضلا عن طعام لـ27500 شخص ممن هم بحاجة إليه".',
    published: '2018-03-05',
    has: ['UN>SY:AID'],
    hypothetical: ['UN>SY:AID'],
  },
  {
    rule: '«وقال الصفدي إنه سيعقد محادثات مع نظيره الروسي في موسكو» is a planned Jordanian meeting with Russia (BBC, dev-side, the standard audit)',
    sentence:
      'وقال الصفدي إنه سيعقد محادثات مع نظيره الروسي في موسكو يوم الثلاثاء، يأمل من خلالها أن "يُحرز تقدما لاحتواء هذه الأزمة ومنع المزيد من الدمار".',
    published: '2018-07-02',
    has: ['JO>RU:CONSULT'],
    hypothetical: ['JO>RU:CONSULT'],
  },
  {
    rule: 'near case: «وردت الولايات المتحدة بأنها تراعي وصول المساعدات الإنسانية إلى إيران» is no US visit to Iran (BBC, dev-side)',
    sentence: 'وردت الولايات المتحدة بأنها تراعي وصول المساعدات الإنسانية إلى إيران.',
    published: '2018-10-14',
    hasNot: ['US>IR:CONSULT'],
  },
  {
    rule: 'near case: «وأكد ترامب على أنه سيوقف المناورات العسكرية في كوريا الجنوبية» codes no mobilization (BBC, dev-side)',
    sentence:
      'وأكد ترامب على أنه سيوقف المناورات العسكرية في كوريا الجنوبية، وهو ما ينظر إليه على نطاق واسع بوصفه تنازلا.',
    published: '2018-06-12',
    hasNotLike: [/:MOBILIZE$/],
  },
];

runEventCases(cases, '2018-04-14');

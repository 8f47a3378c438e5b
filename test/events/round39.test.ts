// Event coding rules of round 39 (eighth precision audit, docs/events.md), each with a case that the round-start
// coder got wrong and a near case that must still be coded. The cases are sentences of dev-side articles of the ANT
// economy sections read by this round's audit (the world-news audit order is used up) with the outlet named; near
// cases marked "variant" change words of such a sentence.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'past «وأنها», a preposition’s complements are no subject of the verb after it (CNN, economy audit)',
    sentence:
      'كشف الرئيس التركي رجب طيب أردوغان، الأحد، أن بلاده ستبدأ باستخدام العملات المحلية في التبادل التجاري مع إيران والصين، وأنها تبحث نفس الأمر حاليا مع روسيا للتعامل بالروبل والليرة التركية، وفقا لوكالة الأنباء التركية "الأناضول".',
    published: '2018-09-02',
    hasNotLike: [/^IR>RU/, /^CN>RU/],
  },
  {
    rule: 'near case (variant): a subject before «أنها» is the pronoun’s referent and stays the subject',
    sentence: 'وأعلنت إيران أنها تبحث نفس الأمر حاليا مع روسيا.',
    published: '2018-09-02',
    has: ['IR>RU:CONSULT'],
  },
  {
    rule: 'near case (variant): a bare «أن» keeps its clause’s own subject',
    sentence: 'وأكد أردوغان في مؤتمر مع إيران والصين، أن روسيا تبحث نفس الأمر حاليا مع الصين.',
    published: '2018-09-02',
    has: ['RU>CN:CONSULT'],
    hasNotLike: [/^IR>/],
  },
  {
    rule: 'occupying ranks is no occupation (Al Arabiya, economy audit)',
    sentence:
      'قال حمد بوعميم، مدير عام غرفة تجارة وصناعة دبي، إن السعودية والإمارات تحتلان المرتبتين الأولى والثانية على التوالي كشريكين تجاريين لدول أميركا اللاتينية.',
    published: '2018-04-01',
    hasNotLike: [/:COERCE$/],
  },
  {
    rule: 'taking another party’s place, the rank word after the subject, is no occupation (BBC, economy audit)',
    sentence:
      'كما توقعت صحيفة جيروزاليم بوست الإسرائيلية أن تحتل الصين مكان الولايات المتحدة، كأكبر مصدر للاستثمارات الخارجية في إسرائيل.',
    published: '2018-07-22',
    hasNotLike: [/:COERCE$/],
  },
  {
    rule: 'near case (variant): occupying a position (موقع) is still an occupation',
    sentence: 'واحتلت إسرائيل موقعا سوريا في الجولان.',
    published: '2018-07-22',
    has: ['IL>SY:COERCE'],
  },
  {
    rule: 'near case (variant): occupying a town is an occupation',
    sentence: 'واحتلت القوات التركية مدينة عفرين السورية.',
    published: '2018-03-19',
    has: ['TR>SY:COERCE'],
  },
  {
    rule: 'arriving at a value is amounting to it, no visit (Sky News, economy audit)',
    sentence:
      'وسيبدأ سريان الرسوم الجديدة اليوم وهي تماثل قائمة بتعريفات محتملة على سلع أميركية تصل قيمتها إلى ثلاثة مليارات دولار نشرتها الصين في 23 مارس.',
    published: '2018-04-02',
    hasNotLike: [/:CONSULT$/],
  },
  {
    rule: 'near case (events audit): a person arriving in a capital is a visit',
    sentence: 'وتصل إيفانكا التي ترأس الوفد الأميركي مساء الجمعة إلى سول حيث ستتناول العشاء مع الرئيس الكوري الجنوبي.',
    published: '2018-02-23',
    has: ['US>KR:CONSULT'],
  },
];

runEventCases(cases, '2018-06-01');

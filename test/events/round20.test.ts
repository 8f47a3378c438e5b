// Event coding rules of round 20 (errors of the blind dev batch 12), one case per rule and a near case that must not
// be coded: each sentence is from an Arabic news article of the ANT corpus (Al Arabiya, BBC, CNN, France24, Sky News,
// 2018), dev-split articles only (the batch-12 gold and scripts/audit-events.ts, docs/events.md), with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'an indefinite blow right after a verb of amounting («تعد ضربة واضحة ضد بكين») is figurative, no attack (CNN)',
    sentence:
      'لكن المحلّلين يملكون وجهة نظر أخرى، إذ يرون بأن زيارة حاملة طائرات إلى فيتنام تعد ضربة واضحة ضد بكين، وخططت لمواجهة بناء الجزء الصينية بشكل عنيف ونشرها لعملياتها العسكرية في بحر الصين الجنوبي.',
    published: '2018-03-04',
    hasNotLike: [/:ASSAULT$/],
  },
  {
    rule: 'near case: strikes carried out stay an attack (France24)',
    sentence:
      'ونفذت الولايات المتحدة وفرنسا وبريطانيا ضربات جوية على سوريا فجر السبت ردا على هجوم كيميائي مفترض وقع في السابع من نيسان/أبريل في مدينة دوما التي كانت آخر معاقل الفصائل المعارضة قرب دمشق، وتحمل الدول الثلاث مسؤوليته لنظام دمشق.',
    published: '2018-04-15',
    has: ['US>SY:ASSAULT', 'FR>SY:ASSAULT', 'GB>SY:ASSAULT'],
  },
  {
    rule: 'a visit after «عشية» is a circumstance, not an act of the clause subject (France24)',
    sentence:
      'وأفاد مسؤول في جهاز الاستخبارات في سامراء في شمال بغداد أن العميد في القوات الخاصة شريف إسماعيل، كان متوجها من بغداد إلى محافظة نينوى، عشية زيارة محتملة لرئيس الوزراء حيدر العبادي.',
    hasNotLike: [/:CONSULT$/],
  },
  {
    rule: 'near case: a visit after «خلال» is the subject’s own (France24)',
    sentence:
      'واعتبر الوزير الفرنسي خلال زيارة للعاصمة الجزائرية دامت24 ساعة أن "التحالف الوثيق بين بلدينا يمكن أن يغير وجه العالم في هذه المنطقة".',
    published: '2018-03-15',
    has: ['FR>DZ:CONSULT'],
  },
];

runEventCases(cases, '2018-03-14');

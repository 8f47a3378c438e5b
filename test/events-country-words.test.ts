// Country names that are also common words (data/gazetteer/country-words.tsv: «مالي» is also "financial"): the event
// stage leaves them to the linker, which reads their context, instead of matching them in every sentence (src/events/
// actors.ts, readActorLists). The cases are sentences of dev-side news, with the outlet named.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  {
    rule: 'near case: «دعم مالي» (financial support) names no Mali: the UN chief on aid to the Palestinians (Sky News, dev-side news)',
    sentence:
      'وقال الأمين العام للأمم المتحدة، أنطونيو غوتيريس، إنه تم التوصل إلى خطوة أولى في غاية الأهمية بشأن دعم مالي جديد للفلسطينيين، لكن لا تزال هناك حاجة لمزيد من المال.',
    published: '2018-03-16',
    hasNotLike: [/^ML>/, />ML:/],
  },
  {
    rule: 'Mali the linker finds after a direction («في شمال مالي») is still the attacked country (France 24, dev-side news)',
    sentence:
      'وذكرت الوكالة أن الجماعة التي يتزعمها إياد أغ غالي من طوارق مالي شنت الهجومين على رئاسة أركان القوات المسلحة والسفارة الفرنسية "ردا على مقتل عشرات من قادتها في هجوم للجيش الفرنسي في شمال مالي منذ أسبوعين".',
    published: '2018-03-05',
    // Round 44 names the attacker too (FR, «هجوم للجيش الفرنسي»); the case is about the target.
    hasLike: [/>ML:ASSAULT$/],
  },
];

runEventCases(cases, '2018-03-01');

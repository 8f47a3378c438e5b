// Event coding rules of round 11, one case per rule or exclusion: each sentence is from an Arabic news article of the
// ANT corpus (BBC, CNN, France24, Sky News Arabic and Alarabiya, 2018), dev-split articles outside the gold only,
// with the outlet named.
import assert from 'node:assert/strict';
import type { Doc } from '../../src/doc/types.js';
import { findActors } from '../../src/events/index.js';
import { type EventCase, runEventCases } from './cases.js';

const noActor = (surface: string) => (doc: Doc) =>
  assert.ok(!findActors(doc).some((a) => doc.text.slice(a.start, a.end) === surface), `«${surface}» read as a party`);

const cases: EventCase[] = [
  {
    rule: 'an indefinite accusative demonym qualifies the noun before it: the delegation received is American (Alarabiya)',
    sentence:
      'استقبل الرئيس الكوبي #راوول_كاسترو الثلاثاء وفدا برلمانيا أميركيا يزور الجزيرة للبحث في هجمات صوتية غامضة قد تكون أثرت في صحة دبلوماسيين أميركيين في هافانا.',
    has: ['CU>US:CONSULT'],
  },
  {
    rule: 'expelling diplomats named by an accusative demonym is a sanction on their country (BBC)',
    sentence: 'وردت موسكو بطرد 60 دبلوماسيا أمريكيا وإغلاق القنصلية الأمريكية في سانت بطرسبرغ.',
    has: ['RU>US:SANCTION'],
  },
  {
    rule: 'after a passive participle the accusative demonym is "backed by", no party (BBC)',
    sentence:
      'وتحاصر البلدة منذ نهاية العام الماضي مليشيا قوات سوريا الديمقراطية الكردية المدعومة أمريكيا، حسب تقارير مراقبين للنزاع السوري.',
    hasNotLike: [/US/],
    check: noActor('أمريكيا'),
  },
  {
    rule: 'after a definite participle the accusative demonym is no party either (France24)',
    sentence:
      'وفي صراع السعودية مع إيران، أقحم الأمير محمد الجيش السعودي المدعوم أمريكيا في نزاع مسلح في اليمن وقاد جهودا لم تنجح إلى حد ما في عزل قطر عن محيطها الخليجي.',
    hasNotLike: [/US/],
    check: noActor('أمريكيا'),
  },
  {
    rule: 'a word an accusative demonym qualifies is a noun, not a dual verb: «دعما أمريكيا» is no support by the Palestinians (BBC)',
    sentence:
      'ويرى الفلسطينيون في هذه الخطوة دعما أمريكيا واضحا لفرض اسرائيل سيطرتها على المدينة بأكملها، بما في ذلك قسمها الشرقي الذي يؤكد الفلسطينيون أحقيتهم بحكمه.',
    hasNot: ['PS>US:SUPPORT'],
  },
  {
    rule: 'the noun received is no act of its receiver: «تلقيه دعما فرنسيا» is no support by Morocco (France24)',
    sentence:
      'أعلن الاتحاد المغربي لكرة القدم الخميس تلقيه دعما فرنسيا لملف ترشحه لاستضافة مونديال 2026، وذلك في أعقاب لقاء بين رئيسه فوزي لقجع ونظيره الفرنسي نويل لو غريت في فرنسا.',
    hasNot: ['MA>FR:SUPPORT'],
  },
  {
    rule: 'a phrase verb with a noun of naming gives a name and launches nothing; the strikes after it are the attack (France24)',
    sentence:
      'وشهدت العملية التي تطلق عليها أنقرة اسم "غصن الزيتون" إرسال قوات برية وشن ضربات جوية وقصفا مدفعيا على منطقة عفرين.',
    has: ['TR>SY:ASSAULT'],
    check: (doc) =>
      assert.ok(
        doc.layers.events.every((e) => doc.text.slice(e.trigger.start, e.trigger.end) !== 'تطلق'),
        '«تطلق عليها … اسم» coded as launching',
      ),
  },
];

runEventCases(cases, '2018-03-20');

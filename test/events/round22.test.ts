// Event coding rules of round 22 (misses of the blind dev batch 14 and of batches 9–12), one case per rule and a near
// case that must not be coded: each sentence is from an Arabic news article of the ANT corpus (Al Arabiya, BBC, CNN,
// France24, Sky News, 2018), dev-split articles only (the dev gold and scripts/audit-events.ts, docs/events.md), with
// the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a blockade imposed (فرض + حصار) is COERCE 191, also through a relative after two adjectives (France24)',
    sentence:
      'هذا، ويأتي الإعلان عن هذا المشروع الاقتصادي في وقت تشهد فيه دول منطقة الخليج "أزمة قطر" بسبب الحصار السياسي والاقتصادي الذي تفرضه السعودية والإمارات والبحرين ومصر على الدوحة منذ ستة أشهر تقريبا.',
    published: '2018-03-13',
    has: ['SA>QA:COERCE', 'AE>QA:COERCE', 'BH>QA:COERCE', 'EG>QA:COERCE'],
    cameo: { 'SA>QA:COERCE': '191' },
  },
  {
    rule: 'a blockade imposed with its verb is COERCE, no sanctions (BBC)',
    sentence:
      'وتفرض إسرائيل ومصر حصارا بريا وبحريا وجويا على قطاع غزة، منذ فرض حركة حماس لسلطتها على القطاع في عام 2007، وطردها لمنافسيها، بعد عام من فوزها بالانتخابات التشريعية.',
    published: '2018-07-17',
    has: ['IL>PS:COERCE', 'EG>PS:COERCE'],
    hasNotLike: [/:SANCTION$/],
  },
  {
    rule: 'near case: sanctions through a relative after two adjectives stay sanctions (France24)',
    sentence:
      'وأشار إلى أن العقوبات الاقتصادية والسياسية التي فرضتها واشنطن والأمم المتحدة على بيونغ يانغ "بدأت تؤثر" في قدراتها العسكرية.',
    published: '2018-03-06',
    has: ['US>KP:SANCTION', 'UN>KP:SANCTION'],
    hasNotLike: [/:COERCE$/],
  },
  {
    rule: 'near case: a blockade whose imposers the relative does not name is no act of the clause subject (BBC)',
    sentence:
      'ودخلت علاقات البلدين مرحلة جديدة من التصعيد حيث وقفت تركيا بكامل قوتها إلى جانب قطر وأرسلت قوات كوماندوس جوا إلى الجزيرة الصغيرة وكسرت الحصار الجوي الذي فرضته هذه الدول على قطر عبر فتح خط شحن بري وبحري عبر إيران لمد الجزيرة بما تحتاجه من سلع وأغذية.',
    published: '2018-10-08',
    hasNotLike: [/:COERCE$/],
  },
  {
    rule: 'a director and an intelligence service («لمدير المخابرات العامة المصرية») bridge to the party (CNN)',
    sentence:
      'دبي، الإمارات العربية المتحدة (CNN)-- استقبل الرئيس السوداني عمر البشير، الأحد، وزير الخارجية القطري الشيخ محمد بن عبدالرحمن، وذلك غداة استقباله لمدير المخابرات العامة المصرية اللواء عباس كامل الذي يُلقب بـ"كاتم أسرار" و"ظل" الرئيس عبدالفتاح السيسي.',
    published: '2018-03-11',
    has: ['SD>QA:CONSULT', 'SD>EG:CONSULT'],
  },
  {
    rule: 'near case: the service «في مصر» is where it is, no party after the bridge (Sky News)',
    sentence:
      'أكد مدير المخابرات العامة في مصر بالوكالة، اللواء عباس مصطفى كامل، بعد لقائه وزير الخارجية السوداني، إبراهيم غندور، في الخرطوم السبت، على وجود إرادة "لتهيئة الظروف للعودة بعلاقات البلدين إلى مسارها الصحيح".',
    published: '2018-03-10',
    hasNotLike: [/^EG>/],
  },
  {
    rule: "withdrawing another country's diplomats («بسحب 23 دبلوماسياً روسياً من لندن») is expelling them (CNN)",
    sentence:
      'وعلى إثر الحادثة قامت بريطانيا بسحب 23 دبلوماسياً روسياً من لندن، الأربعاء، بالإضافة إلى قرارات أخرى، لتقوم روسيا السبت، باتخاذ قرار مماثل بسحب العدد ذاته من الدبلوماسيين البريطانيين من موسكو، إلى جانب قرارات أخرى أيضاً.',
    published: '2018-03-21',
    has: ['GB>RU:SANCTION'],
    cameo: { 'GB>RU:SANCTION': '166' },
  },
  {
    rule: "near case: withdrawing one's own diplomat from an embassy sanctions no one (BBC)",
    sentence:
      'سحبت الخارجية النمساوية أحد الديبلوماسيين العاملين في سفارتها في تل أبيب بسبب نشره صورة لنفسه يرتدي قميصا مكتوب عليه عبارة خاصة بفيلق دبابات النازي سابقا.',
    published: '2018-03-22',
    hasNotLike: [/:SANCTION$/],
  },
  {
    rule: 'the clause subject of a verbal noun is not an actor right after إلى/على/عن/ضد (BBC)',
    sentence:
      'بعد أن تم نقل الأموال إلى العراق باشرت السعودية والإمارات والبحرين ومصر بفرض حصار اقتصادي على قطر وهو مستمر حتى الآن كون "قطر لها تاريخ طويل في تمويل الارهاب".',
    published: '2018-07-17',
    has: ['SA>QA:COERCE', 'AE>QA:COERCE', 'BH>QA:COERCE', 'EG>QA:COERCE'],
    hasNot: ['IQ>QA:COERCE'],
  },
  {
    rule: 'near case: the party after «وفد من» is the delegation’s own, and stays the visitor (Sky News)',
    sentence:
      'يقوم وفد من القوة البحرية للحرس الثوري الإيراني بزيارة رسمية إلى العاصمة القطرية الدوحة، حيث أكد دعم إيران لقطر حكومة وشعباً.',
    published: '2018-03-14',
    has: ['IR>QA:CONSULT'],
  },
];

runEventCases(cases, '2018-03-14');

// Round 58 (docs/events.md): blind dev batch 22's causes that recur in dev-side text. «أنكر/ينكر» is a denial like
// «نفى» (data/events/triggers.tsv); cancelling an agreement «مع» a party rejects that party, as cancelling a summit
// with it does. The rule cases are batch 22's sentences and dev-side sentences of the standard events audit that the
// round-start coder left uncoded; the near cases must stay as they were.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  {
    rule: '«ولكن روسيا أنكرت هذه الاتهامات مراراً» is a Russian denial (CNN, blind batch 22)',
    sentence:
      'ولكن روسيا أنكرت هذه الاتهامات مراراً، بل لمّح السفير الروسي في بريطانيا، أكساندر ياكوفينكو، إلى أن احتمالية توصل السلطات البريطانية بسرعة إلى معرفة نوع السم المستخدم بالهجوم، قد يوقعها بفخ امتلاكها مادة الأعصاب هذه في مختمر كيماوي في بورتن داون، والتي تعتبر أكبر منشأة عسكرية سرية في بريطانيا تعاملت مع هذه الأسلحة الكيماوية.',
    published: '2018-03-26',
    has: ['RU>-:REJECT'],
  },
  {
    rule: '«وأنكرت الحكومة السورية ضلوعها في أي من الهجمات الكيمياوية» is a Syrian denial (BBC, dev-side, the standard audit)',
    sentence: 'وأنكرت الحكومة السورية ضلوعها في أي من الهجمات الكيمياوية الثلاثة المزعومة.',
    published: '2018-04-27',
    has: ['SY>-:REJECT'],
  },
  {
    rule: '«أنه ألغى التفاهمات مع الأمم المتحدة» is Israel rejecting the UN (France24, blind batch 22)',
    sentence:
      'أعلن رئيس الوزراء الإسرائيلي بنيامين نتانياهو الثلاثاء أنه ألغى التفاهمات مع الأمم المتحدة بشأن ترحيل المهاجرين الأفارقة إلى دول غربية بعد أن سمع ملاحظات كثيرة عن عيوب هذه الاتفاقية.',
    published: '2018-04-03',
    has: ['IL>UN:REJECT'],
  },
  {
    rule: '«أعلن فيه إلغاء الاتفاق النووي مع إيران» is the US rejecting Iran (BBC, dev-side, the standard audit)',
    sentence:
      'وكان ترامب قد أشار في حديثه الذي أعلن فيه إلغاء الاتفاق النووي مع إيران من جانب واحد إلى أن بومبيو في طريقه إلى كوريا الشمالية.',
    published: '2018-05-09',
    has: ['US>IR:REJECT'],
  },
  {
    rule: 'near case: «وإنكار حدوث المحرقة» in a charge is no denial by anyone (BBC, dev-side)',
    sentence:
      'وكان رئيس الوزراء الإسرائيلي بنيامين نتنياهو اتهم عباس إثر تصريحاته بمعاداة السامية وإنكار حدوث المحرقة.',
    published: '2018-05-04',
    has: ['IL>PS:ACCUSE'],
    hasNotLike: [/:REJECT$/],
  },
  {
    rule: 'near case: «إلغاء الاتفاق المبرم بين الدول العظمى وإيران» names no partner of the canceller (France24, dev gold batch 19)',
    sentence:
      'ويأتي اعتراف الجيش الإسرائيلي بمسؤوليته عن الغارة الجوية في الوقت الذي تكثف فيه الدولة العبرية تحذيراتها من الأخطار المتأتية من تعزيز طهران وجودها العسكري في سوريا ودعواتها إلى تعديل أو إلغاء الاتفاق المبرم بين الدول العظمى وإيران حول برنامجها النووي.',
    published: '2018-03-21',
    hasNotLike: [/:REJECT$/],
  },
];

runEventCases(cases, '2018-03-26');

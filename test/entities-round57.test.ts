// Round 57 (blind dev round 32): Adolf Hitler, whom no row named: each story made him a document-local name, and
// «بأدولف هتلر» (the clitic the tagger kept) a name of its own. Sentences from the round's dev article and from
// unannotated dev-side news (ANT), with what the tagger gives in them.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const cases: LinkCase[] = [
  {
    rule: 'Hitler after «ب» is Hitler, without the clitic (France 24, dev round 32)',
    text: 'وشبه ولي عهد السعودية المرشد الأعلى للجمهورية الإيرانية علي خامنئي بأدولف هتلر، وقال إن خامنئي "يريد إقامة مشروع شرق أوسطي خاص به مثلما أراد هتلر التوسع في زمنه.',
    tagged: [
      ['السعودية', 'LOC'],
      ['علي خامنئي', 'PER'],
      ['بأدولف هتلر', 'PER'],
      ['خامنئي', 'PER'],
      ['هتلر', 'PER'],
    ],
    published: '2018-03-15',
    expect: [
      ['أدولف هتلر', 'person:adolf-hitler'],
      ['هتلر', 'person:adolf-hitler'],
    ],
    absent: ['بأدولف هتلر'],
  },
  {
    rule: '… the Nazi leader with his title (BBC, dev-side news)',
    text: 'انتقدت الخارجية الروسية تصريحات أدلى بها بوريس جونسون وزير الخارجية البريطاني مشبها فيها بطولة كأس العالم المفترض أن تُجرى في روسيا الصيف المقبل بدورة الالعاب الأوليمبية التي استضافتها العاصمة الألمانية برلين عام 1936 خلال فترة حكم الزعيم النازي السابق أدولف هتلر.',
    tagged: [
      ['بوريس جونسون', 'PER'],
      ['بطولة كأس العالم', 'MISC'],
      ['روسيا', 'LOC'],
      ['برلين', 'LOC'],
      ['أدولف هتلر', 'PER'],
    ],
    published: '2018-03-22',
    expect: [
      ['أدولف هتلر', 'person:adolf-hitler'],
      ['الزعيم النازي السابق', 'person:adolf-hitler'],
    ],
  },
  {
    rule: '… and the bare «هتلر» (BBC, dev-side news)',
    text: 'وأضاف "لا يوجد فرق بين هوس هتلر بتفوق العرق الآري وبين فهم إسرائيل بأن هذه الأرض العريقة يجب أن تكون مخصصة لليهود فقط، إن روح هتلر التي قادت العالم إلى كارثة كبيرة تعود لتتجسد لدى بعض القادة الإسرائيليين".',
    tagged: [
      ['هتلر', 'PER'],
      ['إسرائيل', 'LOC'],
      ['هتلر', 'PER'],
    ],
    published: '2018-07-24',
    expect: [['هتلر', 'person:adolf-hitler']],
  },
];

runLinkCases('round 57: blind dev round 32', cases);

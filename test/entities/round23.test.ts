// Round 23 (blind dev round 17): a noun of relation between persons ends a person's name («وانغ كيشيان حليف شي»), a
// former title in apposition keeps its «السابق» … (more below as the round adds them).
// News sentences (ANT), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a relation noun inside a person span ends the name; the words after it are the related person (France 24)',
    text: 'أعاد البرلمان الصيني السبت انتخاب شي جينبينغ رئيسا للبلاد. كما انتخب البرلمان وانغ كيشيان حليف شي الوثيق نائبا لرئيس البلاد في تأكيد لهيمنة شي على السلطة.',
    tagged: [
      ['شي جينبينغ', 'PER'],
      ['وانغ كيشيان حليف شي', 'PER'],
      ['شي', 'PER', 'لهيمنة'],
    ],
    published: '2018-03-17',
    keyMentions: [['person:xi-jinping', ['شي جينبينغ', 'شي', 'شي']]],
    expect: [['وانغ كيشيان', 'local:']],
    absent: ['وانغ كيشيان حليف شي'],
  },
  {
    rule: '… a name with no relation noun in it stays whole («الصديق», also a given name, is not one) (negative)',
    text: 'وقال المؤرخ إن أبو بكر الصديق تولى الخلافة بعد وفاة النبي.',
    tagged: [['أبو بكر الصديق', 'PER']],
    published: '2018-03-17',
    present: ['أبو بكر الصديق'],
    absent: ['أبو بكر'],
  },
  {
    rule: 'a former title in apposition keeps «السابق|الأسبق», after the name (title heads) or before it (role phrases) (CNN, BBC)',
    text: 'قال الشيخ حمد بن جاسم آل ثاني، رئيس وزراء قطر السابق، إنه عاصر عملية السلام. وقال الرئيس الإيراني السابق محمد خاتمي، إن بلاده عادت مئة عام للوراء.',
    tagged: [
      ['حمد بن جاسم آل ثاني', 'PER'],
      ['قطر', 'LOC'],
      ['محمد خاتمي', 'PER'],
    ],
    published: '2018-03-10',
    keyMentions: [['person:hamad-bin-jassim', ['حمد بن جاسم آل ثاني', 'رئيس وزراء قطر السابق']]],
    mentionsOf: [['محمد خاتمي', ['الرئيس الإيراني السابق', 'محمد خاتمي']]],
    absent: ['رئيس وزراء قطر', 'الرئيس الإيراني', 'قطر'],
  },
  {
    rule: '… a former title with no name beside it is no mention, with or without «السابق» (negative)',
    text: 'وانتقد رئيس وزراء قطر السابق سياسة جيرانه في تغريدة.',
    tagged: [['قطر', 'LOC']],
    published: '2018-03-10',
    absent: ['رئيس وزراء قطر السابق', 'رئيس وزراء قطر'],
  },
];

runLinkCases('round 23', cases);

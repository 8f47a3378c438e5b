// Round 13: errors found by reading the linker's output on unannotated ANT news (scripts/audit-entities.ts). One
// table of news sentences (ANT), one loop; each rule has a negative case.
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: '«الرئيس الفرنسي السابق، X» is X, a former president, not the president at the date (CNN)',
    text: 'نفى الرئيس الفرنسي السابق، نيكولا ساركوزي، الادعاءات التي تتهمه بقبول أموال من ليبيا. وذكر ساركوزي ذلك وفقاً لما كتبه الرئيس الفرنسي السابق بمقال في صحيفة.',
    tagged: [
      ['نيكولا ساركوزي', 'PER'],
      ['ليبيا', 'LOC'],
      ['ساركوزي', 'PER', 'وذكر'],
    ],
    published: '2018-03-23',
    // Round 23: «السابق» belongs to the former title in apposition (the dev gold's reading, rounds 10 and 15).
    keyMentions: [['person:nicolas-sarkozy', ['الرئيس الفرنسي السابق', 'نيكولا ساركوزي', 'ساركوزي', 'الرئيس الفرنسي']]],
    absentKeys: ['person:emmanuel-macron'],
  },
  {
    rule: 'a former office whose holder the article does not name is no mention of the holder at the date (France 24, dev-side news)',
    text: 'كما أكد الرئيس الفرنسي السابق أنه لم يتحدث "أبدا عن خطوط حمراء في 2013"، مشيرا إلى أن عدم تدخل الأسرة الدولية، وعلى رأسها الولايات المتحدة في تلك السنة، جعل النظام السوري يتصرف وكأن لا أحد يمكن أن يحاسبه.',
    tagged: [['الولايات المتحدة', 'LOC']],
    published: '2018-03-12',
    absent: ['الرئيس الفرنسي'],
    absentKeys: ['person:emmanuel-macron'],
  },
  {
    rule: 'without «السابق» the role phrase is still the holder at the date (France 24)',
    text: 'وقال الرئيس الفرنسي إن بلاده ستشارك في الضربات.',
    tagged: [],
    published: '2018-04-14',
    expect: [['الرئيس الفرنسي', 'person:emmanuel-macron']],
  },
  {
    rule: "Yemen's «محافظة الجوف» among Yemeni places is the governorate, not the Libyan town (Al Arabiya)",
    text: 'والسيطرة على مواقع على الطرق المؤدية إلى محافظة الجوف شمال شرق العاصمة صنعاء.',
    tagged: [
      ['الجوف', 'LOC'],
      ['صنعاء', 'LOC'],
    ],
    published: '2018-03-02',
    expect: [['الجوف', 'place:rv:al-jawf-ye']],
  },
  {
    rule: '«الجوف» among Libyan places is still the Libyan town (negative case)',
    text: 'وصل الوفد إلى بلدة الجوف في الكفرة جنوب شرق ليبيا.',
    tagged: [
      ['الجوف', 'LOC'],
      ['الكفرة', 'LOC'],
      ['ليبيا', 'LOC'],
    ],
    published: '2018-03-02',
    expect: [['الجوف', 'place:geo:66999']],
  },
  {
    rule: "CNN's dateline city and the Philippine president the audit found without rows (CNN, Sky News)",
    text: 'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- اتهم الرئيس الفلبيني رودريغو دوتيرتي المحكمة بالتحيز.',
    tagged: [
      ['أتلانتا', 'LOC'],
      ['الولايات المتحدة الأمريكية', 'LOC'],
      ['رودريغو دوتيرتي', 'PER'],
    ],
    published: '2018-02-18',
    expect: [
      ['أتلانتا', 'place:rv:atlanta'],
      ['الرئيس الفلبيني', 'person:rodrigo-duterte'],
      ['رودريغو دوتيرتي', 'person:rodrigo-duterte'],
    ],
  },
];

runLinkCases('entities: round 13 (audit on unannotated news)', cases);

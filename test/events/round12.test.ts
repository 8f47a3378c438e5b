// Event coding rules of round 12 (precision on unseen text), one case per rule or exclusion: each sentence is from an
// Arabic news article of the ANT corpus (BBC, CNN, France24, Sky News Arabic and Alarabiya, 2018), dev-split articles
// outside the gold only (the audit samples A and B of docs/events.md), with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a company is no party: Google denying is no US denial (BBC)',
    sentence: 'ونفت غوغل استخدام وجهات النظر السياسية في تشكيل نتائج البحث لديها.',
    hasNot: ['US>-:REJECT'],
  },
  {
    rule: 'a sports club is no party, nor the capital in its name (France24)',
    sentence:
      'زار ناصر الخليفي الرئيس القطري لنادي باريس سان جرمان، المهاجم الدولي البرازيلي نيمار في مقر إقامته في مانغاراتيبا بالبرازيل، حيث يتعافى من عملية جراحية أجريت له على مستوى مشط القدم.',
    hasNotLike: [/FR/],
  },
  {
    rule: 'a platform named before a statement is not its author: Bahrain’s solidarity, not the US’s (Sky News Arabic)',
    sentence:
      'وفي تغريدة على حسابها الرسمي على تويتر قالت وزارة الخارجية البحرينية "تؤكد مملكة البحرين على تضامنها التام مع المملكة العربية السعودية الشقيقة في مواجهة أي تدخل خارجي في شؤونها الداخلية وضد كل من يحاول المساس بسيادتها".',
    has: ['BH>SA:SUPPORT'],
    hasNotLike: [/^US/],
  },
  {
    rule: 'a possessive pronoun is the noun’s genitive: no agent after «من قبل» (BBC)',
    sentence:
      'جدد الرئيس الأمريكي، دونالد ترامب، العقوبات المفروضة على كوريا الشمالية، قائلا إن أسلحتها النووية لا تزال تمثل "تهديدا فائقا" لبلاده، بعد 10 أيام فقط من نفيه وجود أي خطر من قبل بيونغيانغ.',
    has: ['US>KP:SANCTION'],
    hasNot: ['KP>-:REJECT'],
  },
  {
    rule: 'a masculine possessive pronoun does not refer to a plural party: «دعمه» is not the Palestinians’ (BBC)',
    sentence:
      'وأضاف أنه سيقدم خطة سلام مبنية على حل الدولتين في الشرق الأوسط خلال الأشهر المقبلة، معربا عن ثقته في عودة الفلسطينيين إلى المفاوضات بالرغم من دعمه الثابت لإسرائيل.',
    hasNot: ['PS>IL:SUPPORT'],
  },
  {
    rule: 'a feminine possessive pronoun refers to the country before it: Russia’s support for Syria (France24)',
    sentence:
      'وعلى الصعيد الدبلوماسي، قالت الناطقة باسم وزارة الخارجية الأمريكية هيذر نويرت ليل السبت الأحد إن "روسيا بدعمها الثابت لسوريا تتحمل مسؤولة في هذه الهجمات الوحشية".',
    has: ['RU>SY:SUPPORT'],
  },
  {
    rule: 'a possessive visit noun keeps the clause subject as the visitor (France24)',
    sentence:
      'وكان رئيس الوزراء الهندي ناريندرا مودي أعلن خلال زيارته لإسرائيل في تموز/يوليو الماضي عن المسار الجديد بين إسرائيل والهند.',
    has: ['IN>IL:CONSULT'],
  },
  {
    rule: 'a resumptive verb’s pronoun is no genitive of a noun reading: backing a resolution is no support of Iran (France24)',
    sentence:
      'وكانت روسيا استخدمت الاثنين حق النقض في مجلس الأمن لمنع صدور قرار تقدمت به بريطانيا ودعمته الولايات المتحدة وفرنسا يجدد الحظر على إرسال أسلحة إلى اليمن ويتضمن في الوقت نفسه إدانة لإيران بسبب تسليحها المتمردين الحوثيين.',
    hasNot: ['US>IR:SUPPORT', 'FR>IR:SUPPORT'],
  },
];

runEventCases(cases, '2018-03-20');

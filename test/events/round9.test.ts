// Event coding rules of round 9: each test is a sentence from an Arabic news article of the ANT corpus (BBC, CNN,
// France24, Sky News Arabic and Alarabiya, 2018) or Jawhara FM (2016–2017), the outlet named in the test.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a city after a meeting noun is the venue, not a party (France24, Jawhara FM) (1/2)',
    sentence:
      'وقالت إن وجود 400 قتيل يعكس فشل محادثات استانا التي تم خلالها الاتفاق بين تركيا وإيران وروسيا على إنشاء مناطق "خفض توتر" للحد من العنف في سوريا.',
    hasNotLike: [/KZ/],
  },
  // Talks named after the process they serve are a conference held in the city, not talks with its country.
  {
    rule: 'a city after a meeting noun is the venue, not a party (France24, Jawhara FM) (2/2)',
    sentence:
      'وقد تزيد النزاعات القضائية  بشكل ملحوظ، لأنه إذا تطور وقف إطلاق النار الهش الحالي بين فصائل المعارضة والنظام السوري في إطار محادثات السلام في أستانا، إلى شكل من أشكال السلام على المدى المتوسط.',
    exactly: [],
  },
  {
    rule: 'what a campaign tries to make believed is not coded as fact (Alarabiya)',
    sentence:
      'أدركت إيران منذ اندلاع الثورة السورية أن حليفها الاستراتيجي في الشرق الأوسط، يمر بمرحلة عصيبة قد تجتثه قبل أن تنجح طهران في إيجاد بديل مناسب في المنطقة، فسخرت ماكينتها الإعلامية والدبلوماسية لمحاولة إقناع أتباعها في إيران وخارجها بأن «قوى الاستكبار العالمي»، خاصة الولايات المتحدة وإسرائيل، تستهدف ما تطلق عليه إيران «محور المقاومة».',
    exactly: [],
  },
  {
    rule: 'an act someone is suspected of is not the act of the clause subject (BBC)',
    sentence:
      'أعلنت السلطات البريطانية اسمي رجلين يحملان الجنسية الروسية، مشتبه بضلوعهما في محاولة اغتيال الجاسوس الروسي السابق سيرغي سكريبال وابنته يوليا.',
    hasNot: ['GB>RU:ASSAULT'],
  },
  {
    rule: 'a killing verb with «فيها» after it names victims, not an attacker (France24)',
    sentence:
      'أعلن الجيش الاسرائيلي السبت اعتقال اثنين من أقرباء الفلسطيني الذي نفذ الجمعة عملية دهس قتل فيها جنديان إسرائيليان الجمعة في الضفة الغربية المحتلة.',
    hasNot: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'an envoy’s post with a glued ل is part of his title (BBC)',
    sentence:
      'فقد وصف موفد الأمم المتحدة السابق لليمن الموريتاني اسماعيل ولد الشيخ أحمد بأنه "ممثل لدول العدوان" في إشارة إلى التحالف العربي.',
    hasNotLike: [/YE/],
  },
  {
    rule: 'the Arab coalition written as a hashtag is no party without its leader (Alarabiya)',
    sentence:
      'وكانت إحصائية نشرها موقع #الجيش_اليمني، الاثنين، قالت إن أكثر من 100 مسلح حوثي، بينهم قيادات ميدانية، لقوا مصرعهم خلال 48 ساعة بغارات طيران #التحالف_العربي والمعارك العنيفة الدائرة جنوبي محافظة الحديدة غرب #اليمن.',
    hasNotLike: [/^SA>/],
  },
  {
    rule: '«وفي …،» opening a sentence fronts a circumstance: the subject follows the verb (BBC)',
    sentence:
      'وفي تغريدة عبر موقع تويتر، أبدى رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، تأييده لبحث أستراليا نقل سفارتها إلى القدس.',
    exactly: ['IL>AU:SUPPORT'],
  },
  {
    rule: 'a party right after a verbal noun with another party after it is the agent (BBC) (1/2)',
    sentence:
      'قال وزير الخارجية الروسي، سيرغي لافروف، إن بلاده ستطرد دبلوماسيين بريطانيين "قريبا"، ردا على طرد لندن 23 دبلوماسيا روسيا.',
    exactlyUnordered: ['GB>RU:SANCTION', 'RU>GB:SANCTION'],
  },
  // The object genitive has no party after it: the clause's subject acts on it.
  {
    rule: 'a party right after a verbal noun with another party after it is the agent (BBC) (2/2)',
    sentence: 'لكن بريطانيا أعلنت طرد الدبلوماسيين الروس بعد انتهاء مهلة الثلاثاء.',
    exactly: ['GB>RU:SANCTION'],
  },
];

runEventCases(cases, '2018-03-20');

// Event coding rules of round 18 (errors of the blind dev batch 10), one case per rule and a near case that must not
// be coded: each sentence is from an Arabic news article of the ANT corpus (Al Arabiya, BBC, CNN, France24, Sky News,
// 2018), dev-split articles only (the batch-10 gold and scripts/audit-events.ts, docs/events.md), with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: "a pledge the reporter's own side makes with another party is made to no one named; «بينهما» names the pair (Sky News)",
    sentence:
      'أعلنت الرئاسة الفرنسية، الجمعة، أن الرئيسين الفرنسي إيمانويل ماكرون والأميركي دونالد ترامب، تعهدا بأنهما لن "يتسامحا مع الإفلات من العقاب" في أي استخدام آخر لأسلحة كيماوية في سوريا، وذلك إثر اتصال هاتفي بينهما.',
    exactly: ['FR>US:CONSULT'],
  },
  {
    rule: 'near case: a promise reported by another party is still made to the reporter (CNN)',
    sentence:
      'واشنطن، الولايات المتحدة الأمريكية (CNN)-- أعلن الرئيس الأمريكي دونالد ترامب، السبت، أن كوريا الشمالية وعدت بإيقاف تجاربها الصاروخية، وذلك بعد قبوله مبدئيا بلقاء زعيم كوريا الشمالية كيم جونغ أون.',
    has: ['KP>US:AGREE'],
  },
  {
    rule: 'near case: «بينهما» after parties not joined by و names no pair (France24)',
    sentence: 'ورحب كيم جونغ أون "بحرارة" بالوفد الجنوبي، كما استمرت المحادثات بينهما أكثر من أربع ساعات.',
    hasNotLike: [/:CONSULT$/],
  },
  {
    rule: 'rejecting accusations with no accuser named is a denial (BBC)',
    sentence:
      'وترفض موسكو الاتهامات بأنها عبثت في الأدلة الموجودة في موقوع الهجوم، وتنفي استخدام الأسلحة الكيمياوية خلاله.',
    exactly: ['RU>-:REJECT'],
  },
  {
    rule: '… «ورفض وزير الخارجية الروسي سيرغي لافروف، الجمعة، مزاعم تورط روسيا» (CNN)',
    sentence: 'ورفض وزير الخارجية الروسي سيرغي لافروف، الجمعة، مزاعم تورط روسيا كدعاية.',
    exactly: ['RU>-:REJECT'],
  },
  {
    rule: 'near case: refusing to bring accusations («رفض … توجيه أصابع الاتهام») is no denial and no accusation (BBC)',
    sentence: 'وفي وقت سابق من اليوم رفض البيت الأبيض توجيه أصابع الاتهام لروسيا.',
    hasNot: ['US>-:REJECT', 'US>RU:ACCUSE'],
  },
  {
    rule: 'near case: a rejected claim embeds its content only to the end of its comma segment (Al Arabiya)',
    sentence:
      'رفضت وزارة الخارجية في جمهورية #التشيك اتهامات أنقرة لها برعاية #الإرهاب، وذلك في رد منها على مسؤولين أتراك انتقدوا قرار محكمة تشيكية بالإفراج عن رئيس حزب الاتحاد الديمقراطي #صالح_مسلم.',
    has: ['TR>CZ:ACCUSE'],
  },
  {
    rule: 'withdrawing troops from a country is RETREAT (France24)',
    sentence: 'وعد الرئيس الأمريكي دونالد ترامب باتخاذ قرار سريع بخصوص سحب قوات بلاده من سوريا.',
    exactly: ['US>SY:RETREAT'],
    cameo: { 'US>SY:RETREAT': '0874' },
  },
  {
    rule: '… «وسحبت الولايات المتحدة معظم قواتها من السعودية» (BBC)',
    sentence:
      'وسحبت الولايات المتحدة معظم قواتها من السعودية وباتت قاعدة "العديد" القطرية مركز القيادة الوسطى للجيش الامريكي ومنها تنطلق حاليا الآن الطائرات الأمريكية المقاتلة لشن غارات على مواقع تنظيم "الدولة الاسلامية" في سوريا.',
    has: ['US>SA:RETREAT'],
  },
  {
    rule: 'near case: a withdrawal among conditions set for another party is what they demand (BBC)',
    sentence: 'وتضمنت شروط بومبيو سحب طهران جميع قواتها من سوريا والتوقف عن دعم الحوثيين في اليمن.',
    hasNotLike: [/:RETREAT$/],
  },
  {
    rule: '… after «مطالب من 12 بندا … من بينها» (BBC)',
    sentence:
      'وحدد بومبيو مطالب من 12 بندا أمام القيادة الإيرانية للوفاء بها، من بينها سحب قواتها من سوريا، وأن تنهي دعمها للمسلحين الحوثيين في اليمن.',
    hasNotLike: [/:RETREAT$/],
  },
  {
    rule: 'near case: what conditions are for (شرطاً للتوصل لأي اتفاق …) is no demand (BBC)',
    sentence:
      'وفي مايو/أيار، وضع بومبيو 12 شرطاً للتوصل لأي اتفاق نووي جديد مع إيران، من بينها سحب قواتها من سوريا ووضع حد لدعمها للحوثيين في اليمن.',
    has: ['US>IR:AGREE'],
    hasNot: ['US>SY:RETREAT'],
  },
  {
    rule: 'near case: «الشروط المرجعية» (terms of reference) are no demands (BBC)',
    sentence:
      'عقد الاجتماع الأول للجنة ثلاثية تضم مصر وإثيوبيا والسودان للتباحث حول صياغة الشروط المرجعية للجنة الفنية وقواعدها الإجرائية والاتفاق على دورية عقد الاجتماعات.',
    has: ['EG>SD:CONSULT', 'ET>SD:CONSULT'],
  },
  {
    rule: '«بحث X وY» without مع: the coordinated parties discuss together (CNN)',
    sentence:
      'وتابع قائلا: "هذه الزيارة تتمركز في هدفها الأول حول بحث الرئيس عبدالفتاح السيسي وولي العهد السعودي المستجدات المتعلقة بعدد من القضايا الإقليمية ذات الاهتمام المشترك، وقدرة البلدين على التصدي للتحديات المختلفة برؤية موحدة، وتؤكد خصوصية العلاقات المصرية - السعودية وتميزها في مختلف المستويات، في ظل أهمية مواصلة التنسيق والتشاور بينهما."',
    has: ['EG>SA:CONSULT'],
  },
  {
    rule: '… «أعلنت الولايات المتحدة وفرنسا … أنهما تبحثان "اتفاقا جديدا"» (BBC)',
    sentence:
      'وأعلنت الولايات المتحدة وفرنسا، الثلاثاء، أنهما تبحثان "اتفاقا جديدا" من شأنه توسيع بنود اتفاق 2015 وتمديده.',
    has: ['US>FR:CONSULT'],
  },
  {
    rule: 'near case: the topic after «بحث … مع» is no partner (BBC)',
    sentence:
      'بحث الرئيس الأمريكي دونالد ترامب مع ولي العهد السعودي محمد بن سلمان الاتفاق النووي الإيراني والأزمة اليمنية.',
    exactly: ['US>SA:CONSULT'],
  },
  {
    rule: 'near case: «لبحث» after places of a tour is a purpose, not a meeting of the places (BBC)',
    sentence:
      'وقال ترامب إنه يتوقع الحصول على تقرير من وزير خارجيته مايك بومبيو، حول جولته الأخيرة في السعودية وتركيا لبحث قضية خاشقجي.',
    hasNot: ['SA>TR:CONSULT'],
  },
];

runEventCases(cases, '2018-03-12');

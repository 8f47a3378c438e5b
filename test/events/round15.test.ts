// Event coding rules of round 15 (second precision audit on unannotated news), one case per rule and a near case that
// must still be coded: each sentence is from an Arabic news article of the ANT corpus (BBC, CNN, France24, Sky News
// Arabic and Alarabiya, 2018), dev-split articles outside the gold only (scripts/audit-events.ts, docs/events.md),
// with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'an attack word with «بشدة» after it is an attack in words: criticism, not an assault (BBC)',
    sentence:
      'هاجم الرئيس الأمريكي دونالد ترامب بشدة روسيا وإيران والرئيس السوري بشار الأسد في أعقاب ما يشتبه بأنه هجوم كيماوي في سوريا.',
    has: ['US>RU:ACCUSE', 'US>IR:ACCUSE'],
    hasNotLike: [/^US>..:ASSAULT/],
    cameo: { 'US>RU:ACCUSE': '111' },
  },
  {
    rule: 'an attack followed by a participle of accusing («متهمة إياها») is made in words (France24)',
    sentence:
      'ندد قادة الدول العربية في قمتهم السنوية في مدينة الظهران السعودية اليوم الأحد، بالقرار الأمريكي الاعتراف بالقدس عاصمة لإسرائيل، فيما شنت الرياض هجوما على إيران، متهمة إياها بالتدخل في الشؤون العربية.',
    has: ['SA>IR:ACCUSE'],
    hasNot: ['SA>IR:ASSAULT'],
  },
  {
    rule: 'a person attacking a person by name does so in words (BBC)',
    sentence: 'أردوغان يهاجم وزير خارجية الإمارات لنشره تغريدة "مسيئة للعثمانيين"',
    has: ['TR>AE:ACCUSE'],
    hasNot: ['TR>AE:ASSAULT'],
  },
  {
    rule: 'near case: a country’s offensive announced by its president is still an assault (BBC)',
    sentence:
      'وقال الرئيس التركي رجب طيب أردوغان إن بلاده ستوسع هجومها ضد وحدات حماية الشعب الكردية إلى البلدة الواقعة في شمال سوريا.',
    has: ['TR>SY:ASSAULT'],
    hasNot: ['TR>SY:ACCUSE'],
  },
  {
    rule: 'near case: air strikes with no word of saying after them are still an assault (France24)',
    sentence:
      'وانعقدت هذه القمة، غداة ضربات شنتها الولايات المتحدة وبريطانيا وفرنسا على أهداف تابعة للنظام في سوريا، لكن الملك سلمان (82 عاما) لم يثر النزاع السوري أمام قادة وممثلي الدول العربية.',
    has: ['US>SY:ASSAULT', 'GB>SY:ASSAULT', 'FR>SY:ASSAULT'],
  },
  {
    rule: 'a request received («تلقت طلباً … من») is made by the senders to the receiver (BBC)',
    sentence:
      'وقالت الحكومة الاسرائيلية إنها تلقت طلباً بإجلاء هؤلاء من الولايات المتحدة وبريطانيا وفرنسا وكندا إلى الأردن تمهيداً لإعادة توطينهم في بعض هذه الدول.',
    has: ['US>IL:REQUEST', 'GB>IL:REQUEST', 'FR>IL:REQUEST', 'CA>IL:REQUEST'],
    hasNotLike: [/^IL>/],
  },
  {
    rule: 'near case: a request the subject makes «من» a party is still the subject’s (BBC)',
    sentence: 'طلبت الولايات المتحدة من تركيا تقديم أية تسجيلات لديها قد تكشف مصير الصحفي السعودي جمال خاشقجي.',
    has: ['US>TR:REQUEST'],
  },
  {
    rule: '«للتحالف العربي» with no leader named is no party, though the tagger’s span lost the article (Sky News)',
    sentence:
      'قتل القيادي في مليشيات الحوثي الإيرانية، عبدالملك مقبل طاوس أبو طه، السبت، مع عدد من مرافقيه في غارة جوية للتحالف العربي في منطقة الصفراء بمحافظة صعدة، حسب ما أفاد مراسلنا.',
    hasNotLike: [/^SA>/],
  },
  {
    rule: 'near case: «للتحالف العربي بقيادة السعودية» acts for its leader (Sky News)',
    sentence:
      'وأكد الخطاب أنه حتى إذا تم إقرار القانون، فإنه لن يحقق الهدف الواضح منه، وهو تقييد دعم الولايات المتحدة للتحالف العربي بقيادة السعودية، لأن هذا الدعم "لا يشكل أي انخراط في أعمال حربية".',
    has: ['US>SA:SUPPORT'],
  },
  {
    rule: 'drills «المشتركة بين» two parties are theirs, not an act of the clause subject who describes them (BBC)',
    sentence:
      'ألغت كوريا الشمالية محادثات رفيعة المستوى مع كوريا الجنوبية، ووصفت التدريبات العسكرية المشتركة بين الولايات المتحدة وكوريا الجنوبية بأنها "استفزاز" ومناورة للغزو.',
    hasNot: ['KP>-:MOBILIZE'],
  },
  {
    rule: 'near case: drills with no «بين» after them are still the clause subject’s (Sky News)',
    sentence:
      'ومددت تركيا، التي لا تربطها علاقات دبلوماسية مع قبرص، هذا الأسبوع، تدريبات عسكرية في شرق المتوسط حتى العاشر من مارس المقبل.',
    has: ['TR>-:MOBILIZE'],
  },
];

runEventCases(cases, '2018-03-20');

// Event coding rules of round 16 (third precision audit on unannotated news), one case per rule and a near case that
// must still be coded: each sentence is from an Arabic news article of the ANT corpus (BBC, CNN, France24, Sky News
// Arabic and Alarabiya, 2018), dev-split articles outside the gold only (scripts/audit-events.ts, docs/events.md),
// with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'an attack the subject describes («وصف … الهجوم») is not the describer’s (France24)',
    sentence:
      'وصف الاثنين الرئيس الأمريكي دونالد ترامب الهجوم الكيميائي في سوريا "بالفظيع والمريع" وقال بعد مشاهدة صور مريعة لمدنيين تسمموا بغاز السارين "عادة لا ترى أموراً كهذه، رغم الأخبار السيئة من أنحاء العالم. إنك لا ترى مثل هذه الصور".',
    hasNot: ['US>SY:ASSAULT'],
  },
  {
    rule: '«ووصف» before an attack noun: the describer is not its agent (BBC)',
    sentence:
      'ووصف ترامب الهجوم على إدلب، في تغريدة نشرها على حسابه على موقع التواصل الاجتماعي تويتر، بأنه قد يكون "خطأ إنسانيا فادحا" ينتج عنه مقتل المئات من المدنيين.',
    hasNotLike: [/^US>..:ASSAULT/],
  },
  {
    rule: 'near case: a call after «في» where the subject describes an attack is still the subject’s own (BBC)',
    sentence: 'ووصف بوتين في اتصال هاتفي مع نظيره الإيراني روحاني، الهجوم بـ "الجريمة الدموية".',
    has: ['RU>IR:CONSULT'],
  },
  {
    rule: 'near case: talks the subject describes with a possessive («مباحثاته») are the subject’s own (BBC)',
    sentence:
      'ووصف بومبيو مباحثاته مع المسؤول الكوري الشمالي بأنها "لحظة محورية في تاريخ العلاقات والتي قد تصبح مأساوية إذا ما أضعنا هذه الفرصة".',
    has: ['US>KP:CONSULT'],
  },
  {
    rule: 'near case: describing a party’s act in harsh words is still criticism of that party (Sky News)',
    sentence:
      'وصف رئيس كوريا الجنوبية مون جيه-إن، الخميس، استغلال اليابان لما يعرف "بنساء المتعة" خلال الحرب العالمية الثانية بأنه "جريمة ضد الإنسانية"، وذلك في أقوى تصريحاته بشأن القضية حتى الآن، مما دفع طوكيو للاحتجاج سريعا.',
    has: ['KR>JP:ACCUSE'],
  },
  {
    rule: 'the bare perfect «دان» condemns: the condemned attack is not the condemner’s (France24)',
    sentence:
      'من جانبه، دان وزير الخارجية الفرنسي جان إيف لودريان الهجوم الذي شنته القوات الحكومية السورية في الساعات ال24 الماضية في دوما، ودعا مجلس الأمن للاجتماع سريعا لبحث الوضع في الغوطة الشرقية.',
    hasNotLike: [/^FR>..:ASSAULT/],
  },
  {
    rule: 'near case: an attack condemned with «دان» whose agent is its genitive is still coded (Alarabiya)',
    sentence:
      'من جهته، دان نائب السفير البريطاني لدى الأمم المتحدة جوناثان آلانان استهداف ميليشيات الحوثي لأهداف مدنية سعودية، معتبراً أن تلك الهجمات ستطيل من أمد النزاع في المنطقة.',
    has: ['YE>SA:ASSAULT'],
    hasNotLike: [/^GB>..:ASSAULT/],
  },
  {
    rule: 'the site of an attack («زارت موقع الهجوم») is not the visitor’s attack (France24)',
    sentence:
      'إلا أن المندوب الأمريكي لدى منظمة حظر الأسلحة الكيميائية قال إن روسيا قد تكون زارت موقع الهجوم المفترض بالغاز السام في بلدة دوما السورية "وعبثت" بالأدلة.',
    hasNot: ['RU>SY:ASSAULT'],
  },
  {
    rule: 'inspectors who found traces at the site of an attack did not make it (BBC)',
    sentence:
      'كما عثر مفتشو الأمم المتحدة على آثار غاز السارين في موقع الهجوم الذي وقع عام 2013، وأودى بحياة مئات الأشخاص في الغوطة.',
    hasNotLike: [/^UN>/],
  },
  {
    rule: 'near case: a denial whose content names the site of an attack is still a denial (BBC)',
    sentence: 'ونفى لافروف، في مقابلة مع بي بي سي، أي تدخل أو تلاعب بالأدلة في موقع الهجوم الكيمياوي المزعوم في دوما.',
    has: ['RU>-:REJECT'],
  },
  {
    rule: 'a sentence opening with «وأمام …،» fronts a circumstance: its demonym is not the next clause’s subject (France24)',
    sentence:
      'وأمام الهجوم التركي، طالب الأكراد دمشق بالتدخل، وبعد مفاوضات دخلت قوات محدودة تابعة لقوات النظام انتشرت على جبهات عدة، لكن سرعان ما استهدفها الأتراك بالقصف.',
    hasNotLike: [/^TR>..:REQUEST/],
  },
  {
    rule: 'near case: «أمام» inside a sentence (a speech before the party) fronts nothing (BBC)',
    sentence:
      'وأضاف في خطاب أمام قيادة الحزب الحاكم في أنقرة أن القوات التركية "تحاصر عفرين حاليا، وقد تدخلها في أي لحظة، بعدما سيطرت على بلدة جندايريس، غربي عفرين".',
    has: ['TR>SY:COERCE'],
  },
  {
    rule: '«المالي» ("financial") is not Mali: a country named without the article never takes it (Sky News)',
    sentence:
      'وذكرت وكالة أنباء الإمارات "وام" أن العملية أسفرت عن ضبط المسؤول المالي للتنظيم، ابن عم ومرافق قيادي القاعدة ناصر مبارك الماحل، ليشكل ذلك ضربة في آخر منفذ للإرهابيين بمحافظة أبين جنوب شرقي اليمن، وسط فرار لعناصر التنظيم الإرهابي.',
    hasNotLike: [/^ML>/],
  },
  {
    rule: 'near case: «في مالي» is Mali (France24)',
    sentence:
      'وكانت جماعة "نصرة الإسلام والمسلمين" التابعة لتنظيم "القاعدة" في مالي، قد أكدت مسؤوليتها عن الهجومين وذلك ردا على عملية عسكرية فرنسية في مالي.',
    has: ['FR>ML:ASSAULT'],
  },
  {
    rule: 'after a killing noun and the noun of the one killed, the demonym is the victim’s (BBC)',
    sentence: 'حكم بإعدام لبناني وسورية لإدانتهما بقتل خادمة فلبينية في الكويت',
    hasNotLike: [/^PH>/],
  },
  {
    rule: 'a definite victim with a demonym after a killing noun is no attacker either (CNN)',
    sentence:
      'دبي، الإمارات العربية المتحدة (CNN)-- اعتقلت السلطات في سوريا المشتبه به بقتل العاملة الفلبينية جوانا ديمافيليس في الكويت، نادر عصام عساف، وهو لبناني الجنسية.',
    hasNotLike: [/^PH>/],
  },
  {
    rule: 'near case: a killer named with his demonym before the verb is still the attacker (BBC)',
    sentence: 'نددت السلطة الفلسطينية الثلاثاء بالإفراج عن جندي إسرائيلي قتل جريحا فلسطينيا بعد تسعة أشهر من سجنه.',
    has: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'a relative verb with no pronoun referring back has the antecedent as subject: the party after it is its object (Sky News)',
    sentence:
      'وذكر المتحدث باسم الخارجية التركية أن القرار لا يذكر عفرين على وجه التحديد وأن عملية تركيا "معركة ضد التنظيمات الإرهابية التي تستهدف الأمن القومي التركي ووحدة سوريا".',
    hasNotLike: [/^TR>..:ASSAULT/],
  },
  {
    rule: 'near case: a relative verb with a pronoun referring back («التي قادتها») names its subject after it (BBC)',
    sentence:
      'وقد ووجه فريق الأمم المتحدة الأمني خلال زيارته لدوما - بحسب بعض المصادر الحكومية - باحتجاجات على الغارات التي قادتها الولايات المتحدة على سوريا.',
    has: ['US>SY:ASSAULT'],
  },
];

runEventCases(cases, '2018-03-20');

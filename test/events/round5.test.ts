// Event coding rules of round 5, mostly for precision on unseen text: each test is a sentence from an Arabic news
// article of the ANT corpus (BBC, CNN, France24, Sky News Arabic and Alarabiya, 2018), the outlet named in the test.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'what an appeal asks for is not an event; its comma segment ends it (Alarabiya)',
    sentence:
      'وسيدعو عباس وفق مسؤولين فلسطينيين إلى إيجاد إطار أوسع لمفاوضات السلام مع إسرائيل من دون رعاية أميركية، إضافة إلى انتقاد قرار ترمب القاضي بالاعتراف بالقدس عاصمة لإسرائيل.',
    exactly: ['PS>US:ACCUSE'],
  },
  {
    rule: 'a request before the reported content does not swallow it: «طلبوا التحفظ على هوياتهم، إن …» (France24)',
    sentence:
      'وقال دبلوماسيان ومسؤولان يمنيان، طلبوا التحفظ على هوياتهم، إن محمد عبد السلام المتحدث باسم الحوثيين تواصل بشكل مباشر مع مسؤولين سعوديين في سلطنة عمان بشأن حل شامل للصراع الذي خلف أسوأ أزمة إنسانية في العالم.',
    exactly: ['YE>SA:CONSULT'],
  },
  {
    rule: '«التحالف العربي» without its leader is no party; named with its leader it is (Sky News, France24) (1/2)',
    sentence:
      'في غضون ذلك، قصفت طائرات التحالف العربي مواقع للمتمردين في مديرية صرواح بمحافظة مأرب، كما استهدفت معاقل للحوثيين في قرية كهبوب في مديرية المضاربة بمحافظة لحج.',
    exactly: [],
  },
  {
    rule: '«التحالف العربي» without its leader is no party; named with its leader it is (Sky News, France24) (2/2)',
    sentence:
      'نفى مسؤولون في التحالف الذي تقوده الرياض أنباء عن عقد محادثات سرية بين السعودية وجماعة الحوثيين اليمنية في عمان.',
    exactly: ['SA>-:REJECT'],
  },
  {
    rule: 'a relative verb with an object pronoun takes its subject after it: «القرار الذي أيدته روسيا» (Sky News, France24) (1/2)',
    sentence:
      'وتزامن تصويت مجلس الأمن على القرار الذي أيدته روسيا مع شن طائرات حربية سورية مدعومة من القوات الجوية الروسية غارات جديدة على الغوطة الشرقية، وفق المرصد السوري لحقوق الإنسان.',
    hasNot: ['UN>RU:SUPPORT'],
  },
  // «التي تتهم باريس»: تتهم ends in هم but carries no pronoun; the antecedent is the subject.
  {
    rule: 'a relative verb with an object pronoun takes its subject after it: «القرار الذي أيدته روسيا» (Sky News, France24) (2/2)',
    sentence:
      'تعقد محكمة العدل الدولية اعتبارا من اليوم الاثنين جلسات جديدة للنظر في الخلاف بين فرنسا وغينيا الاستوائية التي تتهم باريس بانتهاك الحصانة الدبلوماسية لنجل رئيسها.',
    exactly: ['GQ>FR:ACCUSE'],
  },
  {
    rule: 'a place after a contrast word is not where an attack lands: «وليس الحكومة الشرعية في دمشق» (France24)',
    sentence: 'وردا على ذلك قالت موسكو إن صواريخ ترامب يجب أن تستهدف "الإرهابيين" وليس "الحكومة الشرعية" في دمشق.',
    exactly: [],
  },
  {
    rule: 'a name starting with ب is not a glued particle: «عن الاجتماع، مثل بوريس جونسون» (BBC)',
    sentence:
      'وقال محرر الشؤون السياسية المساعد في بي بي سي، نورمان سميث، إن الأفكار التي نوقشت في اجتماع (إي آر جي) يجب أخذها بعين الاعتبار، حتى مع تغيب بعض كبار أعضاء الحزب من المؤيدين للخروج من الاتحاد الأوروبي عن الاجتماع، مثل بوريس جونسون، وديفيد ديفيز، وإيان دنكن سميث.',
    exactly: [],
  },
  {
    rule: 'a demonym after a plain noun qualifies the object of a transitive noun: «اغتيال الجاسوس الروسي» (BBC) (1/2)',
    sentence:
      'قال وزير الخارجية الروسي سيرغي لافروف إن بلاده قررت طرد 60 دبلوماسيا أمريكيا ردا على قرار واشنطن بطرد دبلوماسيين روس إثر محاولة اغتيال الجاسوس الروسي السابق، سيرغي سكريبال، وابنته باستخدام مادة كيماوية سامة في بريطانيا.',
    hasNotLike: [/^RU>GB/],
  },
  // After an attack noun the genitive names the attacker (هجوم النظام التركي), never the target.
  {
    rule: 'a demonym after a plain noun qualifies the object of a transitive noun: «اغتيال الجاسوس الروسي» (BBC) (2/2)',
    sentence:
      'وأوردت وكالة الأنباء الرسمية في سوريا أمس أن "القوات الشعبية" سترسل لدعم عفرين في مواجهة "هجوم النظام التركي".',
    hasNot: ['SY>TR:ASSAULT'],
  },
  {
    rule: 'a demonym labelling a place is no party: «في مدينة سالزبوري البريطانية» (CNN)',
    sentence:
      'أتلانتا، الولايات المتحدة الأمريكية (CNN)-- قالت منظمة حظر الأسلحة الكيماوية "OPCW"، الأربعاء، إن فريقها في مدينة سالزبوري البريطانية، سيحتاج "ما بين أسبوعين إلى ثلاثة أسابيع" لتحليل العيّنات من غاز الأعصاب الذي استخدم بمحاولة اغتيال جاسوس روسي سابق وابنته.',
    exactly: [],
  },
  {
    rule: 'a question reports no event (France24)',
    sentence: 'ولكن من هو عبد الهادي الخواجة الذي ترفض سلطات البحرين زيارة الناشطين والصحافيين له؟',
    exactly: [],
  },
  {
    rule: 'a verb whose particle carries the pronoun takes its subject after it: «دعت إليه روسيا» (France24) (1/2)',
    sentence:
      'وجاء تقديم النص غداة اجتماع عاصف لمجلس الأمن دعت إليه روسيا التي وصفت العملية الغربية ضد سوريا بـ"العدوان" وطلبت إدانتها.',
    hasNot: ['UN>RU:REQUEST'],
  },
  // «تغريدة توعد فيها روسيا»: فيها is the occasion; the subject is still the one before the verb.
  {
    rule: 'a verb whose particle carries the pronoun takes its subject after it: «دعت إليه روسيا» (France24) (2/2)',
    sentence:
      'نشر الرئيس الأمريكي دونالد ترامب تغريدة على موقع "تويتر" توعد فيها روسيا قائلا إن الصواريخ "قادمة" لضرب سوريا، وستكون "جميلة وجديدة وذكية".',
    has: ['US>RU:THREATEN'],
  },
  {
    rule: 'describing an accusation as nonsense rejects it (Alarabiya)',
    sentence: 'ويوم السبت، وصف وزير الخارجية الروسي، #سيرغي_لافروف، الاتهامات الأميركية بأنها "هراء".',
    exactly: ['RU>US:REJECT'],
  },
  {
    rule: 'an envoy’s post is part of the title, not the target: «السفير الروسي إلى الاتحاد الأوروبي» (CNN)',
    sentence:
      'واتهم السفير الروسي إلى الاتحاد الأوروبي، فلاديمير شيزوف، بريطانيا، بصناعة الغاز السام، لاغتيال سيرغي سكريبال.',
    hasNot: ['RU>EU:ACCUSE'],
  },
  {
    rule: 'a name glued to ك is no party: «كلاوس» is not ك + لاوس (France24)',
    sentence: 'ورفض الرئيس الروماني كلاوس يوهانيس الجمعة فكرة نقل سفارة بلاده في إسرائيل إلى القدس.',
    hasNotLike: [/LA/],
  },
  {
    rule: 'a subject before a bare أن is not the subject of a verb after it (France24) (1/2)',
    sentence:
      'أعلن الجيش الروسي السبت أن تحالف الدول الغربية الثلاث أطلق 103 صواريخ "كروز" بعضها من طراز "توماهوك" على سوريا، لكن أنظمة الدفاع الجوي التابعة لدمشق نجحت في اعتراض 71 منها.',
    hasNot: ['RU>SY:ASSAULT'],
  },
  {
    rule: 'a subject before a bare أن is not the subject of a verb after it (France24) (2/2)',
    sentence: 'وكانت وزارة الدفاع الفرنسية قد أعلنت أن الجيش الفرنسي أطلق 12 صاروخا على سوريا.',
    exactly: ['FR>SY:ASSAULT'],
  },
  {
    rule: 'a prevented arrival is no event: «منع وصول صواريخ … إلى الحوثيين» (Sky News)',
    sentence:
      'وأسقطت أحدث مسودة للقرار التنديد وعبرت بدلا من ذلك عن القلق من أن خبراء من المنظمة الدولية يراقبون العقوبات أبلغوا عن انتهاك إيران لحظر الأسلحة بتقاعسها عن منع وصول صواريخ وطائرات بدون طيار إلى الحوثيين.',
    hasNot: ['UN>YE:CONSULT'],
  },
  {
    rule: 'a news outlet is no party: «وفقاً لبيانات بي بي سي» (BBC)',
    sentence:
      'ووفقاً لبيانات بي بي سي، فقد وقع عدد كبير من الهجمات التي أُعلن عنها في محافظة إدلب، شمالي غرب سوريا ومحافظتي حماه وحلب المجاورتين، بالإضافة إلى الغوطة الشرقية في ريف دمشق.',
    hasNotLike: [/^GB>/],
  },
  {
    rule: 'North Korea’s official name is North Korea, not «جمهورية كوريا» (Sky News)',
    sentence:
      'وأضافت الوكالة الرسمية: "لكن الولايات المتحدة أثارت شبح الحرب في شبه الجزيرة الكورية بعقوبات جديدة واسعة النطاق على جمهورية كوريا الشعبية الديمقراطية قبل الحفل الختامي للأولمبياد".',
    exactly: ['US>KP:SANCTION'],
  },
  {
    rule: 'talks between two named parties are theirs, not the speaker’s: «محادثات السلام بين الإسرائيليين والفلسطينيين» (Alarabiya)',
    sentence:
      'أعلنت وزارة الخارجية الأميركية، الثلاثاء، أن #الولايات_المتحدة ستدرس تأييد مشاركة دول أخرى في محادثات السلام بين الإسرائيليين والفلسطينيين في المستقبل إذا رأت أن ذلك سيفيد في التوصل إلى اتفاق.',
    exactly: ['IL>PS:CONSULT'],
  },
  {
    rule: 'a subject follows بعدما, and no subject stands behind a glued ب/ل (BBC) (1/2)',
    sentence:
      'واتخذت بريطانيا قرارها بعدما رفضت موسكو تقديم تفسير لكيفية استخدام غاز أعصاب روسي الصنع ضد عميل سابق وابنته في المملكة المتحدة.',
    hasNot: ['GB>RU:REJECT'],
  },
  {
    rule: 'a subject follows بعدما, and no subject stands behind a glued ب/ل (BBC) (2/2)',
    sentence: 'ونقلت تقارير عن لافروف وصفه لاتهامات بريطانيا ضد بلاده بأنها "قطعا فجة".',
    hasNot: ['GB>RU:REJECT'],
  },
  {
    rule: '«بألا» negates and opens a clause of its own (Sky News)',
    sentence:
      'وكان وزير الخارجية الروسي، سيرغي لافروف، قال في وقت سابق من اليوم الجمعة إن موسكو تريد ضمانات بألا يقصف مسلحو المعارضة المناطق السكنية في دمشق.',
    exactly: [],
  },
  {
    rule: 'co-mediators do not mediate with each other: «الاتفاق الذي توسطت فيه الولايات المتحدة وروسيا» (BBC) (1/2)',
    sentence:
      'أعلن مفتشون أنهم أكملوا إزالة جميع المواد والأسلحة الكيمياوية التي أعلنت عنها سوريا بموجب الاتفاق الذي توسطت فيه الولايات المتحدة وروسيا بعد هجوم السارين في ريف دمشق عام 2013.',
    exactly: [],
  },
  {
    rule: 'co-mediators do not mediate with each other: «الاتفاق الذي توسطت فيه الولايات المتحدة وروسيا» (BBC) (2/2)',
    sentence: 'عرض الرئيس الفرنسي إيمانويل ماكرون الوساطة بين تركيا والأكراد في شمالي سوريا.',
    exactly: ['FR>TR:CONSULT'],
  },
  {
    rule: 'sanctions «ضد» a party and a request «إلى» a party are coded (Sky News, France24) (1/2)',
    sentence:
      'يستعد الرئيس الأميركي دونالد ترامب، الجمعة، للإعلان عن فرض "أكبر مجموعة من نوعها" من العقوبات ضد كوريا الشمالية.',
    exactly: ['US>KP:SANCTION'],
  },
  {
    rule: 'sanctions «ضد» a party and a request «إلى» a party are coded (Sky News, France24) (2/2)',
    sentence: 'تقدمت الاثنين أنقرة بطلب رسمي إلى الحكومة الألمانية لتوقيف القيادي السوري الكردي صالح مسلم.',
    exactly: ['TR>DE:REQUEST'],
  },
  {
    rule: 'describing a party’s act as aggression is criticism (BBC)',
    sentence: 'ووصفت الحكومة السورية الهجوم التركي على عفرين بأنه "اعتداء سافر" على سيادتها.',
    has: ['SY>TR:ACCUSE'],
  },
  {
    rule: 'an actor of the subject’s own country right after it is the rest of its name (France24)',
    sentence: 'من جانبه، وصف وزير الخارجية الإيراني جواد ظريف تصريحات نتانياهو "بالسيرك الهزلي"',
    exactly: ['IR>IL:ACCUSE'],
  },
  {
    rule: 'an organization’s official named after it speaks for it (France24)',
    sentence:
      'والثلاثاء دعا الأمين العام للأمم المتحدة أنطونيو غوتيريس إلى دخول قافلة المساعدات بأمان إلى الغوطة الشرقية.',
    exactly: [],
  },
  {
    rule: 'a verb with no object followed by a noun names its own subject, not the last one (BBC)',
    sentence:
      'وتعتبر تركيا المليشيا الكردية فرعا لحزب العمال الكردستاني، الذي يقود تمردا منذ عقود على الحكومة في أنقرة. وتصنفه تركيا والولايات المتحدة والاتحاد الأوروبي تنظيما إرهابيا. وتنفي وحدات الدفاع عن الشعب الكردية وجود هذه العلاقة.',
    hasNot: ['TR>-:REJECT'],
  },
  {
    rule: 'a relative verb’s subject is its antecedent, a party only when the antecedent is one (France24, BBC) (1/2)',
    sentence:
      'لقي 14 مقاتلا على الأقل من بينهم إيرانيون، مصرعهم في الضربة التي استهدفت قبيل فجر الاثنين مطار التيفور العسكري التابع للنظام السوري في محافظة حمص في وسط البلاد، وفق ما أفاد المرصد السوري لحقوق الإنسان.',
    hasNot: ['IR>SY:ASSAULT'],
  },
  {
    rule: 'a relative verb’s subject is its antecedent, a party only when the antecedent is one (France24, BBC) (2/2)',
    sentence:
      'زعمت وسائل إعلام أن المسؤول الكوري الشمالي الرفيع الذي زار العاصمة الصينية بكين بشكل مفاجيء كان القائد الأعلى للبلاد كيم جونغ أون.',
    exactly: ['KP>CN:CONSULT'],
  },
  {
    rule: 'after «إنه» the pronoun is the subject: an actor after the verb is not (France24)',
    sentence:
      'ويذكر أن تركيا وفصائل سورية موالية تشن منذ 20 كانون الثاني/يناير هجوما واسعا ضد منطقة عفرين تقول إنه يستهدف وحدات حماية الشعب الكردية المدعومة من واشنطن والتي تصنفها أنقرة "إرهابية".',
    hasNotLike: [/^SY>/],
  },
  {
    rule: 'a circumstance’s verbal noun is not the clause subject’s act: «رغم دعوة تركيا», «تحت سيطرة» (Sky News) (1/2)',
    sentence:
      'وصف الزعيم الكردي السوري صالح مسلم، الاتهامات التركية بالكاذبة، وذلك في أول تصريح عقب إطلاق سراحه من قبل محكمة تشيكية رغم دعوة تركيا إلى احتجازه، الثلاثاء.',
    hasNot: ['CZ>TR:REQUEST'],
  },
  {
    rule: 'a circumstance’s verbal noun is not the clause subject’s act: «رغم دعوة تركيا», «تحت سيطرة» (Sky News) (2/2)',
    sentence:
      'وشدد الرئيس التركي على هدف تركيا للتقدم نحو منبج، وهي منطقة شرقي عفرين، حيث تتواجد القوات الأميركية، ومواقع أخرى تحت سيطرة السوريين الأكراد شرقي نهر الفرات، بمجرد استكمال الهجوم على عفرين.',
    hasNotLike: [/^US>/],
  },
  {
    rule: 'a killing word followed by a count names victims, not an agent: «قتل 45 جنديا روسيا» (France24)',
    sentence:
      'وبدون احتساب ضحايا حادث الطائرة التي سقطت الثلاثاء، قتل 45 جنديا روسيا خلال التدخل العسكري في سوريا بحسب حصيلة رسمية.',
    hasNotLike: [/^RU>/],
  },
  {
    rule: 'a definite verbal-noun form after a place is its adjective: «الغوطة الشرقية المحاصرة» (France24) (1/2)',
    sentence:
      'وكانت قافلة مشتركة بين الأمم المتحدة والصليب الأحمر الدولي والهلال الأحمر السوري دخلت الاثنين إلى الغوطة الشرقية المحاصرة وسلمت 247 طنا من المساعدات الطبية والغذائية إلى مدينة دوما، كبرى مدن الغوطة الشرقية.',
    exactly: [],
  },
  // After a capital standing for its country the noun is that country's act.
  {
    rule: 'a definite verbal-noun form after a place is its adjective: «الغوطة الشرقية المحاصرة» (France24) (2/2)',
    sentence:
      'وأعلنت أنقرة السيطرة على مدينة عفرين، وأشار الرئيس التركي إلى أن العمليات العسكرية قد تمتد إلى مناطق أخرى في شمال سوريا مثل منبج.',
    has: ['TR>SY:COERCE'],
  },
  {
    rule: 'a verb right after حيث continues the subject the text last named (France24, the pair written out)',
    sentence:
      'تواصل كوريا الجنوبية وكوريا الشمالية سياسة التقارب، حيث اتفقتا الثلاثاء على عقد قمة حول الحدود في شهر نيسان/أبريل المقبل.',
    exactly: ['KR>KP:AGREE'],
  },
  {
    rule: 'an attack whose parties are of one country is still an attack, with no source (arabic_event_gsr)',
    sentence:
      'قال مسؤولون في المخابرات الباكستانية إن مقاتلا قتل بعدما اطلقت طائرة بدون طيار، يعتقد أنها أميركية، صاروخا على منطقة باكستانية على الحدود الافغانية أمس.',
    exactly: ['null>-:ASSAULT'],
  },
  {
    rule: '«قتل كثيرون» names victims; a quotation’s speaker is not the killer (France24)',
    sentence:
      'قال ترامب في سلسلة من التغريدات حول دوما: "قتل كثيرون بينهم نساء وأطفال في هجوم كيميائي متهور في سوريا".',
    hasNot: ['US>SY:ASSAULT'],
  },
  {
    rule: 'a conditional clause is a clause of its own: «حذرت روسيا من تداعيات إذا تعرضت سوريا لضربة» (France24)',
    sentence:
      'حذرت روسيا الاثنين من "تداعيات خطرة" إذا تعرضت سوريا لضربة عسكرية تهدد دول غربية في طليعتها الولايات المتحدة بتوجيهها إلى النظام السوري.',
    hasNot: ['RU>SY:THREATEN'],
  },
  {
    rule: 'a sentence opening with its verb names its subject after it; «وسط سوريا» is a place (France24)',
    sentence:
      'استهدفت صورايخ فجر الاثنين مطار التيفور العسكري في وسط سوريا موقعة العديد من القتلى، بعيد تعهد الرئيسين الأمريكي والفرنسي "برد قوي ومشترك" على "هجوم كيميائي" مفترض.',
    exactly: [],
  },
  {
    rule: 'a condemned act is not the condemner’s: «عن إدانته الشديدة للهجمات الكيميائية» (France24)',
    sentence:
      'وقال الإليزيه إن ماكرون عبر لترامب مساء الأحد "عن إدانته الشديدة للهجمات الكيميائية التي وقعت في 7 نيسان/أبريل ضد سكان دوما في الغوطة الشرقية".',
    hasNot: ['FR>SY:ASSAULT'],
  },
  {
    rule: 'the subject of the previous sentence is not carried over (Jawhara FM)',
    sentence:
      'وقالت رئيسة الحكومة البريطانية إنه انطلاقا "من المحادثات التي أجريناها حتى الآن، أعتقد أننا ملتزمان بتطوير العلاقة الخاصة بين بلدينا والعمل من أجل رخاء وأمن الناس على جانبي المحيط الأطلسي". وأضافت "أتطلع إلى مناقشة هذه القضايا وغيرها عندما نلتقي في واشنطن".',
    hasNot: ['GB>US:CONSULT'],
  },
  {
    rule: 'an actor behind a preposition is no direct object, but «23 من الكوريين» is counted (arabic_event_gsr)',
    sentence: 'وكانت حركة طالبان قد خطفت 23 من الكوريين الجنوبيين وغالبيتهم من النساء في 19 يوليو الماضي.',
    exactly: ['AF>KR:ASSAULT'],
  },
  {
    rule: 'a visit noun takes its host after ل or إلى: «خلال زيارته لتركيا» (Alarabiya, BBC) (1/2)',
    sentence:
      'وقالت دوهيرتي إن وزير الخارجية الأميركي ريكس تيلرسون أثار هذه القضية مع المسؤولين خلال زيارته لتركيا الأسبوع الماضي.',
    exactly: ['US>TR:CONSULT'],
  },
  {
    rule: 'a visit noun takes its host after ل or إلى: «خلال زيارته لتركيا» (Alarabiya, BBC) (2/2)',
    sentence:
      'جاء ذلك بالتزامن مع زيارة يقوم بها وزير الخارجية الأمريكي، ريكس تيلرسون، الى تركيا تستمر ليومين في إطار جولة تشمل عددا من بلدان الشرق الأوسط.',
    exactly: ['US>TR:CONSULT'],
  },
  {
    rule: 'a word ending in ة is no finite verb: «وزارة» is not و + زاره (France24) (1/2)',
    sentence:
      'وكانت وزارة الدفاع الفرنسية قد أعلنت أن الجيش الفرنسي أطلق 12 صاروخا على سوريا، فيما قالت وزارة الدفاع الروسية لوكالة إنترفاكس إن الضربات لم تصب أهدافها.',
    hasNotLike: [/:CONSULT$/],
  },
  // A circumstantial participle in ة is still read (متهمة واشنطن).
  {
    rule: 'a word ending in ة is no finite verb: «وزارة» is not و + زاره (France24) (2/2)',
    sentence:
      'أعلنت تركيا أن قرار الولايات المتحدة نقل سفارتها في #إسرائيل من #تل أبيب إلى القدس "مقلق للغاية" متهمة واشنطن بـ "القضاء" على آمال السلام.',
    has: ['TR>US:ACCUSE'],
  },
  {
    rule: 'a body «من» a country names the object’s country: «استقبل … وفدا من كوريا الجنوبية» (France24)',
    sentence:
      'استقبل الزعيم الكوري الشمالي كيم جونغ أون وفدا من كوريا الجنوبية رفيع المستوى قام بزيارة تاريخية إلى الشمال.',
    has: ['KP>KR:CONSULT'],
  },
];

runEventCases(cases, '2018-03-20');

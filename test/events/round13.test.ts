// Event coding rules of round 13 (precision audit on unannotated news), one case per rule or exclusion: each sentence
// is from an Arabic news article of the ANT corpus (BBC, CNN, France24, Sky News Arabic and Alarabiya, 2018), dev-split
// articles outside the gold only (scripts/audit-events.ts, docs/events.md), with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'an act after a topic word (بشأن) is what is talked about, not the clause subject’s act (France24)',
    sentence:
      'ينتظر خبراء الأسلحة الكيميائية الضوء الأخضر من مجلس الأمن الدولي ليبدأوا تقصي الأدلة بشأن الهجوم الكيميائي المحتمل على مدينة دوما السورية، وفق ما أعلن السفير السوري لدى الأمم المتحدة بشار الجعفري الثلاثاء.',
    hasNotLike: [/^UN>/],
  },
  {
    rule: 'a possessive pronoun keeps the noun the subject’s after a topic word: Trump’s summit (BBC)',
    sentence:
      'وألقى الرئيس ترامب، في مقابلة على الهاتف مع قناة فوكس نيوز، ببعض الشكوك بشأن قمته المقترحة مع الرئيس الكوري الشمالي، قائلا "ربما لا يحدث اللقاء أصلا".',
    has: ['US>KP:CONSULT'],
  },
  {
    rule: 'an attack in the attacker’s own country is domestic: no foreign place further on is its target (France24)',
    sentence:
      'فعلى سبيل المثال، تدهور الوضع الأمني في شمال مالي منذ 2012 جعل أكثر من 50 ألف لاجئ مالي يفرون إلى مناطق أكثر أمنا في جنوب غرب النيجر، فيما أدت هجمات "بوكو حرام" المتكررة في نيجيريا إلى فرار أكثر من 100 ألف لاجئ إلى منطقة "ديفا" الواقعة جنوب شرق النيجر.',
    hasNot: ['NG>NE:ASSAULT'],
  },
  {
    rule: 'a place after إلى is where people go, not where the attack lands (France24)',
    sentence:
      'ودفع الهجوم التركي آلاف الأشخاص للنزوح خصوصا من المنطقة القريبة من الحدود، وتوجه كثيرون منهم إلى مدينة عفرين، وآخرون لجؤوا إلى مناطق محاذية تحت سيطرة قوات النظام.',
    hasNot: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'a place after a bare complementizer is in what is said, not where the operations land (France24)',
    sentence:
      'بدوره قال متحدث ثان باسم البنتاغون هو الميجور آدريان رانكين-غالواي إن الولايات المتحدة تواصل تنفيذ العمليات العسكرية الخاصة بها ضد تنظيم "الدولة الإسلامية"، مشددا على أن مغادرة المقاتلين الأكراد لم تؤد إلى استعادة الجهاديين أيا من الأراضي التي خسروها في سوريا.',
    hasNot: ['US>SY:ASSAULT'],
  },
  {
    rule: 'an operation whose own description says «أنها تستهدف … في منطقة عفرين» still lands there (France24)',
    sentence:
      'وأطلقت أنقرة في 20 كانون الثاني/يناير عملية "غصن الزيتون" التي تقول أنها تستهدف مقاتلي "وحدات حماية الشعب" الكردية في منطقة عفرين الواقعة على حدودها.',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'a foreign place after في is still the target of an attack (France24)',
    sentence:
      'وكانت جماعة "نصرة الإسلام والمسلمين" التابعة لتنظيم "القاعدة" في مالي، قد أكدت مسؤوليتها عن الهجومين وذلك ردا على عملية عسكرية فرنسية في مالي.',
    has: ['FR>ML:ASSAULT'],
  },
  {
    rule: 'the subject of a verb of undergoing is the victim, never the attacker (BBC, two sentences of one article)',
    sentence:
      'وكلف زعيم "الدولة الإسلامية" أبو عمر البغدادي، السوري أبو هاشم الحموي بقيادة جيش خالد ابن الوليد عند الإعلان عن تشكيله. تعرض الحموي للاغتيال في أكتوبر/تشرين الأول2016 وألقي القبض على عدد من قادة ومسؤولي التنظيم من بينهم أحد قدامى المحاربين في أفغانستان، أبو عبيدة قحطان.',
    hasNotLike: [/^SY>/],
  },
  {
    rule: 'تعرض without ل on the noun is "offers": France offering mediation is still coded (France24)',
    sentence: 'فرنسا تعرض الوساطة بين تركيا والأكراد في شمالي سوريا',
    has: ['FR>TR:CONSULT'],
  },
  {
    rule: 'a party after the من of a warning is what it warns about, not the one warned (France24)',
    sentence:
      'وشبه الأمير محمد بن سلمان، المرشد الأعلى للجمهورية الإيرانية علي خامنئي بأدولف هتلر، محذرا من نوايا إيران تجاه المنطقة.',
    hasNot: ['SA>IR:THREATEN'],
  },
  {
    rule: 'a warning «من أن» a party does something is no warning to that party (CNN)',
    sentence:
      '(CNN)-- حذر رئيس الوزراء الإسرائيلي، بنيامين نتانياهو، من أن إيران تسعى إلى السيطرة على العالم "من خلال العدوان والارهاب"، مؤكدا أن طهران "تطور صواريخ باليستية للوصول إلى عمق أوروبا والولايات المتحدة أيضا".',
    hasNot: ['IL>IR:THREATEN'],
  },
  {
    rule: 'the direct object before من is the one warned (BBC)',
    sentence:
      'حذر الرئيس الإيراني حسن روحاني الولايات المتحدة من مغبة الانسحاب من الاتفاق النووي الذي وقعته القوى العالمية مع طهران.',
    has: ['IR>US:THREATEN'],
  },
  {
    rule: 'a warning addressed with ل is still a warning to that party (CNN)',
    sentence: 'وحذر نتانياهو في خطاب شديد اللهجة لإيران من أن إسرائيل ستتصرف "من دون تردد" للدفاع عن نفسها.',
    has: ['IL>IR:THREATEN'],
  },
  {
    rule: 'a country right after a summit noun is its venue, not a party (BBC)',
    sentence:
      'وكانت هذه هي المرة الأولى التي يزور فيها بومبيو كوريا الشمالية منذ قمة سنغافورة التي جمعت بين الرئيس الأمريكي ورئيس كوريا الشمالية.',
    has: ['US>KP:CONSULT'],
    hasNotLike: [/SG/],
  },
  {
    rule: 'the parties named after a summit and its venue are still its parties (BBC)',
    sentence:
      'وفي قمة طهران الثلاثية لزعماء إيران وروسيا وتركيا، لم يغير إردوغان عادته، وبعد القمة التي استفزته كثيرا في القول والفعل، ذهب إلى خامنئي برفقة نائب الرئيس الإيراني، إسحق جهانغيري، وكان لافتا جلوس وزير الخارجية التركي إلى جانب مستشار المرشد للشؤون الدولية، علي أكبر ولايتي.',
    has: ['IR>RU:CONSULT', 'IR>TR:CONSULT', 'RU>TR:CONSULT'],
  },
  {
    rule: 'past a comma and some words, the agreeing party right after the verb is its subject (BBC, an interview)',
    sentence:
      'اقترحنا وقفا فوريا لإطلاق النار، وإمدادات إغاثة إنسانية فورية، واقترحنا حوارا سياسيا بين اليمنيين وتشكيل حكومة تضم كافة الأطراف اليمنية، للأسف وكدأبهم دائما رفضت السعودية وحلفاؤها الحل السياسي آملين في الانتصار في الصراع بالطرق العسكرية.',
    hasNot: ['YE>SA:REJECT'],
  },
  {
    rule: 'the speaker before a quotation is not the subject of a verb with its own subject inside it (BBC)',
    sentence:
      'بدوره، قال المتحدث باسم الرئاسة التركية، إبراهيم كالين، عبر حسابه بموقع تويتر "لقد تعهدت قطر باستثمار 15 مليون دولار في تركيا"، مضيفا أن "العلاقات التركية-القطرية مبنية على أسس متينة من الصداقة والتضامن".',
    hasNot: ['TR>QA:AGREE'],
  },
  {
    rule: 'right after an apposition’s comma the subject is still the party before it (BBC)',
    sentence:
      'وكانت سفيرة الولايات المتحدة لدى الأمم المتحدة، نيكي هايلي، قد حثت موسكو على الضغط على الحكومة السورية لدعم الاتفاق المبرم بخصوص هذه المنطقة.',
    has: ['US>RU:REQUEST'],
  },
  {
    rule: 'the object follows all the coordinated subjects, and a ل inside a subject’s title is no particle (BBC)',
    sentence:
      'وحذرت المستشارة الألمانية أنغيلا ميركل والرئيس الفرنسي إيمانويل ماكرون والأمين العام للأمم المتحدة أنطونيو غوتيريش ترامب من مغبة الانسحاب من الاتفاق النووي.',
    exactlyUnordered: ['DE>US:THREATEN', 'FR>US:THREATEN', 'UN>US:THREATEN'],
  },
  {
    rule: 'four coordinated accusers and their object (BBC)',
    sentence:
      'واندلعت الأزمة الخليجية منذ ما يقرب من عام، حين اتهمت السعودية والإمارات ومصر والبحرين النظام القطري بدعم الإرهاب ومساندة المتطرفين الإسلاميين، وتهديد استقرار الخليج ودولا عربية أخرى.',
    has: ['SA>QA:ACCUSE', 'AE>QA:ACCUSE', 'EG>QA:ACCUSE', 'BH>QA:ACCUSE'],
  },
  {
    rule: 'after «كلا من» the parties are objects, not the subject (BBC)',
    sentence:
      'ونفت روسيا بشدة تورطها في هذه الجريمة، وانتقدت كلا من الولايات المتحدة والاتحاد الأوروبي لدعمهما بريطانيا.',
    has: ['RU>US:ACCUSE', 'RU>EU:ACCUSE'],
    hasNotLike: [/^US>/, /^EU>/],
  },
  {
    rule: 'a verbal noun of attack aimed at financing is no attack (CNN)',
    sentence:
      'كما أشادت المملكة المتحدة بقيادة المملكة العربية السعودية لتأسيس المركز الدولي لاستهداف تمويل الإرهاب في الرياض.',
    hasNot: ['GB>SA:ASSAULT'],
  },
  {
    rule: 'a verbal noun of military operations is still an attack (BBC)',
    sentence:
      'وكانت ألمانيا قد قررت وقف توريد الأسلحة للسعودية في شهر مارس/آذار 2018 بسبب العمليات العسكرية السعودية في اليمن.',
    has: ['SA>YE:ASSAULT'],
  },
];

runEventCases(cases, '2018-03-20');

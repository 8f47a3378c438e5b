// Event coding rules of round 13 (recall), one case per rule and a near case that must not be coded. Sentences are
// from Arabic news articles of the ANT corpus (Sky News Arabic, BBC, 2018), dev-split articles only, with the outlet
// named; the near cases change one word of a real sentence where the corpus has no such sentence.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a verbal noun governed by a first-person verb opening a direct quotation is the speaker’s act (Sky News Arabic)',
    sentence:
      'وطبقا لمقتطفات من خطاب سيلقيه في وقت لاحق الجمعة، قال ترامب: "أعلن اليوم عن فرض أكبر مجموعة من نوعها من العقوبات الجديدة على نظام كوريا الشمالية"، وفق ما ذكرت وكالة رويترز.',
    exactly: ['US>KP:SANCTION'],
  },
  {
    rule: 'a first-person verb in a quotation whose speaker is no party gives no source (near case)',
    sentence:
      'وطبقا لمقتطفات من خطاب سيلقيه في وقت لاحق الجمعة، قال متحدث: "أعلن اليوم عن فرض أكبر مجموعة من نوعها من العقوبات الجديدة على نظام كوريا الشمالية"، وفق ما ذكرت وكالة رويترز.',
    exactly: [],
  },
  {
    rule: 'a verbal noun in a quotation with no first-person verb governing it is not the speaker’s act (near case)',
    sentence: 'وقال ترامب: "فرض العقوبات على روسيا كان خطأ".',
    exactly: [],
  },
  {
    rule: 'a first-person auxiliary (قمنا) anywhere before the noun in the quotation (the BBC’s «"لقد قمنا بالرد …"», with sanctions)',
    sentence: 'وقال ترامب: "لقد قمنا بفرض عقوبات على روسيا".',
    exactly: ['US>RU:SANCTION'],
  },
  {
    rule: 'أعلن not opening a quotation is the third person: the speaker is not its subject (near case)',
    sentence: 'وقال ترامب: "لقد أعلن اليوم عن فرض عقوبات جديدة على روسيا".',
    hasNot: ['US>RU:SANCTION'],
  },
  {
    rule: 'a perfect with نا in a direct quotation is "we did": the speaker’s demand of Qatar (CNN)',
    sentence:
      'وقال الجبير، في كلمة أمام البرلمان الأوروبي، إن "طلبنا بسيط من قطر، عليها وقف دعم الإرهاب والتطرف ووقف خطاب الكراهية"، وفقا لما نقله حساب وزارة الخارجية السعودية على "تويتر".',
    has: ['SA>QA:REQUEST'],
  },
  {
    rule: 'a perfect with نا in a direct quotation, with a party as object: the speaker strikes (BBC, with the speaker named)',
    sentence: 'وقال نتنياهو: "لقد قصفنا مواقع إيرانية في سوريا".',
    exactly: ['IL>IR:ASSAULT'],
  },
  {
    rule: 'a perfect with نا in a quotation whose speaker is not named gives no source (BBC)',
    sentence: 'وقال "إن هذا الوضع لن نقبل به ولن نسمح لإيران بذلك وقد قصفنا مواقع هذه المليشيات".',
    exactly: [],
  },
  {
    rule: 'a perfect with نا in a quotation by a speaker of no country gives no source (near case)',
    sentence: 'وقال المتحدث: "فرضنا عقوبات قاسية على روسيا".',
    exactly: [],
  },
  {
    rule: 'a pledge of help names the party helped right after the help word: intent to cooperate, CAMEO 030 (BBC)',
    sentence: 'تعهدت قطر بدعم اقتصاد تركيا المضطرب من خلال ضخ استثمارات مباشرة بقيمة 15 مليار دولار.',
    exactly: ['QA>TR:AGREE'],
    cameo: { 'QA>TR:AGREE': '030' },
  },
  {
    rule: 'a pledge with no second party codes nothing (BBC)',
    sentence: 'وتعهد الرئيس الأميركي باتخاذ خطوات لتحسين سبل التحري عن خلفية مشتري الأسلحة.',
    exactly: [],
  },
  {
    rule: 'help pledged in a place is not pledged to the place’s country (near case)',
    sentence: 'وتعهدت قطر بالعمل في العراق لإعادة الإعمار.',
    hasNot: ['QA>IQ:AGREE'],
  },
  {
    rule: 'a pledge of force is still a threat, not help (France24)',
    sentence:
      'من جانبه تعهد الرئيس التركي رجب طيب أردوغان الاثنين بتوسيع العملية التركية في سوريا إلى مناطق أخرى خاضعة لسيطرة الأكراد وصولا إلى الحدود العراقية، غداة إخراج فصائل موالية لأنقرة القوات الكردية من عفرين.',
    exactly: ['TR>SY:THREATEN'],
  },
  {
    rule: 'describing a leader as a liar is criticism (BBC)',
    sentence:
      'ووصفت إيران رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، بأنه "كذاب سيئ السمعة"، بعد ادعاءات رئيس الوزراء الإسرائيلي بشأن وجود برنامج سري للأسلحة النووية لدى طهران.',
    has: ['IR>IL:ACCUSE'],
    cameo: { 'IR>IL:ACCUSE': '111' },
  },
  {
    rule: 'describing a party’s position as regrettable is criticism (BBC)',
    sentence: 'وصفت كوريا الشمالية موقف الولايات المتحدة في المحادثات الأخيرة بشأن برنامجها النووي بأنه "مؤسف".',
    exactly: ['KP>US:ACCUSE'],
  },
  {
    rule: 'a positive verdict codes nothing: the gold codes no SUPPORT for praise by وصف (BBC)',
    sentence: 'فقد وصف الرئيس الصيني، شي جينبينغ، علاقات بلاده مع روسيا بأنها في "أعلى مستوياتها" في تاريخ الدولتين.',
    exactly: [],
  },
  {
    rule: 'acting «بالتنسيق مع» a party is material cooperation with it, CAMEO 060 (BBC)',
    sentence:
      'وأكد الرئيس الفرنسي، إيمانويل ماكرون، تدخل الجيش الفرنسي في الضربة العسكرية على سوريا بالتنسيق مع الولايات المتحدة وبريطانيا.',
    has: ['FR>US:COOPERATE', 'FR>GB:COOPERATE', 'FR>SY:ASSAULT'],
    cameo: { 'FR>US:COOPERATE': '060' },
  },
  {
    rule: 'the imperfect of تعاون مع is cooperation (BBC)',
    sentence:
      'وتتعاون حماس مع مصر في تأمين المنطقة الحدودية المشتركة لمنع المسلحين من التسلل الى سيناء أو منها الى القطاع.',
    exactly: ['PS>EG:COOPERATE'],
  },
  {
    rule: 'ending cooperation is no cooperation: «تعاونها» is the noun (BBC)',
    sentence: 'السويد تنهي تعاونها العسكري مع السعودية بسبب ملف حقوق الانسان',
    hasNotLike: [/COOPERATE/],
  },
  {
    rule: 'a cooperation memorandum names an agreement, not cooperation (Alarabiya)',
    sentence:
      'من جهة أخرى، قرر مجلس الوزراء الموافقة على مذكرة تعاون بين حكومة المملكة العربية السعودية وحكومة جمهورية كوريا.',
    hasNotLike: [/COOPERATE/],
  },
  {
    rule: 'a clause subject far before «بالتنسيق مع» is not the one cooperating (BBC; the gold’s TR>RU stays missed)',
    sentence:
      'ويرى المراقبون أن ما يجري في المناطق التي تسيطر عليها المعارضة السورية في الشمال ليس سوى بداية مرحلة للقضاء على الهيئة في المنطقة بضوء أخضر ودعم تركي مما يسمح بانتشار القوات التركية في المنطقة وتطبيق اتفاق "خفض التوتر" بالتنسيق مع روسيا.',
    hasNot: ['SY>RU:COOPERATE'],
  },
  {
    rule: 'giving aid to a party (the AID row had no particle and coded nothing) (Alarabiya)',
    sentence:
      'وقالت ألمانيا إنها ستقدم مساعدات للعراق قيمتها 350 مليون يورو في 2018، أما تركيا فتعهدت بمنحه خطوط ائتمان قيمتها 5 مليارات دولار.',
    has: ['DE>IQ:AID'],
    cameo: { 'DE>IQ:AID': '070' },
  },
  {
    rule: 'loans given to a country are aid (France24)',
    sentence:
      'ويذكر أن الصين قدمت قروضا لدول عربية من بينها 1,3 مليار دولار لجيبوتي وحدها، بحسب تقديرات مبادرة الأبحاث الصينية الإفريقية.',
    has: ['CN>DJ:AID'],
  },
  {
    rule: 'supplying a party with weapons is military aid, 072 (constructed from the accusation below)',
    sentence: 'وزودت إيران الحوثيين بالصواريخ الباليستية.',
    exactly: ['IR>YE:AID'],
    cameo: { 'IR>YE:AID': '072' },
  },
  {
    rule: 'supplying weapons is military aid (072), but inside an accusation it is the claim (near case)',
    sentence: 'وتتهم السعودية إيران بتزويد الحوثيين بالصواريخ.',
    exactly: ['SA>IR:ACCUSE'],
  },
  {
    rule: 'granting something other than aid is no aid (near case)',
    sentence: 'ومنحت ألمانيا اللجوء لعشرات العراقيين.',
    hasNotLike: [/AID/],
  },
  {
    rule: 'a siege takes a direct object: the besieged place’s country (the row took only a particle complement) (BBC)',
    sentence:
      'وأضاف في خطاب أمام قيادة الحزب الحاكم في أنقرة أن القوات التركية "تحاصر عفرين حاليا، وقد تدخلها في أي لحظة، بعدما سيطرت على بلدة جندايريس، غربي عفرين".',
    has: ['TR>SY:COERCE'],
    cameo: { 'TR>SY:COERCE': '191' },
  },
  {
    rule: 'releasing someone (أطلق سراح) is a release, like أفرج عن: the released party’s country (BBC)',
    sentence:
      'أطلقت الولايات المتحدة سراح سجين سعودي من معتقل خليج غوانتانامو وسلمته إلى المملكة العربية السعودية، ليصبح أول معتقل يخرج في عهد الرئيس دونالد ترامب.',
    has: ['US>SA:RETREAT'],
    cameo: { 'US>SA:RETREAT': '0841' },
  },
  {
    rule: 'أطلق with missiles stays an attack, not a release (near case)',
    sentence: 'وأطلقت كوريا الشمالية صواريخ باتجاه اليابان.',
    hasNotLike: [/RETREAT/],
  },
  {
    rule: 'a phrase verb’s attack noun is its object, not a passive’s agent phrase: Israel strikes, not Syria (BBC)',
    sentence: 'إسرائيل تشن هجمات داخل سوريا ردا على "قصف إيراني"',
    hasNot: ['SY>IL:ASSAULT'],
  },
  {
    rule: 'strikes on targets a demonym qualifies: the striker is the subject (constructed from the CNN sentence «وشن غارات على "مواقع إيرانية" في سوريا»)',
    sentence: 'وشنت إسرائيل غارات على مواقع إيرانية في سوريا.',
    exactly: ['IL>IR:ASSAULT'],
  },
  {
    rule: 'a casualty verb with an agent phrase stays passive (near case; France 24, dev-side news)',
    sentence:
      'على جبهة أخرى في عفرين شمال سوريا، قتل 36 مقاتلا على الأقل من قوات النظام السوري جراء غارات تركية استهدفت موقعا تابعا لها في منطقة عفرين ذات الغالبية الكردية، في حادث هو الثالث من نوعه خلال يومين، وفق ما أفاد المرصد السوري لحقوق الإنسان.',
    published: '2018-03-03',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'accepting a meeting is intent to meet (AGREE 036) with the party named after it (BBC)',
    sentence: 'وأشاد أبي بـ"شجاعة" الرئيس الأمريكي لموافقته على لقاء زعيم كوريا الشمالية.',
    has: ['US>KP:AGREE'],
    cameo: { 'US>KP:AGREE': '036' },
  },
  {
    rule: 'agreeing to visit a capital is intent to meet its country (BBC; «كيم» named in full, as earlier in its article)',
    sentence:
      'وكشفت الوكالة أن الزعيم الكوري الشمالي كيم جونغ أون وافق على زيارة موسكو لحضور قمة مع نظيره الروسي فلاديمير بوتين هذا العام.',
    has: ['KP>RU:AGREE'],
  },
  {
    rule: 'accepting an invitation: «يقبل دعوة» (BBC)',
    sentence: 'ترامب يقبل دعوة كيم جونغ أون زعيم كوريا الشمالية للقاء مباشر',
    has: ['US>KP:AGREE'],
  },
  {
    rule: 'a meeting after في is where something was agreed, not what was accepted (BBC)',
    sentence:
      'ووافق ترامب في اجتماع لمجلس الأمن القومي الأمريكي هذا الأسبوع على إبقاء القوات الأمريكية في سوريا لفترة أطول بقليل.',
    hasNotLike: [/AGREE/],
  },
  {
    rule: 'the bare قبل is "before", no acceptance (BBC)',
    sentence:
      'وتجمع مئات المراهقين من ضواحي العاصمة واشنطن خارج البيت الأبيض قبل اجتماع ترامب مع رئيس الوزراء الياباني.',
    hasNotLike: [/AGREE/],
  },
  {
    rule: 'holding talks with (تباحث مع) is consultation (France24)',
    sentence: 'تباحث الرئيس الأمريكي دونالد ترامب هاتفيا مع نظيره التركي رجب طيب أردوغان الوضع في سوريا.',
    exactly: ['US>TR:CONSULT'],
  },
  {
    rule: 'reviewing with (استعرض مع) is consultation (constructed on the news’ usage)',
    sentence: 'واستعرض ولي العهد السعودي مع وزير الدفاع الأمريكي العلاقات الثنائية.',
    exactly: ['SA>US:CONSULT'],
  },
  {
    rule: 'استعرض without مع (reviewed, paraded) is no event (near case)',
    sentence: 'واستعرض الجيش الروسي صواريخه الجديدة في موسكو أمام الرئيس الصيني.',
    hasNotLike: [/CONSULT/],
  },
  {
    rule: 'phoning a party (هاتف) is a phone call, 041 (constructed on the news’ usage)',
    sentence: 'وهاتف الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان.',
    exactly: ['RU>TR:CONSULT'],
    cameo: { 'RU>TR:CONSULT': '041' },
  },
  {
    rule: 'the noun هاتف (a phone) is no call (near case)',
    sentence: 'وقال إنه تحدث عبر هاتف السفارة الأمريكية في موسكو.',
    hasNotLike: [/CONSULT/],
  },
  {
    rule: 'praising a party (أثنى على) is praise, SUPPORT 051 (Alarabiya)',
    sentence: 'وأظهر بيان البيت الأبيض أن ترمب أثنى على #أمير_قطر.',
    exactly: ['US>QA:SUPPORT'],
  },
  {
    rule: 'يثني عن (dissuades) is no praise (near case)',
    sentence: 'وقال إن العقوبات لن تثني إيران عن دعم الحوثيين في اليمن.',
    hasNotLike: [/SUPPORT/],
  },
];

runEventCases(cases, '2018-03-20');

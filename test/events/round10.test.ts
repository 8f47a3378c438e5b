// Event coding rules of round 10, one case per rule: each sentence is from an Arabic news article of the ANT corpus
// (BBC, CNN, France24, Sky News Arabic and Alarabiya, 2018), dev-split articles only, with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'an indefinite missile noun is the phrase word of a verb whose object pronoun refers back to it (BBC)',
    sentence:
      'اعترضت قوات الدفاع الجوي السعودية صاروخا باليستيا أطلقه حوثيون على مدينة نجران الجنوبية، ما أسفر عن إصابة 26 شخصا بشظايا، حسب مديرية الدفاع المدني السعودية.',
    has: ['YE>SA:ASSAULT'],
  },
  {
    rule: 'brandishing sanctions against a party is a threat (BBC)',
    sentence:
      'وكانت الولايات المتحدة قد ضاعفت من الرسوم الجمركية على الواردات التركية من الحديد الصلب والألومنيوم، كما أدى التلويح بعقوبات أمريكية جديدة ضد تركيا إلى انخفاض أخر في قيمة الليرة التركية.',
    has: ['US>TR:THREATEN'],
  },
  {
    rule: '«من قبل X» names the agent of a verbal noun, not the clause subject (BBC)',
    sentence:
      'أعرب مجلس الوزراء السعودي ضمن جلسة عقدت في مدينة جدة بحضور الملك سلمان بن عبد العزيز، عن "إدانة السعودية الشديدة لاستهداف المدنيين الفلسطينيين من قبل قوات الجيش الإسرائيلي".',
    has: ['IL>PS:ASSAULT'],
    hasNot: ['SA>PS:ASSAULT', 'IL>SA:ACCUSE'],
  },
  {
    rule: 'coordinated agents after «من قبل» all act (BBC)',
    sentence:
      'وبعد احتلال العراق من قبل الولايات المتحدة وبريطانيا فشلت الأمم المتحدة في العثور على أي أثر لهذه الأسلحة، و اعترف باول بأن الأدلة التي قدمها لم تكن صحيحة ووصف دفاعه عن تقرير بلاده عن أسلحة الدمار الشامل العراقية المزعومة أمام الأمم المتحدة بأنه "وصمة عار في مسيرته السياسية".',
    has: ['US>IQ:COERCE', 'GB>IQ:COERCE'],
  },
  {
    rule: '«من قبل» after a passive participle is the participle’s agent, not the attack’s (BBC)',
    sentence:
      'وكان الاتفاق بين موسكو وأنقرة قد حدد منطقة نزع السلاح بعرض 15 إلى 20 كيلومتراً داخل منطقة خفض التصعيد، التي كانت قد أقيمت بدورها في إطار أستانا 4 تحت رعاية تركية-روسية- إيرانية، وذلك منعاً لهجوم كانت القوات السورية، المدعومة من قبل روسيا، تعتزم شنّه على محافظة إدلب التي يبلغ عدد سكانها ثلاثة ملايين نسمة.',
    hasNot: ['RU>SY:ASSAULT'],
  },
  {
    rule: 'a verb after «أو» shares the negation of the verb before it (BBC)',
    sentence: 'ولم تؤكد إسرائيل أو تنفي أبدا حيازتها أسلحة نووية.',
    hasNot: ['IL>-:REJECT'],
    negated: 'IL>-:REJECT',
  },
  {
    rule: 'what would have happened «instead» (عوض أن) did not happen (France24)',
    sentence:
      'وتابع أنه حين "استخدم النظام ]السوري[ في أغسطس/آب 2013 غاز السارين في الغوطة الشرقية، عوض أن توجه ضده الولايات المتحدة ضربات عسكرية، فضلت التفاوض مع روسيا والأسرة الدولية بهدف تدمير الترسانة الكيميائية" لدمشق.',
    hasNot: ['US>SY:ASSAULT'],
  },
  {
    rule: 'describing a party’s words with a pejorative is criticism (France24)',
    sentence: 'نتانياهو يصف تصريحات نظيره البولندي بأنها "فاضحة"',
    has: ['IL>PL:ACCUSE'],
  },
  {
    rule: 'waging clashes with a party of no country is an attack on the place named (BBC)',
    sentence: 'وتخوض تركيا، بدعم من معارضين مسلحين في سوريا، مواجهات مع الأكراد في عفرين منذ الشهر الماضي.',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'reaching an agreement is agreeing, between coordinated parties (BBC)',
    sentence:
      'وتوصلت بنغلاديش وميانمار في نوفمبر/تشرين الثاني الماضي لاتفاق بشأن بدء إعادة مسلمي الروهينجا إلى ديارهم، لكن العملية توقفت واتهم كل طرف الطرف الآخر بإحباطها.',
    has: ['BD>MM:AGREE'],
  },
  {
    rule: 'a wish to reach an agreement is a hypothetical agreement (France24)',
    sentence:
      'وكان ترامب وماكرون قد عبرا الثلاثاء عن رغبتهما في التوصل إلى اتفاق "جديد" مع إيران، يعوض الاتفاق النووي الموقع في 2015.',
    hypothetical: ['US>IR:AGREE', 'FR>IR:AGREE'],
  },
  {
    rule: 'a verb with «فيها» after a statement is said by the statement’s author; attacking in words is criticism (CNN)',
    sentence:
      'دبي، الإمارات العربية المتحدة (CNN)— وجه بهرام قاسمي، الناطق باسم وزارة الخارجية الإيراني، انتقادات لاذعة لتصريحات ولي عهد المملكة العربية السعودية، الأمير محمد بن سلمان، التي هاجم فيها إيران وأنها بعيدة جدا عن منافسة المملكة.',
    has: ['IR>SA:ACCUSE', 'SA>IR:ACCUSE'],
    hasNot: ['SA>IR:ASSAULT'],
  },
  {
    rule: 'congratulating a party is praise (BBC)',
    sentence:
      'ويقول مراسل بي بي سي في واشنطن، كريس باكلر، إن الرئيس الأمريكي هنأ الأسبوع الماضي نظيره الروسي فلاديمير بوتين على إعادة انتخابه في اتصال هاتفي لم يأت فيه على ذكر هجوم سالسبيري على خلاف نصائح مستشاريه.',
    has: ['US>RU:SUPPORT'],
  },
  {
    rule: 'freezing a party’s assets is a sanction (CNN)',
    sentence:
      'كما أعلنت بريطانيا عن مقاطعة الأسرة الملكية والوزراء لكأس العالم 2018 في روسيا، وتجميد أصول لروسيا في بريطانيا إذ وجدت أدلة على أنها قد تستخدم لتهديد حياة أو ممتلكات المواطنين أو المقيمين في بريطانيا وتعليق جميع الاتصالات الثنائية رفيعة المستوى بين بريطانيا وروسيا.',
    has: ['GB>RU:SANCTION'],
  },
  {
    rule: 'strikes qualified by a demonym are that country’s attack on the place after على (France24)',
    sentence:
      'أشار وزير الخارجية الروسي سيرغي لافروف اليوم الجمعة إلى إن الضربات الجوية الأمريكية على سوريا هذا الأسبوع تعفي روسيا من أي التزام أخلاقي يمنعها من تسليم أنظمة إس-300 الصاروخية المضادة للطائرات لحليفها الرئيس السوري بشار الأسد، وفق ما أعلنت وكالة الأنباء الروسية.',
    has: ['US>SY:ASSAULT'],
    hasNot: ['RU>SY:ASSAULT', 'RU>US:ASSAULT'],
  },
  {
    rule: 'an aggression qualified by a demonym is that country’s attack on the party after على (BBC)',
    sentence:
      'وقال نائب وزير خارجية جورجيا، دافيد دوندوا إن "الخطوة التي اتخذتها سوريا تدعم العدوان العسكري الروسي على جورجيا، واحتلالها غير القانوني لأبخازيا ومنطقة تسخينفالي (أوسيتيا الجنوبية)، والتطهير العرقي الذي يحدث منذ سنوات".',
    has: ['RU>GE:ASSAULT'],
  },
  {
    rule: 'after a casualty word the clause subject is the victims of the attack noun, not its agent (France24)',
    sentence:
      'لقي 14 مقاتلا على الأقل من بينهم إيرانيون، مصرعهم في الضربة التي استهدفت قبيل فجر الاثنين مطار التيفور العسكري التابع للنظام السوري في محافظة حمص في وسط البلاد، وفق ما أفاد المرصد السوري لحقوق الإنسان.',
    hasNot: ['IR>SY:ASSAULT'],
  },
  {
    rule: 'an attack noun that only names a casualty’s attacker is no second attack on a place (CNN)',
    sentence:
      'وكالة "نوفوستي" الروسية الرسمية من جانبها، نقلت عن لافروف تشكيكه في التقارير حول مقتل عدد من الروس بضربات عسكرية أمريكية مطلع فبراير/شباط الجاري، معتبرا أنها محاولات لتضخيم الحرب في سوريا باستخدام "وسائل حمقاء."',
    has: ['US>RU:ASSAULT'],
    hasNot: ['US>SY:ASSAULT'],
  },
];

runEventCases(cases, '2018-03-20');

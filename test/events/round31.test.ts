// Event coding rules of round 31 (sixth precision audit, docs/events.md), each with a case that the round-start coder
// got wrong and a near case that must still be coded. The cases are sentences of dev-side articles from the events
// audit (scripts/audit-events.ts, positions 900–1,199) with the outlet named; near cases marked "variant" change words
// of such a sentence.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'the party after «حليفة» is whose ally the subject is, not the one warned (France24, events audit)',
    sentence: 'كما حذرت طهران حليفة دمشق، "بحزم" السبت من "التداعيات الإقليمية" للضربات.',
    published: '2018-04-14',
    hasNotLike: [/^IR>SY/],
  },
  {
    rule: 'near case (variant): the party right after the verb’s subject is the one warned',
    sentence: 'كما حذرت طهران دمشق، "بحزم" السبت من "التداعيات الإقليمية" للضربات.',
    published: '2018-04-14',
    has: ['IR>SY:THREATEN'],
  },
  {
    rule: 'the ally after «وحليفتها» is a second subject, not the one accused (BBC, events audit)',
    sentence: 'وتتهم الحكومة السورية وحليفتها موسكو المتمردين بقصف "الممرات" المعدة لعمليات الإجلاء.',
    published: '2018-03-01',
    hasNotLike: [/>RU:/],
  },
  {
    rule: 'near case (variant): with a party accused, the ally after «وحليفتها» accuses it too',
    sentence: 'وتتهم الحكومة السورية وحليفتها موسكو الولايات المتحدة بقصف "الممرات" المعدة لعمليات الإجلاء.',
    published: '2018-03-01',
    has: ['SY>US:ACCUSE', 'RU>US:ACCUSE'],
  },
  {
    rule: 'near case (BBC, events audit): the ally after «وحليفتها» denies with the subject',
    sentence: 'وتنفي سوريا وحليفتها روسيا وقوع هجوم بالأسلحة الكيمياوية.',
    published: '2018-04-17',
    exactlyUnordered: ['SY>-:REJECT', 'RU>-:REJECT'],
  },
  {
    rule: 'near case (variant): «حليفتها» with a pronoun names the ally itself, the object',
    sentence: 'ودعمت إيران حليفتها سوريا بالسلاح.',
    published: '2018-03-01',
    has: ['IR>SY:SUPPORT'],
  },
  {
    rule: 'near case (variant): «حليفه» written with ه (his ally) names the ally itself',
    sentence: 'والتقى بوتين حليفه الأسد في سوتشي.',
    published: '2018-03-01',
    has: ['RU>SY:CONSULT'],
  },
  {
    rule: 'the ل after «الحليفة» is the ally word’s, not a rejected act’s (BBC, events audit)',
    sentence:
      'وترفض البحرين، ودول الخليج الأخرى الحليفة للولايات المتحدة، استخدام هذا التعبير، المستخدم في اللغة الإنجليزية على نطاق واسع.',
    published: '2018-02-12',
    hasNotLike: [/^BH>US/],
  },
  {
    rule: 'a protest by «حلفاء الولايات المتحدة» is not the United States’ (BBC, events audit)',
    sentence:
      'وعلى الرغم من احتجاج حلفاء الولايات المتحدة الأوروبيين على خطوة ترامب، فإن معظم الشركات الغربية تعتزم الالتزام بالعقوبات.',
    published: '2018-08-27',
    hasNotLike: [/^US>/],
  },
  {
    rule: 'after «محاولة» the killing word is a noun: the spy its demonym qualifies was the target (BBC, events audit)',
    sentence:
      'قالت الشرطة البريطانية إن محاولة قتل الجاسوس الروسي السابق، سيرغي سكريبل، وابنته في بريطانيا تمت بغاز الأعصاب.',
    published: '2018-03-07',
    hasNotLike: [/^RU>/, /^GB>/],
  },
  {
    rule: 'after «عملية» the killing word is a noun, and the person after it the one killed (BBC, events audit)',
    sentence:
      'وزعم مسؤولون أتراك لصحف ووكالات أنباء غربية وأمريكية إن لديهم تسجيلات فيديو وصوت لعملية قتل خاشقجي داخل القنصلية السعودية في اسطنبول، التي اختفى منذ دخولها إليها في 2 أكتوبر/تشرين الأول.',
    published: '2018-10-17',
    hasNotLike: [/^SA>TR/],
  },
  {
    rule: 'after «في» and a quotation mark the killing word is a noun (France24, events audit)',
    sentence:
      'من جانب آخر، أعلنت السلطات الروسية الجمعة أنها فتحت تحقيقا في "قتل" نيكولاي غلوشكوف الروسي الذي كان يقيم في بريطانيا والحليف السابق لرجل الأعمال الروسي الراحل بوريس بيريزوفسكي، وعثر عليه ميتا في ظروف لم تتضح الاثنين في لندن.',
    published: '2018-03-16',
    hasNotLike: [/^RU>GB/],
  },
  {
    rule: 'near case: a killing noun whose agent is the genitive, with its object after ل, is coded (BBC, dev-side news)',
    sentence:
      'وفي مايو/ أيار الماضي طرد كل منهما كبار دبلوماسيي الآخر بسبب خلاف حول قتل إسرائيل للفلسطينيين خلال احتجاجات على الحدود بين غزة وإسرائيل.',
    published: '2018-07-24',
    exactly: ['IL>PS:ASSAULT'],
  },
  {
    rule: 'near case (variant): an accusation of an attempted killing still accuses',
    sentence: 'واتهمت بريطانيا روسيا بمحاولة قتل الجاسوس الروسي السابق سيرغي سكريبال.',
    published: '2018-03-16',
    has: ['GB>RU:ACCUSE'],
  },
  {
    rule: 'near case (variant): an operation noun before an attack noun and its demonym keeps the attack',
    sentence: 'وقالت الشرطة إن عملية قصف تركية استهدفت عفرين.',
    published: '2018-03-16',
    has: ['TR>SY:ASSAULT'],
  },
  {
    rule: 'the dual «تعرضا» is a verb of undergoing: those who underwent the attack are not its agents (France24, events audit)',
    sentence:
      'وتفاقمت أزمة تسمم سكريبال وابنته، اللذين تعرضا لهجوم بغاز سام بإحدى مدن جنوب إنكلترا في الخامس من مارس/ آذار الجاري، منذرة بمواجهة غير مسبوقة منذ الحرب الباردة.',
    published: '2018-03-17',
    hasNotLike: [/^RU>/],
  },
  {
    rule: 'near case (variant): the agent’s demonym after the attack noun attacks the one who underwent it',
    sentence: 'وقالت وزارة الدفاع إن طائرة روسية تعرضت لهجوم إسرائيلي في سوريا.',
    published: '2018-03-17',
    has: ['IL>RU:ASSAULT'],
  },
  {
    rule: 'what a response noun and its genitive agent answer («رد واشنطن على "الهجوم …"») is not the responder’s act (France24, events audit)',
    sentence:
      'واتى تصريح السفير الروسي بعيد إعلان الرئيس الأمريكي دونالد ترامب أنه سيتخذ قراراً بشأن عمل عسكري في سوريا خلال ساعات، وذلك في إطار رد واشنطن على "الهجوم البشع على الأبرياء السوريين بأسلحة كيميائية محظورة".',
    published: '2018-04-09',
    hasNotLike: [/^US>SY:ASSAULT/],
  },
  {
    rule: 'near case (variant): a response with its own agent after على is that agent’s act',
    sentence: 'وأعلنت إسرائيل أن الغارات جاءت ردا على هجوم إيراني على الجولان.',
    published: '2018-04-09',
    has: ['IR>SY:ASSAULT'],
  },
  {
    rule: 'an attack noun that is the object of «لا تنفذ» is not done (variant of a France24 audit sentence, with the ministry’s country named)',
    sentence: 'وقال متحدث باسمها "في الوقت الحالي، لا تنفذ وزارة الدفاع الأمريكية ضربات جوية في سوريا".',
    published: '2018-04-09',
    hasNot: ['US>SY:ASSAULT'],
    negated: 'US>SY:ASSAULT',
  },
  {
    rule: 'near case (variant): the object of «نفذت» with no negation is done',
    sentence: 'ونفذت إسرائيل ضربات جوية في سوريا.',
    published: '2018-04-09',
    has: ['IL>SY:ASSAULT'],
  },
  {
    rule: 'near case (variant): a negation of another verb before «نفذ» («لم يعرف بعد من نفذ») leaves the act done',
    sentence: 'ولم يعرف بعد من نفذ الهجوم الإسرائيلي على سوريا.',
    published: '2018-04-09',
    has: ['IL>SY:ASSAULT'],
  },
  {
    rule: 'a meeting noun with «بثته» after it is an interview, no meeting of the parties the quotation names (BBC, events audit)',
    sentence:
      'وقال بن سلمان في لقاء بثته وكالة بلومبرغ الجمعة "منذ بدء التحالف بين السعودية والولايات المتحدة اشترينا كل شيء ودفعنا المال مقابله".',
    published: '2018-10-05',
    hasNotLike: [/:CONSULT$/],
  },
  {
    rule: 'near case (variant): a meeting noun with its partner after مع is a meeting',
    sentence: 'وقال بن سلمان في لقاء مع الرئيس الأمريكي دونالد ترامب إن التحالف قوي.',
    published: '2018-10-05',
    has: ['SA>US:CONSULT'],
  },
  {
    rule: 'an attack after «التقارير الصادمة عن احتمال» is what the reports are about, not the reader’s act (BBC, events audit)',
    sentence:
      'وقالت وزارة الخارجية الأمريكية إنها تتابع التقارير الصادمة عن احتمال شن هجوم كيماوي في سوريا، وأضافت أن روسيا، التي تقاتل جنبا إلى جنب مع القوات الحكومية السورية، يجب أن تتحمل المسؤولية إن استخدمت في الواقعة أسلحة كيماوية مميتة.',
    published: '2018-04-08',
    hasNotLike: [/^US>SY:ASSAULT/],
  },
  {
    rule: 'near case (variant): a phrase verb with its own subject is that subject’s attack',
    sentence: 'وشنت الولايات المتحدة هجوما صاروخيا على سوريا.',
    published: '2018-04-08',
    has: ['US>SY:ASSAULT'],
  },
  {
    rule: 'control imposed by the party after «فرض» is that party’s, not the clause subject’s (BBC, events audit)',
    sentence:
      'ويرى الفلسطينيون في هذه الخطوة دعما أمريكيا واضحا لفرض اسرائيل سيطرتها على المدينة بأكملها، بما في ذلك قسمها الشرقي الذي يؤكد الفلسطينيون أحقيتهم بحكمه.',
    published: '2018-05-14',
    hasNotLike: [/^PS>/],
  },
  {
    rule: 'near case (variant): control imposed by the party after «بسط» is coded as that party’s',
    sentence: 'وانتقدت روسيا بسط الجيش التركي سيطرته على عفرين.',
    published: '2018-05-14',
    exactlyUnordered: ['RU>TR:ACCUSE', 'TR>SY:COERCE'],
  },
  {
    rule: 'a comma-delimited age aside («، البالغ من العمر …،») is no source of the clause’s act (BBC, events audit)',
    sentence:
      'وكان الشاب، البالغ من العمر 36 عاماً والذي ولد بمدينة السويداء جنوبي العاصمة السورية دمشق، قد تقدم بطلب للجوء إلى الإكوادور وكمبوديا، لكن كل محاولاته باءت بالفشل.',
    published: '2018-10-02',
    hasNotLike: [/^SY>/],
  },
  {
    rule: 'near case (variant): the subject before an age aside acts',
    sentence: 'وكان وزير الخارجية الإيراني، البالغ من العمر 58 عاما، قد زار دمشق.',
    published: '2018-10-02',
    has: ['IR>SY:CONSULT'],
  },
  {
    rule: 'a party joined with و to a preposition’s complement («الى سوريا والعراق») is no clause subject (BBC, events audit)',
    sentence:
      'وتم التحقيق مع أفراد في الخلية لقيامهم بايفاد عناصر الى سوريا والعراق، ولعلاقتهم بالمسؤولين عن تفجيرات عام 2004 في العاصمة الاسبانية مدريد.',
    published: '2018-08-16',
    hasNotLike: [/^IQ>/],
  },
  {
    rule: 'near case (dev batch 3): the second party after بين is the antecedent of a relative clause',
    sentence:
      'تعقد محكمة العدل الدولية اعتبارا من اليوم الاثنين جلسات جديدة للنظر في الخلاف بين فرنسا وغينيا الاستوائية التي تتهم باريس بانتهاك الحصانة الدبلوماسية لنجل رئيسها.',
    published: '2018-02-19',
    has: ['GQ>FR:ACCUSE'],
  },
];

runEventCases(cases, '2018-06-01');

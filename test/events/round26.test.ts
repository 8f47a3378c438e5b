// Event coding rules of round 26 (judgements, misdeeds, possessives, agencies: src/events/claims.ts and code.ts), each
// with a case and near cases that must not be coded. The cases are sentences of dev-split articles of the ANT corpus
// (the blind dev batches' gold, eval/gold/events.jsonl, or the events audit of dev-side articles) with the outlet
// named; the near cases marked "variant" change a word of such a sentence to show the limit of the rule.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'an act noun with demonym parties judged «غير كافية» after أن is criticized by the speaker (France24, dev batch 13)',
    sentence:
      'اعتبر الرئيس الفرنسي إيمانويل ماكرون الاثنين أن التنازلات الروسية والسورية المتعلقة بمساعي وقف إطلاق النار في البلاد "غير كافية"، بعد أكثر من أسبوعين على قرار أممي حث أطراف النزاع على احترام هدنة لشهر.',
    published: '2018-03-12',
    has: ['FR>RU:ACCUSE', 'FR>SY:ACCUSE'],
    cameo: { 'FR>RU:ACCUSE': '111', 'FR>SY:ACCUSE': '111' },
  },
  {
    rule: 'near case (variant): an act noun with no party after it («التنازلات المتعلقة …») criticizes no one',
    sentence:
      'اعتبر الرئيس الفرنسي إيمانويل ماكرون الاثنين أن التنازلات المتعلقة بمساعي وقف إطلاق النار في سوريا "غير كافية".',
    published: '2018-03-12',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'near case (variant): another verb between the parties and the judgement makes it another subject’s',
    sentence: 'اعتبر الرئيس الفرنسي إيمانويل ماكرون الاثنين أن القوات الروسية والسورية هاجمت هدنة "غير كافية" أصلا.',
    published: '2018-03-12',
    hasNot: ['FR>RU:ACCUSE', 'FR>SY:ACCUSE'],
  },
  {
    rule: 'a genitive party of a judged statement: «إن تصريحات جونسون "غير مسؤولة"» (BBC, events audit)',
    sentence:
      'وقال السفير الروسي في لندن، ألكساندر ياكوفينكو، إن تصريحات جونسون "غير مسؤولة"، مضيفا أنه"ليس من حق أي شخص أن يقارن روسيا التي ضحت بأرواح 25 مليون قتيل في الحرب العالمية الثانية بألمانيا النازية".',
    published: '2018-03-22',
    has: ['RU>GB:ACCUSE'],
  },
  {
    rule: 'a party called «التهديد الرئيسي» after إن is accused by the speaker (Sky News, dev batch 13)',
    sentence:
      'قال رئيس الوزراء اللبناني سعد الحريري الخميس في روما إن إسرائيل "تبقى التهديد الرئيسي للبنان، وانتهاكاتها اليومية لسيادتنا يجب أن تتوقف".',
    published: '2018-03-15',
    has: ['LB>IL:ACCUSE'],
  },
  {
    rule: 'near case (variant): a negation between the party and the phrase («لا تشكل تهديدا») accuses no one',
    sentence: 'قال رئيس الوزراء اللبناني سعد الحريري الخميس في روما إن إسرائيل لا تشكل تهديدا للبنان.',
    published: '2018-03-15',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'evidence that coordinated parties commit a misdeed («تشير إلى أن روسيا وسوريا تحاولان "تطهير" …») accuses both (Sky News, dev batch 9)',
    sentence:
      'أكدت المتحدثة باسم وزارة الخارجية الأمريكية الخميس، أن واشنطن لديها معلومات موثوقة تشير إلى أن روسيا وسوريا تحاولان "تطهير" موقع الهجوم الكيميائي المزعوم بدوما في سوريا، كما تحاولان تأجيل وصول مفتشي منظمة حظر الأسلحة الكيميائية لموقع الهجوم الكيماوي.',
    published: '2018-04-12',
    has: ['US>RU:ACCUSE', 'US>SY:ACCUSE'],
  },
  {
    rule: 'coordinated parties right after إن with a misdeed («إن إيران وسوريا تدعمان الإرهاب») are both accused (variant of the Sky News sentence)',
    sentence: 'أكدت المتحدثة باسم وزارة الخارجية الأمريكية الخميس، إن إيران وسوريا تدعمان الإرهاب في المنطقة.',
    published: '2018-04-12',
    has: ['US>IR:ACCUSE', 'US>SY:ACCUSE'],
  },
  {
    rule: 'near case (variant): a party’s act that is no misdeed («تدعم الاستقرار») accuses no one',
    sentence:
      'أكدت المتحدثة باسم وزارة الخارجية الأمريكية الخميس، أن واشنطن لديها معلومات موثوقة تشير إلى أن إيران تدعم الاستقرار في المنطقة.',
    published: '2018-04-12',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'a recall noun whose possessive stands for an own ambassador named with his post («سفيره … لدى مصر …، بعد أسابيع من استدعائه») (France24, dev batch 9)',
    sentence:
      'أعلن السودان السبت أن سفيره عبد المحمود عبد الحليم لدى مصر سيعود إلى القاهرة الاثنين، بعد أسابيع من استدعائه على خلفية أنباء بأن مصر طلبت استبعاد الخرطوم من المفاوضات الجارية مع أثيوبيا بشأن سد النهضة.',
    published: '2018-03-03',
    has: ['SD>EG:SANCTION'],
    cameo: { 'SD>EG:SANCTION': '161' },
  },
  {
    rule: 'a recall verb whose object pronoun stands for that ambassador, with its subject after it («بعد أن استدعته الخرطوم») (dev batch 9)',
    sentence:
      'قالت وزارة الخارجية السودانية السبت إن سفيرها لدى مصر عبد المحمود عبد الحليم سيعود إلى القاهرة الاثنين، بعد أن استدعته الخرطوم للتشاور في كانون الثاني/يناير جراء خلافات بين الدولتين.',
    published: '2018-03-03',
    has: ['SD>EG:SANCTION'],
  },
  {
    rule: 'an own ambassador’s post after لدى is the recall’s target («واستدعاء سفيرها لدى كندا») (BBC, events audit)',
    sentence:
      'فبعد إعلان السعودية عن طرد السفير الكندي واستدعاء سفيرها لدى كندا، عقدت وزيرة الخارجية الكندية كريستيا فريلاند مؤتمراً صحفياً.',
    published: '2018-08-07',
    has: ['SA>CA:SANCTION'],
    check: (doc) => {
      // The recall is a second mention of the SA>CA sanction (the expulsion's event).
      const recalled = doc.layers.events.some(
        (e) => e.targetCountry === 'CA' && (e.mentions ?? []).some((m) => m.trigger.text === 'واستدعاء'),
      );
      if (!recalled) throw new Error('the recall «واستدعاء سفيرها لدى كندا» is not coded SA>CA');
    },
  },
  {
    rule: 'near case (variant): a party of a third country between the post and the pronoun («التقى وزير الخارجية الإثيوبي») leaves the pronoun unresolved',
    sentence:
      'قالت وزارة الخارجية السودانية السبت إن سفيرها لدى مصر التقى وزير الخارجية الإثيوبي قبل أن تستدعيه للتشاور.',
    published: '2018-03-03',
    hasNot: ['SD>EG:SANCTION'],
  },
  {
    rule: 'near case (variant): another country’s ambassador («السفير المصري») recalled by pronoun is no own recall',
    sentence: 'قالت وزارة الخارجية السودانية السبت إن السفير المصري سيعود إلى الخرطوم الاثنين، بعد أسابيع من استدعائه.',
    published: '2018-03-03',
    hasNotLike: [/:SANCTION$/],
  },
  {
    rule: 'a party’s act that must stop («وانتهاكاتها اليومية لسيادتنا يجب أن تتوقف», ها = Israel) is a demand by the speaker (Sky News, dev batch 13)',
    sentence:
      'قال رئيس الوزراء اللبناني سعد الحريري الخميس في روما إن إسرائيل "تبقى التهديد الرئيسي للبنان، وانتهاكاتها اليومية لسيادتنا يجب أن تتوقف".',
    published: '2018-03-15',
    has: ['LB>IL:REQUEST'],
    cameo: { 'LB>IL:REQUEST': '100' },
  },
  {
    rule: 'a demonym party of the act that must stop, likewise (variant)',
    sentence: 'قال رئيس الوزراء اللبناني سعد الحريري الخميس في روما إن "الانتهاكات الإسرائيلية اليومية يجب أن تتوقف".',
    published: '2018-03-15',
    has: ['LB>IL:REQUEST'],
  },
  {
    rule: 'near case (variant): an act of no party that must stop («إن المفاوضات يجب أن تتوقف») demands nothing of anyone',
    sentence:
      'قال رئيس الوزراء اللبناني سعد الحريري الخميس في روما إن إسرائيل "تبقى التهديد الرئيسي، والمفاوضات يجب أن تتوقف".',
    published: '2018-03-15',
    hasNotLike: [/:REQUEST$/],
  },
  {
    rule: 'near case (variant): what must happen that is no stopping («يجب أن تدرس») is no demand here',
    sentence:
      'قال رئيس الوزراء اللبناني سعد الحريري الخميس في روما إن إسرائيل "تبقى التهديد الرئيسي للبنان، وانتهاكاتها اليومية لسيادتنا يجب أن تدرس".',
    published: '2018-03-15',
    hasNotLike: [/:REQUEST$/],
  },
  {
    rule: 'a source quoted through a state news agency speaks for its state («ونقلت وكالة الأنباء المركزية الكورية … عن متحدث …») (Sky News, dev batch 12)',
    sentence:
      'ونقلت وكالة الأنباء المركزية الكورية التي تديرها الدولة عن متحدث في معهد أبحاث الدراسات الأميركية بوزارة الخارجية قوله، إن الولايات المتحدة اختلقت "حجة لا معنى لها" عن مساعدة كوريا الشمالية لسوريا في إنتاج أسلحة كيماوية.',
    published: '2018-02-28',
    has: ['KP>US:ACCUSE'],
  },
  {
    rule: 'near case (variant): a source quoted through an agency no state runs («وكالة رويترز») has no country',
    sentence:
      'ونقلت وكالة رويترز عن متحدث في معهد أبحاث الدراسات بوزارة الخارجية قوله، إن الولايات المتحدة اختلقت "حجة لا معنى لها" عن مساعدة كوريا الشمالية لسوريا.',
    published: '2018-02-28',
    hasNotLike: [/:ACCUSE$/],
  },
  {
    rule: 'near case (variant): a source of another country («عن مصدر في الخارجية الأمريكية») is not the agency’s state',
    sentence: 'ونقلت وكالة الأنباء السعودية عن مصدر في الخارجية الأمريكية قوله، إن إيران اختلقت "حجة لا معنى لها".',
    published: '2018-02-28',
    hasNot: ['SA>IR:ACCUSE'],
  },
  {
    rule: 'a party’s appeal called baseless («إن مناشدة الخارجية الأميركية … لا أساس لها») is rejected by the speaker (dev batch 11)',
    sentence:
      'وفي بيان شديد اللهجة لشريكتي أنقرة في حلف شمال الأطلسي، قال المتحدث باسم وزارة الخارجية التركية إن مناشدة الخارجية الأميركية لتركيا "لتذهب لقراءة" قرار وقف إطلاق النار لا أساس لها، كما نفى أن باريس أبلغت أنقرة بأن الهدنة تنطبق أيضا على حملة عفرين.',
    published: '2018-02-28',
    has: ['TR>US:REJECT'],
    cameo: { 'TR>US:REJECT': '120' },
  },
  {
    rule: 'a party’s claims called baseless, with the genitive party («إن مزاعم المغرب … "لا أساس لها"») (BBC, events audit)',
    sentence:
      'وقال المتحدث باسم الخارجية الإيرانية، بهرام قاسمي، إن مزاعم المغرب بشأن العلاقة مع جبهة البوليساريو "لا أساس لها من الصحة وتجافي الحقيقة ومرفوضة تماما".',
    published: '2018-05-04',
    has: ['IR>MA:REJECT'],
  },
  {
    rule: 'near case (variant): claims of no party called baseless reject no party',
    sentence:
      'وقال المتحدث باسم الخارجية الإيرانية، بهرام قاسمي، إن المزاعم بشأن العلاقة مع جبهة البوليساريو "لا أساس لها من الصحة".',
    published: '2018-05-04',
    hasNotLike: [/^IR>[A-Z]+:REJECT$/],
  },
  {
    rule: 'an object «ما» + verb + party is what the party does: «وصف أمير قطر … ما تشهده الغوطة الشرقية في سوريا بالجرائم» (CNN, dev batch 3)',
    sentence:
      'دبي، الإمارات العربية المتحدة (CNN)— وصف أمير قطر، الشيخ تميم بن حمد، ما تشهده الغوطة الشرقية في سوريا بالجرائم ضد الإنسانية، لافتا إلى أن المجتمع الدولي يجب ألا يتملص على حد تعبيره من مسؤولياته.',
    published: '2018-02-25',
    has: ['QA>SY:ACCUSE'],
  },
  {
    rule: '«أدان … ما قامت به روسيا», with a resumptive pronoun after the verb (variant)',
    sentence: 'أدان الرئيس الفرنسي إيمانويل ماكرون ما قامت به روسيا في سوريا.',
    published: '2018-02-25',
    has: ['FR>RU:ACCUSE'],
  },
  {
    rule: 'near case (variant): a party behind a preposition after «ما» + verb is not its subject',
    sentence: 'وصف أمير قطر، الشيخ تميم بن حمد، ما قاله المسؤولون عن سوريا بالجرائم ضد الإنسانية.',
    published: '2018-02-25',
    hasNot: ['QA>SY:ACCUSE'],
  },
  {
    rule: 'a two-word phrase word of the criticism row («وصف … بأنه "غير كاف"») with «ما» + verb + party as object (France24, dev batch 13)',
    sentence:
      'وصف الرئيس الفرنسي إيمانويل ماكرون اليوم الاثنين، ما تقدمه روسيا والنظام في سوريا من تنازلات بأنه "غير كاف" بعد أكثر من15 يوما على صدور قرار الأمم المتحدة حول هدنة لشهر.',
    published: '2018-03-12',
    has: ['FR>RU:ACCUSE', 'FR>SY:ACCUSE'],
  },
  {
    rule: '«ووصفت روسيا موقف المملكة المتحدة بأنه غير مسؤول» (BBC, events audit)',
    sentence: 'ووصفت روسيا موقف المملكة المتحدة بأنه غير مسؤول، ولا تدعمه أي أدلة.',
    published: '2018-03-15',
    has: ['RU>GB:ACCUSE'],
  },
  {
    rule: 'near case (variant): «غير» before a word that is no judgement («غير واضح») is no phrase word',
    sentence: 'ووصفت روسيا موقف المملكة المتحدة بأنه غير واضح.',
    published: '2018-03-15',
    hasNotLike: [/:ACCUSE$/],
  },
];

runEventCases(cases, '2018-03-01');

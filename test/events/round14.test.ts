// Event coding rules of round 14 (after merging rounds 13a and 13b): each sentence is from an Arabic news article of the
// ANT corpus (2018), dev-split, with the outlet named.
import { type EventCase, runEventCases } from './cases.js';

const cases: EventCase[] = [
  {
    rule: 'a town right after an attack noun is where it happened, not the attacker (dev gold, Sky News)',
    sentence:
      'وقال فارادكار: "لقد اتفقنا كاتحاد أوروبي أن نعبّر عن تضامننا الكامل مع المملكة المتحدة، بأن نوافقهم على تقييمهم لهوية من كان وراء هجوم سالزبيري، وأيضاً لاستدعاء سفير الاتحاد الأوروبي في روسيا إلى بروكسل للاستشارات."',
    hasNotLike: [/^GB>/],
  },
  {
    rule: '… nor is the clause subject the attacker of «الهجوم … بدوما» (France 24)',
    sentence:
      'أكدت المتحدثة باسم وزارة الخارجية الأمريكية الخميس، أن واشنطن لديها معلومات موثوقة تشير إلى أن روسيا وسوريا تحاولان "تطهير" موقع الهجوم الكيميائي المزعوم بدوما في سوريا، كما تحاولان تأجيل وصول مفتشي منظمة حظر الأسلحة الكيميائية لموقع الهجوم الكيماوي.',
    hasNot: ['RU>SY:ASSAULT'],
  },
  {
    rule: 'where the genitive is the object, a town is the target: «قصف الغوطة الشرقية» (BBC, dev-side news)',
    sentence:
      'ومنذ بدأت القوات الروسية والسورية قصف الغوطة الشرقية الخاضعة لسيطرة المسلحين الشهر الماضي، قتل أكثر من 1600 شخص، بحسب جماعة مراقبة تتابع تطورات الحرب في سوريا.',
    published: '2018-03-23',
    has: ['RU>SY:ASSAULT'],
  },
  {
    rule: 'an international organization’s official acts for it: de Mistura is the UN, Mogherini the EU (constructed)',
    sentence: 'ودعا دي ميستورا روسيا إلى وقف القصف. والتقت فيديريكا موغيريني وزير الخارجية الإيراني.',
    has: ['UN>RU:REQUEST', 'EU>IR:CONSULT'],
    hasNot: ['SE>RU:REQUEST', 'IT>IR:CONSULT'],
  },
  {
    rule: '… NATO’s head is no party and not Norway (Sky News)',
    sentence:
      'بالمقابل، ذكر الموقع الرسمي لحلف شمال الأطلسي أن المباحثات بين ستولتنبرغ وأمير قطر تناولت "الوضع الأمني في منطقة الخليج والتعاون بين الحلف وقطر".',
    hasNotLike: [/NO/],
  },
  {
    rule: '… an envoy to the UN speaks for a state: Haley for the United States (CNN, dev-side news)',
    sentence:
      'وانتقدت هايلي الحكومة الروسية بسبب "الخداع والنفاق والوحشية" التي أظهرتها نيابة عن الرئيس السوري بشار الأسد.',
    published: '2018-03-28',
    has: ['US>RU:ACCUSE'],
  },
  {
    rule: '… and al-Jaafari for Syria (constructed: no dev-side sentence has him act on a party)',
    sentence: 'واتهم بشار الجعفري تركيا بدعم الإرهاب.',
    has: ['SY>TR:ACCUSE'],
  },
  {
    rule: '… and the coordinated leaders before Guterres still warn Trump (France 24)',
    sentence:
      'وحذرت المستشارة الألمانية أنغيلا ميركل والرئيس الفرنسي إيمانويل ماكرون والأمين العام للأمم المتحدة أنطونيو غوتيريش ترامب من مغبة الانسحاب من الاتفاق النووي.',
    has: ['DE>US:THREATEN', 'FR>US:THREATEN', 'UN>US:THREATEN'],
  },
  {
    rule: 'a private person’s journey is no state visit: a team doctor arriving in Paris (France 24)',
    sentence:
      'ويرافق نيمار منذ الأمس طبيب المنتخب البرازيلي رودريغو لاسمر الذي وصل في وقت سابق هذا الأسبوع إلى باريس للاطلاع على الحالة الصحية للنجم الدولي.',
    hasNot: ['BR>FR:CONSULT'],
  },
  {
    rule: '… an official’s or a diplomat’s is (dev gold; Sky News)',
    sentence:
      'كشف الدبلوماسي القطري محمد العمادي، أنه زار إسرائيل نحو 20 مرة. ومن المتوقع أن يصل نائب رئيس الوزراء التركي هاكان جاويش أوغلو إلى مقديشو الخميس في زيارة قصيرة.',
    has: ['QA>IL:CONSULT', 'TR>SO:CONSULT'],
  },
  {
    rule: 'a verb with an object pronoun takes its subject after it, past a noun the demonym qualifies (BBC)',
    sentence:
      'شيّع آلاف الفلسطينيين في قطاع غزة جنازة مسعفة متطوعة قتلها الجيش الإسرائيلي أثناء الاحتجاجات على حدود القطاع مع إسرائيل.',
    hasNot: ['PS>IL:ASSAULT'],
  },
  {
    rule: 'sponsors and mediators after «برعاية», «بوساطة» are no parties to the talks (France 24, Sky News)',
    sentence:
      'وشارك "جيش الإسلام" في المفاوضات برعاية روسية وإيرانية وتركية التي جرت في أستانة مع قوات النظام وممثلين آخرين عن المعارضة.',
    exactly: [],
  },
  {
    rule: '… but «وساطة الأردن بين …» is Jordan’s mediation, and the parties of a truce reached «بوساطة مصرية» stay (BBC)',
    sentence:
      'وتهدف وساطة الأردن بين فصائل الجيش السوري الحر وروسيا إلى الوصول إلى اتفاق لوقف المعارك. واتفقت إسرائيل وحماس على هدنة بوساطة مصرية.',
    has: ['JO>SY:CONSULT', 'IL>PS:AGREE'],
    hasNotLike: [/^EG>/],
  },
];

runEventCases(cases, '2018-04-19');

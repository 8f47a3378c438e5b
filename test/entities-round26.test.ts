// Round 40 (blind dev round 26): a company, foundation or organization named after its owner («منظمة ترامب», «شركة
// ترامب», «مؤسسة غولن») is an organization (ORG, no key), its name the person's, as round 38's movements named after
// their leader; after a definite noun the name stays the person («للمنظمة أنطونيو غوتيريس»). A committee named by its
// subject right before «في» or «ب» and a chamber («لجنة الاستخبارات بمجلس النواب») is an organization of its own, unless
// a person's title holds it («رئيس لجنة القواعد في مجلس الشيوخ "روي بلنت"»). Sentences from the round's dev articles
// and from the audit of unannotated dev-side news (ANT); each rule has a negative case.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const namedAfterOwner: LinkCase[] = [
  {
    rule: '«منظمة ترامب» is the Trump Organization; «دونالد ترامب» is the man (BBC, dev round 26)',
    text: 'وتعمل هيكس (29 عاما) منذ أعوام مع دونالد ترامب، إذ كانت موظفة في منظمة ترامب.',
    tagged: [
      ['هيكس', 'PER'],
      ['دونالد ترامب', 'PER'],
      ['ترامب', 'PER', 'منظمة'],
    ],
    published: '2018-03-01',
    expect: [
      ['دونالد ترامب', 'person:donald-trump'],
      ['ترامب', 'local:'],
    ],
    type: [['ترامب', 'ORG']],
  },
  {
    rule: '«شركة ترامب» is the company (CNN, audit)',
    text: 'نيويورك، الولايات المتحدة الأمريكية (CNN)-- تخطط شركة ترامب وشركة جارد كوشنر العائلية، للقيام بأعمال تجارية مشتركة في مشروع جيرسي شور المعروف باسم قرية بيير، وفقاً لصحيفة نيويورك تايمز، السبت.',
    tagged: [
      ['نيويورك', 'LOC'],
      ['الولايات المتحدة الأمريكية', 'LOC'],
      ['CNN', 'ORG'],
      ['ترامب', 'PER'],
      ['جارد كوشنر', 'PER'],
      ['نيويورك تايمز', 'ORG'],
    ],
    published: '2018-03-14',
    type: [
      ['ترامب', 'ORG'],
      ['جارد كوشنر', 'ORG'],
    ],
    absentKeys: ['person:donald-trump', 'person:jared-kushner'],
  },
  {
    rule: '«مؤسسة غولن» is the foundation (BBC, audit)',
    text: 'وتمول مؤسسة غولن شبكة من المدارس عبر العالم، وكان زعيمها حليفا لأردوغان، وينفي اي ضلوع له في محاولة الانقلاب التي أسفرت في 2016 إلى مقتل 250 شخصا.',
    tagged: [
      ['غولن', 'PER'],
      ['أردوغان', 'PER'],
    ],
    published: '2018-09-07',
    type: [['غولن', 'ORG']],
    absentKeys: ['person:fethullah-gulen'],
  },
  {
    rule: '… while «حملة ترامب» after it stays the man (BBC, audit)',
    text: 'وأضاف :"لم تكن منظمة ترامب ولا حملة ترامب الانتخابية طرفا في الصفقة مع كليفورد، ولم تسدد لي سواء المنظمة او الحملة، أية نقود سواء بشكل مباشر أو غير مباشر".',
    tagged: [
      ['ترامب', 'PER'],
      ['ترامب', 'PER'],
      ['كليفورد', 'PER'],
    ],
    published: '2018-02-16',
    keys: ['person:donald-trump'],
    entitiesOfType: [['ORG', [['ترامب']]]],
  },
  {
    rule: '… and a person after a definite noun stays the person: «للمنظمة أنطونيو غوتيريس» (Sky News, audit)',
    text: 'وطلبت المسودة من الأمين العام للمنظمة أنطونيو غوتيريس "الإسراع بإعداد مقترحات لمراقبة تنفيذ وقف القتال وأي تحرك للمدنيين"، ولم يتضح بعد الموعد الذي ستطرح فيه المسودة للتصويت، وفق ما نقلت رويترز.',
    tagged: [
      ['أنطونيو غوتيريس', 'PER'],
      ['رويترز', 'ORG'],
    ],
    published: '2018-03-12',
    keys: ['person:antonio-guterres'],
    absentKeys: ['local:'],
  },
];

runLinkCases('round 40: organizations named after their owner', namedAfterOwner);

const committees: LinkCase[] = [
  {
    rule: '«لجنة الاستخبارات بمجلس النواب» gives the committee and the chamber (BBC, dev round 26)',
    text: 'وأوضحت أن استقالة هيكس غير مرتبطة بشهادتها أمام لجنة الاستخبارات بمجلس النواب يوم الثلاثاء.',
    tagged: [['هيكس', 'PER']],
    published: '2018-03-01',
    expect: [
      ['لجنة الاستخبارات', 'local:'],
      ['مجلس النواب', 'local:'],
    ],
    type: [['لجنة الاستخبارات', 'ORG']],
  },
  {
    rule: '«لجنة القوات المسلحة في مجلس النواب»: a committee of two words, «في» before the chamber (France 24, audit)',
    text: 'وقال فوتيل أمام لجنة القوات المسلحة في مجلس النواب الأسبوع الماضي إن "قلقنا بالطبع هو أن هذا النشاط في عفرين ينتقص من جهودنا ضد تنظيم الدولة الإسلامية".',
    tagged: [
      ['فوتيل', 'PER'],
      ['عفرين', 'LOC'],
      ['الدولة الإسلامية', 'ORG'],
    ],
    published: '2018-03-06',
    present: ['لجنة القوات المسلحة'],
  },
  {
    rule: '… while a committee head beside a name stays one person mention, no committee (BBC, audit)',
    text: 'وقال رئيس لجنة القواعد في مجلس الشيوخ "روي بلنت" إن عمل الوالدين أمر صعب، ولا يجب لقواعد المجلس أن تجعل الأمر أكثر صعوبة.',
    tagged: [['روي بلنت', 'PER']],
    published: '2018-04-20',
    absent: ['لجنة القواعد'],
    present: ['روي بلنت'],
  },
];

runLinkCases('round 40: committees of a chamber', committees);

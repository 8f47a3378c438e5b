// Round 51 (blind dev round 30): the FBI as news also writes it («مكتب التحقيقات الفدرالية/الفيدرالية»), Malaysia's prime
// ministers of the 2018 election news (Mahathir Mohamad, Najib Razak, Anwar Ibrahim) and the Pakatan Harapan coalition,
// and Hafez al-Assad, whom his son's variant «بشار حافظ الأسد» took to Bashar. Sentences from the round's dev articles and
// from unannotated dev-side news (ANT), with what the tagger gives in them.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const cases: LinkCase[] = [
  {
    rule: '«مكتب التحقيقات الفدرالية» is the FBI (CNN, dev round 30)',
    text: 'وأرسل بينايت لقطة عن الرسالة الإلكترونية التي بعثها إلى مكتب التحقيقات الفدرالية، والتي شاركها مع CNN، لما اعتقد بأنه خط ساخن للتواصل مع المكتب، لكن العنوان البريدي المسجّل للمكتب لم يكن صالحاً، وقال بينايت إنه تواصل هاتفياً مع مكتب التحقيقات، ليحذف التعليق من "يوتيوب".',
    tagged: [
      ['بينايت', 'PER'],
      ['CNN', 'ORG'],
      ['بينايت', 'PER'],
      ['يوتيوب', 'ORG'],
    ],
    published: '2018-02-15',
    expect: [['مكتب التحقيقات الفدرالية', 'org:fbi']],
  },
  {
    rule: '… in another CNN story, where the tagger gives nothing (CNN, dev-side news)',
    text: 'قبل ستة أسابيع فقط حُذّر مكتب التحقيقات الفدرالية من التهديدات العنيفة لمطلق النار وتصرفاته، وقام شخص مقرّب من كروز من التحذير حول امتلاكه للأسلحة ورغبته بقتل الناس وسلوكه الخارج عن المعتاد ومنشوراته المثيرة للاضطراب عبر وسائل التواصل الاجتماعي، واحتمال تنفيذه لإطلاق نار بمدرسة.',
    tagged: [],
    published: '2018-02-17',
    expect: [['مكتب التحقيقات الفدرالية', 'org:fbi']],
  },
  {
    rule: '… and «مكتب التحقيقات الفيدرالية» too (BBC, dev-side news)',
    text: 'وتشمل قائمة المسؤولين الستة كل من مدير المخابرات الأمريكية السابق جون برينان ومدير مكتب التحقيقات الفيدرالية السابق جيمس كومي ومايكل هايدن المدير السابق لوكالة الأمن الوطني وجيمس كلابر المدير السابق للمخابرات الوطنية وسوزان رايس مستشارة الأمن القومي السابقة وأندرو مكابي نائب مدير مكتب التحقيقات الفيدرالية السابق.',
    tagged: [
      ['جون برينان', 'PER'],
      ['جيمس كومي', 'PER'],
      ['مايكل هايدن', 'PER'],
      ['جيمس كلابر', 'PER'],
      ['سوزان رايس', 'PER'],
      ['أندرو مكابي', 'PER'],
    ],
    published: '2018-07-23',
    expect: [['مكتب التحقيقات الفيدرالية', 'org:fbi']],
  },
  {
    rule: 'Mahathir Mohamad, prime minister again in May 2018, and Najib Razak (BBC, dev-side news)',
    text: 'وقال مهاتير محمد، رئيس الوزراء الحالي في ماليزيا، إنه يدرس إعادة فتح التحقيق في القضية لقناعة تتوافر لديه بأنه يمكن استرداد المبالغ المفقودة، وذلك بعد اتخاذه قرارا بمنع نجيب رزاق من مغادرة البلاد.',
    tagged: [
      ['مهاتير محمد', 'PER'],
      ['ماليزيا', 'LOC'],
      ['نجيب رزاق', 'PER'],
    ],
    published: '2018-05-18',
    expect: [
      ['مهاتير محمد', 'person:mahathir-mohamad'],
      ['رئيس الوزراء الحالي في ماليزيا', 'person:mahathir-mohamad'],
      ['نجيب رزاق', 'person:najib-razak'],
    ],
  },
  {
    rule: '… and Najib as «نجيب عبد الرزاق» (BBC, dev-side news)',
    text: 'وكان رئيس الوزراء مهاتير محمد قد سعى لتبرئة ساحة أنور بعدما تحالف الاثنين ضد سلفه نجيب عبد الرزاق.',
    tagged: [
      ['مهاتير محمد', 'PER'],
      ['أنور', 'PER'],
      ['نجيب عبد الرزاق', 'PER'],
    ],
    published: '2018-05-19',
    expect: [
      ['مهاتير محمد', 'person:mahathir-mohamad'],
      ['نجيب عبد الرزاق', 'person:najib-razak'],
    ],
  },
  {
    rule: 'Anwar Ibrahim (BBC, dev-side news)',
    text: 'أعلن السياسي الماليزي أنور إبراهيم أنه يدرس اتخاذ إجراء قانوني بهدف إثبات أن تهمة اللواط التي أدين بها كانت لها دوافع سياسية.',
    tagged: [['أنور إبراهيم', 'PER']],
    published: '2018-05-19',
    expect: [['أنور إبراهيم', 'person:anwar-ibrahim']],
  },
  {
    rule: 'Pakatan Harapan, in quotes (BBC, dev-side news)',
    text: 'وقد أنهى فوز مهاتير على رأس إئتلاف "باكاتان هارابان" أكثر من ستة عقود من حكم تحالف "باريسان ناسيونال" بقيادة حزب المنظمة الوطنية المتحدة للملايو الذي كان مهاتير احد قياديه البارزين.',
    tagged: [
      ['مهاتير', 'PER'],
      ['باكاتان هارابان', 'ORG'],
      ['باريسان ناسيونال', 'ORG'],
      ['حزب المنظمة الوطنية المتحدة', 'ORG'],
      ['مهاتير', 'PER'],
    ],
    published: '2018-05-11',
    expect: [['باكاتان هارابان', 'org:pakatan-harapan']],
  },
  {
    rule: '… and spelt «باكاتان هاربان», which the tagger types PER (BBC, dev-side news)',
    text: 'فبعد خلافه مع رئيس الوزراء نجيب رزاق والحزب الحاكم، المنظمة المالاوية القومية المتحدة (أومنو)، قاد مهاتير ائتلاف المعارضة باكاتان هاربان في المعركة الانتخابية.',
    tagged: [
      ['نجيب رزاق', 'PER'],
      ['المنظمة المالاوية القومية المتحدة', 'ORG'],
      ['أومنو', 'ORG'],
      ['مهاتير', 'PER'],
      ['باكاتان هاربان', 'PER'],
    ],
    published: '2018-05-10',
    expect: [
      ['باكاتان هاربان', 'org:pakatan-harapan'],
      ['مهاتير', 'person:mahathir-mohamad'],
    ],
    type: [['باكاتان هاربان', 'ORG']],
  },
  {
    rule: 'Hafez al-Assad is not his son (CNN, dev round 30)',
    text: '- العام 2000: تسلم بشار الأسد منصب الرئاسة السورية بعد وفاة والده حافظ الأسد.',
    tagged: [
      ['بشار الأسد', 'PER'],
      ['حافظ الأسد', 'PER'],
    ],
    published: '2018-03-15',
    expect: [
      ['بشار الأسد', 'person:bashar-al-assad'],
      ['حافظ الأسد', 'person:hafez-al-assad'],
    ],
  },
  {
    rule: '… nor when the story calls him «الرئيس» (Sky News Arabia, dev-side news)',
    text: 'فقد لعب الأسد ووالده الراحل، الرئيس حافظ الأسد، بورقة الأكراد ضد أنقرة لعقود، تارة بإيواء قادة الأكراد الذين يشنون التمرد في تركيا وتارة أخرى بقمعهم.',
    tagged: [
      ['الأسد', 'PER'],
      ['حافظ الأسد', 'PER'],
      ['أنقرة', 'LOC'],
      ['تركيا', 'LOC'],
    ],
    published: '2018-03-10',
    expect: [['حافظ الأسد', 'person:hafez-al-assad']],
  },
];

runLinkCases('round 51: blind dev round 30', cases);

// Round 50 (blind dev round 29): the CIA as news also writes it («وكالة الاستخبارات المركزية (الأمريكية)»), three courts of
// Egypt («محكمة القضاء الإداري», «المحكمة الإدارية العليا», «محكمة القاهرة للأمور المستعجلة»), and Mohammed bin Nawaf, Saudi ambassador in
// London, whom the consonant skeleton read as Muhammad bin Nayef («نواف» and «نايف» share «نف»); each man's long form is
// now his own. Sentences from the round's dev articles and from unannotated dev-side news (ANT), with what the tagger
// gives in them.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const cases: LinkCase[] = [
  {
    rule: '«وكالة الاستخبارات المركزية» is the CIA (France 24, dev round 29)',
    text: 'كما عين جينا هاسبل على رأس وكالة الاستخبارات المركزية لتصبح أول امرأة تتولى هذا المنصب.',
    tagged: [['جينا هاسبل', 'PER']],
    published: '2018-03-13',
    expect: [['وكالة الاستخبارات المركزية', 'org:cia']],
  },
  {
    rule: '… and so is «وكالة الاستخبارات المركزية الأمريكية» before its acronym (BBC, dev-side news)',
    text: 'ورشح ترامب جينا هاسبيل لتصبح أول امرأة ترأس وكالة الاستخبارات المركزية الأمريكية (سي أي إيه).',
    tagged: [
      ['ترامب', 'PER'],
      ['جينا هاسبيل', 'PER'],
      ['سي أي إيه', 'ORG'],
    ],
    published: '2018-03-13',
    expect: [['وكالة الاستخبارات المركزية الأمريكية', 'org:cia']],
  },
  {
    rule: "Egypt's Court of Administrative Justice and Supreme Administrative Court (France 24, dev round 29)",
    text: 'وتقول المصادر القضائية إن حكم محكمة القضاء الإداري لم ينفذ إلى الآن. وأقامت الحكومة الطعن عليه أمام المحكمة الإدارية العليا وحذت أوبر حذوها.',
    tagged: [['أوبر', 'ORG']],
    published: '2018-04-07',
    expect: [
      ['محكمة القضاء الإداري', 'org:eg-administrative-court'],
      ['المحكمة الإدارية العليا', 'org:eg-supreme-administrative-court'],
      ['أوبر', 'org:uber'],
    ],
  },
  {
    rule: 'the Cairo Court of Urgent Matters, where the tagger reads only Cairo (France 24, dev round 29)',
    text: 'قضت محكمة القاهرة للأمور المستعجلة اليوم السبت بوقف تنفيذ حكم أصدره القضاء الإداري في آذار/مارس بوقف نشاط شركتي أوبر وكريم لنقل الركاب.',
    tagged: [
      ['القاهرة', 'LOC'],
      ['أوبر', 'ORG'],
      ['كريم', 'ORG'],
    ],
    published: '2018-04-07',
    expect: [['محكمة القاهرة للأمور المستعجلة', 'org:eg-cairo-urgent-matters-court']],
    absent: ['القاهرة', 'محكمة القاهرة'],
  },
  {
    rule: '… and in a story on the ultras (BBC, dev-side news)',
    text: 'وكانت محكمة القاهرة للأمور المستعجلة قد أصدرت في مايو/آيار عام 2015 حكما بحظر روابط مشجعي الفرق الرياضية المصرية المعروفة "بالألتراس" باعتبارها مخالفة للقانون.',
    tagged: [['القاهرة', 'LOC']],
    published: '2018-03-07',
    expect: [['محكمة القاهرة للأمور المستعجلة', 'org:eg-cairo-urgent-matters-court']],
  },
  {
    rule: '«محمد بن نواف», the ambassador in London, is not Muhammad bin Nayef (BBC, dev round 29)',
    text: 'وقال السفير السعودي في لندن محمد بن نواف لبي بي سي إنه يشعر بالقلق بشأن مصير خاشقجي، لكنه فضل عدم التعليق على اختفائه قبل نتائج التحقيق في الحادث.',
    tagged: [
      ['لندن', 'LOC'],
      ['محمد بن نواف', 'PER'],
      ['بي بي سي', 'ORG'],
      ['خاشقجي', 'PER'],
    ],
    published: '2018-10-12',
    expect: [
      ['السفير السعودي في لندن', 'person:mohammed-bin-nawaf'],
      ['محمد بن نواف', 'person:mohammed-bin-nawaf'],
    ],
    absentKeys: ['person:muhammad-bin-nayef'],
  },
  {
    rule: '… while «محمد بن نايف بن عبد العزيز» is Muhammad bin Nayef (BBC, dev-side news)',
    text: 'وشغل أحمد بن عبد العزيز لفترة وجيزة منصب وزير الداخلية عام 2012، إلى أن خلفه بعد خمسة أشهر من توليه المنصب المسؤول البارز في مكافحة الإرهاب الأمير محمد بن نايف بن عبد العزيز.',
    tagged: [
      ['أحمد بن عبد العزيز', 'PER'],
      ['محمد بن نايف بن عبد العزيز', 'PER'],
    ],
    published: '2018-09-05',
    expect: [['محمد بن نايف بن عبد العزيز', 'person:muhammad-bin-nayef']],
    absentKeys: ['person:mohammed-bin-nawaf'],
  },
];

runLinkCases('round 50: blind dev round 29', cases);

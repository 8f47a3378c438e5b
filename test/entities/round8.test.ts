// Round 8: a person title ending in an organization no list knows (data/gazetteer/org-openers.tsv).
import { type LinkCase, runLinkCases } from './cases.js';

const cases: LinkCase[] = [
  {
    rule: 'makes «رئيس الهيئة العامة للترفيه» a mention of the person after it (ANT Al Arabiya)',
    text: 'وقال رئيس الهيئة العامة للترفيه أحمد الخطيب إن المشاريع ستبدأ العام المقبل.',
    tagged: [['أحمد الخطيب', 'PER']],
    published: '2018-02-22',
    mentionsOf: [['أحمد الخطيب', ['رئيس الهيئة العامة للترفيه', 'أحمد الخطيب']]],
  },
  {
    rule: 'keeps no organization nested in the title and stops before an honorific (ANT France 24)',
    text: 'ورئيس شركة المملكة القابضة الأمير الوليد بن طلال محتجز منذ نوفمبر.',
    tagged: [
      ['المملكة القابضة', 'ORG'],
      ['الوليد بن طلال', 'PER'],
    ],
    published: '2018-01-18',
    absent: ['المملكة القابضة'],
    alsoMentions: [['الوليد بن طلال', 'رئيس شركة المملكة القابضة']],
  },
  {
    rule: 'leaves a title after «name،» to that name (ANT BBC)',
    text: 'قال ديفيد كيرشو، مدير شركة إعلانات إم اند سي سآتشي، إن الكشف عن البيانات أضر بالثقة.',
    tagged: [
      ['ديفيد كيرشو', 'PER'],
      ['سي سآتشي', 'PER'],
    ],
    published: '2018-03-20',
    absentLike: [/^مدير شركة/],
  },
  {
    rule: 'reads «كتلة "الحرة لحركة مشروع تونس"» as the bloc, not Tunisia (ANT Jawhara FM)',
    text: 'يذكر أن كتلة "الحرة لحركة مشروع تونس" قررت مساء الثلاثاء بأغلبية أعضائها الانسحاب.',
    tagged: [['تونس', 'LOC']],
    published: '2016-10-19',
    absentKeys: ['country:TN'],
    type: [['الحرة لحركة مشروع تونس', 'ORG']],
  },
  {
    rule: 'reads «لشبكة "روسيا اليوم"» as the channel (ANT France 24)',
    text: 'وذلك قبل النظر في الترخيص الممنوح لشبكة "روسيا اليوم"، معتبرة أنها أداة دعاية.',
    tagged: [['روسيا', 'LOC']],
    published: '2018-03-14',
    absentKeys: ['country:RU'],
    type: [['روسيا اليوم', 'ORG']],
  },
];

runLinkCases(
  'round 8: titles ending in an unlisted organization, quoted names after a network, bloc or coalition',
  cases,
);

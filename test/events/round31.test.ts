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
];

runEventCases(cases, '2018-06-01');

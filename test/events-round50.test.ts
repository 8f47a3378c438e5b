// Round 50 (docs/events.md): blind dev batch 20's causes that hold for the genre. Each rule case is a sentence of a
// dev gold article (eval/gold/events.jsonl, split dev, batch 20) that the round-start coder got wrong; the near case is
// a dev-side sentence (BBC) that must stay coded as it was.
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  // 1. A gazetteer place that is a common word is no actor (data/events/actors.tsv, `ignore`).
  {
    rule: '«أسفرا» (the dual of أسفر, "resulted") is no Tajik city: the church bombings are no TJ>EG attack (France24, dev batch 20)',
    sentence:
      'وهو التمديد الرابع لهذا الإجراء الاستثنائي الذي فرض على البلاد إثر تفجيرين أسفرا عن مقتل 45 شخصا في كنيستين قبطيتين في طنطا والإسكندرية (شمال)، وأعلن تنظيم "الدولة الإسلامية" مسؤوليته عنهما.',
    published: '2018-04-14',
    hasNotLike: [/^TJ>/],
  },
  // 2. «نحن على …» in a direct quotation: the verbal noun is the speaker's side's (code.ts, weAreIn; cue `we`).
  {
    rule: "«نحن على تواصل بشكل وثيق مع الحكومة العراقية» in Yildirim's quotation is Turkey's contact with Iraq (CNN, dev batch 20)",
    sentence:
      'وقال يلدريم: "سيتم تنفيذ عمليات عسكرية في شمالي العراق متى اقتضت الحاجة إلى ذلك. نحن على تواصل بشكل وثيق مع الحكومة العراقية في هذا الموضوع، سواء للقضاء على داعش تماماً في المنطقة أو على إرهابيي PKK"، وفقا لما نقلته وكالة أنباء "الأناضول" التركية الرسمية.',
    published: '2018-03-09',
    has: ['TR>IQ:CONSULT'],
  },
  {
    rule: 'near case: «ونحن على تواصل مع مانيلا» after the named Kuwaiti minister stays one KW>PH contact (BBC, dev-side)',
    sentence:
      'ورد وزير الخارجية الكويتي بالقول "نحن نستغرب ونستنكر تصريحات الرئيس الفليبيني خاصة ونحن على تواصل مع مانيلا على أعلى مستوى لشرح كل ظروف العمالة الفليبينية العاملة في الكويت".',
    published: '2018-02-14',
    exactly: ['KW>PH:CONSULT'],
  },
];

runEventCases(cases, '2018-03-09');

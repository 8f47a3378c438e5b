// Lead's fixes, twenty-second session (docs/events.md, "Lead's fixes (twenty-second session)"): words read as the
// wrong country. «المنشأة» ("the facility") matched the Egyptian town Al Manshah (places.tsv geo:31773) and gave a
// strike on a Syrian facility an Egyptian target: the word is now in data/gazetteer/place-ambiguous-words.tsv, so the
// town needs supporting context. «قنديل» alone was a variant of Hesham Qandil (EG), so «جبال قنديل», the PKK's base in
// Iraq, made Turkey threaten Egypt: the bare surname is no longer a variant (data/gazetteer/people.tsv).
import { type EventCase, runEventCases } from './events/cases.js';

const cases: EventCase[] = [
  {
    rule: '«صواريخ … على المنشأة العسكرية … غرب مدينة حمص»: the target is Syria, not Egypt (BBC, events audit)',
    sentence:
      'وقالت وزارة الدفاع البريطانية إن طائرات تورنادو "جي آر فورس" البريطانية أطلقت ثمانية صواريخ من طراز ستورم شادو على المنشأة العسكرية في نفس الموقع، وهذه المنشأة قاعدة صاروخية سابقة تبعد حوالي 25 كيلومترًا غرب مدينة حمص.',
    published: '2018-04-15',
    has: ['GB>SY:ASSAULT'],
    hasNot: ['GB>EG:ASSAULT'],
  },
  {
    rule: '«يأمر الجيش بضرب جبال قنديل وسنجار ومخمور»: Qandil is no Egyptian (BBC, events audit)',
    sentence:
      'وقال إردوغان، في مقابلة في مقابلة مع قناة (سي.إن.إن ترك) التليفزيونية، يوم الخميس، إنه "سوف يأمر الجيش بضرب جبال قنديل وسنجار ومخمور".',
    published: '2018-06-08',
    hasNotLike: [/>EG:/],
  },
];

runEventCases(cases, '2018-04-15');

// Lead's fix, twenty-second session (docs/events.md, round 56's "left"): «المنشأة» ("the facility") matched the
// Egyptian town Al Manshah (places.tsv geo:31773) and gave a strike on a Syrian facility an Egyptian target; the word
// is now in data/gazetteer/place-ambiguous-words.tsv, so the town needs supporting context.
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
];

runEventCases(cases, '2018-04-15');

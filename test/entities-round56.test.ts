// Round 56 (leftovers: homonyms, offices, weapons): a model named after a place is MISC, not the place
// (data/gazetteer/model-nouns.tsv); the maker after «من طراز» stays an organization. Sentences from unannotated
// dev-side news (ANT) and a dev gold article, with what the tagger gives in them.
import { type LinkCase, runLinkCases } from './entities/cases.js';

const cases: LinkCase[] = [
  {
    rule: 'a submarine class «من طراز أوهايو» is a model, not the US state (BBC, dev-side news)',
    text: 'وتمتلك 54 غواصة هجوم نووي، ومسؤولة أيضا عن الرادع النووي الاستراتيجي للولايات المتحدة في عرض البحر، مع 14 غواصة من الصواريخ البالستية من طراز " أوهايو" مجهزة بما مجموعه أيضا أربع غواصات من طراز أوهايو.',
    tagged: [
      ['ولايات المتحدة', 'LOC'],
      ['أوهايو', 'LOC'],
      ['أوهايو', 'LOC'],
    ],
    published: '2018-04-11',
    type: [['أوهايو', 'MISC']],
    absentKeys: ['place:rv:ohio'],
  },
  {
    rule: 'a missile «من طراز الجولان» is a model, not the Golan (BBC, dev-side news)',
    text: 'وجاء في بيان أصدره ما يسمى بـ "مركز اعلام الغوطة"، "استهدفت صواريخ ارض-ارض من طراز الجولان بلدة حرستا في الغوطة الشرقية" يوم الأربعاء.',
    tagged: [
      ['الغوطة', 'LOC'],
      ['الجولان', 'LOC'],
      ['حرستا', 'LOC'],
      ['الغوطة الشرقية', 'LOC'],
    ],
    published: '2018-02-28',
    type: [['الجولان', 'MISC']],
    absentKeys: ['place:rv:golan'],
  },
  {
    rule: 'the maker after «من طراز» stays an organization: «سيارة من طراز فولفو» (BBC, dev round 6)',
    text: 'وجاء الحادث بعد سنة من سحب شركة أوبر سياراتها من الطرق بعد أن انقلبت سيارة من طراز فولفو في ولاية اريزونا.',
    tagged: [
      ['أوبر', 'ORG'],
      ['فولفو', 'ORG'],
      ['اريزونا', 'LOC'],
    ],
    published: '2018-03-19',
    expect: [['فولفو', 'org:volvo']],
  },
];

runLinkCases('round 56: leftovers (homonyms, offices, weapons)', cases);

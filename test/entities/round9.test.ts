// Round 9: company nouns, «X العاصمة», tanween on country names, quoted fund names, and gazetteer rows for Tunisian
// bodies, Italian parties and companies. One table of news sentences (ANT), one loop.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../src/doc/types.js';
import { docWithMentions, linkChecked as link } from '../lib/docs.js';

interface Case {
  rule: string;
  text: string;
  /** What the tagger gave (text, type, occurrence). */
  tagged: [string, EntityType, string?][];
  published: string;
  /** Mentions expected as «text → key» (key prefix `local:` for an unknown name) … */
  expect?: [string, string][];
  /** … mention texts expected to have one entity … */
  together?: string[];
  /** … and mention texts that must not be mentions at all. */
  absent?: string[];
}

const CASES: Case[] = [
  {
    rule: "a company noun makes the tagger's person name after it, and its other occurrences, one company (BBC)",
    text: 'أعلنت شركة كريم لخدمات تشغيل السيارات تعرض أنظمتها لاختراق. وطالبت كريم عملاءها بتغيير كلمات السر.',
    tagged: [
      ['كريم', 'ORG'],
      ['كريم', 'PER', '2'],
    ],
    published: '2018-04-23',
    together: ['كريم'],
    expect: [['كريم', 'local:']],
  },
  {
    rule: '«تونس العاصمة» is the city of Tunis, not the state (Jawhara FM)',
    text: 'ونفى جنيفان خبر غلق المقر الاجتماعي للمؤسسة في تونس العاصمة او اتخاذ قرار مغادرة البلاد.',
    tagged: [['تونس', 'LOC']],
    published: '2016-12-14',
    expect: [['تونس', 'place:geo:107039']],
  },
  {
    rule: 'a country name with tanween is the indefinite adjective (BBC)',
    text: 'طردت إدارة أوباما 35 دبلوماسيًا روسيًا ردا على القرصنة.',
    tagged: [['روسيًا', 'LOC']],
    published: '2017-12-30',
    absent: ['روسيًا'],
  },
  {
    rule: 'a quoted name after «صندوق» is the fund, the country inside is no mention (CNN)',
    text: 'وقال السيسي إن تكلفة التنمية ضخمة، داعيا إلى التبرع لصندوق "تحيا مصر".',
    tagged: [['مصر', 'LOC']],
    published: '2018-02-25',
    expect: [['تحيا مصر', 'local:']],
    absent: ['مصر'],
  },
  {
    rule: 'the Tunisian labour union is one organization, Tunisia inside it no mention (Jawhara FM)',
    text: 'وفق ما أعلن عنه الاتحاد العام التونسي للشغل عبر صفحته الرسمية.',
    tagged: [],
    published: '2017-12-05',
    expect: [['الاتحاد العام التونسي للشغل', 'org:ugtt']],
  },
  {
    rule: 'Italian parties named with the country are the party (France 24)',
    text: 'وحصل حزب "إيطاليا إلى الأمام" على 14 بالمئة بينما حصلت حركة الخمس نجوم على 32 بالمئة.',
    tagged: [['إيطاليا', 'LOC']],
    published: '2018-03-04',
    expect: [
      ['إيطاليا إلى الأمام', 'org:forza-italia'],
      ['حركة الخمس نجوم', 'org:m5s'],
    ],
    absent: ['إيطاليا'],
  },
  {
    rule: 'Shin Bet written «الشين بيت» after its descriptive name is one agency (France 24)',
    text: 'وأبلغ جهاز الأمن الداخلي الإسرائيلي "الشين بيت" وكالة فرانس برس أن المنفذ من الضفة الغربية.',
    tagged: [['الشين بيت', 'ORG']],
    published: '2018-03-18',
    expect: [
      ['جهاز الأمن الداخلي الإسرائيلي', 'org:shin-bet'],
      ['الشين بيت', 'org:shin-bet'],
    ],
  },
  {
    rule: 'a company named in quotes after a descriptor links to the gazetteer (Jawhara FM)',
    text: 'قررت شركة النفط البريطانية "بيتروفاك"، اليوم الأربعاء، إيقاف نشاطها بجزيرة قرقنة.',
    tagged: [],
    published: '2016-12-14',
    expect: [['بيتروفاك', 'org:petrofac']],
  },
];

describe('round 9', () => {
  for (const c of CASES) {
    it(c.rule, () => {
      const entities = link(docWithMentions(c.text, c.tagged, c.published));
      const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ text: m.text, key: e.key })));
      for (const [text, key] of c.expect ?? []) {
        const hit = mentions.find((m) => m.text === text);
        assert.ok(hit, `no mention «${text}» in ${JSON.stringify(mentions)}`);
        if (key.endsWith(':')) assert.ok(hit.key?.startsWith(key) === true, `«${text}» → ${hit.key}`);
        else assert.equal(hit.key, key, `«${text}»`);
      }
      if (c.together) {
        const keys = new Set(mentions.filter((m) => c.together?.includes(m.text)).map((m) => m.key));
        assert.equal(keys.size, 1, `«${c.together.join('», «')}» split: ${[...keys].join(', ')}`);
        const types = entities.filter((e) => keys.has(e.key)).map((e) => e.type);
        assert.deepEqual(types, ['ORG']);
      }
      for (const text of c.absent ?? []) assert.ok(!mentions.some((m) => m.text === text), `«${text}» is a mention`);
    });
  }
});

// The ranked ('any') search end to end on a small in-memory store: the rerank must prefer the article holding
// the most query words, and holding them early, over one that only repeats a single word.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Analysis } from '../../src/doc/types.js';
import { openStore, type SqliteStore } from '../../src/store/sqlite.js';

function article(id: string, title: string, body: string): Analysis {
  return {
    id,
    source: { kind: 'file', path: `${id}.txt` },
    title,
    published: null,
    lang: 'ar',
    body,
    blocks: [],
    captions: [],
    credits: [],
    related: [],
    removed: [],
    entities: [],
    quotes: [],
    times: [],
    events: [],
  } as unknown as Analysis;
}

const FILLER = [
  'ارتفعت أسعار النفط في الأسواق العالمية اليوم وسط توقعات بزيادة الطلب خلال فصل الشتاء.',
  'فاز المنتخب الوطني لكرة القدم في مباراته الودية أمام ضيفه بهدفين دون مقابل.',
  'أعلنت هيئة الأرصاد الجوية عن موجة حر تضرب البلاد مع نهاية الأسبوع الجاري.',
  'افتتح معرض الكتاب الدولي أبوابه أمام الزوار بمشاركة مئات دور النشر العربية.',
  'شهدت البورصة تداولات نشطة مع صعود أسهم شركات الاتصالات والمصارف.',
  'تستعد المدارس لاستقبال الطلاب مع بداية العام الدراسي الجديد في سبتمبر.',
  'حذر أطباء من انتشار الإنفلونزا الموسمية ودعوا إلى التطعيم المبكر.',
  'سجلت السياحة الداخلية نموا ملحوظا خلال موسم الصيف بحسب تقرير رسمي.',
];

describe('ranked search', () => {
  let store: SqliteStore;
  before(() => {
    store = openStore(':memory:');
    const filler = FILLER.map((body, i) => article(`filler-${i}`, '', body));
    const target = article(
      'target',
      '',
      `وصل وزير الخارجية الياباني إلى القاهرة في زيارة رسمية يبحث خلالها التعاون الاقتصادي. ${FILLER[0]}`,
    );
    const deep = article(
      'deep',
      '',
      `${FILLER[1]} ${FILLER[2]} ${FILLER[3]} وفي خبر آخر، قال وزير الخارجية إن الوفد الياباني سيزور القاهرة لاحقا.`,
    );
    const repeats = article(
      'repeats',
      '',
      'القاهرة القاهرة: ازدحام في شوارع القاهرة، وسكان القاهرة يشكون من زحام القاهرة في ساعات الذروة.',
    );
    store.putBatch([...filler, target, deep, repeats].map((analysis) => ({ analysis })));
  });
  after(() => store.close());

  it('puts the article with every query word in its lead first, then the one that has them deep', () => {
    const ids = store
      .search({ query: 'وزير الخارجية الياباني يصل إلى القاهرة', mode: 'any', limit: 5, snippets: false })
      .map((h) => h.id);
    assert.deepEqual(ids.slice(0, 2), ['target', 'deep']);
    assert.ok(!ids.includes('repeats') || ids.indexOf('repeats') > 1, 'repeating one word does not win');
  });

  it('highlights the query words in the snippets of ranked hits', () => {
    const [first] = store.search({ query: 'الخارجية اليابانية', mode: 'any', limit: 1 });
    assert.match(first.snippet, /【الخارجية】 【الياباني】/);
  });
});

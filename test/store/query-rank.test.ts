// The ranked ('any') search end to end on a small store, SQLite and PostgreSQL: the rerank must prefer the article
// holding the most query words, and holding them early, over one that only repeats a single word.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Analysis } from '../../src/doc/types.js';
import { connectStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { freshDatabase, postgresMissing } from '../scale/services.js';

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

function rankedSearchCases(open: () => Promise<{ store: Store; remove: () => Promise<void> }>) {
  let store: Store;
  let remove: () => Promise<void>;
  before(async () => {
    ({ store, remove } = await open());
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
    // «الحكومة» is in most articles; «الأسترالية» in one, once, late in a long body (ts_rank alone, without idf,
    // puts the article that repeats «الحكومة» first).
    const government = FILLER.map((body, i) => article(`government-${i}`, '', `قالت الحكومة إن ${body}`));
    const common = article('common', '', 'الحكومة الحكومة الحكومة الحكومة الحكومة الحكومة الحكومة');
    const rare = article('rare', '', `${FILLER[0].repeat(6)} وأعلنت الحكومة الأسترالية خطة.`);
    await store.putBatch(
      [...filler, ...government, target, deep, repeats, common, rare].map((analysis) => ({ analysis })),
    );
  });
  after(() => remove());

  it('puts the article with every query word in its lead first, then the one that has them deep', async () => {
    const hits = await store.search({ query: 'وزير الخارجية الياباني يصل إلى القاهرة', mode: 'any', limit: 5 });
    const ids = hits.map((h) => h.id);
    assert.deepEqual(ids.slice(0, 2), ['target', 'deep']);
    assert.ok(!ids.includes('repeats') || ids.indexOf('repeats') > 1, 'repeating one word does not win');
  });

  it('ranks the same without snippets (the rerank reads the body either way)', async () => {
    const hits = await store.search({
      query: 'وزير الخارجية الياباني يصل إلى القاهرة',
      mode: 'any',
      limit: 2,
      snippets: false,
    });
    assert.deepEqual(
      hits.map((h) => h.id),
      ['target', 'deep'],
    );
  });

  it('weighs a rare query word above many repeats of a word most articles have (idf)', async () => {
    const hits = await store.search({ query: 'الحكومة الأسترالية', mode: 'any', limit: 3, snippets: false });
    assert.equal(hits[0]?.id, 'rare');
  });

  it('highlights the query words in the snippets of ranked hits', async () => {
    const [first] = await store.search({ query: 'الخارجية اليابانية', mode: 'any', limit: 1 });
    assert.match(first.snippet, /【الخارجية】 【الياباني】/);
  });
}

describe('ranked search (SQLite)', () => {
  rankedSearchCases(async () => {
    const { store } = await connectStore({ db: ':memory:' });
    return { store, remove: () => store.close() };
  });
});

describe('ranked search (PostgreSQL)', async () => {
  const missing = await postgresMissing();
  if (missing) {
    it.skip(missing, () => {});
    return;
  }
  rankedSearchCases(async () => {
    const database = await freshDatabase('rank');
    const { store } = await connectStore({ store: database.url });
    return {
      store,
      remove: async () => {
        await store.close();
        await database.drop();
      },
    };
  });
});

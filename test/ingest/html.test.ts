import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../../src/doc/doc.js';
import type { Article } from '../../src/doc/types.js';
import { NO_ARTICLE_WARNING, parseHtml } from '../../src/ingest/html.js';
import { FIXTURE_URLS } from '../fixtures/html/regen.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/html');

function readFixture(name: string): { article: Article; expected: Article } {
  const html = readFileSync(path.join(fixtures, name, 'input.html'), 'utf8');
  const article = parseHtml(html, { kind: 'html', url: FIXTURE_URLS[name] });
  const expected = JSON.parse(readFileSync(path.join(fixtures, name, 'expected.json'), 'utf8')) as Article;
  return { article, expected };
}

function body(article: Article): string {
  return createDoc(article).text;
}

describe('parseHtml on fixtures', () => {
  for (const name of ['arabic-news', 'cnn-arabic-2013', 'malformed', 'no-article', 'english']) {
    it(`${name} matches expected.json`, () => {
      const { article, expected } = readFixture(name);
      assert.deepEqual(JSON.parse(JSON.stringify(article)), expected);
    });
  }
});

describe('parseHtml: composed Arabic news page', () => {
  const { article } = readFixture('arabic-news');

  it('reads metadata from JSON-LD and OpenGraph', () => {
    assert.equal(article.title, 'وزير الخارجية يبحث مع نظيره الأردني أزمة المياه');
    assert.equal(article.published, '2023-08-15T09:30:00+03:00');
    assert.equal(article.author, 'سارة الخطيب');
    assert.equal(article.section, 'سياسة');
    assert.equal(article.lang, 'ar');
    assert.equal(article.canonicalUrl, 'https://example.com/news/2023/08/15/water-talks');
  });

  it('keeps paragraphs and subheadings in reading order', () => {
    assert.deepEqual(
      article.blocks.map((b) => b.kind),
      ['paragraph', 'paragraph', 'subheading', 'paragraph', 'paragraph'],
    );
    assert.ok(article.blocks[0].text.startsWith('عمّان (المرصد) – بحث وزير الخارجية'));
    assert.equal(article.blocks[2].text, 'لجنة فنية مشتركة');
  });

  it('moves captions and credits out of the body', () => {
    assert.deepEqual(article.captions, ['وزير الخارجية خلال لقائه نظيره الأردني في عمّان', 'سد الملك طلال شمالي عمّان.']);
    assert.deepEqual(article.credits, ['رويترز', 'Getty Images']);
    assert.ok(!body(article).includes('صدر الصورة'));
    assert.ok(!body(article).includes('سد الملك طلال'));
  });

  it('collects related links with resolved URLs', () => {
    assert.deepEqual(article.related, [
      {
        title: 'تقرير: انخفاض منسوب السدود إلى أدنى مستوى منذ عقد',
        url: 'https://example.com/news/2023/08/10/dam-report',
      },
      { title: 'الأرصاد تتوقع موسما مطريا ضعيفا هذا العام', url: 'https://example.com/news/2023/07/01/rain' },
    ]);
  });

  it('leaves navigation, share buttons, byline and footer out', () => {
    const text = body(article);
    for (const furniture of [
      'الرئيسية',
      'فيسبوك',
      'شارك هذا الخبر',
      'بقلم',
      'جميع الحقوق محفوظة',
      'اقرأ أيضاً',
      'السدود',
    ]) {
      assert.ok(!text.includes(furniture), `body should not contain «${furniture}»`);
    }
  });
});

describe('parseHtml: real and difficult pages', () => {
  it('extracts the CNN Arabic 2013 body exactly as the upstream gold text', () => {
    const { article } = readFixture('cnn-arabic-2013');
    assert.equal(article.title, 'معارضون يسيطرون على مخازن للصواريخ بريف دمشق');
    assert.equal(article.blocks.length, 7);
    assert.ok(article.blocks[0].text.startsWith('دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة'));
    assert.ok(!body(article).includes('ترحب شبكة CNN بالنقاش'));
  });

  it('reads a truncated page with unclosed tags without throwing', () => {
    const { article } = readFixture('malformed');
    assert.equal(article.title, 'وزير الخارجية يبحث مع نظيره الأردني أزمة المياه');
    assert.ok(article.blocks.length >= 2);
    assert.deepEqual(article.warnings, []);
  });

  it('returns no blocks and a warning for a page without an article', () => {
    const { article } = readFixture('no-article');
    assert.deepEqual(article.blocks, []);
    assert.deepEqual(article.warnings, [NO_ARTICLE_WARNING]);
    assert.equal(article.title, 'الصفحة غير موجودة');
  });

  it('cleans an English page: site suffix, dateline, advert, photo credit, read-more line', () => {
    const { article } = readFixture('english');
    assert.equal(article.title, 'City council approves new cycling lanes');
    assert.equal(article.published, '2021-03-04');
    assert.deepEqual(article.credits, ['John Smith']);
    assert.deepEqual(article.related, [{ title: 'Bus fares to rise in April' }]);
    const text = body(article);
    for (const furniture of ['Published March', 'Advertisement', 'cookies', 'Home'])
      assert.ok(!text.includes(furniture));
  });

  it('survives empty input, a bare fragment and deeply nested markup', () => {
    assert.deepEqual(parseHtml('', { kind: 'html' }).warnings, [NO_ARTICLE_WARNING]);
    const fragment = parseHtml('<p>هذه فقرة قصيرة من خبر بلا وسوم html ولا head، لكنها نص مقالة حقيقي.</p>', {
      kind: 'html',
    });
    assert.equal(fragment.blocks.length, 1);
    const nested = `${'<div>'.repeat(2000)}<p>نص عميق داخل عناصر متداخلة كثيرة جدا في صفحة معطوبة.</p>`;
    assert.equal(parseHtml(nested, { kind: 'html' }).blocks.length, 1);
  });

  it('keeps whitespace normalized within blocks and the text otherwise as written', () => {
    const article = parseHtml(
      '<html><body><article><p>قال   الوزير\n\t«نعم»&nbsp;&nbsp;للاتفاق.</p></article></body></html>',
      {
        kind: 'html',
      },
    );
    assert.deepEqual(article.blocks, [{ kind: 'paragraph', text: 'قال الوزير «نعم» للاتفاق.' }]);
  });
});

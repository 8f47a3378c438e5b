import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, indexArticle, LEAD_TOKENS, lightStem } from '../../src/store/analyzer.js';
import { parseQuery, toMatchExpression } from '../../src/store/query.js';

const terms = (text: string) => analyzeText(text).map((t) => t.term);

describe('search analyzer', () => {
  it('strips clitics that news text glues to names, and only those', () => {
    assert.deepEqual(terms('وبوتين'), terms('بوتين'));
    assert.deepEqual(terms('وقال بوتين لروسيا'), ['قال', 'بوتين', 'روسيا']);
    // A first letter that looks like a clitic stays when the rest is not a word.
    assert.deepEqual(terms('واشنطن'), ['واشنطن']);
    assert.deepEqual(terms('بيونغ'), ['بيونغ']);
  });

  it('ignores diacritics, tatweel, hamza carriers, alef maqsura and ta marbuta spellings', () => {
    assert.deepEqual(terms('الرَّئِيسُ'), terms('الرئيس'));
    assert.deepEqual(terms('أكد إن الأمـــم'), terms('اكد ان الامم'));
    assert.deepEqual(terms('مستشفى'), terms('مستشفي'));
    assert.deepEqual(terms('الحكومة'), terms('الحكومه'));
  });

  it('folds plural, feminine and nisba endings into the light stem', () => {
    const light = (word: string) => analyzeText(word).map((t) => t.light)[0];
    assert.equal(light('الروسية'), light('روسيا'));
    assert.equal(light('الروسي'), light('روسيا'));
    assert.equal(light('المعلمون'), light('المعلمين'));
    assert.equal(light('الانتخابات'), light('انتخاب'));
    // Too short to strip.
    assert.equal(lightStem('يوم'), 'يوم');
  });

  it('keeps each term tied to the span of its word in the original text', () => {
    const text = 'دعا الرئيسُ الروسي، فلاديمير بوتين، إلى «التعاون».';
    for (const token of analyzeText(text)) {
      const surface = text.slice(token.start, token.end);
      assert.ok(surface.length > 0 && !/[\s،«».]/.test(surface), `bad span ${JSON.stringify(surface)}`);
    }
    assert.deepEqual(
      analyzeText(text).map((t) => text.slice(t.start, t.end)),
      ['دعا', 'الرئيسُ', 'الروسي', 'فلاديمير', 'بوتين', 'إلى', 'التعاون'],
    );
  });

  it('indexes Latin words lower-cased and numbers as written in ASCII digits', () => {
    assert.deepEqual(terms('قمة G20 عام ٢٠٢٣'), ['قمه', 'g20', 'عام', '2023']);
  });

  it('puts the opening words of the body in the lead field', () => {
    const body = 'قال الوزير '.repeat((LEAD_TOKENS + 10) / 2).trim();
    const indexed = indexArticle('عنوان', body);
    assert.equal(indexed.lead.split(' ').length, LEAD_TOKENS);
    assert.equal(indexed.body.split(' ').length, LEAD_TOKENS + 10);
  });
});

describe('query syntax', () => {
  it('reads words, phrases, exclusions and OR', () => {
    const parsed = parseQuery('بوتين "كوريا الشمالية" -اليابان الصين OR واشنطن');
    assert.equal(parsed.groups.length, 3);
    assert.equal(parsed.groups[1][0].quoted, true);
    assert.deepEqual(
      parsed.groups[1][0].tokens.map((t) => t.term),
      terms('كوريا الشمالية'),
    );
    assert.equal(parsed.groups[2].length, 2, 'OR joins its two neighbours');
    assert.deepEqual(
      parsed.excluded.map((u) => u.tokens[0].term),
      terms('اليابان'),
    );
    const match = toMatchExpression(parsed);
    assert.match(match, / NOT /);
    assert.match(match, / AND /);
  });

  it('never passes FTS5 syntax typed by a user through', () => {
    const match = toMatchExpression(parseQuery('NEAR(بوتين كيم) title:روسيا * ^ "غير مغلق'));
    for (const piece of match.match(/"(?:[^"]|"")*"/g) ?? []) assert.ok(!/[*:^()]/.test(piece), piece);
    assert.throws(() => toMatchExpression(parseQuery('"" * ( )')), /no searchable words/);
    assert.throws(() => toMatchExpression(parseQuery('-روسيا')), /only excludes/);
  });
});

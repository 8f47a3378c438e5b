import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseQuery, queryTerms } from '../../src/store/query.js';
import { HIGHLIGHT_CLOSE as C, makeSnippet, HIGHLIGHT_OPEN as O } from '../../src/store/snippet.js';

const snippet = (body: string, query: string) => makeSnippet(body, queryTerms(parseQuery(query)));

const BODY =
  'قال الرئيس الروسيّ فلاديمير بوتين، اليوم، إن روسيا مستعدة لتعزيز التعاون مع كوريا الشمالية.\n' +
  'وأضاف أن موسكو والكرملين يرحبان بالمفاوضات مع بيونغ يانغ حول الملفات الاقتصادية والأمنية. ' +
  'وتابع المتحدث باسم الحكومة أن اللقاء المقبل سيعقد في العاصمة خلال الأشهر المقبلة بحضور وفود من البلدين. ' +
  'وفي سياق آخر، أعلنت وزارة الخارجية أن وزير الخارجية سيزور الصين الأسبوع المقبل لبحث التجارة والطاقة.';

describe('snippets', () => {
  it('highlights whole surface words found through clitics, diacritics and light stems', () => {
    const out = snippet(BODY, 'الروسية');
    assert.ok(out.includes(`${O}الروسيّ${C}`), out);
    assert.ok(out.includes(`${O}روسيا${C}`), out);
    assert.ok(snippet(BODY, 'المفاوضات').includes(`${O}بالمفاوضات${C}`));
    assert.ok(snippet(BODY, 'وبوتين').includes(`${O}بوتين${C}،`), 'punctuation stays outside the mark');
  });

  it('finds a term whatever its spelling: hamza and alef forms, ta marbuta, alef maqsura, diacritics, Latin case', () => {
    const text = 'أعلنت الإدارةُ الأمريكيّة أن مُوسى سيزور إيران، وقالت Reuters إن الزيارة تاريخية.';
    assert.ok(snippet(text, 'الاداره').includes(`${O}الإدارةُ${C}`));
    assert.ok(snippet(text, 'ايران').includes(`${O}إيران${C}،`));
    assert.ok(snippet(text, 'موسي').includes(`${O}مُوسى${C}`));
    assert.ok(snippet(text, 'الأمريكية').includes(`${O}الأمريكيّة${C}`));
    assert.ok(snippet(text, 'reuters').includes(`${O}Reuters${C}`));
  });

  it('does not highlight a term buried inside an unrelated word', () => {
    assert.equal(snippet(BODY, 'صي').includes(O), false, 'الصين: ن is no ending');
    assert.equal(snippet(BODY, 'كرم').includes(O), false, 'والكرملين: لين is no ending');
    assert.equal(snippet(BODY, 'زور').includes(O), false, 'سيزور: سي is no proclitic string');
  });

  it('cuts the window holding the most distinct query words, from the original text', () => {
    const out = snippet(BODY, 'وزير الصين التجارة');
    assert.ok(out.startsWith('… '), out);
    for (const word of ['وزير', 'الصين', 'التجارة']) assert.ok(out.includes(`${O}${word}${C}`), out);
    assert.equal(out.includes('بوتين'), false);
    const plain = out.replaceAll(O, '').replaceAll(C, '').replace(/^… /, '').replace(/ …$/, '');
    assert.ok(BODY.replace(/\s+/g, ' ').includes(plain), 'the snippet is a piece of the body');
  });

  it('opens the body when no query word is in it, and marks a cut end', () => {
    const out = snippet(BODY, 'اليابان');
    assert.ok(out.startsWith('قال الرئيس'), out);
    assert.ok(out.endsWith(' …'), out);
    assert.equal(out.includes(O), false);
    assert.equal(snippet('بوتين في موسكو', 'بوتين'), `${O}بوتين${C} في موسكو`);
  });
});

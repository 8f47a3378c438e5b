import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanTokens, tokenize } from '../../src/arabic/tokenize.js';

const surfaces = (text: string) => scanTokens(text).map((t) => text.slice(t.start, t.end));
const kinds = (text: string) => scanTokens(text).map((t) => t.kind);

/** Tokens plus the gaps between them give back the text, and gaps hold only white space or invisible controls. */
function assertLossless(text: string): void {
  const tokens = scanTokens(text);
  let rebuilt = '';
  let at = 0;
  for (const token of tokens) {
    assert.ok(token.start >= at && token.end > token.start, `bad span ${token.start}-${token.end}`);
    const gap = text.slice(at, token.start);
    assert.match(gap, /^[\s\p{Cf}\p{Cc}]*$/u, `gap holds text: ${JSON.stringify(gap)}`);
    rebuilt += gap + text.slice(token.start, token.end);
    at = token.end;
  }
  rebuilt += text.slice(at);
  assert.equal(rebuilt, text);
}

test('Arabic words, punctuation and quotes with exact offsets', () => {
  const text = 'وقال بوتين: "إنني مقتنع"، وأضاف…';
  assert.deepEqual(surfaces(text), ['وقال', 'بوتين', ':', '"', 'إنني', 'مقتنع', '"', '،', 'وأضاف', '…']);
  assert.deepEqual(kinds('«نعم» “لا”'), ['quote', 'arabic', 'quote', 'quote', 'arabic', 'quote']);
});

test('numbers keep their separators; ranges split at the hyphen', () => {
  assert.deepEqual(surfaces('بلغ 1,250.5 و٣٫٥ في 1910-45'), ['بلغ', '1,250.5', 'و', '٣٫٥', 'في', '1910', '-', '45']);
  assert.deepEqual(kinds('2023.'), ['number', 'punct']);
});

test('hyphenated names, Latin words, URLs, e-mails, hashtags and mentions', () => {
  assert.deepEqual(surfaces('صاروخ هواسونغ-17 وكوفيد-19'), ['صاروخ', 'هواسونغ-17', 'وكوفيد-19']);
  assert.deepEqual(surfaces("Getty Images, G20 don't"), ['Getty', 'Images', ',', 'G20', "don't"]);
  const text = 'راجع https://www.bbc.com/arabic/a-1. أو news@bbc.co.uk #روسيا @BBCArabic';
  assert.deepEqual(kinds(text), ['arabic', 'url', 'punct', 'arabic', 'email', 'hashtag', 'mention']);
  assert.equal(surfaces(text)[1], 'https://www.bbc.com/arabic/a-1');
});

test('diacritics, tatweel and zero-width joiners stay inside the word', () => {
  assert.deepEqual(surfaces('الـــرئيسُ مُحَمَّد'), ['الـــرئيسُ', 'مُحَمَّد']);
  assert.deepEqual(surfaces('می\u200cخواهم'), ['می\u200cخواهم']);
});

test('lossless on mixed, odd and random text', () => {
  assertLossless('  بوتين\u200f يدعو إلى "تعزيز" التعاون (2023)…\n\nThe end. 😀 ٪٥ ﻻ\t\r\n');
  assertLossless('');
  assertLossless('\u0000\u0001abc');
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  const alphabet = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة ـًٌٍَُِّْ0123456789٠١٢٣.,،؛؟!:"«»“”()-_#@/\n\t\u200c\u200f😀abcXYZ';
  for (let n = 0; n < 200; n++) {
    let text = '';
    const length = random() % 80;
    for (let i = 0; i < length; i++) text += [...alphabet][random() % [...alphabet].length];
    assertLossless(text);
  }
});

test('tokens carry normalized forms and clitic splits that point into the surface', () => {
  const text = 'وبوتين لروسيا والرئيسُ حكومتها بوتين';
  const tokens = tokenize(text);
  const [wa, li, wal, hukuma, bare] = tokens;
  assert.deepEqual([wa.proclitics, wa.stem], [['و'], 'بوتين']);
  assert.equal(text.slice(wa.start + wa.stemOffset, wa.start + wa.stemEnd), 'بوتين');
  assert.equal(text.slice(li.start + li.stemOffset, li.start + li.stemEnd), 'روسيا');
  assert.deepEqual(wal.proclitics, ['و', 'ال']);
  assert.equal(text.slice(wal.start + wal.stemOffset, wal.start + wal.stemEnd), 'رئيسُ');
  assert.equal(hukuma.enclitic, 'ها');
  assert.equal(hukuma.stem, 'حكومه');
  assert.deepEqual([bare.proclitics, bare.stem, bare.enclitic], [[], 'بوتين', '']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeForMatch, normalizeWithOffsets, stripDiacritics, toAsciiDigits } from '../../src/arabic/normalize.js';

test('folds diacritics, tatweel, alef and hamza variants, ya and ta marbuta', () => {
  assert.equal(normalizeForMatch('مُحَمَّدٌ'), 'محمد');
  assert.equal(normalizeForMatch('الـــرئيس'), 'الرءيس');
  assert.equal(normalizeForMatch('أحمد إبراهيم آمال ٱلله'), 'احمد ابراهيم امال الله');
  assert.equal(normalizeForMatch('مسؤول'), normalizeForMatch('مسئول'));
  assert.equal(normalizeForMatch('على'), 'علي');
  assert.equal(normalizeForMatch('مدرسة'), 'مدرسه');
});

test('folds Persian and Urdu look-alikes and presentation forms', () => {
  assert.equal(normalizeForMatch('کتاب'), 'كتاب');
  assert.equal(normalizeForMatch('ایران'), 'ايران');
  assert.equal(normalizeForMatch('ﻻ'), 'لا');
  assert.equal(normalizeForMatch('ﺑﻮﺗﻴﻦ'), 'بوتين');
});

test('maps Arabic-Indic and Persian digits and separators to ASCII', () => {
  assert.equal(normalizeForMatch('٢٠٢٣'), '2023');
  assert.equal(normalizeForMatch('۱۴۰۲'), '1402');
  assert.equal(normalizeForMatch('٣٫٥'), '3.5');
  assert.equal(toAsciiDigits('عام ١٩٩١'), 'عام 1991');
});

test('drops invisible controls and lower-cases Latin', () => {
  assert.equal(normalizeForMatch('\u200fبوتين\u200c'), 'بوتين');
  assert.equal(normalizeForMatch('Getty Images'), 'getty images');
});

test('leaves text without anything to fold unchanged (same string)', () => {
  const text = 'بوتين يدعو الي تعزيز التعاون';
  assert.equal(normalizeForMatch(text), text);
});

test('normalizeWithOffsets maps every normalized unit back to the original', () => {
  const text = 'قالَ الرئيسُ: «بـــوتين» ٢٠٢٣';
  const { norm, offsets } = normalizeWithOffsets(text);
  assert.equal(norm, normalizeForMatch(text));
  assert.equal(offsets[norm.length], text.length);
  const at = norm.indexOf('بوتين');
  const start = offsets[at];
  const end = offsets[at + 'بوتين'.length - 1] + 1;
  assert.equal(text.slice(start, end), 'بـــوتين');
  for (let i = 1; i < norm.length; i++) assert.ok(offsets[i] > offsets[i - 1]);
});

test('stripDiacritics keeps letters as written', () => {
  assert.equal(stripDiacritics('أَحْمَد'), 'أحمد');
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../src/doc/types.js';
import { iobSentences, type NameSpan } from '../../src/ner/iob.js';
import { tokenizedDoc } from '../lib/docs.js';

/** Spans given by [text, type], each found after the previous one. */
function spans(doc: Doc, given: [string, string][]): NameSpan[] {
  let from = 0;
  return given.map(([text, type]) => {
    const start = doc.text.indexOf(text, from);
    assert.ok(start >= 0, text);
    from = start + text.length;
    return { start, end: from, type };
  });
}

const tagged = (s: { words: string[]; tags: string[] }) => s.words.map((w, i) => `${w}/${s.tags[i]}`).join(' ');

test('every token a span overlaps takes its tag; a clitic glued to a name stays on its word, as in ANERcorp', () => {
  const doc = tokenizedDoc('وصل وزير الخارجية سيرغي لافروف إلى بيونغ يانغ قادما من موسكو لإجراء محادثات مع لروسيا.');
  const { sentences, dropped } = iobSentences(
    doc,
    spans(doc, [
      ['سيرغي لافروف', 'PERS'],
      ['بيونغ يانغ', 'LOC'],
      ['موسكو', 'LOC'],
      ['روسيا', 'LOC'],
    ]),
  );
  assert.equal(dropped, 0);
  assert.equal(
    tagged(sentences[0]),
    'وصل/O وزير/O الخارجية/O سيرغي/B-PERS لافروف/I-PERS إلى/O بيونغ/B-LOC يانغ/I-LOC قادما/O من/O موسكو/B-LOC ' +
      'لإجراء/O محادثات/O مع/O لروسيا/B-LOC ./O',
  );
});

test('adjacent names of one type stay two names; each sentence is its own example', () => {
  const doc = tokenizedDoc('التقى بوتين شي جين بينغ في بكين. ثم غادر بوتين.');
  const { sentences } = iobSentences(
    doc,
    spans(doc, [
      ['بوتين', 'PERS'],
      ['شي جين بينغ', 'PERS'],
      ['بكين', 'LOC'],
      ['بوتين', 'PERS'],
    ]),
  );
  assert.deepEqual(sentences.map(tagged), [
    'التقى/O بوتين/B-PERS شي/B-PERS جين/I-PERS بينغ/I-PERS في/O بكين/B-LOC ./O',
    'ثم/O غادر/O بوتين/B-PERS ./O',
  ]);
});

test('linking-gold role phrases: «title + nisba» stays O, another role phrase leaves its sentence out', () => {
  const doc = tokenizedDoc(
    'قال الرئيس الروسي فلاديمير بوتين إن الحوار ممكن. واستقبل زعيم كوريا الشمالية الوفد في العاصمة.',
  );
  const given = spans(doc, [
    ['الرئيس الروسي', 'PERS'],
    ['فلاديمير بوتين', 'PERS'],
    ['زعيم كوريا الشمالية', 'PERS'],
  ]);
  const converted = iobSentences(doc, given, { linkingConventions: true });
  assert.equal(converted.dropped, 1);
  assert.deepEqual(converted.sentences.map(tagged), [
    'قال/O الرئيس/O الروسي/O فلاديمير/B-PERS بوتين/I-PERS إن/O الحوار/O ممكن/O ./O',
  ]);
  // Without the linking conventions the spans are taken as they are (ner-news.jsonl is already in the ANERcorp scheme).
  const asGiven = iobSentences(doc, given);
  assert.equal(asGiven.dropped, 0);
  assert.match(tagged(asGiven.sentences[0]), /الرئيس\/B-PERS الروسي\/I-PERS فلاديمير\/B-PERS/);
});

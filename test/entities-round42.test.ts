// Round 42 (a tagger confidence): each NER mention carries the posterior of its label sequence (forward–backward over
// the tagger's last pass, data/ner/confidence.tsv), and the linker drops an unlinked one-mention entity the tagger was
// unsure of. Sentences from dev-side articles of the linking audit (BBC, France 24, Sky News), read whole as documents.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/doc/types.js';
import { linkEntities } from '../src/entities/link.js';
import { NerTagger } from '../src/ner/tagger.js';
import { docUpToNer } from './lib/docs.js';

function entityTexts(doc: Doc): string[] {
  return linkEntities(doc).entities.flatMap((e) => e.mentions.map((m) => m.text));
}

// France 24: two Sudanese opposition figures (right names, no gazetteer row).
const SUDAN =
  'ومن بين الشخصيات التي أفرج عنها الأحد عدد من كوادر حزب الأمة، أبرز أحزاب المعارضة، وفي مقدمتهم نائب رئيس الحزب فضل الله برمة ناصر، والأمينة العامة للحزب سارة نقد الله.';

test('every tagger mention has a confidence in [0, 1], the same on every run, and the labels do not change', () => {
  const first = docUpToNer(SUDAN).layers.mentions;
  const again = NerTagger.shipped().mentions(docUpToNer(SUDAN));
  assert.ok(first.length >= 3, first.map((m) => m.text).join(' | '));
  for (const m of first) {
    assert.equal(typeof m.score, 'number', m.text);
    assert.ok((m.score as number) >= 0 && (m.score as number) <= 1, `${m.text} ${m.score}`);
  }
  assert.deepEqual(
    again.map((m) => [m.start, m.end, m.type, m.score]),
    first.map((m) => [m.start, m.end, m.type, m.score]),
  );
});

test('an unlinked one-mention name the tagger is sure of is kept (France 24, Sky News)', () => {
  const sudan = docUpToNer(SUDAN);
  for (const name of ['فضل الله برمة ناصر', 'سارة نقد الله']) {
    const mention = sudan.layers.mentions.find((m) => m.text === name);
    assert.ok(mention?.score !== undefined && mention.score >= 0.6, `${name} ${mention?.score}`);
    assert.ok(entityTexts(sudan).includes(name), name);
  }
  // The poet Ko Un.
  const poet = docUpToNer(
    'إلا أن وسائل إعلام محلية أشارت إلى الشاعر العالمي ذائع الصيت كو أون، بناء على التفاصيل الواردة في قصيدة تشوي.',
  );
  const koUn = poet.layers.mentions.find((m) => m.text === 'كو أون');
  assert.ok(koUn?.score !== undefined && koUn.score >= 0.6, `${koUn?.score}`);
  assert.ok(entityTexts(poet).includes('كو أون'));
});

test('an unlinked one-mention word the tagger was unsure of is dropped (BBC)', () => {
  // «المطرب العراقي المولد»: Iraqi-born, no name.
  const singer = docUpToNer(
    'وواصل المطرب العراقي المولد الذي يحمل أيضا الجنسية السعودية، تقديم أغانية في الحفل بعد الحادثة.',
  );
  assert.ok(singer.layers.mentions.some((m) => m.text === 'المولد'));
  assert.ok(!entityTexts(singer).includes('المولد'));
  // Round 48 took out the second case, «في الريف الشمالي الغربي لعفرين» (0.574): the gate no longer drops names of
  // 0.5–0.6, right at the break-even on the judged audit, and this countryside is one of the wrong ones it now keeps.
});

// Names that 2015 news never wrote (data/arabic/wordfreq.tsv) still lose a glued conjunction, because the clitic
// analyzer knows the gazetteer's name words (src/arabic/known-words.ts). Whole pipeline: tagger, then linker.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzedParagraph, entityWith } from '../lib/docs.js';

test('«وزيلينسكي» after another name is Zelensky, a mention of his own, linked', () => {
  const doc = analyzedParagraph(
    'اجتمع ماكرون وزيلينسكي في باريس، ثم التقى شولتس وزيلينسكي وميلوني في روما.',
    '2024-05-01',
  );
  const entities = doc.layers.entities;
  const zelensky = entityWith(entities, 'زيلينسكي');
  assert.equal(zelensky.nameEn, 'Volodymyr Zelenskyy');
  assert.equal(zelensky.country, 'UA');
  assert.deepEqual(
    zelensky.mentions.map((m) => doc.text.slice(m.start, m.end)),
    ['زيلينسكي', 'زيلينسكي'],
  );
  assert.equal(entityWith(entities, 'شولتس').nameEn, 'Olaf Scholz');
  assert.equal(entityWith(entities, 'ميلوني').nameEn, 'Giorgia Meloni');
});

test('«وبيلاروسيا» is Belarus', () => {
  const doc = analyzedParagraph('سيزور الرئيس كوبا وبيلاروسيا الشهر المقبل.', '2024-05-01');
  const belarus = entityWith(doc.layers.entities, 'بيلاروسيا');
  assert.equal(belarus.country, 'BY');
});

test('«لبيلاروسيا»: the linker reads a known name behind a glued preposition, and the mention leaves ل out', () => {
  const doc = analyzedParagraph(
    'وقدمت موسكو دعما كبيرا لبيلاروسيا وكازاخستان، وبدأ الرئيس زيارة لجوهانسبرغ.',
    '2024-05-01',
  );
  const belarus = entityWith(doc.layers.entities, 'بيلاروسيا');
  assert.equal(belarus.country, 'BY');
  assert.deepEqual(
    belarus.mentions.map((m) => doc.text.slice(m.start, m.end)),
    ['بيلاروسيا'],
  );
  assert.equal(entityWith(doc.layers.entities, 'جوهانسبرغ').country, 'ZA');
});

test('a word that only looks like a preposition glued to a short name is left alone («باندورا» is not Andorra)', () => {
  const doc = analyzedParagraph('وتحدث الباحث عن صندوق باندورا في محاضرته.', '2024-05-01');
  assert.ok(!doc.layers.entities.some((e) => e.country === 'AD'));
});

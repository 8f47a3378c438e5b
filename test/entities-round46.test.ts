// Round 46 (the tagger confidence, second step): an unsure unlinked one-mention name that stands in a list of names
// of its type (a comma or و between them) is kept by the confidence gate (data/ner/confidence.tsv,
// exempt_list_members). Sentences from dev-side articles of the linking audit (BBC, CNN), read whole as documents.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkEntities } from '../src/entities/link.js';
import { docUpToNer, mentionTexts } from './lib/docs.js';

/** Each name's tagger confidence is under the gate's threshold, and the linker keeps it. */
function assertUnsureAndKept(text: string, names: string[]): void {
  const doc = docUpToNer(text);
  const kept = mentionTexts(linkEntities(doc).entities);
  for (const name of names) {
    const mention = doc.layers.mentions.find((m) => m.text.endsWith(name));
    assert.ok(mention?.score !== undefined && mention.score < 0.6, `${name} ${mention?.score}`);
    assert.ok(kept.includes(name), `${name}: ${kept.join(' | ')}`);
  }
}

test('models in a list of unknown persons are kept though the tagger is unsure of them (BBC)', () => {
  assertUnsureAndKept(
    'والتقط الصورة فريق نسائي بالكامل، فضلا عن مشاركة عارضات من بينهن هانتر ماغراي وإيبوني ديفيز و روبين لاولي.',
    ['هانتر ماغراي', 'إيبوني ديفيز', 'روبين لاولي'],
  );
});

test('an activist in a list of detained women is kept (BBC)', () => {
  assertUnsureAndKept(
    'وبحسب التقارير، فإنه من بين المعتقلين، لجين الهذلول وعزيزة يوسف وإيمان النفجان، وهن من اللواتي عارضن علنيا منع المرأة من قيادة السيارة فضلا عن قوانين فرض وصاية الرجال على النساء.',
    ['عزيزة يوسف'],
  );
});

test('villages in a list of places retaken are kept (CNN)', () => {
  assertUnsureAndKept(
    'وأضاف: "إن عمليات الجيش أسفرت عن استعادة السيطرة على بلدة النشابية وقرى ومزارع أوتايا وحوش الصالحية وحوش خرابو وحزرما وبيت نايم ومزارع العب وكتيبة الدفاع الجوي وفوج النقل."',
    ['حزرما', 'بيت نايم'],
  );
});

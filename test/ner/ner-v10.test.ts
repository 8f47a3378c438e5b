// NER v10 (models/README.md): v9's configuration retrained with the linking gold's dev rounds 14–18. The sentences
// are from those rounds' dev articles; v9, which never saw them, missed or cut the Afghan district names.
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { test } from 'node:test';
import { NER_LINKING_ROUNDS } from '../../eval/lib/ner-news.js';
import { tokenize } from '../../src/arabic/tokenize.js';
import { NerTagger, SHIPPED_MODEL } from '../../src/ner/tagger.js';

/** The names the shipped tagger finds in one sentence, as `TYPE:words`. */
function names(sentence: string): string[] {
  const tokens = tokenize(sentence);
  const [labels] = NerTagger.shipped().tag([tokens]);
  const out: string[] = [];
  labels.forEach((label, i) => {
    if (label.startsWith('B-')) out.push(`${label.slice(2)}:${tokens[i].text}`);
    else if (label.startsWith('I-') && out.length > 0) out[out.length - 1] += ` ${tokens[i].text}`;
  });
  return out;
}

test('v10 is the shipped model, trained on linking rounds 14–18 and not on round 19 (kept blind)', () => {
  assert.equal(basename(SHIPPED_MODEL), 'ner-v10.bin.gz');
  for (const round of [14, 15, 16, 17, 18]) assert.ok(NER_LINKING_ROUNDS.has(round), `round ${round}`);
  assert.ok(!NER_LINKING_ROUNDS.has(19));
});

test('Afghan district names are places, whole (AL-internationalNews-271, round 16)', () => {
  const found = names(
    'وأشار مسؤولون محليون وقوات أمنية في هلمند من قبل إلى "وجود أجانب في صفوف طالبان، وبشكل أساسي في أقاليم غيريشك وموسى قلعة وناو زاد"، لكن من دون إعطاء أدلة.',
  );
  // v9 read «موسى» as a person and «قلعة وناو» as one place.
  for (const name of ['LOC:هلمند', 'LOC:غيريشك', 'LOC:وموسى قلعة', 'LOC:وناو زاد'])
    assert.ok(found.includes(name), `${name}: ${found.join(' | ')}`);
  // v9 left the district at the head of the sentence out.
  const head = names(
    'وغيريشك من الأقاليم القليلة حيث لا يزال هناك وجود للقوات الحكومية في ولاية تسيطر حركة طالبان على مساحات واسعة منها.',
  );
  assert.ok(head.includes('LOC:وغيريشك'), head.join(' | '));
  // Negative: the common words around them stay outside every name.
  for (const word of ['أقاليم', 'الأقاليم', 'مسؤولون', 'أجانب', 'أدلة', 'ولاية'])
    assert.ok(![...found, ...head].some((n) => n.split(/[: ]/).includes(word)), `${word}: ${found.join(' | ')}`);
});

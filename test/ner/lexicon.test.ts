import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/arabic/tokenize.js';
import { loadGazetteer } from '../../src/entities/gazetteer.js';
import { wordContexts } from '../../src/ner/contexts.js';
import { gazetteerTags, nerGazetteerNames } from '../../src/ner/gazetteer.js';
import { nerLexicon } from '../../src/ner/lexicon.js';

const stem = (word: string) => tokenize(word)[0].stem;

test('cue words are found through clitics: titles, organization and place heads', () => {
  const { cues } = nerLexicon();
  assert.equal(cues.get(stem('والرئيس')), 'TITLE');
  assert.equal(cues.get(stem('لوزارة')), 'ORG_HEAD');
  assert.equal(cues.get(stem('بمحافظة')), 'LOC_HEAD');
  assert.equal(cues.get(stem('بن')), 'NAME_PART');
});

test('name parts: given names, family names of officeholders, but no function words', () => {
  const { nameParts } = nerLexicon();
  assert.match(nameParts.get(stem('محمد')) ?? '', /GIVEN/);
  assert.match(nameParts.get(stem('بوتين')) ?? '', /FAMILY/);
  // علي is a given name but also how على ("on") is matched once ى is folded: too common to be a hint.
  assert.equal(nameParts.get(stem('على')), undefined);
});

test('the gazetteer tags people and organizations, through clitics', () => {
  const tokens = tokenize('وقال فلاديمير بوتين أمام الأمم المتحدة');
  const tags = gazetteerTags(
    tokens.map((t) => t.norm),
    tokens.map((t) => t.stem),
  );
  assert.deepEqual(tags, ['', 'B-PERSON', 'I-PERSON', '', 'B-ORGANIZATION', 'I-ORGANIZATION']);
});

test('distant contexts: news writes company names after شركة and leaders after titles', () => {
  const contexts = wordContexts();
  assert.ok(contexts.get('مايكروسوفت')?.some((c) => c.startsWith('AFTER_ORG_HEAD')));
  assert.ok(contexts.get('بوتين')?.some((c) => c.startsWith('AFTER_TITLE')));
  // Strongest context first.
  const classes = (contexts.get('بوتين') ?? []).map((c) => Number(c.slice(-1)));
  assert.deepEqual(
    classes,
    [...classes].sort((a, b) => b - a),
  );
});

test("the tagger reads its own gazetteer snapshot, not the linker's growing lists", () => {
  // Mogherini and Reporters Without Borders were added to data/gazetteer for linking after the model was trained:
  // the linker knows them, the tagger's features must not (they would change its input without a retrain).
  const linker = loadGazetteer();
  assert.ok(linker.lookup('موغيريني').length > 0 && linker.lookup('مراسلون بلا حدود').length > 0);
  const tags = (text: string) => {
    const tokens = tokenize(text);
    return gazetteerTags(
      tokens.map((t) => t.norm),
      tokens.map((t) => t.stem),
    );
  };
  assert.deepEqual(tags('موغيريني'), ['']);
  assert.deepEqual(tags('مراسلون بلا حدود'), ['', '', '']);
  assert.deepEqual(tags('بوتين'), ['B-PERSON']);
  const kinds = new Set(nerGazetteerNames().map(([, kind]) => kind));
  assert.deepEqual([...kinds].sort(), [
    'AMBIGUOUS',
    'CAPITAL',
    'CITY',
    'COUNTRY',
    'DEMONYM',
    'METONYM',
    'ORGANIZATION',
    'PERSON',
    'REGION',
  ]);
});

// The linker's prefilters (src/entities/word-filter.ts) may answer "maybe" for a word they do not hold, never "no"
// for one they hold: the scans behind them then give the same names as exact lookups.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../src/arabic/tokenize.js';
import { FirstLetterPairs, WordFilter } from '../../src/entities/word-filter.js';

const WORDS = tokenize('فلاديمير بوتين كيم جونغ أون سيرغي شويغو يون سوك يول أ').map((t) => t.norm);
const OTHERS = tokenize('قال الرئيس الروسي في بيان إن المحادثات مع الجانب الكوري كانت مثمرة').map((t) => t.norm);

test('the word filter holds every word it was built with', () => {
  const filter = new WordFilter(WORDS);
  for (const w of WORDS) assert.ok(filter.mayHave(w), w);
  // About 1% false positives: most other words are ruled out.
  assert.ok(OTHERS.filter((w) => filter.mayHave(w)).length <= 2);
});

test('first-letter pairs hold every word added, and a word with a glued letter before it', () => {
  const pairs = new FirstLetterPairs();
  for (const w of WORDS) {
    pairs.add(w);
    pairs.addAfter('ل', w);
  }
  for (const w of WORDS) {
    assert.ok(pairs.mayStart(w), w);
    assert.ok(pairs.mayStart(`ل${w}`), `ل${w}`);
    // A longer word with the same first two letters may start one too (a one-letter word pairs with no letter).
    assert.equal(pairs.mayStart(`${w}ي`), w.length >= 2, `${w}ي`);
  }
  // «قال», «الرئيس», «بيان», «المحادثات» … start with pairs no name above has.
  const ruledOut = OTHERS.filter((w) => !pairs.mayStart(w));
  assert.ok(ruledOut.length >= OTHERS.length - 2, `ruled out ${ruledOut.length} of ${OTHERS.length}`);
  assert.ok(!pairs.mayStart('قال'));
  assert.ok(!pairs.mayStart(''));
  // Cleared, it holds nothing from before, and takes new words (propagation reuses one instance per article).
  pairs.clear();
  assert.ok(WORDS.every((w) => !pairs.mayStart(w)));
  pairs.add('قال');
  assert.ok(pairs.mayStart('قال') && !pairs.mayStart(WORDS[0]));
});

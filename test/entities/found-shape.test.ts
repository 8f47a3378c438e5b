// Every mention the linker makes has all of Found's fields, in one order (src/entities/found.ts newFound): the passes
// then read mentions of a single hidden class instead of one per way of making them (the twenty-first session's cost
// step; the fields' values and so the output are unchanged).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newFound } from '../../src/entities/found.js';

test('mentions made with different fields, given in different orders, have the same fields in the same order', () => {
  const tagged = newFound({ start: 0, end: 5, type: 'PER', text: 'بوتين', score: 0.9, first: 0, last: 1 });
  const added = newFound({ text: 'روسيا', type: 'LOC', first: 3, last: 4, start: 12, end: 17, propagated: true });
  assert.deepEqual(Object.keys(added), Object.keys(tagged));
  assert.equal(added.propagated, true);
  assert.equal(tagged.target, undefined);
});

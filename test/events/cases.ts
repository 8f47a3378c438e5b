// The shared shape of the table-driven event coding tests (round*.test.ts): one case a sentence, coded as a
// one-paragraph article through the whole pipeline, and one test a case.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc, EventRecord } from '../../src/doc/types.js';
import { analyzedParagraph, eventTriples } from '../lib/docs.js';

export interface EventCase {
  rule: string;
  sentence: string;
  /** Publication date of the article; the round's default when left out. */
  published?: string | null;
  /** The exact list of triples (SRC>TGT:TYPE, non-negated events), in order. */
  exactly?: string[];
  /** The exact triples, in any order. */
  exactlyUnordered?: string[];
  /** Triples the coder must emit. */
  has?: string[];
  /** Triples it must not emit. */
  hasNot?: string[];
  /** Patterns each matched by some triple it emits. */
  hasLike?: RegExp[];
  /** Patterns no triple it emits may match. */
  hasNotLike?: RegExp[];
  /** A triple it must emit negated. */
  negated?: string;
  /** Triples it must emit flagged hypothetical. */
  hypothetical?: string[];
  /** The CAMEO code of the first non-negated event of each triple. */
  cameo?: Record<string, string>;
  /** A one-off check of the coded Doc. */
  check?: (doc: Doc) => void;
}

const tripleOf = (e: EventRecord) => `${e.sourceCountry}>${e.targetCountry ?? '-'}:${e.type}`;

const flaggedTriples = (doc: Doc, flag: 'negated' | 'hypothetical') =>
  doc.layers.events.filter((e) => e[flag]).map(tripleOf);

/** One test per case; `defaultPublished` is the publication date of the cases that give none. */
export function runEventCases(cases: EventCase[], defaultPublished: string): void {
  for (const c of cases) {
    test(c.rule, () => {
      const doc = analyzedParagraph(c.sentence, c.published === undefined ? defaultPublished : c.published);
      const triples = eventTriples(doc);
      const coded = triples.join(' ');
      if (c.exactly) assert.deepEqual(triples, c.exactly);
      if (c.exactlyUnordered) assert.deepEqual([...triples].sort(), [...c.exactlyUnordered].sort());
      for (const t of c.has ?? []) assert.ok(triples.includes(t), `missing ${t} in: ${coded}`);
      for (const t of c.hasNot ?? []) assert.ok(!triples.includes(t), `unexpected ${t} in: ${coded}`);
      for (const p of c.hasLike ?? [])
        assert.ok(
          triples.some((t) => p.test(t)),
          `nothing like ${p} in: ${coded}`,
        );
      for (const p of c.hasNotLike ?? []) assert.ok(!triples.some((t) => p.test(t)), `unexpected ${p} in: ${coded}`);
      if (c.negated) assert.ok(flaggedTriples(doc, 'negated').includes(c.negated), `${c.negated} not negated`);
      const hypothetical = flaggedTriples(doc, 'hypothetical');
      for (const t of c.hypothetical ?? []) assert.ok(hypothetical.includes(t), `${t} not hypothetical`);
      for (const [t, code] of Object.entries(c.cameo ?? {})) {
        const event = doc.layers.events.find((e) => !e.negated && tripleOf(e) === t);
        assert.ok(event, `missing ${t} in: ${coded}`);
        assert.equal(event.cameo, code, `CAMEO of ${t}`);
      }
      c.check?.(doc);
    });
  }
}

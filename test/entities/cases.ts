// The shared shape of the table-driven entity-linking tests (round*.test.ts): one case a document, its NER layer
// filled by hand with what a tagger gives, linked apart from the tagger, and one test a case.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc, Entity, EntityType } from '../../src/doc/types.js';
import { docWithMentions, entityWith, linkChecked, mentionTexts } from '../lib/docs.js';

export interface LinkCase {
  rule: string;
  text: string;
  /** What the tagger gave (text, type, optionally a word the mention comes after), in order of appearance. */
  tagged: [string, EntityType, string?][];
  published: string;
  /** Mentions expected as «text → key» (a key ending in `:` is a prefix, e.g. `local:` for an unknown name). */
  expect?: [string, string][];
  /** Mention texts expected to have one entity (of type `togetherType`, ORG unless given). */
  together?: string[];
  togetherType?: EntityType;
  /** Mention texts that must be mentions … */
  present?: string[];
  /** … mention texts that must not be mentions at all … */
  absent?: string[];
  /** … and patterns no mention text may match. */
  absentLike?: RegExp[];
  /** Keys some entity must have … */
  keys?: string[];
  /** … and keys (or key prefixes ending in `:`) no entity may have. */
  absentKeys?: string[];
  /** The English name, country (undefined for none) and type of the entity with a mention of that text. */
  nameEn?: [string, string][];
  country?: [string, string | undefined][];
  type?: [string, EntityType][];
  /** The exact mention texts, in order, of the entity with a mention of that text … */
  mentionsOf?: [string, string[]][];
  /** … of the one entity with that key … */
  keyMentions?: [string, string[]][];
  /** … and of each entity of that type. */
  entitiesOfType?: [EntityType, string[][]][];
  /** Another mention text the entity with a mention of that text must have. */
  alsoMentions?: [string, string][];
  /** The exact mention texts of the document, in order. */
  allMentions?: string[];
  /** How many entities the document has. */
  entityCount?: number;
  /** A one-off check of the linked entities. */
  check?: (entities: Entity[], doc: Doc) => void;
}

/** Whether `key` is `expected`, or starts with it when `expected` ends in `:`. */
const keyMatches = (key: string | undefined, expected: string) =>
  expected.endsWith(':') ? key?.startsWith(expected) === true : key === expected;

const textsOf = (e: Entity) => e.mentions.map((m) => m.text);

/** One describe block titled `title`, one test per case. */
export function runLinkCases(title: string, cases: LinkCase[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(c.rule, () => {
        const doc = docWithMentions(c.text, c.tagged, c.published);
        const entities = linkChecked(doc);
        const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ text: m.text, key: e.key })));
        const texts = mentionTexts(entities);
        for (const [text, key] of c.expect ?? []) {
          const hit = mentions.find((m) => m.text === text);
          assert.ok(hit, `no mention «${text}» in ${JSON.stringify(mentions)}`);
          assert.ok(keyMatches(hit.key, key), `«${text}» → ${hit.key}, not ${key}`);
        }
        if (c.together) {
          const keys = new Set(mentions.filter((m) => c.together?.includes(m.text)).map((m) => m.key));
          assert.equal(keys.size, 1, `«${c.together.join('», «')}» split: ${[...keys].join(', ')}`);
          const types = entities.filter((e) => keys.has(e.key)).map((e) => e.type);
          assert.deepEqual(types, [c.togetherType ?? 'ORG']);
        }
        for (const text of c.present ?? []) assert.ok(texts.includes(text), `«${text}» is no mention`);
        for (const text of c.absent ?? []) assert.ok(!texts.includes(text), `«${text}» is a mention`);
        for (const p of c.absentLike ?? []) assert.ok(!texts.some((t) => p.test(t)), `a mention matches ${p}`);
        for (const key of c.keys ?? [])
          assert.ok(
            entities.some((e) => e.key === key),
            `no entity ${key}`,
          );
        for (const key of c.absentKeys ?? [])
          assert.ok(!entities.some((e) => keyMatches(e.key, key)), `an entity has the key ${key}`);
        for (const [text, name] of c.nameEn ?? []) assert.equal(entityWith(entities, text).nameEn, name, `«${text}»`);
        for (const [text, iso] of c.country ?? []) assert.equal(entityWith(entities, text).country, iso, `«${text}»`);
        for (const [text, type] of c.type ?? []) assert.equal(entityWith(entities, text).type, type, `«${text}»`);
        for (const [text, list] of c.mentionsOf ?? []) assert.deepEqual(textsOf(entityWith(entities, text)), list);
        for (const [key, list] of c.keyMentions ?? []) {
          const holders = entities.filter((e) => e.key === key);
          assert.equal(holders.length, 1, `entities with the key ${key}`);
          assert.deepEqual(textsOf(holders[0]), list, key);
        }
        for (const [type, lists] of c.entitiesOfType ?? [])
          assert.deepEqual(entities.filter((e) => e.type === type).map(textsOf), lists, type);
        for (const [text, other] of c.alsoMentions ?? [])
          assert.ok(textsOf(entityWith(entities, text)).includes(other), `«${other}» is no mention of «${text}»`);
        if (c.allMentions) assert.deepEqual(texts, c.allMentions);
        if (c.entityCount !== undefined) assert.equal(entities.length, c.entityCount);
        c.check?.(entities, doc);
      });
    }
  });
}

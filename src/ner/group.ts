// A simple, swappable grouping of mentions into document entities: same type and same normalized text, and a
// one-word person mention joins an earlier multi-word person whose last word it is ("بوتين" → "فلاديمير بوتين").
// The linking issue replaces this with canonical identities.
import { normalizeForMatch } from '../arabic/normalize.js';
import type { Doc, Entity, Mention, Stage } from '../doc/types.js';

export function groupMentions(mentions: readonly Mention[]): Entity[] {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const personBySurname = new Map<string, Entity>();
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  // Multi-word person names first, so that a surname mentioned before the full name still joins it.
  for (const pass of [true, false]) {
    for (const mention of ordered) {
      const words = normalizeForMatch(mention.text).split(/\s+/);
      if ((mention.type === 'PER' && words.length > 1) !== pass) continue;
      const key = `${mention.type}:${words.join(' ')}`;
      let entity = byKey.get(key);
      if (!entity && mention.type === 'PER' && words.length === 1) entity = personBySurname.get(words[0]);
      if (!entity) {
        entity = { id: '', type: mention.type, name: mention.text, key, mentions: [] };
        entities.push(entity);
      }
      byKey.set(key, entity);
      if (mention.type === 'PER' && words.length > 1 && !personBySurname.has(words.at(-1) ?? ''))
        personBySurname.set(words.at(-1) ?? '', entity);
      entity.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
      if (mention.text.length > entity.name.length) entity.name = mention.text;
    }
  }
  for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  entities.forEach((entity, i) => {
    entity.id = `e${i + 1}`;
  });
  return entities;
}

export const entityGroupStage: Stage = {
  name: 'entities',
  run(doc: Doc): void {
    doc.layers.entities = groupMentions(doc.layers.mentions);
  },
};

// Round 42: the tagger's confidence as a gate on the entities no gazetteer name and no second mention supports. An
// unlinked entity with one mention is right 0.67 of the time on the dev rounds the tagger never saw (14–26); among
// them those the tagger was least sure of (a span posterior under the threshold of data/ner/confidence.tsv) were
// right 12 times in 34 (0.35, under half the entity F1), so dropping them raises entity F1 (docs/entities.md, round 42).
import type { Entity, Mention, Span } from '../doc/types.js';
import { confidenceSetting } from '../ner/confidence.js';

const GATED_TYPES = new Set(['PER', 'LOC', 'ORG']);

/** A setting of data/ner/confidence.tsv (0 when absent). */
function setting(name: string): number {
  return confidenceSetting(name) ?? 0;
}

/**
 * The highest confidence of the tagger's mentions that overlap one of the entity's (NaN when the tagger found none of
 * them: the entity comes from the gazetteer or a rule alone).
 */
export function taggerConfidence(entity: Entity, tagged: readonly Mention[]): number {
  let best = Number.NaN;
  for (const m of entity.mentions)
    for (const t of tagged)
      if (t.start < m.end && m.start < t.end && t.score !== undefined && !(t.score <= best)) best = t.score;
  return best;
}

/** What may separate two names of a list: a comma, a conjunction و (often the next name's proclitic), or both. */
const LIST_GAP = /^\s*(?:[،,]\s*و?|و)\s*$/;

/**
 * Whether a mention sits in a list of names the tagger found, of the mention's type: a tagger span of that type right
 * before or after it, with only a list separator between them («هانتر ماغراي وإيبوني ديفيز و روبين لاولي»). A و that
 * opens the next span counts as the separator: the tagger often keeps the conjunction of an unknown name («وإيبوني»).
 */
export function inTaggerList(mention: Span, type: string, tagged: readonly Mention[], text: string): boolean {
  const separates = (from: number, to: number) => LIST_GAP.test(text.slice(from, to) + (text[to] === 'و' ? 'و' : ''));
  return tagged.some(
    (t) =>
      t.type === type &&
      ((t.end <= mention.start && separates(t.end, mention.start)) ||
        (mention.end <= t.start && separates(mention.end, t.start))),
  );
}

/** Whether an entity has no gazetteer key and a single mention. */
export function isUnlinkedSingleton(entity: Entity): boolean {
  return (entity.key === undefined || entity.key.startsWith('local:')) && entity.mentions.length === 1;
}

/**
 * The entities without the unlinked one-mention names the tagger found with a confidence under the threshold. Round 46:
 * a name in a list of names of its type is kept (`exempt_list_members`): the tagger is least sure in lists of unknown
 * persons, and one low member would otherwise take the others with it.
 */
export function dropUnsureSingletons(entities: Entity[], tagged: readonly Mention[], text: string): Entity[] {
  const below = setting('unlinked_singleton_below');
  const exemptLists = setting('exempt_list_members') === 1;
  const unsure = (e: Entity) =>
    GATED_TYPES.has(e.type) &&
    isUnlinkedSingleton(e) &&
    taggerConfidence(e, tagged) < below &&
    !(exemptLists && inTaggerList(e.mentions[0], e.type, tagged, text));
  return entities.filter((e) => !unsure(e));
}

// Round 42: the tagger's confidence as a gate on the entities no gazetteer name and no second mention supports. An
// unlinked entity with one mention is right 0.67 of the time on the dev rounds the tagger never saw (14–26); among
// them those the tagger was least sure of (a span posterior under the threshold of data/ner/confidence.tsv) were
// right 12 times in 34 (0.35, under half the entity F1), so dropping them raises entity F1 (docs/entities.md, round 42).
import { readTsvTable } from '../arabic/data.js';
import type { Entity, Mention } from '../doc/types.js';

const GATED_TYPES = new Set(['PER', 'LOC', 'ORG']);

let threshold: number | undefined;

/** The confidence under which an unlinked one-mention entity is dropped (data/ner/confidence.tsv). */
function singletonThreshold(): number {
  if (threshold === undefined) {
    const { rows, col } = readTsvTable('ner/confidence.tsv');
    const row = rows.find((r) => r[col('setting')] === 'unlinked_singleton_below');
    threshold = row ? Number(row[col('value')]) : 0;
  }
  return threshold;
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

/** Whether an entity has no gazetteer key and a single mention. */
export function isUnlinkedSingleton(entity: Entity): boolean {
  return (entity.key === undefined || entity.key.startsWith('local:')) && entity.mentions.length === 1;
}

/** The entities without the unlinked one-mention names the tagger found with a confidence under the threshold. */
export function dropUnsureSingletons(entities: Entity[], tagged: readonly Mention[]): Entity[] {
  const below = singletonThreshold();
  return entities.filter(
    (e) => !(GATED_TYPES.has(e.type) && isUnlinkedSingleton(e) && taggerConfidence(e, tagged) < below),
  );
}

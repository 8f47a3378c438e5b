// Round 42: does the tagger's mention confidence (Mention.score, the span posterior of src/ner/model.ts) separate right
// predicted entities from wrong ones on the linking dev gold? Labels every predicted entity of the dev articles right or
// wrong with the evaluation's own matching (eval/lib/entity-match.ts), and prints precision by confidence bucket for
// linked entities, unlinked singletons (one mention) and unlinked multi-mention entities, per type; rounds 14–26 (which
// the shipped tagger v9 never trained on) apart from the first 15 and rounds 3–13 (whose names it trained on, so their
// confidences are biased upward). With --loro, a leave-one-round-out choice over rounds 14–26 of a threshold under
// which a kind of entity would be dropped, simulated on the counts (the real gate is measured with eval/entities.ts).
// The entities are the linker's without its gate (LinkOptions.confidenceGate false).
// Reads only the gold's dev lines.
//
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/entity-confidence.ts [--loro] [--list]
import { readFileSync } from 'node:fs';
import {
  canonicalKey,
  entityId,
  type GoldEntity,
  goldSpans,
  mentionSpans,
  SCORED_TYPES,
} from '../eval/lib/entity-match.js';
import { goldPath, readGoldDoc } from '../eval/lib/gold.js';
import type { Doc, Entity } from '../src/doc/types.js';
import { taggerConfidence } from '../src/entities/confidence-gate.js';
import { linkEntities } from '../src/entities/link.js';
import { defaultStages } from '../src/pipeline/stages.js';

interface DevArticle {
  file: string;
  round?: number;
  entities: GoldEntity[];
}

type Kind = 'linked' | 'unlinked, one mention' | 'unlinked, several';

interface Predicted {
  round: number;
  file: string;
  type: string;
  kind: Kind;
  right: boolean;
  /** The highest confidence of the tagger mentions its mentions overlap; NaN when the tagger found none of them. */
  confidence: number;
  text: string;
}

interface RoundCounts {
  gold: number;
  predicted: number;
  correct: number;
}

/** Rounds the shipped tagger (v9) never trained on. */
const UNSEEN_FROM = 14;
const BUCKETS = [0.5, 0.8, 0.95, 0.99, 1.000001];
const BUCKET_NAMES = ['<0.5', '0.5–0.8', '0.8–0.95', '0.95–0.99', '≥0.99'];
const KINDS: Kind[] = ['linked', 'unlinked, one mention', 'unlinked, several'];

/** The dev lines of the entity gold (held-out lines are skipped before they are parsed). */
function devArticles(): DevArticle[] {
  return readFileSync(goldPath('entities'), 'utf8')
    .split('\n')
    .filter((line) => /"split": ?"dev"/.test(line))
    .map((line) => JSON.parse(line) as DevArticle);
}

function stagesUpToNer() {
  const stages = defaultStages();
  return stages.slice(0, stages.findIndex((s) => s.name === 'mentions') + 1);
}

function kindOf(entity: Entity): Kind {
  if (canonicalKey(entity)) return 'linked';
  return entity.mentions.length === 1 ? 'unlinked, one mention' : 'unlinked, several';
}

async function labelPredicted(
  articles: DevArticle[],
): Promise<{ predicted: Predicted[]; counts: Map<number, RoundCounts> }> {
  const stages = stagesUpToNer();
  const predicted: Predicted[] = [];
  const counts = new Map<number, RoundCounts>();
  for (const article of articles) {
    const doc: Doc = await readGoldDoc(article, stages);
    const round = article.round ?? 0;
    const { ids } = goldSpans(article.entities, doc, article.file);
    const entities = linkEntities(doc, { confidenceGate: false }).entities.filter((e) => SCORED_TYPES.has(e.type));
    const c = counts.get(round) ?? { gold: 0, predicted: 0, correct: 0 };
    c.gold += ids.size;
    for (const e of entities) {
      const right = ids.has(entityId(canonicalKey(e), mentionSpans(e)));
      const confidence = taggerConfidence(e, doc.layers.mentions);
      predicted.push({
        round,
        file: article.file,
        type: e.type,
        kind: kindOf(e),
        right,
        confidence,
        text: e.mentions[0].text,
      });
      c.predicted++;
      if (right) c.correct++;
    }
    counts.set(round, c);
  }
  return { predicted, counts };
}

function bucketOf(confidence: number): number {
  if (Number.isNaN(confidence)) return BUCKETS.length;
  return BUCKETS.findIndex((b) => confidence < b);
}

function cell(rows: Predicted[]): string {
  if (rows.length === 0) return '—';
  const right = rows.filter((r) => r.right).length;
  return `${(right / rows.length).toFixed(2)} (${right}/${rows.length})`;
}

function printTable(title: string, rows: Predicted[]): void {
  console.log(`\n${title}: precision (right/predicted) by the tagger's confidence`);
  console.log(['kind', 'type', ...BUCKET_NAMES, 'no tagger span', 'all'].join(' | '));
  for (const kind of KINDS) {
    for (const type of ['PER', 'LOC', 'ORG', 'all']) {
      const group = rows.filter((r) => r.kind === kind && (type === 'all' || r.type === type));
      const cells = [...BUCKET_NAMES, 'none'].map((_, b) => cell(group.filter((r) => bucketOf(r.confidence) === b)));
      console.log([kind, type, ...cells, cell(group)].join(' | '));
    }
  }
}

function f1(c: RoundCounts): number {
  return c.predicted + c.gold === 0 ? 0 : (2 * c.correct) / (c.predicted + c.gold);
}

/** A round's counts with the entities the gate drops taken out. */
function gated(c: RoundCounts, dropped: Predicted[]): RoundCounts {
  return {
    gold: c.gold,
    predicted: c.predicted - dropped.length,
    correct: c.correct - dropped.filter((p) => p.right).length,
  };
}

interface Gate {
  name: string;
  applies: (p: Predicted) => boolean;
}

const GATES: Gate[] = [
  { name: 'unlinked singletons', applies: (p) => p.kind === 'unlinked, one mention' },
  { name: 'unlinked, all', applies: (p) => p.kind !== 'linked' },
  { name: 'unlinked singletons PER/ORG', applies: (p) => p.kind === 'unlinked, one mention' && p.type !== 'LOC' },
];
const THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

function dropsOf(gate: Gate, threshold: number, rows: Predicted[]): Predicted[] {
  return rows.filter((p) => gate.applies(p) && p.confidence < threshold);
}

/** Pooled entity F1 of `rounds` with the gate at `threshold`. */
function pooledF1(
  gate: Gate,
  threshold: number,
  rounds: number[],
  rows: Predicted[],
  counts: Map<number, RoundCounts>,
): number {
  const total = { gold: 0, predicted: 0, correct: 0 };
  for (const r of rounds) {
    const c = gated(
      counts.get(r) as RoundCounts,
      dropsOf(
        gate,
        threshold,
        rows.filter((p) => p.round === r),
      ),
    );
    total.gold += c.gold;
    total.predicted += c.predicted;
    total.correct += c.correct;
  }
  return f1(total);
}

/** Leave one round out over the unseen rounds: each round's threshold is the best on the others (ties: the lowest). */
function leaveOneRoundOut(gate: Gate, rows: Predicted[], counts: Map<number, RoundCounts>): void {
  const rounds = [...counts.keys()].filter((r) => r >= UNSEEN_FROM).sort((a, b) => a - b);
  let before = 0;
  let after = 0;
  const chosen: string[] = [];
  for (const held of rounds) {
    const others = rounds.filter((r) => r !== held);
    let best = THRESHOLDS[0];
    for (const t of THRESHOLDS)
      if (pooledF1(gate, t, others, rows, counts) > pooledF1(gate, best, others, rows, counts)) best = t;
    const c = counts.get(held) as RoundCounts;
    const dropped = dropsOf(
      gate,
      best,
      rows.filter((p) => p.round === held),
    );
    before += f1(c);
    after += f1(gated(c, dropped));
    chosen.push(
      `${held}:${best}(−${dropped.filter((p) => p.right).length}r −${dropped.filter((p) => !p.right).length}w)`,
    );
  }
  console.log(
    `${gate.name}: summed F1 over rounds ${rounds[0]}–${rounds.at(-1)} ${before.toFixed(4)} → ${after.toFixed(4)}; ${chosen.join(' ')}`,
  );
  const all = THRESHOLDS.map((t) => `${t}:${pooledF1(gate, t, rounds, rows, counts).toFixed(4)}`);
  console.log(`  pooled F1 by threshold, all unseen rounds: ${all.join(' ')}`);
}

async function main(): Promise<void> {
  const { predicted, counts } = await labelPredicted(devArticles());
  const unseen = predicted.filter((p) => p.round >= UNSEEN_FROM);
  printTable(`Rounds ${UNSEEN_FROM}–26 (unseen by the tagger), ${unseen.length} predicted entities`, unseen);
  const seen = predicted.filter((p) => p.round < UNSEEN_FROM);
  printTable(`First 15 and rounds 3–13 (the tagger trained on them: biased), ${seen.length} predicted entities`, seen);
  if (process.argv.includes('--loro')) {
    console.log('\nLeave one round out (simulated on the counts):');
    for (const gate of GATES) leaveOneRoundOut(gate, predicted, counts);
  }
  if (process.argv.includes('--list'))
    for (const p of unseen.filter((p) => p.kind !== 'linked').sort((a, b) => a.confidence - b.confidence))
      console.log(
        `${p.confidence.toFixed(3)}\t${p.right ? 'right' : 'WRONG'}\t${p.kind}\t${p.type}\t${p.round}\t${p.text}`,
      );
}

await main();

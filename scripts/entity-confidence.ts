// Round 42: does the tagger's mention confidence (Mention.score, the span posterior of src/ner/model.ts) separate right
// predicted entities from wrong ones on the linking dev gold? Labels every predicted entity of the dev articles right or
// wrong with the evaluation's own matching (eval/lib/entity-match.ts), and prints precision by confidence bucket for
// linked entities, unlinked singletons (one mention) and unlinked multi-mention entities, per type; rounds 14 on (which
// the shipped tagger v9 never trained on) apart from the first 15 and rounds 3–13 (whose names it trained on, so their
// confidences are biased upward). With --loro, a leave-one-round-out choice over rounds 14 on of the setting (a
// threshold, or two) of each gate of GATES, simulated on the counts (the real gate is measured with eval/entities.ts).
// Round 46 added the variants round 42 left: spans the linker grew or cut, list members, aggregations over several
// mentions, and (--min-marginal) the lowest token marginal of a span instead of its posterior.
// The entities are the linker's without its gate (LinkOptions.confidenceGate false).
// Reads only the gold's dev lines.
//
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/entity-confidence.ts [--loro] [--list] [--min-marginal]
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
import type { Doc, Entity, Mention } from '../src/doc/types.js';
import { inTaggerList, taggerConfidence } from '../src/entities/confidence-gate.js';
import { linkEntities } from '../src/entities/link.js';
import { isBegin, LABEL_COUNT as L } from '../src/ner/labels.js';
import { NerModel } from '../src/ner/model.js';
import { stagesThrough } from '../src/pipeline/stages.js';

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
  /** How its single mention relates to the tagger's spans (for unlinked singletons). */
  extent: Extent;
  /** Whether one of its mentions sits in a list of tagger names of its type («أ وب و ج», «أ، ب»). */
  listMember: boolean;
  /** Per mention with a tagger span, the highest confidence of those it overlaps. */
  mentionConfidences: number[];
  text: string;
}

type Extent = 'exact' | 'grown' | 'cut' | 'merged' | 'none';

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

/** The single mention's extent against the tagger spans it overlaps. */
function extentOf(entity: Entity, tagged: readonly Mention[]): Extent {
  const m = entity.mentions[0];
  const over = tagged.filter((t) => t.start < m.end && m.start < t.end);
  if (over.length === 0) return 'none';
  if (over.length > 1) return 'merged';
  const t = over[0];
  if (t.start === m.start && t.end === m.end) return 'exact';
  return m.start <= t.start && t.end <= m.end ? 'grown' : 'cut';
}

function mentionConfidences(entity: Entity, tagged: readonly Mention[]): number[] {
  return entity.mentions
    .map((m) => taggerConfidence({ ...entity, mentions: [m] }, tagged))
    .filter((c) => !Number.isNaN(c));
}

function kindOf(entity: Entity): Kind {
  if (canonicalKey(entity)) return 'linked';
  return entity.mentions.length === 1 ? 'unlinked, one mention' : 'unlinked, several';
}

async function labelPredicted(
  articles: DevArticle[],
): Promise<{ predicted: Predicted[]; counts: Map<number, RoundCounts> }> {
  const stages = stagesThrough('mentions');
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
      const tagged = doc.layers.mentions;
      const confidence = taggerConfidence(e, tagged);
      predicted.push({
        extent: extentOf(e, tagged),
        listMember: e.mentions.some((m) => inTaggerList(m, e.type, tagged, doc.text)),
        mentionConfidences: mentionConfidences(e, tagged),
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
  /** The settings the leave-one-round-out choice ranges over (the first is the gate off or the nearest to it). */
  grid: number[][];
  drops: (setting: number[], p: Predicted) => boolean;
}

const THRESHOLDS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const PAIRS = THRESHOLDS.flatMap((a) => THRESHOLDS.map((b) => [a, b]));
const single = (p: Predicted) => p.kind === 'unlinked, one mention';
const several = (p: Predicted) => p.kind === 'unlinked, several';
const min = (xs: number[]) => (xs.length ? Math.min(...xs) : Number.NaN);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);

const GATES: Gate[] = [
  {
    name: 'unlinked singletons (round 42)',
    grid: THRESHOLDS.map((t) => [t]),
    drops: ([t], p) => single(p) && p.confidence < t,
  },
  {
    name: 'unlinked, all (max)',
    grid: THRESHOLDS.map((t) => [t]),
    drops: ([t], p) => p.kind !== 'linked' && p.confidence < t,
  },
  {
    name: 'unlinked singletons PER/ORG',
    grid: THRESHOLDS.map((t) => [t]),
    drops: ([t], p) => single(p) && p.type !== 'LOC' && p.confidence < t,
  },
  // Round 46: the variants round 42 left.
  {
    name: 'singletons, grown or cut spans exempt',
    grid: THRESHOLDS.map((t) => [t]),
    drops: ([t], p) => single(p) && p.extent !== 'grown' && p.extent !== 'cut' && p.confidence < t,
  },
  {
    name: 'singletons, grown spans exempt',
    grid: THRESHOLDS.map((t) => [t]),
    drops: ([t], p) => single(p) && p.extent !== 'grown' && p.confidence < t,
  },
  {
    name: 'singletons; grown or cut spans at their own threshold',
    grid: PAIRS,
    drops: ([t, u], p) => single(p) && p.confidence < (p.extent === 'grown' || p.extent === 'cut' ? u : t),
  },
  {
    name: 'singletons, list members exempt',
    grid: THRESHOLDS.map((t) => [t]),
    drops: ([t], p) => single(p) && !p.listMember && p.confidence < t,
  },
  {
    name: 'singletons; list members at their own threshold',
    grid: PAIRS,
    drops: ([t, u], p) => single(p) && p.confidence < (p.listMember ? u : t),
  },
  {
    name: 'singletons; several mentions by their min',
    grid: PAIRS,
    drops: ([t, u], p) => (single(p) && p.confidence < t) || (several(p) && min(p.mentionConfidences) < u),
  },
  {
    name: 'singletons; several mentions by their mean',
    grid: PAIRS,
    drops: ([t, u], p) => (single(p) && p.confidence < t) || (several(p) && mean(p.mentionConfidences) < u),
  },
];

function dropsOf(gate: Gate, setting: number[], rows: Predicted[]): Predicted[] {
  return rows.filter((p) => gate.drops(setting, p));
}

/** Pooled entity F1 of `rounds` with the gate at `threshold`. */
function pooledF1(
  gate: Gate,
  setting: number[],
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
        setting,
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
    let best = gate.grid[0];
    let bestF1 = pooledF1(gate, best, others, rows, counts);
    for (const setting of gate.grid) {
      const f = pooledF1(gate, setting, others, rows, counts);
      if (f > bestF1) [best, bestF1] = [setting, f];
    }
    const c = counts.get(held) as RoundCounts;
    const dropped = dropsOf(
      gate,
      best,
      rows.filter((p) => p.round === held),
    );
    before += f1(c);
    after += f1(gated(c, dropped));
    chosen.push(
      `${held}:${best.join('/')}(−${dropped.filter((p) => p.right).length}r −${dropped.filter((p) => !p.right).length}w)`,
    );
  }
  console.log(
    `${gate.name}: summed F1 over rounds ${rounds[0]}–${rounds.at(-1)} ${before.toFixed(4)} → ${after.toFixed(4)}; ${chosen.join(' ')}`,
  );
  const all = gate.grid.map((s) => ({ s: s.join('/'), f: pooledF1(gate, s, rounds, rows, counts) }));
  const shown = gate.grid.length > THRESHOLDS.length ? [...all].sort((a, b) => b.f - a.f).slice(0, 8) : all;
  console.log(`  pooled F1 by setting, all unseen rounds: ${shown.map((a) => `${a.s}:${a.f.toFixed(4)}`).join(' ')}`);
}

/**
 * Round 46, measurement only: with --min-marginal a mention's confidence is the lowest marginal P(label_i = its label)
 * over the span's tokens instead of the span posterior (forward–backward as in NerModel.spanPosteriors, which this
 * replaces for the run).
 */
function useMinTokenMarginal(): void {
  const proto = NerModel.prototype as unknown as {
    spanPosteriors: (emit: Float32Array, n: number, labels: Int32Array, temperature: number) => Float64Array;
    transitionPotentials: (temperature: number) => Float64Array;
  };
  proto.spanPosteriors = function (emit, n, labels, temperature) {
    const out = new Float64Array(n).fill(Number.NaN);
    if (!labels.some((y) => isBegin(y))) return out;
    const trans = this.transitionPotentials(temperature);
    const e = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      let max = emit[i * L];
      for (let y = 1; y < L; y++) max = Math.max(max, emit[i * L + y]);
      for (let y = 0; y < L; y++) e[i * L + y] = Math.exp((emit[i * L + y] - max) / temperature);
    }
    const alpha = new Float64Array(n * L);
    const scale = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      for (let y = 0; y < L; y++) {
        let a = 0;
        if (i === 0) a = trans[y];
        else for (let prev = 0; prev < L; prev++) a += alpha[(i - 1) * L + prev] * trans[(prev + 1) * L + y];
        alpha[i * L + y] = a * e[i * L + y];
        scale[i] += alpha[i * L + y];
      }
      for (let y = 0; y < L; y++) alpha[i * L + y] /= scale[i];
    }
    const beta = new Float64Array(n * L).fill(1, (n - 1) * L);
    for (let i = n - 2; i >= 0; i--)
      for (let y = 0; y < L; y++) {
        let b = 0;
        for (let next = 0; next < L; next++)
          b += trans[(y + 1) * L + next] * e[(i + 1) * L + next] * beta[(i + 1) * L + next];
        beta[i * L + y] = b / scale[i + 1];
      }
    const marginal = (i: number) => alpha[i * L + labels[i]] * beta[i * L + labels[i]];
    for (let i = 0; i < n; i++) {
      if (!isBegin(labels[i])) continue;
      let low = marginal(i);
      for (let j = i + 1; j < n && labels[j] === labels[i] + 1; j++) low = Math.min(low, marginal(j));
      out[i] = Math.min(1, low);
    }
    return out;
  };
}

async function main(): Promise<void> {
  if (process.argv.includes('--min-marginal')) useMinTokenMarginal();
  const { predicted, counts } = await labelPredicted(devArticles());
  const unseen = predicted.filter((p) => p.round >= UNSEEN_FROM);
  printTable(
    `Rounds ${UNSEEN_FROM}–${Math.max(...unseen.map((p) => p.round))} (unseen by the tagger), ${unseen.length} predicted entities`,
    unseen,
  );
  const seen = predicted.filter((p) => p.round < UNSEEN_FROM);
  printTable(`First 15 and rounds 3–13 (the tagger trained on them: biased), ${seen.length} predicted entities`, seen);
  if (process.argv.includes('--loro')) {
    console.log('\nLeave one round out (simulated on the counts):');
    for (const gate of GATES) leaveOneRoundOut(gate, predicted, counts);
  }
  if (process.argv.includes('--list'))
    for (const p of unseen.filter((p) => p.kind !== 'linked').sort((a, b) => a.confidence - b.confidence))
      console.log(
        `${p.confidence.toFixed(3)}\t${p.right ? 'right' : 'WRONG'}\t${p.kind}\t${p.type}\t${p.round}\t${p.extent}\t${p.listMember ? 'list' : ''}\t${p.text}`,
      );
}

await main();

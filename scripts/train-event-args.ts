// The learned argument finder of round 46 (docs/events.md; not shipped), cross-validated on the dev side of the event
// gold: the argument candidates of every dev sentence (src/events/arg-candidates.ts) are labelled by the sentence's
// gold triples, 5 folds are made by a hash of the article path, a model is trained on four and scores the fifth; the
// script prints, summed over folds, the right ones among the k best-scored additions, and the additions' precision and
// the dev recall with and without them at each threshold. It writes nothing.
// Run: MARSAD_SHARED=/work/shared npx tsx scripts/train-event-args.ts [--additions-only] [--trees] [--show]
//   (default)         L2-regularized logistic regression (seeded SGD) trained on all candidates, those of triples
//                     the rules coded included;
//   --additions-only  trained only on the candidates of triples the rules did not code (what it would add);
//   --trees           gradient-boosted trees of depth 2 instead of the logistic model (≈3 minutes);
//   --show            also prints the 60 best-scored additions and every right one, with their (dev) sentences.
// EVENT_ARGS_L2 and EVENT_ARGS_EPOCHS override the logistic model's L2 weight (1e-4) and epochs (30).
// Only gold lines with "split": "dev" are parsed (and their articles checked with isHeldOutArticle).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isHeldOutArticle } from '../eval/lib/gold.js';
import { REPO_ROOT } from '../src/arabic/data.js';
import type { Doc } from '../src/doc/types.js';
import { type Candidate, setCandidateSink, tripleOf } from '../src/events/arg-candidates.js';
import { readInputs } from '../src/ingest/index.js';
import { seededRandom } from '../src/ner/random.js';
import { analyzeDoc } from '../src/pipeline/analyze.js';

const FOLDS = 5;
const EPOCHS = Number(process.env.EVENT_ARGS_EPOCHS ?? 30);
const RATE = 0.05;
const L2 = Number(process.env.EVENT_ARGS_L2 ?? 1e-4);
const SEED = 46;
/** Train on the candidates the rules coded as well (they are what a right pair looks like). */
const WITH_RULED = !process.argv.includes('--additions-only');

interface GoldSentence {
  article: string;
  split: string;
  batch?: number | string;
  sentence: string;
  events: { source: string; target: string | null; type: string }[];
}

/** One candidate the rules did not code, placed in its gold sentence. */
interface Example {
  article: string;
  /** Index of its gold sentence in the dev list. */
  sentence: number;
  triple: string;
  label: 0 | 1;
  /** The rules coded the triple in the sentence: a training example, never an addition. */
  ruled: boolean;
  features: string[];
  /** Trigger and parties as written, for --show. */
  detail: string;
}

const shared = process.env.MARSAD_SHARED ?? path.resolve(REPO_ROOT, '../shared');

function devGold(): GoldSentence[] {
  return readFileSync(path.join(REPO_ROOT, 'eval/gold/events.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => /"split":\s*"dev"/.test(line))
    .map((line) => JSON.parse(line) as GoldSentence)
    .filter((g) => g.split === 'dev' && !isHeldOutArticle(g.article));
}

const goldTriple = (e: GoldSentence['events'][number]) => `${e.source}>${e.target ?? '-'}:${e.type}`;

async function analyze(file: string): Promise<Doc | null> {
  for await (const result of readInputs([path.join(shared, 'data/news', file)], {})) {
    if (result.ok) return analyzeDoc(result.article);
  }
  return null;
}

/** The rules' non-negated sourced triples with a mention in [start, end) (as eval/events.ts scores them). */
function ruleTriples(doc: Doc, start: number, end: number): Set<string> {
  const triples = new Set<string>();
  for (const e of doc.layers.events) {
    if (e.negated || !e.sourceCountry) continue;
    const mentions = e.mentions ?? [{ sentence: e.sentence, trigger: e.trigger }];
    if (mentions.some((m) => m.trigger.start >= start && m.trigger.end <= end))
      triples.add(`${e.sourceCountry}>${e.targetCountry ?? '-'}:${e.type}`);
  }
  return triples;
}

interface Collected {
  examples: Example[];
  /** Per dev sentence: its article, gold triples and the rules' triples. */
  sentences: { article: string; gold: Set<string>; rules: Set<string> }[];
  text: string[];
}

/** Runs the pipeline (rules only) over every dev article and keeps the candidates that fall in gold sentences. */
async function collect(gold: GoldSentence[]): Promise<Collected> {
  const byArticle = new Map<string, number[]>();
  gold.forEach((g, k) => {
    byArticle.set(g.article, [...(byArticle.get(g.article) ?? []), k]);
  });
  const examples: Example[] = [];
  const sentences: Collected['sentences'] = gold.map((g) => ({
    article: g.article,
    gold: new Set(g.events.map(goldTriple)),
    rules: new Set<string>(),
  }));
  for (const article of [...byArticle.keys()].sort()) {
    const found: { c: Candidate; rules: Set<string>; start: number; detail: string }[] = [];
    setCandidateSink((candidates, rules, tokens) => {
      const text = (a: { first: number; last: number } | null) =>
        a
          ? tokens
              .slice(a.first, a.last)
              .map((t) => t.text)
              .join(' ')
          : '-';
      for (const c of candidates)
        if (!c.negated)
          found.push({
            c,
            rules,
            start: tokens[c.i].start,
            detail: `${tokens[c.i].text} | ${text(c.source)} | ${text(c.target)}`,
          });
    });
    const doc = await analyze(article);
    setCandidateSink(undefined);
    if (!doc) continue;
    const spans = (byArticle.get(article) ?? []).map((k) => {
      const at = doc.text.indexOf(gold[k].sentence);
      if (at >= 0) sentences[k].rules = ruleTriples(doc, at, at + gold[k].sentence.length);
      return { k, at, end: at + gold[k].sentence.length };
    });
    for (const { c, rules, start, detail } of found) {
      const span = spans.find((s) => s.at >= 0 && start >= s.at && start < s.end);
      const triple = tripleOf(c);
      if (!span) continue;
      const label = sentences[span.k].gold.has(triple) ? 1 : 0;
      examples.push({
        article,
        sentence: span.k,
        triple,
        label,
        ruled: rules.has(triple),
        features: c.features,
        detail,
      });
    }
  }
  return { examples, sentences, text: gold.map((g) => g.sentence) };
}

/** L2-regularized logistic regression by SGD over binary features, in a seeded order, with a decaying rate. */
function train(examples: Example[]): Record<string, number> {
  const w = new Map<string, number>([['bias', 0]]);
  const next = seededRandom(SEED);
  const order = examples.map((_, k) => k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(next() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    const rate = RATE / (1 + epoch * 0.2);
    for (const k of order) {
      const x = examples[k];
      let z = w.get('bias') ?? 0;
      for (const f of x.features) z += w.get(f) ?? 0;
      const g = 1 / (1 + Math.exp(-z)) - x.label;
      w.set('bias', (w.get('bias') ?? 0) - rate * g);
      for (const f of x.features) {
        const old = w.get(f) ?? 0;
        w.set(f, old - rate * (g + L2 * old));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const f of [...w.keys()].sort()) {
    const v = Math.round((w.get(f) ?? 0) * 1e4) / 1e4;
    if (v !== 0) weights[f] = v;
  }
  return weights;
}

/** The logistic model's probability for a feature list. */
function logistic(weights: Record<string, number>, features: string[]): number {
  let z = weights.bias ?? 0;
  for (const f of features) z += weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** A boosted tree: a leaf value, or a test of one binary feature. */
type Tree = number | { f: string; yes: Tree; no: Tree };

/** Gradient-boosted trees (logistic loss, Newton leaves) of depth TREE_DEPTH over the binary features: --trees. */
const TREES = 200;
const TREE_DEPTH = 2;
const SHRINK = 0.1;
const LEAF_L2 = 1;

function boost(examples: Example[]): Tree[] {
  const margin = new Float64Array(examples.length);
  const trees: Tree[] = [];
  for (let round = 0; round < TREES; round++) {
    const g = new Float64Array(examples.length);
    const h = new Float64Array(examples.length);
    examples.forEach((x, k) => {
      const p = 1 / (1 + Math.exp(-margin[k]));
      g[k] = p - x.label;
      h[k] = p * (1 - p);
    });
    const tree = grow(
      examples,
      examples.map((_, k) => k),
      g,
      h,
      TREE_DEPTH,
    );
    trees.push(tree);
    examples.forEach((x, k) => {
      margin[k] += evalTree(tree, new Set(x.features));
    });
  }
  return trees;
}

function grow(examples: Example[], rows: number[], g: Float64Array, h: Float64Array, depth: number): Tree {
  let G = 0;
  let H = 0;
  for (const k of rows) {
    G += g[k];
    H += h[k];
  }
  const leaf = (-G / (H + LEAF_L2)) * SHRINK;
  if (depth === 0 || rows.length < 20) return leaf;
  const sums = new Map<string, [number, number]>();
  for (const k of rows)
    for (const f of new Set(examples[k].features)) {
      const s = sums.get(f) ?? [0, 0];
      s[0] += g[k];
      s[1] += h[k];
      sums.set(f, s);
    }
  const parent = (G * G) / (H + LEAF_L2);
  let best = '';
  let bestGain = 1e-6;
  for (const f of [...sums.keys()].sort()) {
    const [gy, hy] = sums.get(f) ?? [0, 0];
    const gain = (gy * gy) / (hy + LEAF_L2) + ((G - gy) * (G - gy)) / (H - hy + LEAF_L2) - parent;
    if (gain > bestGain) {
      bestGain = gain;
      best = f;
    }
  }
  if (!best) return leaf;
  const yes = rows.filter((k) => examples[k].features.includes(best));
  const no = rows.filter((k) => !examples[k].features.includes(best));
  return { f: best, yes: grow(examples, yes, g, h, depth - 1), no: grow(examples, no, g, h, depth - 1) };
}

function evalTree(tree: Tree, features: Set<string>): number {
  let t = tree;
  while (typeof t !== 'number') t = features.has(t.f) ? t.yes : t.no;
  return t;
}

const foldOf = (article: string) => createHash('sha1').update(`event-args:${article}`).digest().readUInt32BE(0) % FOLDS;

/** Best score per (sentence, triple) of held-fold examples, from models trained on the other folds. */
function crossValidatedScores(
  data: Collected,
): Map<string, { score: number; label: number; sentence: number; detail: string }> {
  const { examples } = data;
  const best = new Map<string, { score: number; label: number; sentence: number; detail: string }>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const part = examples.filter((x) => foldOf(x.article) !== fold && (WITH_RULED || !x.ruled));
    const trees = process.argv.includes('--trees') ? boost(part) : [];
    const weights = trees.length > 0 ? {} : train(part);
    for (const x of examples) {
      if (foldOf(x.article) !== fold) continue;
      if (x.ruled || data.sentences[x.sentence].rules.has(x.triple)) continue;
      const key = `${x.sentence}\t${x.triple}`;
      const score =
        trees.length > 0
          ? 1 / (1 + Math.exp(-trees.reduce((z: number, t) => z + evalTree(t, new Set(x.features)), 0)))
          : logistic(weights, x.features);
      if (score > (best.get(key)?.score ?? -1))
        best.set(key, { score, label: x.label, sentence: x.sentence, detail: `${x.triple} ${x.detail}` });
    }
  }
  return best;
}

function report(data: Collected): void {
  const best = crossValidatedScores(data);
  let gold = 0;
  let matched = 0;
  let predicted = 0;
  for (const s of data.sentences) {
    gold += s.gold.size;
    predicted += s.rules.size;
    for (const t of s.rules) if (s.gold.has(t)) matched++;
  }
  const reachable = [...best.values()].filter((b) => b.label === 1).length;
  console.log(`dev: ${data.sentences.length} sentences, ${gold} gold triples; rules: ${matched} right of ${predicted}`);
  console.log(`rules P ${(matched / predicted).toFixed(3)} R ${(matched / gold).toFixed(3)}`);
  console.log(
    `candidate triples the rules missed: ${best.size}, of them gold ${reachable} (ceiling R ${((matched + reachable) / gold).toFixed(3)})`,
  );
  if (process.argv.includes('--show'))
    for (const b of [...best.values()].sort((x, y) => y.score - x.score).filter((b, k) => k < 60 || b.label === 1))
      console.log(`${b.score.toFixed(3)} ${b.label} ${b.detail}\n    ${data.text[b.sentence]}`);
  const ranked = [...best.values()].sort((x, y) => y.score - x.score);
  const atK = [5, 10, 21, 30, 50, 100].map((k) => {
    const right = ranked.slice(0, k).reduce((n, b) => n + b.label, 0);
    return `${k}: ${right} (${(right / k).toFixed(2)})`;
  });
  console.log(`right among the k best-scored additions: ${atK.join(', ')}`);
  console.log('threshold\tadditions\tright\tadd-P\tR\tP');
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    let added = 0;
    let right = 0;
    for (const b of best.values()) {
      if (b.score <= threshold) continue;
      added++;
      right += b.label;
    }
    const r = (matched + right) / gold;
    const p = (matched + right) / (predicted + added);
    console.log(
      `${threshold}\t${added}\t${right}\t${(right / Math.max(1, added)).toFixed(3)}\t${r.toFixed(3)}\t${p.toFixed(3)}`,
    );
  }
}

async function main(): Promise<void> {
  const gold = devGold();
  const data = await collect(gold);
  const positives = data.examples.filter((x) => x.label === 1).length;
  const ruled = data.examples.filter((x) => x.ruled).length;
  console.log(`${data.examples.length} candidates (${ruled} of triples the rules coded), ${positives} right`);
  report(data);
}

await main();

// Small helpers for benchmark scripts: sizes, peak memory, aligned tables.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Doc, Stage } from '../../src/doc/types.js';
import { analyzeDoc } from '../../src/pipeline/analyze.js';
import { defaultStages } from '../../src/pipeline/stages.js';

export function fileBytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((n, name) => n + fileBytes(join(path, name)), 0);
}

let peak = 0;
/** Peak resident set size seen so far (sampled now; resourceUsage gives the OS high-water mark). */
export function peakRss(): number {
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  return peak;
}

export function formatRow(cells: (string | number)[], header = false): string {
  const widths = [24, 10, 12, 10, 12, 12, 12];
  const line = cells
    .map((c, i) => {
      const text = typeof c === 'number' ? (c >= 100 ? c.toFixed(0) : c.toFixed(2)) : c;
      return i === 0 ? text.padEnd(widths[i]) : text.padStart(widths[i] ?? 12);
    })
    .join(' ');
  return header ? `${line}\n${'-'.repeat(line.length)}` : line;
}

/**
 * Mean `analyze` time per article over `rounds` rounds with the given stages, and the mean wall time of one
 * named stage among them (for "what does this stage add" benchmarks).
 */
export function timeStageRuns(
  articles: Article[],
  stages: Stage[],
  rounds: number,
  stageName: string,
): { perArticle: number; stage: number } {
  let total = 0;
  let stage = 0;
  for (let r = 0; r < rounds; r++) {
    for (const article of articles) {
      const started = performance.now();
      analyzeDoc(article, {
        stages,
        onStage: (name, ms) => {
          if (name === stageName) stage += ms;
        },
      });
      total += performance.now() - started;
    }
  }
  const runs = rounds * articles.length;
  return { perArticle: total / runs, stage: stage / runs };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface StageCost {
  /** Median ms per article over the rounds, without the stage and with it. */
  without: number;
  withStage: number;
  /** Median of the stage's own wall time per article. */
  stage: number;
  /** What the stage adds, in % of analyze without it (difference of the medians). */
  added: number;
  /** Median over rounds of the stage's own time over the rest of analyze, in %. */
  share: number;
}

/**
 * What one stage of the default pipeline costs `analyze`: rounds with and without it, alternated so that a drift
 * in machine load hits both sides alike, summarized by medians (a shared machine's outliers do not move them).
 */
export function measureStageCost(articles: Article[], stageName: string, rounds: number): StageCost {
  const all = defaultStages();
  const without = all.filter((s) => s.name !== stageName);
  if (without.length === all.length) throw new Error(`the default pipeline has no stage named "${stageName}"`);
  const withoutTimes: number[] = [];
  const withTimes: number[] = [];
  const stageTimes: number[] = [];
  const shares: number[] = [];
  for (let r = 0; r < rounds; r++) {
    withoutTimes.push(timeStageRuns(articles, without, 1, stageName).perArticle);
    const run = timeStageRuns(articles, all, 1, stageName);
    withTimes.push(run.perArticle);
    stageTimes.push(run.stage);
    shares.push((100 * run.stage) / (run.perArticle - run.stage));
  }
  const [w, o] = [median(withTimes), median(withoutTimes)];
  return { without: o, withStage: w, stage: median(stageTimes), added: (100 * (w - o)) / o, share: median(shares) };
}

export function printStageCost(label: string, cost: StageCost, target: string): void {
  console.log(`analyze per article without the ${label}: ${cost.without.toFixed(2)} ms (median of rounds)`);
  console.log(`analyze per article with it: ${cost.withStage.toFixed(2)} ms`);
  console.log(`${label}'s own wall time per article: ${cost.stage.toFixed(2)} ms`);
  console.log(
    `${label} adds: ${cost.added.toFixed(1)}% (difference of the medians); ` +
      `own time / rest: ${cost.share.toFixed(1)}% (median of rounds; target ${target})`,
  );
}

/** Wall and CPU milliseconds. */
interface Cost {
  wall: number;
  cpu: number;
}

/** Milliseconds of CPU the whole process (main thread and V8's helper threads) spent since `since`. */
function cpuSince(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

/** Runs `analyze` on one article with the stages, adding its cost to `total` and the named stage's to `stage`. */
function timeOne(article: Article, stages: Stage[], stageName: string, total: Cost, stage: Cost): void {
  const timed = stages.map((s) =>
    s.name === stageName
      ? {
          name: s.name,
          run(doc: Doc) {
            const [wall, cpu] = [performance.now(), process.cpuUsage()];
            s.run(doc);
            stage.cpu += cpuSince(cpu);
            stage.wall += performance.now() - wall;
          },
        }
      : s,
  );
  const [wall, cpu] = [performance.now(), process.cpuUsage()];
  analyzeDoc(article, { stages: timed });
  total.cpu += cpuSince(cpu);
  total.wall += performance.now() - wall;
}

/** Times of one block of articles over the rounds (ms per round), with and without the stage, and of the stage. */
interface BlockTimes {
  with: Cost[];
  without: Cost[];
  stage: Cost[];
}

export interface PairedStageCost {
  /** Per round (sums over the round's blocks): what the stage adds to analyze, in % of analyze without it. */
  added: Cost[];
  /** Per round: the stage's own time over the rest of analyze, in %. */
  share: Cost[];
}

/**
 * Articles per block of the interleaved measure: enough that most runs follow a run of the same pipeline (a stage
 * also costs the others the CPU caches it takes from them, which alternating single articles would share out between
 * both sides), few enough that both runs of a block see about the same machine load.
 */
const BLOCK = 10;

/**
 * The same cost measured in interleaved blocks: each block of articles runs without and with the stage back to back
 * (the order alternating), so a change of machine load during a round hits both sides of its comparison; each round
 * sums its blocks. Besides wall time it reads the process's CPU time, which on a shared machine does not count the
 * time spent waiting for a core.
 */
export function measurePairedStageCost(articles: Article[], stageName: string, rounds: number): PairedStageCost {
  const all = defaultStages();
  const without = all.filter((s) => s.name !== stageName);
  if (without.length === all.length) throw new Error(`the default pipeline has no stage named "${stageName}"`);
  const blocks: BlockTimes[] = [];
  for (let b = 0; b * BLOCK < articles.length; b++) blocks.push({ with: [], without: [], stage: [] });
  for (let r = 0; r < rounds; r++) {
    blocks.forEach((times, b) => {
      const block = articles.slice(b * BLOCK, (b + 1) * BLOCK);
      const [withTotal, withoutTotal, stage, unused] = [zero(), zero(), zero(), zero()];
      const withFirst = (r + b) % 2 === 0;
      if (withFirst) for (const a of block) timeOne(a, all, stageName, withTotal, stage);
      for (const a of block) timeOne(a, without, stageName, withoutTotal, unused);
      if (!withFirst) for (const a of block) timeOne(a, all, stageName, withTotal, stage);
      times.with.push(withTotal);
      times.without.push(withoutTotal);
      times.stage.push(stage);
    });
  }
  const perRound = [...Array(rounds).keys()].map((r) =>
    costPercents(
      sumCosts(blocks.map((t) => t.with[r])),
      sumCosts(blocks.map((t) => t.without[r])),
      sumCosts(blocks.map((t) => t.stage[r])),
    ),
  );
  return { added: perRound.map((p) => p.added), share: perRound.map((p) => p.share) };
}

function zero(): Cost {
  return { wall: 0, cpu: 0 };
}

function sumCosts(costs: Cost[]): Cost {
  return { wall: costs.reduce((n, c) => n + c.wall, 0), cpu: costs.reduce((n, c) => n + c.cpu, 0) };
}

/** What the stage adds (in % of analyze without it) and its own time over the rest of analyze (in %). */
function costPercents(withStage: Cost, without: Cost, stage: Cost): { added: Cost; share: Cost } {
  const percent = (k: keyof Cost) => ({
    added: 100 * (withStage[k] / without[k] - 1),
    share: (100 * stage[k]) / (withStage[k] - stage[k]),
  });
  const [wall, cpu] = [percent('wall'), percent('cpu')];
  return { added: { wall: wall.added, cpu: cpu.added }, share: { wall: wall.share, cpu: cpu.share } };
}

/** The value below which a fraction `q` of the values lie (nearest rank). */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function medianAndQuartiles(perRound: number[]): string {
  const [low, high] = [quantile(perRound, 0.25), quantile(perRound, 0.75)];
  return `${median(perRound).toFixed(1)}% (quartiles ${low.toFixed(1)}–${high.toFixed(1)}%)`;
}

export function printPairedStageCost(label: string, cost: PairedStageCost, target: string): void {
  console.log(
    `interleaved by blocks of ${BLOCK} articles (each block without and with the ${label} back to back), ` +
      `median of ${cost.added.length} rounds:`,
  );
  for (const k of ['cpu', 'wall'] as const)
    console.log(
      `  ${k === 'cpu' ? 'CPU time ' : 'wall time'}: adds ${medianAndQuartiles(cost.added.map((c) => c[k]))}; ` +
        `own time / rest ${medianAndQuartiles(cost.share.map((c) => c[k]))} (target ${target})`,
    );
}

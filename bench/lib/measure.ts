// Small helpers for benchmark scripts: sizes, peak memory, aligned tables.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Stage } from '../../src/doc/types.js';
import { analyzeDoc } from '../../src/pipeline/analyze.js';

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

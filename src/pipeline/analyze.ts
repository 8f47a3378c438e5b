// analyze(): read → build the Doc → run the stages → the contract's JSON.
import { createDoc, toAnalysis } from '../doc/doc.js';
import type { Analysis, Article, Doc, Stage } from '../doc/types.js';
import { readInputs } from '../ingest/index.js';
import type { ReadOptions } from '../ingest/types.js';
import { defaultStages } from './stages.js';

export interface AnalyzeOptions extends ReadOptions {
  /** Stages to run (default: every stage of the pipeline). */
  stages?: Stage[];
  /** Called after each stage with its wall time, for benchmarks. */
  onStage?: (name: string, ms: number) => void;
}

/** Builds the Doc of an article and runs the stages over it. */
export function analyzeDoc(article: Article, options: AnalyzeOptions = {}): Doc {
  const doc = createDoc(article, { published: options.published ?? null });
  for (const stage of options.stages ?? defaultStages()) {
    const started = options.onStage ? performance.now() : 0;
    stage.run(doc);
    options.onStage?.(stage.name, performance.now() - started);
  }
  return doc;
}

export function analyzeArticle(article: Article, options: AnalyzeOptions = {}): Analysis {
  return toAnalysis(analyzeDoc(article, options));
}

export type AnalyzeResult =
  | { ok: true; analysis: Analysis }
  | { ok: false; input: string; error: string; code: string };

/** Reads every input (files, directories, URLs, '-') and analyzes each article found. */
export async function* analyzeInputs(inputs: string[], options: AnalyzeOptions = {}): AsyncGenerator<AnalyzeResult> {
  for await (const result of readInputs(inputs, options)) {
    if (!result.ok) {
      yield result;
      continue;
    }
    yield { ok: true, analysis: analyzeArticle(result.article, options) };
  }
}

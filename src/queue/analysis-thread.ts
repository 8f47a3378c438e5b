// One analysis thread of a worker process: receives articles, runs the pipeline and the search analyzer, and
// posts back what the store needs. The stages load their models once per thread, on the first article.
import { parentPort } from 'node:worker_threads';
import { errorMessage } from '../doc/errors.js';
import type { Article } from '../doc/types.js';
import { analyzeArticle } from '../pipeline/analyze.js';
import { indexArticle } from '../store/analyzer.js';
import type { StoreItem } from '../store/types.js';

export interface AnalysisTask {
  seq: number;
  article: Article;
  published?: string;
}

export type AnalysisReply = { seq: number; ok: true; item: StoreItem } | { seq: number; ok: false; error: string };

function analyze(task: AnalysisTask): AnalysisReply {
  try {
    const analysis = analyzeArticle(task.article, { published: task.published });
    return { seq: task.seq, ok: true, item: { analysis, index: indexArticle(analysis.title, analysis.body) } };
  } catch (err) {
    return { seq: task.seq, ok: false, error: errorMessage(err) };
  }
}

parentPort?.on('message', (task: AnalysisTask) => {
  parentPort?.postMessage(analyze(task));
});

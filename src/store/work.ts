// One unit of ingestion work and what analysing it gives: shared by the worker threads and the main thread.
import { createDoc, documentId, toAnalysis } from '../doc/doc.js';
import { errorMessage } from '../doc/errors.js';
import type { Article, Stage } from '../doc/types.js';
import { readOne } from '../ingest/index.js';
import { defaultStages } from '../pipeline/stages.js';
import { indexArticle } from './analyzer.js';
import { bodyHash } from './identity.js';
import type { StoreItem } from './types.js';

/** A file a worker reads itself, or an article the main thread already read (large files, URLs, stdin). */
export type WorkUnit = { seq: number; path: string } | { seq: number; article: Article };

export type WorkResult =
  | { kind: 'item'; item: StoreItem }
  | { kind: 'duplicate'; id: string }
  | { kind: 'failed'; input: string; error: string; code: string };

export interface WorkDone {
  seq: number;
  results: WorkResult[];
}

export interface WorkContext {
  published?: string;
  stages?: Stage[];
  /** Whether the store already holds this article (by id or body hash): then it is not analysed again. */
  isStored: (id: string, hash: string) => boolean;
}

export async function runUnit(unit: WorkUnit, context: WorkContext): Promise<WorkDone> {
  const results: WorkResult[] = [];
  if ('article' in unit) {
    results.push(analyseArticle(unit.article, context, articleLabel(unit.article)));
  } else {
    for await (const read of readOne(unit.path, { published: context.published })) {
      if (read.ok) results.push(analyseArticle(read.article, context, unit.path));
      else results.push({ kind: 'failed', input: read.input, error: read.error, code: read.code });
    }
  }
  return { seq: unit.seq, results };
}

function articleLabel(article: Article): string {
  return article.source.url ?? article.source.path ?? article.title;
}

function analyseArticle(article: Article, context: WorkContext, input: string): WorkResult {
  try {
    const doc = createDoc(article, { published: context.published ?? null });
    const id = documentId(doc);
    if (context.isStored(id, bodyHash(doc.text))) return { kind: 'duplicate', id };
    for (const stage of context.stages ?? defaultStages()) stage.run(doc);
    const analysis = toAnalysis(doc);
    return { kind: 'item', item: { analysis, index: indexArticle(analysis.title, analysis.body) } };
  } catch (err) {
    return { kind: 'failed', input, error: `analysis failed for ${input}: ${errorMessage(err)}`, code: 'analysis' };
  }
}

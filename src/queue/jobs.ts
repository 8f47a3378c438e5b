// What travels through Redis: one job per article, already read (files are read where they are, so workers on
// other machines need no shared disk), identified by a hash of its content so that enqueueing the same input
// twice while the first job is still known to the queue adds it once.
import { createHash } from 'node:crypto';
import type { Article } from '../doc/types.js';
import type { PutOutcome } from '../store/types.js';

export interface AnalyzeJob {
  article: Article;
  /** The publication date given on the command line for inputs without one. */
  published?: string;
  /** Where the article came from (path or URL), for the dead-letter queue. */
  input: string;
}

export interface AnalyzeResult {
  id: string;
  outcome: PutOutcome;
}

export interface DeadLetter {
  input: string;
  title: string;
  jobId: string;
  reason: string;
  attempts: number;
  failedAt: string;
}

export function jobIdOf(job: AnalyzeJob): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([job.article.source, job.article.title, job.article.blocks, job.published ?? null]))
    .digest('hex');
  return `a-${hash.slice(0, 24)}`;
}

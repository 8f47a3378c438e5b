// Loading files into a store for `marsad start` and the browser tests: read → analyze → store in batches.
// (A stand-in until the ingest command exports the same; it has no resumability or worker pool.)
import { errorMessage } from '../doc/errors.js';
import { readInputs } from '../ingest/index.js';
import { analyzeArticle } from '../pipeline/analyze.js';
import type { Store, StoreItem, SyncStore } from '../store/types.js';

export interface LoadInput {
  path: string;
  /** Publication date for an input that carries none (anchors relative dates). */
  published?: string;
}

export interface LoadCounts {
  read: number;
  stored: number;
  duplicate: number;
  failed: number;
  /** The first few failure reasons, for the summary. */
  errors: string[];
}

const BATCH = 50;
const MAX_ERRORS = 5;

export async function loadInputs(
  store: Pick<Store, 'putBatch'> | Pick<SyncStore, 'putBatch'>,
  inputs: LoadInput[],
  onProgress: (counts: LoadCounts) => void = () => {},
): Promise<LoadCounts> {
  const counts: LoadCounts = { read: 0, stored: 0, duplicate: 0, failed: 0, errors: [] };
  let batch: StoreItem[] = [];
  const flush = async () => {
    for (const outcome of await store.putBatch(batch)) counts[outcome]++;
    batch = [];
    onProgress(counts);
  };
  for (const input of inputs) {
    for await (const result of readInputs([input.path], { published: input.published })) {
      counts.read++;
      try {
        if (!result.ok) throw new Error(result.error);
        batch.push({ analysis: analyzeArticle(result.article, { published: input.published }) });
      } catch (err) {
        // One article the pipeline cannot handle must not stop the others.
        counts.failed++;
        if (counts.errors.length < MAX_ERRORS) counts.errors.push(errorMessage(err));
        continue;
      }
      if (batch.length >= BATCH) await flush();
    }
  }
  if (batch.length > 0) await flush();
  return counts;
}

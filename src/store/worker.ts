// The ingestion worker thread: reads and analyses the units the main thread sends, and answers with the
// analyses (the main thread alone writes to the database). It opens the database read-only to skip
// articles already stored, so a resumed ingest does not analyse them again.
import { parentPort, workerData } from 'node:worker_threads';
import { errorMessage } from '../doc/errors.js';
import { SqliteStore } from './sqlite.js';
import { runUnit, type WorkUnit } from './work.js';

interface WorkerConfig {
  db: string;
  published?: string;
}

const config = workerData as WorkerConfig;
const store = new SqliteStore(config.db, { readonly: true });
const context = {
  published: config.published,
  isStored: (id: string, hash: string) => store.hasId(id) || store.hasBody(hash),
};

parentPort?.on('message', async (unit: WorkUnit | null) => {
  if (unit === null) {
    store.close();
    parentPort?.close();
    return;
  }
  try {
    parentPort?.postMessage(await runUnit(unit, context));
  } catch (err) {
    const input = 'path' in unit ? unit.path : 'article';
    const failed = { kind: 'failed', input, error: `${input}: ${errorMessage(err)}`, code: 'internal' };
    parentPort?.postMessage({ seq: unit.seq, results: [failed] });
  }
});

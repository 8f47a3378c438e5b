// A temporary store filled through the real pipeline from the repository's fixtures (no ../shared needed):
// the BBC Arabic page dump, the ANT/SaudiNewsNet corpus records and the Arabic news HTML pages. SQLite by
// default; PostgreSQL in a fresh database on the test server (test/scale/services.ts) when asked.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/arabic/data.js';
import { type LoadCounts, type LoadInput, loadInputs } from '../../src/server/load.js';
import { connectStore } from '../../src/store/open.js';
import type { ReadModel } from '../../src/store/read-model.js';
import type { Store } from '../../src/store/types.js';
import { freshDatabase } from '../scale/services.js';

export const FIXTURE_INPUTS: LoadInput[] = [
  { path: join(REPO_ROOT, 'test/fixtures/pagedump/bbc-putin-north-korea/input.txt'), published: '2023-08-15' },
  { path: join(REPO_ROOT, 'test/fixtures/corpus') },
  { path: join(REPO_ROOT, 'test/fixtures/html/arabic-news/input.html') },
];

export interface FixtureStore {
  /** The SQLite file, or the PostgreSQL URL. */
  path: string;
  store: Store;
  readModel: ReadModel;
  counts: LoadCounts;
  remove(): Promise<void>;
}

export async function fixtureStore(kind: 'sqlite' | 'postgres' = 'sqlite'): Promise<FixtureStore> {
  if (kind === 'postgres') {
    const database = await freshDatabase('api');
    const opened = await connectStore({ store: database.url });
    return {
      path: database.url,
      ...opened,
      counts: await loadInputs(opened.store, FIXTURE_INPUTS),
      remove: async () => {
        await opened.store.close();
        await database.drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'marsad-server-'));
  const path = join(dir, 'test.db');
  const opened = await connectStore({ db: path });
  return {
    path,
    ...opened,
    counts: await loadInputs(opened.store, FIXTURE_INPUTS),
    remove: async () => {
      await opened.store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

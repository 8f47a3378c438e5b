// A temporary store filled through the real pipeline from the repository's fixtures (no ../shared needed):
// the BBC Arabic page dump, the ANT/SaudiNewsNet corpus records and the Arabic news HTML pages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/arabic/data.js';
import { type LoadCounts, type LoadInput, loadInputs } from '../../src/server/load.js';
import { openStore, type SqliteStore } from '../../src/store/sqlite.js';

export const FIXTURE_INPUTS: LoadInput[] = [
  { path: join(REPO_ROOT, 'test/fixtures/pagedump/bbc-putin-north-korea/input.txt'), published: '2023-08-15' },
  { path: join(REPO_ROOT, 'test/fixtures/corpus') },
  { path: join(REPO_ROOT, 'test/fixtures/html/arabic-news/input.html') },
];

export interface FixtureStore {
  dir: string;
  path: string;
  store: SqliteStore;
  counts: LoadCounts;
  remove(): void;
}

export async function fixtureStore(): Promise<FixtureStore> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-server-'));
  const path = join(dir, 'test.db');
  const store = openStore(path);
  const counts = await loadInputs(store, FIXTURE_INPUTS);
  return {
    dir,
    path,
    store,
    counts,
    remove: () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

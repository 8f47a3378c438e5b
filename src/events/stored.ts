// Events from the store: the analyses of the stored articles that have coded events, in ingest order, read back
// through the store's own getArticle so that exports see exactly what `marsad analyze` would have printed.
import { existsSync } from 'node:fs';
import { MarsadError } from '../doc/errors.js';
import type { Analysis } from '../doc/types.js';
import { openStore } from '../store/sqlite.js';

const ARTICLES_WITH_EVENTS = `SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM events e WHERE e.article = a.rowid)
  ORDER BY a.rowid`;

export function* storedAnalysesWithEvents(dbPath: string): Generator<Analysis> {
  if (!existsSync(dbPath)) throw new MarsadError(`no such database: ${dbPath} (ingest articles first: marsad ingest)`);
  const store = openStore(dbPath, { readonly: true });
  try {
    const ids = store.db.prepare(ARTICLES_WITH_EVENTS).pluck().all() as string[];
    for (const id of ids) {
      const analysis = store.getArticle(id);
      if (analysis) yield analysis;
    }
  } finally {
    store.close();
  }
}

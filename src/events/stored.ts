// Events from the store: the analyses of the stored articles that have coded events, in ingest order, read back
// through the store's own getArticle so that exports see exactly what `marsad analyze` would have printed.
import type { Analysis } from '../doc/types.js';
import { connectStore, type StoreFlags } from '../store/open.js';

export async function* storedAnalysesWithEvents(flags: StoreFlags): AsyncGenerator<Analysis> {
  const { store, readModel } = await connectStore(flags, { mustExist: true });
  try {
    for (const id of await readModel.articlesWithEvents()) {
      const analysis = await store.getArticle(id);
      if (analysis) yield analysis;
    }
  } finally {
    await store.close();
  }
}

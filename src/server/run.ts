// Opening the store and listening: shared by `marsad serve` and `marsad start`.
import type { FastifyInstance } from 'fastify';
import { MarsadError } from '../doc/errors.js';
import { SqliteReadModel } from '../store/read-model.js';
import { openStore } from '../store/sqlite.js';
import { buildServer } from './app.js';

export interface ListenOptions {
  db: string;
  port: number;
  host: string;
  token?: string;
  webRoot?: string | null;
  searchCacheSize?: number;
  logger?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function listen(options: ListenOptions): Promise<RunningServer> {
  const store = openStore(options.db);
  const app = await buildServer({
    store,
    readModel: new SqliteReadModel(store.db),
    token: options.token,
    webRoot: options.webRoot,
    searchCacheSize: options.searchCacheSize,
    logger: options.logger,
  });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (err) {
    store.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new MarsadError(`port ${options.port} is already in use; pick another with --port`);
    if (code === 'EADDRNOTAVAIL') throw new MarsadError(`cannot bind to host ${options.host}`);
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '127.0.0.1' || options.host === '::1' ? 'localhost' : options.host;
  return {
    app,
    url: `http://${shownHost}:${port}/`,
    close: async () => {
      await app.close();
      store.close();
    },
  };
}

/** Keeps the process serving until Ctrl-C / SIGTERM, then closes the server and the database cleanly. */
export function closeOnSignal(server: RunningServer): void {
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Opening the store and listening: shared by `marsad serve` and `marsad start`.
import type { FastifyInstance } from 'fastify';
import { MarsadError } from '../doc/errors.js';
import { connectStore, type StoreFlags } from '../store/open.js';
import { buildServer } from './app.js';

export interface ListenOptions extends StoreFlags {
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
  /** The store served (a file, or a URL without its password). */
  label: string;
  close(): Promise<void>;
}

export async function listen(options: ListenOptions): Promise<RunningServer> {
  const { store, readModel, label } = await connectStore(options);
  const app = await buildServer({
    store,
    readModel,
    token: options.token,
    webRoot: options.webRoot,
    searchCacheSize: options.searchCacheSize,
    logger: options.logger,
  });
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (err) {
    await store.close();
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
    label,
    close: async () => {
      await app.close();
      await store.close();
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

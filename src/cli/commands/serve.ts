// marsad serve [--db PATH | --store postgres://…] [--port N] [--host 127.0.0.1] [--token TOKEN]
import type { Command } from 'commander';
import { MarsadError } from '../../doc/errors.js';
import { closeOnSignal, listen } from '../../server/run.js';
import { parsePositiveInt } from '../options.js';

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new MarsadError(`--search-cache takes a whole number, not "${value}"`, 'usage', 2);
  return n;
}

interface ServeFlags {
  db?: string;
  store?: string;
  port: number;
  host: string;
  token?: string;
  searchCache?: number;
  log?: boolean;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/, OpenAPI at /api/openapi.json) and the web app (/)')
    .option('--db <path>', 'the SQLite store (default ./marsad.db)')
    .option('--store <url>', 'a PostgreSQL store, postgres://… (default: $MARSAD_STORE when --db is not given)')
    .option('--port <n>', 'port to listen on', parsePositiveInt('--port'), 8080)
    .option('--host <host>', 'address to bind (loopback by default; the read API has no authentication)', '127.0.0.1')
    .option('--token <token>', 'token POST /api/ingest requires (default: $MARSAD_TOKEN; none disables ingest)')
    .option('--search-cache <n>', 'search responses kept in memory for 60 s (0 disables)', parseCount)
    .option('--log', 'log every request as JSON lines')
    .action(async (flags: ServeFlags) => {
      const server = await listen({
        db: flags.db,
        store: flags.store,
        port: flags.port,
        host: flags.host,
        token: flags.token ?? process.env.MARSAD_TOKEN,
        searchCacheSize: flags.searchCache,
        logger: flags.log === true,
      });
      process.stdout.write(`Marsad is serving ${server.label} on ${server.url} (Ctrl-C to stop)\n`);
      closeOnSignal(server);
    });
}

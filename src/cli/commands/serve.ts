// marsad serve [--db PATH] [--port N] [--host 127.0.0.1] [--token TOKEN]
import type { Command } from 'commander';
import { closeOnSignal, listen } from '../../server/run.js';
import { parsePositiveInt } from '../options.js';

interface ServeFlags {
  db: string;
  port: number;
  host: string;
  token?: string;
  log?: boolean;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api/, OpenAPI at /api/openapi.json) and the web app (/)')
    .option('--db <path>', 'the SQLite store', './marsad.db')
    .option('--port <n>', 'port to listen on', parsePositiveInt('--port'), 8080)
    .option('--host <host>', 'address to bind (loopback by default; the read API has no authentication)', '127.0.0.1')
    .option('--token <token>', 'token POST /api/ingest requires (default: $MARSAD_TOKEN; none disables ingest)')
    .option('--log', 'log every request as JSON lines')
    .action(async (flags: ServeFlags) => {
      const server = await listen({
        db: flags.db,
        port: flags.port,
        host: flags.host,
        token: flags.token ?? process.env.MARSAD_TOKEN,
        logger: flags.log === true,
      });
      process.stdout.write(`Marsad is serving ${flags.db} on ${server.url} (Ctrl-C to stop)\n`);
      closeOnSignal(server);
    });
}

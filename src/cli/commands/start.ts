// marsad start: the main job of `npm start`. On first run it ingests the bundled demo corpus (300 SaudiNewsNet
// articles and the BBC Arabic sample, see data/demo/SOURCE.md) into ./marsad.db, then serves the web app.
import { join } from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { REPO_ROOT } from '../../arabic/data.js';
import { type LoadInput, loadInputs } from '../../server/load.js';
import { closeOnSignal, listen } from '../../server/run.js';
import { connectStore } from '../../store/open.js';
import { parsePositiveInt } from '../options.js';

export const SAMPLE_ARTICLE = join(REPO_ROOT, 'test/fixtures/pagedump/bbc-putin-north-korea/input.txt');
export const DEMO_CORPUS: LoadInput[] = [
  { path: join(REPO_ROOT, 'data/demo/saudinewsnet-2015-08-11.jsonl') },
  { path: SAMPLE_ARTICLE, published: '2023-08-15' },
];
const DEMO_ARTICLES = 301;

interface StartFlags {
  db: string;
  port: number;
  host: string;
}

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('the main job: ingest the demo corpus into ./marsad.db (first run only) and serve the web app')
    .option('--db <path>', 'the SQLite store', './marsad.db')
    .option('--port <n>', 'port to listen on', parsePositiveInt('--port'), 8080)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .action(async (flags: StartFlags) => {
      await ingestDemoIfEmpty(flags.db);
      const server = await listen({
        db: flags.db,
        port: flags.port,
        host: flags.host,
        token: process.env.MARSAD_TOKEN,
      });
      process.stdout.write(`Marsad is running: open ${server.url} (Ctrl-C to stop)\n`);
      closeOnSignal(server);
    });
}

async function ingestDemoIfEmpty(db: string): Promise<void> {
  const { store } = await connectStore({ db });
  try {
    if ((await store.stats()).articles > 0) return;
    process.stdout.write(`First run: ingesting the demo corpus into ${db} …\n`);
    const bar = process.stdout.isTTY ? new SingleBar({ format: ' {bar} {value}/{total} articles' }) : null;
    bar?.start(DEMO_ARTICLES, 0);
    const started = performance.now();
    const counts = await loadInputs(store, DEMO_CORPUS, (c) => bar?.update(c.read));
    bar?.stop();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `read ${counts.read}, stored ${counts.stored}, duplicates ${counts.duplicate}, failed ${counts.failed} (${seconds} s)\n`,
    );
    for (const reason of counts.errors) process.stdout.write(`  failed: ${reason}\n`);
  } finally {
    await store.close();
  }
}

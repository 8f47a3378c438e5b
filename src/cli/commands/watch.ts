// marsad watch FEEDS_FILE [--db PATH] [--every 10m] [--fetch-pages] [--once]
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { errorMessage, MarsadError } from '../../doc/errors.js';
import { openStore } from '../../store/sqlite.js';
import { FeedWatcher, parseFeedList } from '../../store/watch.js';

interface WatchFlags {
  db: string;
  every: number;
  fetchPages?: boolean;
  once?: boolean;
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000 };

function parseDuration(value: string): number {
  const m = /^(\d+)(s|m|h)$/.exec(value.trim());
  if (!m || Number(m[1]) === 0) {
    throw new MarsadError(`--every takes a duration such as 90s, 10m or 1h, not "${value}"`, 'usage', 2);
  }
  return Number(m[1]) * UNITS[m[2]];
}

export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds and store new articles (conditional GET, polite, resumes after a restart)')
    .argument('<feeds-file>', 'a text file with one feed URL per line (# starts a comment)')
    .option('--db <path>', 'the SQLite store', './marsad.db')
    .option('--every <duration>', 'time between polls: 90s, 10m, 1h', parseDuration, 600_000)
    .option('--fetch-pages', "fetch each new item's page for the full text")
    .option('--once', 'poll every feed once and exit')
    .action(async (feedsFile: string, flags: WatchFlags) => {
      await runWatch(feedsFile, flags);
    });
}

function readFeedList(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new MarsadError(`cannot read the feeds file ${path}: ${errorMessage(err)}`, 'missing');
  }
  const urls = parseFeedList(text);
  const bad = urls.find((url) => !/^https?:\/\//i.test(url));
  if (bad) throw new MarsadError(`${path}: "${bad}" is not an http(s) feed URL`, 'usage', 2);
  if (urls.length === 0) throw new MarsadError(`${path} lists no feed URLs`, 'usage', 2);
  return urls;
}

async function runWatch(feedsFile: string, flags: WatchFlags): Promise<void> {
  const urls = readFeedList(feedsFile);
  const store = openStore(flags.db);
  const log = (line: string) => process.stderr.write(`marsad: ${line}\n`);
  const watcher = new FeedWatcher(store, { fetchPages: flags.fetchPages, log });
  let stopping = false;
  let wake: () => void = () => {};
  const stop = () => {
    stopping = true;
    wake();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    while (!stopping) {
      for (const poll of await watcher.pollAll(urls)) {
        if (poll.status === 'waiting') continue;
        const counts = `${poll.stored} stored, ${poll.duplicate} duplicate, ${poll.failed} failed`;
        log(`${new Date().toISOString()} ${poll.url}: ${poll.status}${poll.status === 'new' ? ` (${counts})` : ''}`);
      }
      if (flags.once) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, flags.every).unref();
      });
    }
  } finally {
    store.close();
  }
}

// marsad search QUERY [--db PATH | --store postgres://…] [--limit N] [--format json|text] [--entity E] [--country CC] [--from D] [--to D]
//   [--source S] [--any]
import type { Command } from 'commander';
import { MarsadError } from '../../doc/errors.js';
import { connectStore } from '../../store/open.js';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN } from '../../store/snippet.js';
import type { SearchHit } from '../../store/types.js';
import { parseChoice, parsePositiveInt } from '../options.js';

const FORMATS = ['json', 'text'] as const;

interface SearchFlags {
  db?: string;
  store?: string;
  limit: number;
  format: (typeof FORMATS)[number];
  entity?: string;
  country?: string;
  from?: string;
  to?: string;
  source?: string;
  any?: boolean;
}

function parseDay(name: string) {
  return (value: string): string => {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      throw new MarsadError(`${name} takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not "${value}"`, 'usage', 2);
    }
    return value;
  };
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('search the store: words (all required), "exact phrase", a OR b, -exclude')
    .argument('<query>', 'the query, e.g. \'بوتين "كوريا الشمالية" -اليابان\'')
    .option('--db <path>', 'the SQLite store (default ./marsad.db)')
    .option('--store <url>', 'a PostgreSQL store, postgres://… (default: $MARSAD_STORE when --db is not given)')
    .option('--limit <n>', 'how many results', parsePositiveInt('--limit'), 10)
    .option('--format <format>', 'json or text', parseChoice('--format', FORMATS), 'text')
    .option('--entity <entity>', 'only articles mentioning this entity (name, key such as country:RU, or Wikidata id)')
    .option('--country <cc>', 'only articles mentioning an entity of this country (ISO 3166-1 alpha-2)')
    .option('--from <date>', 'published on or after', parseDay('--from'))
    .option('--to <date>', 'published on or before', parseDay('--to'))
    .option('--source <text>', 'only sources whose host, URL or path contains this')
    .option('--any', 'rank articles matching any of the words (for long queries such as a headline)')
    .action(async (query: string, flags: SearchFlags) => {
      await runSearch(query, flags);
    });
}

async function runSearch(query: string, flags: SearchFlags): Promise<void> {
  // Opened writable: an older SQLite database is migrated first.
  const { store } = await connectStore(flags, { mustExist: true });
  try {
    const hits = await store.search({
      query,
      limit: flags.limit,
      mode: flags.any ? 'any' : 'all',
      entity: flags.entity,
      country: flags.country,
      from: flags.from,
      to: flags.to?.length === 7 ? `${flags.to}-31` : flags.to?.length === 4 ? `${flags.to}-12-31` : flags.to,
      source: flags.source,
    });
    if (flags.format === 'json') process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
    else process.stdout.write(textReport(hits, process.stdout.isTTY === true));
  } finally {
    await store.close();
  }
}

function textReport(hits: SearchHit[], color: boolean): string {
  if (hits.length === 0) return 'no results\n';
  const [open, close] = color ? ['\x1b[1;33m', '\x1b[0m'] : [HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE];
  return hits
    .map((hit, i) => {
      const snippet = hit.snippet.replaceAll(HIGHLIGHT_OPEN, open).replaceAll(HIGHLIGHT_CLOSE, close);
      const meta = [hit.published?.slice(0, 10), hit.url, `score ${hit.score}`].filter(Boolean).join(' · ');
      return `${i + 1}. ${hit.title || '(untitled)'}\n   ${meta}\n   ${snippet}\n   id ${hit.id}\n`;
    })
    .join('\n');
}

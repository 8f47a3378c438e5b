// marsad export events --format gdelt|plover|csv [--from-jsonl FILE] [--db PATH | --store postgres://…]
// Writes the events of the stored articles (--db, default ./marsad.db, or --store / $MARSAD_STORE), or of analyses given as JSON lines
// (--from-jsonl, as `marsad analyze --format jsonl` writes them).
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { MarsadError } from '../../doc/errors.js';
import type { Analysis } from '../../doc/types.js';
import { CSV_HEADER, csvRows, gdeltRows, ploverRecords } from '../../events/export.js';
import { storedAnalysesWithEvents } from '../../events/stored.js';
import { parseChoice } from '../options.js';

const FORMATS = ['gdelt', 'plover', 'csv'] as const;
type Format = (typeof FORMATS)[number];

interface ExportFlags {
  format: Format;
  fromJsonl?: string;
  db?: string;
  store?: string;
}

export function registerExport(program: Command): void {
  const exportCommand = program.command('export').description('export analysis results');
  exportCommand
    .command('events')
    .description('write the coded events as GDELT-style TSV, PLOVER-style JSON lines, or CSV')
    .requiredOption('--format <format>', 'gdelt, plover or csv', parseChoice('--format', FORMATS))
    .option('--from-jsonl <file>', 'analysis JSON lines (marsad analyze --format jsonl), or - for stdin')
    .option('--db <path>', 'the SQLite store (default ./marsad.db)')
    .option('--store <url>', 'a PostgreSQL store, postgres://… (default: $MARSAD_STORE when --db is not given)')
    .action(async (flags: ExportFlags) => {
      if (flags.fromJsonl && (flags.db || flags.store))
        throw new MarsadError('give either --db/--store or --from-jsonl, not both');
      const analyses = flags.fromJsonl ? readAnalyses(flags.fromJsonl) : await collect(storedAnalysesWithEvents(flags));
      process.stdout.write(formatEvents(analyses, flags.format));
    });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = [];
  for await (const item of items) list.push(item);
  return list;
}

function readAnalyses(file: string): Analysis[] {
  if (file !== '-' && !existsSync(file)) throw new MarsadError(`no such file: ${file}`);
  const text = readFileSync(file === '-' ? 0 : file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        const a = JSON.parse(line) as Analysis;
        if (!Array.isArray(a.events)) throw new Error('no events array');
        return a;
      } catch (err) {
        throw new MarsadError(`${file} line ${i + 1}: not an analysis JSON object (${(err as Error).message})`);
      }
    });
}

export function formatEvents(analyses: Iterable<Analysis>, format: Format): string {
  const lines: string[] = [];
  if (format === 'csv') lines.push(CSV_HEADER);
  for (const a of analyses) {
    if (format === 'gdelt') lines.push(...gdeltRows(a));
    else if (format === 'csv') lines.push(...csvRows(a));
    else lines.push(...ploverRecords(a).map((r) => JSON.stringify(r)));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

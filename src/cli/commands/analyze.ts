// marsad analyze [INPUT ...] [--published YYYY-MM-DD] [--format json|jsonl|text]
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import type { Analysis } from '../../doc/types.js';
import { analyzeInputs } from '../../pipeline/analyze.js';
import { parseChoice, parseDate } from '../options.js';
import { textReport } from '../report.js';

const FORMATS = ['json', 'jsonl', 'text'] as const;
type Format = (typeof FORMATS)[number];

interface AnalyzeFlags {
  published?: string;
  format?: Format;
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze articles (files, directories, URLs, - for stdin) and print the analysis JSON')
    .argument('[inputs...]', 'page dump .txt, .html, .json/.jsonl, TREC <DOC> file, .gz, directory, http(s) URL, or -')
    .option('--published <date>', 'publication date when the input carries none (anchors relative dates)', parseDate)
    .option(
      '--format <format>',
      'json (default for one input), jsonl (default for several), or text',
      parseChoice('--format', FORMATS),
    )
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      process.exitCode = await runAnalyze(inputs.length > 0 ? inputs : ['-'], flags);
    });
}

/** json for one file, jsonl for several inputs or a directory (the contract's defaults). */
function defaultFormat(inputs: string[]): Format {
  if (inputs.length !== 1) return 'jsonl';
  try {
    return statSync(inputs[0]).isDirectory() ? 'jsonl' : 'json';
  } catch {
    return 'json';
  }
}

async function runAnalyze(inputs: string[], flags: AnalyzeFlags): Promise<number> {
  const format = flags.format ?? defaultFormat(inputs);
  const collected: Analysis[] = [];
  let failed = 0;
  for await (const result of analyzeInputs(inputs, { published: flags.published })) {
    if (!result.ok) {
      failed++;
      process.stderr.write(`marsad: ${result.error}\n`);
      continue;
    }
    for (const warning of result.analysis.warnings ?? []) process.stderr.write(`marsad: warning: ${warning}\n`);
    if (format === 'jsonl') process.stdout.write(`${JSON.stringify(result.analysis)}\n`);
    else if (format === 'text')
      process.stdout.write(`${textReport(result.analysis, { color: process.stdout.isTTY === true })}\n`);
    else collected.push(result.analysis);
  }
  // One input may hold several articles (a feed, a corpus file): json then prints them as an array.
  if (format === 'json' && collected.length > 0) {
    process.stdout.write(`${JSON.stringify(collected.length === 1 ? collected[0] : collected, null, 2)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

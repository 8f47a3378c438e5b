// marsad start: the main job of `npm start` (analyze the bundled sample article and print the report).
import { join } from 'node:path';
import type { Command } from 'commander';
import { REPO_ROOT } from '../../arabic/data.js';
import { analyzeInputs } from '../../pipeline/analyze.js';
import { textReport } from '../report.js';

export const SAMPLE_ARTICLE = join(REPO_ROOT, 'test/fixtures/pagedump/bbc-putin-north-korea/input.txt');

export function registerStart(program: Command): void {
  program
    .command('start')
    .description('the main job: analyze the bundled sample article (BBC Arabic, 2023-08-15) and print the report')
    .action(async () => {
      for await (const result of analyzeInputs([SAMPLE_ARTICLE], { published: '2023-08-15' })) {
        if (!result.ok) throw new Error(result.error);
        process.stdout.write(`${textReport(result.analysis, { color: process.stdout.isTTY === true })}\n`);
      }
    });
}

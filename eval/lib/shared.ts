// Where the shared reference data lives (gold sets, corpora). Evaluations and benchmarks read it; tests never do.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../src/arabic/data.js';

export function sharedDir(): string {
  const dir = resolve(process.env.MARSAD_SHARED ?? resolve(REPO_ROOT, '../shared'));
  if (!existsSync(resolve(dir, 'data'))) {
    console.error(`marsad: the shared reference data was not found at ${dir}; set MARSAD_SHARED to its folder`);
    process.exit(2);
  }
  return dir;
}

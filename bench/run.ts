// npm run bench: runs every benchmark script in bench/ one after another (each in its own process, so that
// peak memory figures are per benchmark) and prints their figures. `npm run bench -- store ner` runs a subset.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The order matters only for reading: the foundation first, then the stages, then the store and the server. */
const ORDER = ['foundation', 'gazetteer', 'ner', 'entities', 'events', 'store', 'server'];
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const scripts = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && name !== 'run.ts')
  .map((name) => name.replace(/\.ts$/, ''))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.includes(w)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

function rank(name: string): number {
  const i = ORDER.findIndex((prefix) => name.startsWith(prefix));
  return i < 0 ? ORDER.length : i;
}

let failed = 0;
for (const name of scripts) {
  console.log(`\n=== bench/${name}.ts ===`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(here, `${name}.ts`)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`(bench/${name}.ts exited with ${result.status})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;

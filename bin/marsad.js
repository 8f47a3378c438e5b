#!/usr/bin/env node
// Entry point of the `marsad` command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(main))) {
  process.stderr.write('marsad: not built yet; run `npm run build` (npm ci does it for you)\n');
  process.exit(2);
}
await import(main.href);

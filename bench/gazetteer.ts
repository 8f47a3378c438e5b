// Gazetteer benchmark: time to load and compile data/gazetteer (cold, in a fresh process, and warm rebuilds),
// memory it holds, and longest-match lookup speed over real article tokens (the BBC Arabic sample in
// ../shared/samples, when present). Prints figures; asserts nothing.
// Run: npx tsx bench/gazetteer.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../eval/lib/shared.js';
import { buildGazetteer, keyTokens, loadGazetteer } from '../src/entities/gazetteer.js';

const heapBefore = process.memoryUsage().heapUsed;
const coldStarted = performance.now();
const g = loadGazetteer();
const coldMs = performance.now() - coldStarted;
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

const warm: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  buildGazetteer();
  warm.push(performance.now() - started);
}
warm.sort((a, b) => a - b);

console.log(
  `entries: ${g.countries.size} countries, ${g.places.size} places, ${g.organizations.size} organizations, ${g.people.size} people`,
);
console.log(`load (first in process): ${coldMs.toFixed(0)} ms; rebuild median of 5: ${warm[2].toFixed(0)} ms`);
console.log(`heap held after first load: ~${heapMb.toFixed(1)} MB`);

const sample = join(sharedDir(), 'samples/bbc-arabic-2023-08-15-putin-north-korea.txt');
if (!existsSync(sample)) {
  console.log(`lookup speed: skipped (${sample} not found; set MARSAD_SHARED)`);
} else {
  const tokens = keyTokens(readFileSync(sample, 'utf8'));
  const rounds = 200;
  let matches = 0;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    matches = g.matchAll(tokens).length;
    for (let i = 0; i < tokens.length; i++) g.matchRoleAt(tokens, i);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `lookup: ${tokens.length} tokens, ${matches} name matches per pass; ${((tokens.length * rounds) / seconds / 1e6).toFixed(2)} M tokens/s (names + role cues)`,
  );
}

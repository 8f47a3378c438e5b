// Measures the clitic analyzer on real names: how often a bare name is wrongly split (over-stripping:
// بوتين read as ب + وتين), and how often a clitic glued to a name is found (وبوتين → و + بوتين).
// Names: ANERGazet person/location lists (Benajiba 2007; research use) and the Arabic country and
// city names of ../shared/data/gazetteer (dr5hn, mledoze). Half of the names (by hash) are a held-out part
// that the no-split list and the thresholds were never tuned on.
//
// Run: npm run eval:clitics
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliticAnalyzer } from '../src/arabic/clitics.js';
import { normalizeForMatch } from '../src/arabic/normalize.js';
import { sharedDir } from './lib/shared.js';

const shared = sharedDir();
/** Normalized name → whether it is written with a final ة (which must not be read as the pronoun ه). */
const names = new Map<string, boolean>();
const addName = (name: string) => names.set(normalizeForMatch(name), name.endsWith('ة'));
for (const list of ['AlignedPersGazetteer/data', 'AlignedLocGazetteer/data']) {
  const path = join(shared, 'data/ner/anergazet', list);
  if (!existsSync(path)) continue;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const name = line.trim();
    if (name && !/^[=*]+$/.test(name) && !name.includes(' ')) addName(name);
  }
}
const countries = JSON.parse(
  readFileSync(join(shared, 'data/gazetteer/dr5hn-countries-states-cities/countries.json'), 'utf8'),
) as {
  translations?: Record<string, string>;
}[];
for (const c of countries) {
  const ar = c.translations?.ar;
  if (ar && !ar.includes(' ')) addName(ar);
}

const analyzer = cliticAnalyzer();
const PREFIXES = ['و', 'ب', 'ل', 'ف', 'وب', 'ول'];
type Part = {
  bare: number;
  overSplit: number;
  glued: number;
  recovered: number;
  gluedKnown: number;
  recoveredKnown: number;
  examples: string[];
};
const newPart = (): Part => ({
  bare: 0,
  overSplit: 0,
  glued: 0,
  recovered: 0,
  gluedKnown: 0,
  recoveredKnown: 0,
  examples: [],
});
const parts: Record<string, Part> = { dev: newPart(), heldout: newPart() };
/** Names seen in the news at least this often count as "known" (the analyzer can only split what it has seen). */
const KNOWN = 5;
for (const [name, taMarbuta] of names) {
  if (name.length < 3 || name.startsWith('ال')) continue;
  const part = parts[createHash('sha1').update(name).digest()[0] < 128 ? 'dev' : 'heldout'];
  part.bare++;
  const bare = analyzer.analyze(name, taMarbuta);
  if (bare.prefixLength > 0 || bare.suffixLength > 0) {
    part.overSplit++;
    if (part.examples.length < 15)
      part.examples.push(
        `${name} → ${bare.proclitics.join('+')}+${bare.stem}${bare.enclitic ? `+${bare.enclitic}` : ''}`,
      );
  }
  const known = analyzer.count(name) >= KNOWN;
  for (const prefix of PREFIXES) {
    const split = analyzer.analyze(prefix + name, taMarbuta);
    const ok = split.stem === bare.stem && split.prefixLength === prefix.length + bare.prefixLength;
    part.glued++;
    if (ok) part.recovered++;
    if (known) {
      part.gluedKnown++;
      if (ok) part.recoveredKnown++;
    }
  }
}
console.log('Clitic analysis on names (ANERGazet person/location words + gazetteer country names)');
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`.padStart(7);
console.log(
  `part     names  over-split   glued+recovered (all)   glued+recovered (names seen >= ${KNOWN} times in news)`,
);
for (const [label, p] of Object.entries(parts)) {
  console.log(
    `${label.padEnd(8)} ${String(p.bare).padStart(5)}  ${pct(p.overSplit, p.bare)}     ${String(p.glued).padStart(6)} ${pct(p.recovered, p.glued)}           ${String(p.gluedKnown).padStart(6)} ${pct(p.recoveredKnown, p.gluedKnown)}`,
  );
}
console.log(`\nover-split examples (dev only):\n  ${parts.dev.examples.join('\n  ')}`);

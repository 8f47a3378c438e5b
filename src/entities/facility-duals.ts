// «حقلي تمار وليفياثان … حقل تمار»: the bare names after a dual facility noun and the same names with the singular noun
// are one facility each (round 32; the dual nouns and the gold's readings are in data/gazetteer/facility-duals.tsv).
// The pass reads only the mentions: the unknown places right after a dual noun.
import { readTsvTable } from '../arabic/data.js';
import { type Found, type LinkContext, wordOf } from './found.js';
import { nameKey } from './gazetteer.js';

let duals: { nouns: Map<string, string> } | undefined;

/** Dual key → the singular noun's key. */
function dualNouns(): { nouns: Map<string, string> } {
  if (duals) return duals;
  const table = readTsvTable('gazetteer/facility-duals.tsv');
  const noun = table.col('noun');
  duals = {
    nouns: new Map(table.rows.map((row) => [nameKey(row[0]), nameKey(row[noun])])),
  };
  return duals;
}

/** An unknown place the tagger or the linker found, not yet joined to anything. */
function isUnknownPlace(m: Found): boolean {
  return m.type === 'LOC' && !m.target && !m.cues && !m.apposedTo;
}

/** The words of a mention from token `from`, the first without its glued clitics («وليفياثان» → «ليفياثان»). */
function wordsOf(ctx: LinkContext, m: Found, from: number): string {
  const words = [wordOf(ctx.forms, from)];
  for (let k = from + 1; k < m.last; k++) words.push(ctx.forms.norms[k]);
  return words.join(' ');
}

/**
 * Joins each unknown place right after a dual facility noun (and the unknown place after «و» right after it) to the
 * article's first «singular noun + the same name» mention, when there is one.
 */
export function joinFacilityDuals(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms } = ctx;
  const { nouns } = dualNouns();
  // Mentions first, not the text: a scan of the whole text for each dual cost more than this loop (3% of linking).
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    const before = m.first - 1;
    if (!isUnknownPlace(m) || before < 0 || tokens[before].kind !== 'arabic') continue;
    const noun = nouns.get(forms.norms[before]);
    if (!noun || tokens[m.first].start - tokens[before].end !== 1) continue;
    const pair = [m];
    const next = found[i + 1];
    if (next && next.first === m.last && isUnknownPlace(next) && tokens[next.first].proclitics[0] === 'و')
      pair.push(next);
    for (const bare of pair) {
      const name = wordsOf(ctx, bare, bare.first);
      const whole = found.find(
        (x) =>
          x !== bare &&
          isUnknownPlace(x) &&
          x.last - x.first >= 2 &&
          wordOf(forms, x.first) === noun &&
          wordsOf(ctx, x, x.first + 1) === name,
      );
      if (whole) bare.apposedTo = whole;
    }
  }
}

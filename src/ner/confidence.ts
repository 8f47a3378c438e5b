// The settings of data/ner/confidence.tsv, read once: the temperature of the tagger's mention confidence (tagger.ts)
// and the linker's gate on unsure names (src/entities/confidence-gate.ts).
import { readTsvTable } from '../arabic/data.js';

let settings: Map<string, number> | undefined;

/** A setting's value, or undefined when the file has no row for it. */
export function confidenceSetting(name: string): number | undefined {
  if (settings === undefined) {
    const { rows, col } = readTsvTable('ner/confidence.tsv');
    settings = new Map(rows.map((r) => [r[col('setting')], Number(r[col('value')])]));
  }
  return settings.get(name);
}

// «معركة الرقة», «معركة هجين»: a battle named after a place is MISC, which the gold does not annotate, and its place is
// no mention (rounds 17, 20 and 22 of eval/entities.ts). The nouns are the one-word rows of
// data/gazetteer/event-names.tsv.
import { type Found, type LinkContext, wordOf } from './found.js';

/** Drops the place mentions right after an event noun, the place with no clitic of its own («بمعركة الموصل»). */
export function dropEventPlaces(ctx: LinkContext, found: Found[]): void {
  const { cues, tokens, forms } = ctx;
  if (cues.eventNouns.size === 0) return;
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k];
    if (m.type !== 'LOC' || m.first === 0 || m.start !== tokens[m.first].start) continue;
    const before = tokens[m.first - 1];
    if (before.kind !== 'arabic' || tokens[m.first].start - before.end !== 1) continue;
    if (cues.eventNouns.has(wordOf(forms, m.first - 1))) found.splice(k, 1);
  }
}

// Spelling variants of names the gazetteer knows: Arabic news writes foreign names with or without their long vowels
// («نيكارغوا» for «نيكاراغوا», «عرقجي» for «عراقجي», «فانوتو» for «فانواتو»), and no list of variants is ever complete.
import { type Found, kindAgrees, type LinkContext, wordOf } from './found.js';
import type { Candidate, GazetteerEntry } from './gazetteer.js';

/**
 * Links a tagger mention the gazetteer does not know by name to the one entry whose name has the same consonant
 * skeleton (gazetteer.ts skeletonOf), when that entry's kind fits the tagger's type. Not cities and regions: towns of
 * many countries share a name written a little differently («ويندسور» in England, «وندسور» in Canada), and only the
 * exact name, weighed with the countries the article names, may choose among them. The tagger must have found the
 * name (no mention is added here), and the skeleton must name exactly one entry: «سلمان» and «سليمان» are two people,
 * and a skeleton both have links neither.
 */
export function linkSpellingVariants(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, forms } = ctx;
  for (const m of found) {
    if (m.target || m.cues || m.propagated) continue;
    const words: string[] = [];
    for (let k = m.first; k < m.last; k++) {
      if (tokens[k].kind !== 'arabic') break;
      words.push(k === m.first ? wordOf(forms, k) : forms.norms[k]);
    }
    if (words.length !== m.last - m.first) continue;
    const entry = soleEntry(g.spellingVariants(words.join(' ')));
    if (entry && entry.kind !== 'place' && kindAgrees(entry.kind, m.type))
      m.target = { kind: 'entry', entry, via: 'variant' };
  }
}

/** The entry all candidates stand for, or undefined when they stand for several. */
function soleEntry(candidates: readonly Candidate[]): GazetteerEntry | undefined {
  const [first] = candidates;
  return first && candidates.every((c) => c.entry === first.entry) ? first.entry : undefined;
}

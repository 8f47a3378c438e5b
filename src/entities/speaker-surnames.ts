// «وتابع السويدي أن …» after «سيف السويدي»: a person's family name that is also a common word (a nisba: «السويدي» is
// also "the Swedish"), which propagation leaves alone (only rare surnames are looked for on their own), is that person
// where it stands alone right after a speech verb (data/quotes/cues.tsv): the one who speaks is a person, not an
// adjective (round 31, blind dev round 21).
import { cueOf, quoteLexicon } from '../quotes/lexicon.js';
import { coveredTokens, type Found, type LinkContext, newFound } from './found.js';
import { isRareWord } from './spans.js';

/** Adds those surnames, when exactly one person of the article (named with two words or more) ends in the word. */
export function surnamesAfterSpeechVerbs(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  const bySurname = new Map<string, Found | null>();
  for (const m of found) {
    if (m.type !== 'PER' || m.cues || m.apposedTo || m.propagated || m.last - m.first < 2) continue;
    const surname = forms.norms[m.last - 1];
    if (!surname.startsWith('ال') || isRareWord(surname)) continue;
    const full = forms.norms.slice(m.first, m.last).join(' ');
    const seen = bySurname.get(surname);
    if (seen === undefined) bySurname.set(surname, m);
    else if (seen && forms.norms.slice(seen.first, seen.last).join(' ') !== full) bySurname.set(surname, null);
  }
  if (bySurname.size === 0) return;
  const lexicon = quoteLexicon();
  const covered = coveredTokens(found, tokens.length);
  let added = false;
  for (let i = 1; i < tokens.length; i++) {
    const person = bySurname.get(forms.norms[i]);
    // The word as written, no letter glued before it («والسويدي» is another token form).
    if (!person || covered[i] || cueOf(tokens[i - 1], lexicon)?.kind !== 'verb') continue;
    const { start, end } = tokens[i];
    found.push(
      newFound({ start, end, text: text.slice(start, end), type: 'PER', first: i, last: i + 1, propagated: true }),
    );
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}

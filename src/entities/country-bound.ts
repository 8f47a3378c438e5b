// Party names several countries share («الحزب الجمهوري», «حزب البعث», data/gazetteer/country-bound-names.tsv): the
// gazetteer's entry for such a name is meant only in an article about that entry's country.
import type { Found, LinkContext } from './found.js';
import { nameKey, type Organization } from './gazetteer.js';

/**
 * Re-links or unlinks mentions of a country-bound name: among the gazetteer's organizations of that name, the one of a
 * country the article is about (`countries`: those it names or describes, and the countries of the other entities
 * linked in it); with none, the mention stays a document-local organization («الحزب الجمهوري» in a Tunisian article).
 */
export function settleCountryBoundNames(ctx: LinkContext, found: Found[], named: ReadonlySet<string>): void {
  // After «لل» the span starts at the stem («للحزب الشيوعي» → «حزب الشيوعي»): the name is the same. A text is
  // normalized once per article, not once per mention (names repeat, and this runs for every article).
  const boundText = new Map<string, boolean>();
  const lastWords = boundLastWords(ctx.cues.countryBoundNames);
  const isBound = (m: Found) => {
    // Most mentions end in a word no such name ends in: the token's normalized form rules them out unnormalized.
    const last = ctx.tokens[m.last - 1];
    if (last.end === m.end && last.kind === 'arabic' && !lastWords.has(ctx.forms.norms[m.last - 1])) return false;
    const text = m.text;
    let answer = boundText.get(text);
    if (answer === undefined) {
      const names = ctx.cues.countryBoundNames;
      answer = names.has(nameKey(text)) || names.has(nameKey(`ال${text}`));
      boundText.set(text, answer);
    }
    return answer;
  };
  const bound = found.filter(isBound);
  if (bound.length === 0) return;
  const countries = new Set(named);
  for (const m of found) if (!bound.includes(m)) for (const c of countriesOf(m)) countries.add(c);
  for (const m of bound) {
    const byName = ctx.g.lookup(m.text);
    const orgs = (byName.length > 0 ? byName : ctx.g.lookup(`ال${m.text}`))
      .map((c) => c.entry)
      .filter((e): e is Organization => e.kind === 'org' && e.country !== undefined && countries.has(e.country));
    m.target = orgs.length === 1 ? { kind: 'entry', entry: orgs[0], via: 'name' } : undefined;
    if (!m.target) m.type = 'ORG';
  }
}

const lastWordsOfNames = new WeakMap<ReadonlySet<string>, Set<string>>();

/**
 * The last words of the names' keys, each also without its article: a one-word name matches a mention without the
 * article too («جمهوريون» against «الجمهوريون»).
 */
function boundLastWords(names: ReadonlySet<string>): Set<string> {
  let words = lastWordsOfNames.get(names);
  if (!words) {
    words = new Set<string>();
    for (const key of names) {
      const last = key.slice(key.lastIndexOf(' ') + 1);
      words.add(last);
      if (last.startsWith('ال')) words.add(last.slice(2));
    }
    lastWordsOfNames.set(names, words);
  }
  return words;
}

/** The countries a linked mention stands for or belongs to. */
function countriesOf(m: Found): string[] {
  const out = m.country ? [m.country] : [];
  const t = m.target;
  if (!t) return out;
  if (t.kind !== 'entry') out.push(t.country.iso2);
  else if (t.entry.kind === 'country') out.push(t.entry.iso2);
  else if (t.entry.country) out.push(t.entry.country);
  return out;
}

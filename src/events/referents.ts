// Parties named by a description (round 34): «سحبت إسرائيل قواتها … من القطاع» (قطاع غزة, named before in the
// sentence), «الحصار الذي تفرضه تركيا … قبالة سواحل البلاد» (البلاد is the country the sentence names). A description
// is read as its referent written again, so every argument rule treats it as it treats the name. It is resolved only
// where the sentence leaves one reading: one party of the right kind (one country) named before it in the sentence.
// Earlier sentences are not looked at: the gold codes a party whose referent is in another sentence as unnamed (its
// convention, docs/events.md round 34; subjects.ts records the same for dropped subjects). The words are
// data/events/referents.tsv; the memory is the sentence's own actors, read once per sentence.
import type { Token } from '../doc/types.js';
import type { Actor, ActorKind } from './actors.js';
import { readWordSets } from './lexicon.js';

interface DescriptionWords {
  head: Set<string>;
  state: Set<string>;
  organ: Set<string>;
  witness: Set<string>;
  people: Set<string>;
  town: Set<string>;
}

let words: DescriptionWords | undefined;

function descriptionWords(): DescriptionWords {
  words ??= readWordSets('events/referents.tsv', {
    head: new Set<string>(),
    state: new Set<string>(),
    organ: new Set<string>(),
    witness: new Set<string>(),
    people: new Set<string>(),
    town: new Set<string>(),
  });
  return words;
}

/** Kinds of party a state description (البلاد) may take up: one country's name, people, seat, leader or place. */
const STATE_REFERENTS = new Set<ActorKind>(['country', 'capital', 'metonym', 'demonym', 'person', 'place', 'entity']);

/** The noun of a definite word with no pronoun after it («القطاع»، «بالبلاد»، «للحكومة»), or null. */
function definiteNoun(t: Token): string | null {
  if (t.kind !== 'arabic' || t.enclitic !== '') return null;
  if (t.proclitics.includes('ال')) return t.stem;
  return t.stem.startsWith('ال') ? t.stem.slice(2) : null;
}

/**
 * A qualifier right after the description makes it another noun phrase («القطاع الخاص»، «الدولة الإسلامية»، «المدينة
 * المنورة»): a definite word.
 */
function qualified(tokens: Token[], i: number, last: number): boolean {
  const next = tokens[i + 1];
  if (!next || i + 1 >= last || next.kind !== 'arabic') return false;
  return next.proclitics.includes('ال') || next.stem.startsWith('ال');
}

/** The noun right before a party, past quotation marks («حركة "فتح"»), and its first word: where a head may stand. */
function headsOf(tokens: Token[], a: Actor, from: number): string[] {
  let k = a.first - 1;
  while (k >= from && tokens[k].kind === 'quote') k--;
  const out = [tokens[a.first].stem];
  if (k >= from && tokens[k].kind === 'arabic' && tokens[k].enclitic === '') out.push(tokens[k].stem);
  return out;
}

/** A one-word party of no country at token i (a bare «الاتحاد» the linker could not resolve). */
export function unresolvedWord(a: Actor, i: number): boolean {
  return a.country === null && a.first === i && a.last === i + 1;
}

/**
 * A demonym that names a people, not one that qualifies a noun: counted («21 فلسطينيا») or a definite plural that
 * follows no definite noun («من الفلسطينيين»; not «الجنود الإسرائيليين»).
 */
function namesPeople(tokens: Token[], a: Actor): boolean {
  if (a.kind !== 'demonym' || a.last !== a.first + 1) return false;
  const t = tokens[a.first];
  const prev = tokens[a.first - 1];
  if (prev?.kind === 'number') return true;
  if (definiteNoun(t) === null || !/(ين|ون)$/.test(t.stem)) return false;
  return prev?.kind !== 'arabic' || definiteNoun(prev) === null;
}

/**
 * The name a head noun takes up («المدينة» after «مدينة عفرين»); for a town noun with no such name, the one place the
 * sentence names before it («من عفرين … على المدينة»: round 56).
 */
function headedOrTown(tokens: Token[], from: number, noun: string, before: Actor[], town: Set<string>): Actor | null {
  const headed = before.filter((a) => headsOf(tokens, a, from).includes(noun));
  if (headed.length > 0 || !town.has(noun)) return soleCountry(headed);
  return soleCountry(before.filter((a) => a.kind === 'place'));
}

/** The one country among `parties`, or null when there is none or two. */
function soleCountry(parties: Actor[]): Actor | null {
  if (parties.length === 0) return null;
  const country = parties[0].country;
  return parties.every((a) => a.country === country) ? parties[parties.length - 1] : null;
}

/**
 * The description words of the sentence (tokens first..last) read as their referents among `actors` (the sentence's
 * parties, in text order, from token `from` on: a dateline's places are no referents). A word inside a party's name is
 * never one.
 */
export function descriptionActors(tokens: Token[], from: number, last: number, actors: Actor[]): Actor[] {
  const known = actors.filter((a) => a.country !== null && a.first >= from && a.kind !== 'pronoun');
  if (known.length === 0) return [];
  const { head, state, organ, witness, people, town } = descriptionWords();
  const out: Actor[] = [];
  let k = 0;
  for (let i = from; i < last; i++) {
    while (k < actors.length && actors[k].last <= i) k++;
    // «في الاتحاد» (the linker's countryless entity of one word) may still be a description; a word inside a name
    // with a country never is (round 37).
    if (k < actors.length && actors[k].first <= i && !unresolvedWord(actors[k], i)) continue;
    const noun = definiteNoun(tokens[i]);
    if (noun === null || qualified(tokens, i, last)) continue;
    const ofState = state.has(noun) || organ.has(noun);
    if (!ofState && !head.has(noun) && !people.has(noun)) continue;
    // «الجيش في ميانمار»، «الحكومة في الهند»: the place after في names whose organ it is.
    if (organ.has(noun) && tokens[i + 1]?.norm === 'في') continue;
    // «الاحتجاجات التي شهدتها البلاد»: where the protests were, not who protested.
    if (ofState && i > from && witness.has(tokens[i - 1].stem)) continue;
    const before = known.filter((a) => a.last <= i);
    const referent = ofState
      ? soleCountry(before.filter((a) => STATE_REFERENTS.has(a.kind)))
      : people.has(noun)
        ? soleCountry(before.filter((a) => namesPeople(tokens, a)))
        : headedOrTown(tokens, from, noun, before, town);
    if (!referent) continue;
    const t = tokens[i];
    // «البلاد» after «القبرصي» is Cyprus, not the demonym's entity; «الحكومة» is the country's organ.
    const kind: ActorKind = state.has(noun) ? 'country' : organ.has(noun) ? 'metonym' : referent.kind;
    const entity = ofState && referent.kind !== 'country' ? null : referent.entity;
    out.push({ ...referent, start: t.start, end: t.end, first: i, last: i + 1, kind, entity });
  }
  return out;
}

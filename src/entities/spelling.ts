// Names the gazetteer knows that the token-by-token lookup missed: a name the tagger found inside a token the tokenizer
// kept whole («وزغوان»: the tagger's mention is «زغوان»), and spelling variants — Arabic news writes foreign names with or
// without their long vowels («نيكارغوا» for «نيكاراغوا», «عرقجي» for «عراقجي»), and no list of variants is complete.
import { cliticAnalyzer } from '../arabic/clitics.js';
import type { Token } from '../doc/types.js';
import { chooseTarget, type Found, isComma, kindAgrees, type LinkContext, namingCandidates, wordOf } from './found.js';
import { type Candidate, type Gazetteer, type GazetteerEntry, nameKey, type Person } from './gazetteer.js';
import { isRareWord } from './spans.js';

/**
 * Leaves out of an unlinked tagger mention the «و» the tokenizer kept glued to an unknown name, where it can only be the
 * conjunction: before a hamza («وأورور دوبوي»: no name starts with «وأ»), or in a list, right after a comma or after
 * another name of the same type («جوبر وزملكا», «المبدعة، وتبة ريمان»), when news seldom writes the word. A whole token
 * the gazetteer knows keeps its «و» («واشنطن»), and so does a frequent one («ويلبور روس»), unless, after a name of the
 * same type, the rest is a gazetteer name («تيران وصنافير», 28 times in news for the islands).
 */
export function dropGluedConjunctions(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, text } = ctx;
  for (const [k, m] of found.entries()) {
    const token = tokens[m.first];
    if (m.target || m.cues || m.propagated || !token || m.start !== token.start || token.proclitics.length > 0)
      continue;
    if (text[m.start] !== 'و' || token.end - token.start < 4 || g.lookup(token.text).length > 0) continue;
    const hamza = /[أإآ]/.test(text[m.start + 1]);
    const previous = tokens[m.first - 1];
    const afterComma = isComma(previous);
    const before = found[k - 1];
    const afterName = before !== undefined && before.last === m.first && before.type === m.type;
    // A name that starts with «و» is written often («ويلبور روس», «وزير الخارجية»); a name with «و» glued, seldom —
    // unless the rest is a name the gazetteer knows, next to a name of its type («جزيرتي تيران وصنافير»).
    const frequent = cliticAnalyzer().count(token.norm) >= RARE_GLUED;
    const knownRest = afterName && frequent && g.lookup(token.text.slice(1)).length > 0;
    if (!hamza && ((!afterComma && !afterName) || (frequent && !knownRest))) continue;
    m.start += 1;
    m.text = text.slice(m.start, m.end);
  }
}

/**
 * Links an unlinked tagger mention that starts right after a conjunction glued to its first token (the tagger left out
 * a «و» or «ف» the tokenizer kept: «وزغوان» → «زغوان») by the name it shows, when the gazetteer's entry fits the
 * tagger's type. After a preposition only before the article («بالحمامات» → «الحمامات»): names start with ب ك ل as
 * often as they take them («براد» is Brad, not ب + «راد», Kevin Rudd).
 */
export function linkPeeledMentions(ctx: LinkContext, found: Found[]): void {
  const { g, tokens } = ctx;
  for (const m of found) {
    const token = tokens[m.first];
    if (m.target || m.cues || m.propagated || !token) continue;
    const peeled = lettersLeftOut(token, m);
    if (!isConjunction(peeled) && !(isPrepositionBeforeArticle(peeled) && m.text.startsWith('ال'))) continue;
    const target = chooseTarget(namingCandidates(g.lookup(m.text)), m.type);
    if (target?.kind !== 'entry') continue;
    // A country's name is safe whatever type the tagger gave it («وفانوتو» tagged as a person).
    if (target.entry.kind === 'country') m.type = 'LOC';
    if (kindAgrees(target.entry.kind, m.type)) m.target = target;
  }
}

/**
 * Links a tagger mention the gazetteer does not know by name to the one entry whose name has the same consonant
 * skeleton (gazetteer.ts skeletonOf), when that entry's kind fits the tagger's type. Not cities and regions: towns of
 * many countries share a name written a little differently («ويندسور» in England, «وندسور» in Canada), and only the
 * exact name, weighed with the countries the article names, may choose among them. The tagger must have found the
 * name (no mention is added here), and the skeleton must name exactly one entry: «سلمان» and «سليمان» are two people,
 * and a skeleton both have links neither.
 */
export function linkSpellingVariants(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, forms, text } = ctx;
  for (const m of found) {
    if (m.target || m.cues || m.propagated) continue;
    const words: string[] = [];
    for (let k = m.first; k < m.last; k++) {
      if (tokens[k].kind !== 'arabic') break;
      words.push(k === m.first ? firstWordOf(text, tokens[k], m, wordOf(forms, k)) : forms.norms[k]);
    }
    if (words.length !== m.last - m.first) continue;
    const entry = soleEntry(g.spellingVariants(words.join(' ')));
    if (entry && entry.kind !== 'place' && kindAgrees(entry.kind, m.type))
      m.target = { kind: 'entry', entry, via: 'variant' };
  }
}

/**
 * «البي بي سي», «الفيسبوك», «(يونيسيف)», «"موساد"» (round 37): an unlinked tagger organization whose first word with the
 * article added or left out makes the name of one organization the gazetteer knows is that organization; news writes
 * foreign and acronym names either way. A name bound to a country is settled later by the article's countries as any
 * other («حزب الشيوعي» in a Cuban story is not China's «الحزب الشيوعي»: settleCountryBoundNames).
 */
export function linkNamesByArticle(ctx: LinkContext, found: Found[]): void {
  const { g } = ctx;
  for (const m of found) {
    if (m.target || m.cues || m.propagated || m.type !== 'ORG') continue;
    const key = nameKey(m.text);
    const other = key.startsWith('ال') ? key.slice(2) : `ال${key}`;
    if (other.length < 3 || other.startsWith(' ')) continue;
    const entry = soleEntry(namingCandidates(g.lookupKey(other)));
    if (entry?.kind === 'org') m.target = { kind: 'entry', entry, via: 'variant' };
  }
}

/** Words that open a compound given name: the given name is their word and the next. */
const COMPOUND_GIVEN = new Set(['عبد', 'أبو', 'ابو', 'أبي', 'ابي'].map(nameKey));

/**
 * Links an unlinked PER mention of three words or more to the one person the gazetteer knows by its first word (or
 * first two) and its last: Arabic news writes a person's father's and grandfather's names between («مهدي محمد حسين
 * المشاط» for «مهدي المشاط», round 28). The outer words must name exactly one person, and nothing else; the last word is
 * a family name with the article (the Arab chain of names: not «كيم داي جونغ», whose «كيم جونغ» is Kim Jong Un), and a
 * given name opened by «عبد» or «أبو» keeps its second word («عبد الرحمن المهدي» is not «عبد المهدي»).
 */
export function linkPersonsByOuterNames(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, forms } = ctx;
  for (const m of found) {
    if (m.target || m.cues || m.propagated || m.type !== 'PER' || m.last - m.first < 3) continue;
    let arabic = true;
    for (let k = m.first; k < m.last; k++) arabic &&= tokens[k].kind === 'arabic';
    if (!arabic) continue;
    const last = forms.norms[m.last - 1];
    if (!last.startsWith('ال')) continue;
    const first = wordOf(forms, m.first);
    const compound = `${first} ${forms.norms[m.first + 1]}`;
    for (const given of COMPOUND_GIVEN.has(first) ? [compound] : [first, compound]) {
      const entry = soleEntry(namingCandidates(g.lookupKey(`${given} ${last}`)));
      if (entry?.kind !== 'person') continue;
      m.target = { kind: 'entry', entry, via: 'variant' };
      break;
    }
  }
}

/** Persons by the last word of their multi-word names and variants, with the first word, one table a gazetteer. */
const bySurname = new WeakMap<Gazetteer, Map<string, [given: string, person: Person][]>>();

function personsBySurname(g: Gazetteer): Map<string, [string, Person][]> {
  let table = bySurname.get(g);
  if (table) return table;
  table = new Map();
  for (const person of g.people.values())
    for (const name of [person.nameAr, ...person.variantsAr]) {
      const words = nameKey(name).split(' ');
      if (words.length < 2) continue;
      const last = words[words.length - 1];
      table.set(last, [...(table.get(last) ?? []), [words[0], person]]);
    }
  bySurname.set(g, table);
  return table;
}

/** Letters of a given name per edit allowed: «سيغمار» / «زيغمار» (1 of 6), «يوشيهايد» / «يوشيهيدي» (2 of 8). */
const LETTERS_PER_EDIT = 4;
const MIN_GIVEN_LETTERS = 4;

/**
 * Links an unlinked two-word PER mention to the one gazetteer person with the same family name whose given name is
 * the mention's written a little differently: a foreign given name transliterated another way or mistyped («يوشيهايد
 * سوغا» for «يوشيهيدي سوغا», round 28; «سيغمار غابرييل», «دوناللد ترامب» in the audit). The mention's given name must
 * be rare in news (an Arabic one is not: «أحمد» and «محمد» differ by a letter), at most one edit per four letters
 * away: «ميلانيا ترامب» and «يوليا سكريبال» stay other people.
 */
export function linkGivenNameVariants(ctx: LinkContext, found: Found[]): void {
  const { g, tokens, forms } = ctx;
  for (const m of found) {
    if (m.target || m.cues || m.propagated || m.type !== 'PER' || m.last - m.first !== 2) continue;
    if (tokens[m.first].kind !== 'arabic' || tokens[m.first + 1].kind !== 'arabic') continue;
    const given = wordOf(forms, m.first);
    if (given.length < MIN_GIVEN_LETTERS || !isRareWord(given)) continue; // rare: maybe a foreign given name
    const allowed = Math.floor(given.length / LETTERS_PER_EDIT);
    const near = new Set<Person>();
    for (const [other, person] of personsBySurname(g).get(forms.norms[m.first + 1]) ?? [])
      if (other !== given && editDistance(given, other) <= allowed) near.add(person);
    if (near.size === 1) m.target = { kind: 'entry', entry: [...near][0], via: 'variant' };
  }
}

/** Levenshtein distance of two words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}

/** Letters transliteration adds or drops freely: long vowels, hamza, «ة» / «ه». */
const WEAK_LETTERS = new Set('اوىيءةه');
/** Letters a word must have for a consonant to be added, dropped or changed (a typo, «القحطاني» / «القحاني»). */
const MIN_CONSONANT_EDIT_LETTERS = 7;

/**
 * Whether two words are one name written two ways: one edit apart — two adjacent letters swapped («غربيك» / «غبريك»),
 * a weak letter added, dropped or changed («لقديم» / «لقديمي», «ويليام» / «وليام»), or, in words of seven letters or
 * more, any letter («القحطاني» / «القحاني»). Short names differing by a consonant are other names («بيكي» / «فيكي»,
 * «تشينغ» / «تشيفنغ»). With `weakOnly`, not the last («كيم يونغ-تشول» / «كيم دونغ-تشول» are two persons, round 37).
 */
export function spellingVariantWords(a: string, b: string, weakOnly = false): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const long = !weakOnly && Math.max(a.length, b.length) >= MIN_CONSONANT_EDIT_LETTERS;
  if (a.length === b.length) {
    if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return true;
    return a.slice(i + 1) === b.slice(i + 1) && (long || (WEAK_LETTERS.has(a[i]) && WEAK_LETTERS.has(b[i])));
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i) && (long || WEAK_LETTERS.has(longer[i]));
}

/** How often (data/arabic/wordfreq.tsv) a word written with «و» may be seen and still read as «و» + a rare name. */
const RARE_GLUED = 10;

/** The letters of a mention's first token that its span leaves out (a clitic the tokenizer kept glued). */
export const lettersLeftOut = (token: Token, m: { start: number }) => token.text.slice(0, m.start - token.start);

const isConjunction = (letters: string) => letters === 'و' || letters === 'ف';
/** «ب», «ل», «ك», «وب» …: a preposition, glued (the article after it shows it is one). */
export const isPrepositionBeforeArticle = (letters: string) => /^[وف]?[بكل]$/.test(letters);

/**
 * The first word of a mention as the tagger drew it: when the tagger left out a letter the tokenizer kept glued to the
 * token («وتانزانيا» in a list of countries: the mention is «تانزانيا»), the mention's own letters, else `word`.
 */
function firstWordOf(text: string, token: Token, m: Found, word: string): string {
  return m.start > token.start && m.start < token.end ? nameKey(text.slice(m.start, token.end)) : word;
}

/** The entry all candidates stand for, or undefined when they stand for several. */
function soleEntry(candidates: readonly Candidate[]): GazetteerEntry | undefined {
  const [first] = candidates;
  return first && candidates.every((c) => c.entry === first.entry) ? first.entry : undefined;
}

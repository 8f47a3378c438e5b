// Document-level consistency: a name recognized once in an article (by the tagger or the gazetteer) is a mention
// at its other occurrences too, with the same type and identity. The tagger often catches a name once and misses
// it later («لوبن»); the gazetteer adds only names safe without context, so a one-word surname or an ambiguous
// town confirmed once by the tagger is found everywhere.
import type { Token } from '../doc/types.js';
import { coveredTokens, type Found, type LinkContext, nameStart, namesRun, newFound, wordOf } from './found.js';
import { isRareAt, isRareWord, type TokenForms } from './spans.js';
import { FirstLetterPairs } from './word-filter.js';

/**
 * The key a name has wherever it occurs: its first word as the mention reads it (without the clitics its span leaves
 * out, whole when the span starts with the token: «كالي», Cali, is not ك + «إلى») and the following words, normalized.
 */
function occurrenceKey(m: Found, tokens: readonly Token[], forms: TokenForms): string {
  let key = m.start === tokens[m.first].start ? forms.norms[m.first] : wordOf(forms, m.first);
  for (let i = m.first + 1; i < m.last; i++) key += ` ${forms.norms[i]}`;
  return key;
}

/** Whether a mention is a name that may be looked for elsewhere: not a role phrase nor one found so. */
function isSeed(m: Found): boolean {
  return !(m.cues || m.apposedTo || m.propagated || m.contextual || m.type === 'MISC');
}

/**
 * Whether a seed name (with its occurrence key) propagates: at least three letters, and, when it is one word,
 * either linked to the gazetteer or rare in news (so a common word the tagger once took for a name, «شاب», does
 * not spread).
 */
function propagates(m: Found, key: string, forms: TokenForms): boolean {
  if (key.length - spacesIn(key) < 3) return false;
  return m.last - m.first > 1 || m.target !== undefined || isRareAt(forms, m.first);
}

function spacesIn(key: string): number {
  let n = 0;
  for (let k = key.indexOf(' '); k >= 0; k = key.indexOf(' ', k + 1)) n++;
  return n;
}

/**
 * The keys a propagating name is looked for under (none when it does not propagate): its own words, and for a
 * person with a multi-word name its rare last word (the surname: «جيرار كولومب» → «كولومب»), which in-document
 * coreference then joins to the full name.
 */
function seedKeys(m: Found, tokens: readonly Token[], forms: TokenForms): string[] {
  if (!isSeed(m)) return [];
  // propagates()'s word test first: most mentions that fail it fail it here, before their key is built.
  if (m.last - m.first === 1 && m.target === undefined && !isRareAt(forms, m.first)) return [];
  const key = occurrenceKey(m, tokens, forms);
  if (!propagates(m, key, forms)) return [];
  const keys = [key];
  const surname = forms.norms[m.last - 1];
  if (m.type === 'PER' && m.last - m.first > 1 && surname.length >= 3 && isRareAt(forms, m.last - 1))
    keys.push(surname);
  return keys;
}

/** The first-letter pairs of an article's seeds, reused (propagateNames clears it before each article). */
const SEED_PAIRS = new FirstLetterPairs();

/** Adds the other occurrences of the document's names; a name recognized with two different types is left alone. */
export function propagateNames(ctx: LinkContext, found: Found[]): void {
  const { tokens, forms, text } = ctx;
  const seeds = new Map<string, Found | null>();
  const recognized = new Map<string, Recognition[]>();
  let longest = 0;
  for (const m of found) {
    const keys = seedKeys(m, tokens, forms);
    if (keys.length === 0) continue;
    for (let k = 0; k < keys.length; k++) {
      const seen = recognized.get(keys[k]) ?? [];
      seen.push({ m, whole: k === 0 });
      recognized.set(keys[k], seen);
    }
    longest = Math.max(longest, m.last - m.first);
  }
  for (const [key, list] of recognized) seeds.set(key, majoritySeed(list));
  if (seeds.size === 0) return;
  addHashtagPersons(seeds, found, tokens, forms);
  // Most tokens start no seed: checking the first word first keeps the scan linear and allocation-free.
  const firstWords = new Set([...seeds.keys()].map((key) => key.split(' ', 1)[0]));
  // Their first two letters, and those of a first word with a letter glued before it («لبوتين»): most tokens are
  // ruled out by two letters, and only the rest are looked up.
  const pairs = SEED_PAIRS;
  pairs.clear();
  for (const word of firstWords) {
    pairs.add(word);
    for (const letter of GLUED_LETTERS) pairs.addAfter(letter, word);
  }
  const covered = coveredTokens(found, tokens.length);
  const added: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const norm = forms.norms[i];
    const head = forms.heads[i];
    const starts = head
      ? (pairs.mayStart(norm) && firstWords.has(norm)) || (pairs.mayStart(head) && firstWords.has(head))
      : pairs.mayStart(norm) && (firstWords.has(norm) || gluedFirstWord(norm, firstWords));
    if (!starts) continue;
    const hit = occurrenceAt(seeds, longest, tokens, forms, covered, i);
    if (!hit) continue;
    const end = tokens[hit.last - 1].end;
    added.push({
      ...hit.seed,
      start: hit.start,
      end,
      text: text.slice(hit.start, end),
      first: i,
      last: hit.last,
      propagated: true,
    });
    covered.fill(1, i, hit.last);
    i = hit.last - 1;
  }
  if (added.length === 0) return;
  found.push(...added);
  found.sort((a, b) => a.start - b.start);
}

/**
 * The seed a name propagates from: its first recognition when all agree on the type; when the tagger gave it two
 * types, the first of the type recognized at least twice and more often than all others together («جمهورييت» ORG
 * twice, PER once inside «رئيس تحرير جمهورييت»); else none (round 31).
 */
function majoritySeed(list: readonly Recognition[]): Found | null {
  const counts = new Map<string, number>();
  for (const { m } of list) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  if (counts.size === 1) return list[0].m;
  // A surname looked for on its own takes part in no vote: «جماعة حقاني» is no «جلال الدين حقاني».
  if (list.some((r) => !r.whole)) return null;
  for (const [type, n] of counts)
    if (n >= 2 && n * 2 > list.length) return list.find((r) => r.m.type === type)?.m ?? null;
  return null;
}

/** A recognized name under one of its keys: `whole` unless the key is a person's surname alone (seedKeys). */
interface Recognition {
  m: Found;
  whole: boolean;
}

/**
 * The longest seed occurring at token i, the whole first token before its clitic-free form (as the gazetteer scan
 * does: «لوبان» is not ل + «وبان»).
 */
function occurrenceAt(
  seeds: Map<string, Found | null>,
  longest: number,
  tokens: readonly Token[],
  forms: TokenForms,
  covered: Uint8Array,
  i: number,
): { seed: Found; start: number; last: number } | null {
  for (let n = Math.min(longest, tokens.length - i); n >= 1; n--) {
    if (anyCovered(covered, i, i + n) || !namesRun(tokens, i, i + n) || !endsWord(tokens, i + n)) continue;
    let rest = '';
    for (let k = i + 1; k < i + n; k++) rest += ` ${forms.norms[k]}`;
    const whole = seeds.get(forms.norms[i] + rest);
    // A hashtag's «#» is outside the name, as the gazetteer scan leaves it.
    const start = tokens[i].kind === 'hashtag' ? nameStart(tokens, forms, i) : tokens[i].start;
    if (whole) return { seed: whole, start, last: i + n };
    const bare = forms.heads[i] ? seeds.get(forms.heads[i] + rest) : undefined;
    if (bare) return { seed: bare, start: nameStart(tokens, forms, i), last: i + n };
    if (n === 1 && !forms.heads[i]) {
      const glued = gluedSurname(seeds, tokens[i], forms.norms[i]);
      if (glued) return { seed: glued, start: tokens[i].start + 1, last: i + 1 };
    }
  }
  return null;
}

const GLUED_LETTERS = new Set(['ل', 'ب', 'و']);

/** Whether `norm` is a first word with one of GLUED_LETTERS glued before it. */
function gluedFirstWord(norm: string, firstWords: ReadonlySet<string>): boolean {
  return GLUED_LETTERS.has(norm[0]) && firstWords.has(norm.slice(1));
}

/**
 * «تمنوا الشفاء لرايد» after «هاري رايد»: a person's one-word name (a surname of at least four letters) behind one
 * glued «ل», «ب» or «و» that the clitic analyzer left on it, because it does not know the name. The glued form must be
 * rare in news, so a common word that starts like a name is left alone.
 */
function gluedSurname(seeds: Map<string, Found | null>, token: Token, norm: string): Found | null {
  if (token.kind !== 'arabic' || token.proclitics.length > 0 || norm.length < 5 || !GLUED_LETTERS.has(norm[0]))
    return null;
  const seed = seeds.get(norm.slice(1));
  if (seed?.type !== 'PER' || !isRareWord(norm)) return null;
  return seed;
}

function anyCovered(covered: Uint8Array, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (covered[k]) return true;
  return false;
}

/** A name glued by a hyphen to the next word («ترامب-كيم») is part of a compound, not an occurrence. */
function endsWord(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return !(next && next.start === tokens[end - 1].end && next.text === '-');
}

/**
 * «#مارين_لوبن» in an article that names «لوبن»: a hashtag of two or three words ending in a person's name found
 * elsewhere is a mention of that person (the «#» left out).
 */
function addHashtagPersons(
  seeds: Map<string, Found | null>,
  found: Found[],
  tokens: readonly Token[],
  forms: TokenForms,
): void {
  let covered: Uint8Array | undefined;
  let added = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'hashtag') continue;
    covered ??= coveredTokens(found, tokens.length);
    if (covered[i]) continue;
    const words = forms.norms[i].split(' ');
    const seed = seeds.get(words[words.length - 1]);
    if (words.length < 2 || words.length > 3 || !seed || seed.type !== 'PER') continue;
    const start = nameStart(tokens, forms, i);
    const text = tokens[i].text.slice(start - tokens[i].start);
    found.push(newFound({ start, end: tokens[i].end, text, type: 'PER', first: i, last: i + 1, propagated: true }));
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}

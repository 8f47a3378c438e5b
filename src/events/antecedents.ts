// Parties named by a pronoun (round 23): «وزارها حينها رجب طيب أردوغان» (ها is Somalia, named before in the
// sentence). A pronoun is resolved only where the text leaves one reading: the antecedent must agree with the pronoun
// where Arabic marks it, be a state-like party (a country, a capital, a metonym, an officeholder or organ of a state),
// stand in the same sentence before the pronoun, and no other such party of another country may compete with it.
// Parties of the verb's own subject's country are never its object («الاهتمام التركي … وزارها أردوغان»). Earlier
// sentences are not looked at: the gold codes a party whose referent is in another sentence as unnamed (subjects.ts).
import type { Actor } from './actors.js';
import { type Agreement, readWordSets } from './lexicon.js';

/** The third-person pronoun a word ends in: ه (him), ها (her), or null (هما، هم and a bare word are not resolved). */
export function pronounSuffix(norm: string): 'm' | 'f' | null {
  // String tests, not a regular expression: this runs for every word of several rules.
  if (norm.endsWith('هما') || norm.endsWith('هم')) return null;
  if (norm.endsWith('ها')) return 'f';
  if (norm.endsWith('ه')) return 'm';
  return null;
}

/** Kinds of party a pronoun may stand for: states and those who act for one (not a place, a group or a bare entity). */
const STATE_LIKE = new Set(['country', 'capital', 'metonym', 'person', 'demonym', 'igo']);

/**
 * Whether a pronoun of `pronoun` gender may refer to the party: ها needs a feminine party (a country named without a
 * masculine verb, a feminine demonym); ه a masculine one or a person (officeholders are referred to by ه).
 */
function agreesWith(pronoun: 'm' | 'f', gender: Agreement, kind: string): boolean {
  if (pronoun === 'f') return gender === 'f';
  return gender === 'm' || (gender === null && kind === 'person');
}

/**
 * The one party a pronoun at token `at` may refer to among `parties` (the sentence's, in text order): the most recent
 * state-like party before `at`, of another country than `exclude`, when it agrees with the pronoun and every other
 * state-like party before the pronoun (of another country than `exclude`) is of its country. Undefined when there is
 * none or two countries compete.
 */
export function soleAntecedent(
  parties: Actor[],
  at: number,
  pronoun: 'm' | 'f',
  genderOf: (a: Actor) => Agreement,
  exclude: string | null,
): Actor | undefined {
  const before = parties.filter(
    (a) => a.last <= at && a.country !== null && a.country !== exclude && STATE_LIKE.has(a.kind),
  );
  // Any other state-like party before the pronoun competes, agreeing or not: «بالبلاد» may stand for a masculine
  // country, so agreement alone does not single one out.
  if (new Set(before.map((a) => a.country)).size !== 1) return undefined;
  const last = before[before.length - 1];
  return agreesWith(pronoun, genderOf(last), last.kind) ? last : undefined;
}

/** Officeholder nouns a party may stand after as genitive (زعيم كوريا الشمالية): the pronoun refers to the holder
 * (data/events/offices.tsv). */
let offices: Set<string> | undefined;

function officeNouns(): Set<string> {
  offices ??= readWordSets('events/offices.tsv', { office: new Set<string>() }).office;
  return offices;
}

/**
 * The gender a party takes as a pronoun's antecedent when it is the genitive of an office (`before` is the word
 * before it): «زعيم كوريا الشمالية» is he, «رئيسة وزراء بريطانيا» she; null when no office stands there.
 */
export function officeGender(before: string): 'm' | 'f' | null {
  if (officeNouns().has(before)) return 'm';
  // A feminine office (رئيسة، وزيرة) normalizes its ة to ه.
  return before.endsWith('ه') && officeNouns().has(before.slice(0, -1)) ? 'f' : null;
}

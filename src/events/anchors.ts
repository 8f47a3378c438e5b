// What each word of a document may anchor, for the rules that look at every word of every sentence: a trigger form,
// «على» of obligation, a claim's first word, the blame words, and the cue words of rules with no trigger word (harm,
// acceptance, an envoy's return, a trial, a court, an investigation, a received call). A rule that starts at another
// word must add it. Also cue words that start no rule but that rules read at every word or need in their sentence
// (an envoy, a message, a pronoun, a head word …; not in ANY_ANCHOR). Each answer depends on the written word alone,
// so it is worked out once per written form (kept on its analysis, src/arabic/words.ts) and read per token as bits:
// those rules used to hash each word into several sets and peel its clitics again in every sentence.
import { tokenWords } from '../arabic/words.js';
import type { Token } from '../doc/types.js';
import type { WordForm } from './actors.js';
import { mayStartClaim } from './claims.js';
import { hasKey } from './clauses.js';
import type { EventLexicon } from './lexicon.js';

/** A key of the word, or its stem, is a trigger form of the lexicon. */
export const TRIGGER_FORM = 1;
/** «على» as obligation() reads it, with a conjunction or without. */
export const OBLIGATION = 2;
/** A word a verb-less claim may start at (claims.ts mayStartClaim). */
export const CLAIM_START = 4;
/** Blame words (blamedParty): «يقف» (stands behind), «مسؤول» (responsible), «وراء» (behind). */
export const STANDS = 8;
export const ANSWERS = 16;
export const BEHIND = 32;
/** Cue words of rules with no trigger word of their own. */
export const HARM = 64;
export const ACCEPT = 128;
export const ENVOY_RETURN = 256;
/** A trial, a court a defendant appears before, an investigation (round 35). */
export const TRIAL = 512;
export const COURT = 1024;
export const INVESTIGATE = 2048;
/**
 * Words that start no rule but that a rule needs in its sentence: an envoy noun (a recalled or returning ambassador),
 * «للتشاور» (a recall for consultations). Not in ANY_ANCHOR.
 */
export const ENVOY_WORD = 4096;
export const CONSULTATION_WORD = 8192;
/**
 * Cue words read at every word of a sentence: a possessive or object pronoun that may stand for the sentence's
 * subject (possessiveActors), a word of persuading and one of demanding, whose content is embedded (codeSentence).
 */
export const PRONOUN_WORD = 16384;
export const PERSUADE_WORD = 32768;
export const DEMAND_WORD = 65536;
/**
 * Words that make an act before the trigger someone else's (condemnedBefore): condemning, suspecting or expecting it;
 * welcoming or describing it; referring to it.
 */
export const CONDEMNS_WORD = 131072;
export const WELCOMES_WORD = 262144;
export const REFERS_WORD = 524288;
/** A verb of receiving before a call or letter from a party (round 37). */
export const RECEIVE = 1048576;
/** A call, letter or cable (askingLetterEvents looks for one in every sentence). */
export const MESSAGE_WORD = 2097152;
/** A head word or «أعضاء» before a party (isBridge, read at every word between a word and its party). */
export const HEAD_WORD = 4194304;
export const MEMBERS_WORD = 8388608;
/** «كل» of «كل من» + a party (isBridge and governed read it between a word and its party; round 45). */
export const LIST_WORD = 16777216;
export const SPORT_WORD = 33554432;

/** A word that may anchor some rule: a sentence with none codes no event. */
export const ANY_ANCHOR =
  TRIGGER_FORM |
  OBLIGATION |
  CLAIM_START |
  STANDS |
  ANSWERS |
  BEHIND |
  HARM |
  ACCEPT |
  ENVOY_RETURN |
  TRIAL |
  COURT |
  INVESTIGATE |
  RECEIVE;

const OBLIGATION_WORDS: ReadonlySet<string> = new Set(['علي', 'وعلي', 'فعلي']);

declare module '../arabic/words.js' {
  interface WordMemo {
    /** The word's anchor bits and the lexicon they were worked out with. */
    eventAnchors?: { lex: EventLexicon; bits: number };
  }
}

/** The anchor bits of every token of a document (0 for tokens that are no Arabic word). */
export function tokenAnchors(lex: EventLexicon, tokens: readonly Token[], forms: readonly WordForm[]): Uint32Array {
  const words = tokenWords(tokens);
  const anchors = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'arabic') continue;
    const memo = words?.[i]?.memo;
    if (memo?.eventAnchors?.lex === lex) {
      anchors[i] = memo.eventAnchors.bits;
      continue;
    }
    const bits = wordAnchors(lex, t, forms[i]);
    anchors[i] = bits;
    if (memo) memo.eventAnchors = { lex, bits };
  }
  return anchors;
}

function wordAnchors(lex: EventLexicon, t: Token, form: WordForm): number {
  const { cues } = lex;
  const { norm } = t;
  let bits = 0;
  if (isTriggerWord(lex, t, form)) bits |= TRIGGER_FORM;
  if (OBLIGATION_WORDS.has(norm)) bits |= OBLIGATION;
  if (mayStartClaim(t)) bits |= CLAIM_START;
  const peeled = t.proclitics.length > 0 && (norm[0] === 'و' || norm[0] === 'ف') ? norm.slice(1) : norm;
  if (cues.stand.has(norm) || cues.stand.has(peeled)) bits |= STANDS;
  if (cues.responsible.has(norm) || cues.responsible.has(peeled)) bits |= ANSWERS;
  if (cues.behind.has(norm)) bits |= BEHIND;
  if (hasKey(form.keys, cues.harm)) bits |= HARM;
  if (hasKey(form.keys, cues.accept)) bits |= ACCEPT;
  if (hasKey(form.keys, cues.envoyReturn)) bits |= ENVOY_RETURN;
  if (hasKey(form.keys, cues.trial)) bits |= TRIAL;
  if (hasKey(form.keys, cues.court)) bits |= COURT;
  if (hasKey(form.keys, cues.investigate)) bits |= INVESTIGATE;
  if (hasKey(form.keys, cues.envoy)) bits |= ENVOY_WORD;
  if (hasKey(form.keys, cues.consultation)) bits |= CONSULTATION_WORD;
  if (hasKey(form.keys, cues.pronoun)) bits |= PRONOUN_WORD;
  if (hasKey(form.keys, cues.persuade)) bits |= PERSUADE_WORD;
  if (hasKey(form.keys, cues.demand)) bits |= DEMAND_WORD;
  if (hasKey(form.keys, cues.condemn) || hasKey(form.keys, cues.suspect) || hasKey(form.keys, cues.expect))
    bits |= CONDEMNS_WORD;
  if (hasKey(form.keys, cues.welcome) || hasKey(form.keys, cues.describe)) bits |= WELCOMES_WORD;
  if (hasKey(form.keys, cues.refer)) bits |= REFERS_WORD;
  if (hasKey(form.keys, cues.message)) bits |= MESSAGE_WORD;
  if (hasKey(form.keys, cues.head)) bits |= HEAD_WORD;
  if (hasKey(form.keys, cues.members)) bits |= MEMBERS_WORD;
  if (hasKey(form.keys, cues.list)) bits |= LIST_WORD;
  if (hasKey(form.keys, cues.sport)) bits |= SPORT_WORD;
  if (hasKey(form.keys, cues.receive)) bits |= RECEIVE;
  return bits;
}

/** Whether the word's stem or one of its lookup keys is a trigger form (most words are none). */
function isTriggerWord(lex: EventLexicon, t: Token, form: WordForm): boolean {
  if (form.keys.some((key) => lex.forms.has(key))) return true;
  // The stem is most often one of the keys, already looked up.
  return !form.keys.includes(t.stem) && lex.forms.has(t.stem);
}

// The view of one sentence the event coder works on: its tokens, which of them start a new clause, which lie in
// an aside (a comma-delimited relative clause or circumstance, where arguments must not be taken from), and the
// lookup keys of each word.
import type { Doc, Span, Token } from '../doc/types.js';
import { tokenForms } from './actors.js';
import type { CueWords } from './lexicon.js';

export interface SentenceView {
  span: Span;
  /** Token indexes [first, last) of the sentence in doc.layers.tokens. */
  first: number;
  last: number;
  /** Clause number of each token of the sentence (index - first). */
  clause: number[];
  /** True for tokens inside an aside. */
  aside: boolean[];
  keys: string[][];
}

/** The Arabic and the Latin comma. */
export const COMMAS: ReadonlySet<string> = new Set(['،', ',']);
/** Quotation marks, straight, guillemets and curly (src/arabic/quote-marks.ts). */
export { QUOTE_MARKS as QUOTES } from '../arabic/quote-marks.js';
/** Words of condition before a complementizer (إذا ثبت أن …، لو …), normalized. */
export const CONDITIONS: ReadonlySet<string> = new Set(['اذا', 'لو']);
/** Quotation marks do not end a clause: a quoted phrase is often the object (بأنها "شريك مهم"). */
const CLAUSE_PUNCT = new Set(['؛', ';', ':', '(', ')']);

export function hasKey(keys: string[], set: Set<string>): boolean {
  // A loop, not keys.some(…): this runs for nearly every word of every rule, and the closure showed in profiles.
  for (const k of keys) if (set.has(k)) return true;
  return false;
}

/**
 * The sentence's tokens and their keys. Its clauses and asides are left empty until `addClauses`: actor selection and
 * the sentence's subject do not read them, and a third of sentences code nothing and never need them.
 */
export function sentenceView(doc: Doc, span: Span, first: number, last: number): SentenceView {
  const forms = tokenForms(doc.layers.tokens);
  const keys: string[][] = [];
  for (let i = first; i < last; i++) keys.push(forms[i].keys);
  return { span, first, last, clause: [], aside: [], keys };
}

/** Fills a view's clause number and aside mark of each token. */
export function addClauses(view: SentenceView, tokens: Token[], cues: CueWords): void {
  const { first, last, keys, clause } = view;
  let current = 0;
  let fronted = opensWithAdjunct(tokens, first, last, keys, cues);
  for (let i = first; i < last; i++) {
    const t = tokens[i];
    // «من قبل» is "by" (an agent) or "before now": no clause opens there, unlike «قبل أن».
    const byOrEarlier = t.norm === 'قبل' && i > first && tokens[i - 1].norm === 'من';
    const boundary = t.kind === 'arabic' && cues.boundary.has(t.norm) && !byOrEarlier;
    const endsFronted = fronted && COMMAS.has(t.text);
    if (endsFronted) fronted = false;
    if (CLAUSE_PUNCT.has(t.text) || boundary || endsFronted || opensTimeClause(tokens, i, first, keys, cues)) current++;
    clause.push(current);
  }
  view.aside = markAsides(tokens, first, last, keys, cues);
}

/**
 * «في اليوم الثاني من زيارته للمملكة المتحدة، اجتمع …», «في وقت يتأهب فيه قطاع غزة …، توعد …»: a sentence that
 * opens with an adjunct word (في، خلال، عقب …) fronts a circumstance up to its first comma; the main clause after it
 * takes no argument from it.
 */
function opensWithAdjunct(tokens: Token[], first: number, last: number, keys: string[][], cues: CueWords): boolean {
  for (let i = first; i < last; i++) {
    if (tokens[i].kind === 'arabic') {
      // «وفي تغريدة …،»: a conjunction glued to a short preposition, too short for wordKeys to peel.
      const t = tokens[i];
      const bare = /^[وف]/.test(t.norm) && t.proclitics.length > 0 ? [t.norm.slice(1)] : [];
      const words = [...keys[i - first], ...bare];
      return (hasKey(words, cues.adjunct) || hasKey(words, cues.fronted)) && !cues.relative.has(t.norm);
    }
    if (tokens[i].kind !== 'punct') return false;
  }
  return false;
}

/**
 * «، في وقت يهدد الرئيس الأمريكي …», «، في حين …»: after a comma, في with a word of time opens a clause of its own
 * (at a time when, whereas) that reports its own events; it is not an aside.
 */
function opensTimeClause(tokens: Token[], i: number, first: number, keys: string[][], cues: CueWords): boolean {
  return (
    i > first &&
    COMMAS.has(tokens[i - 1].text) &&
    tokens[i].norm === 'في' &&
    i + 1 - first < keys.length &&
    hasKey(keys[i + 1 - first], cues.opener)
  );
}

/** A segment that opens with a comma and an aside word (التي, في, خلال …) runs to the next comma. */
function markAsides(tokens: Token[], first: number, last: number, keys: string[][], cues: CueWords): boolean[] {
  const aside = new Array<boolean>(last - first).fill(false);
  for (let i = first; i < last - 1; i++) {
    if (!COMMAS.has(tokens[i].text)) continue;
    if (!hasKey(keys[i + 1 - first], cues.adjunct) || opensTimeClause(tokens, i + 1, first, keys, cues)) continue;
    let j = i + 1;
    while (j < last && !COMMAS.has(tokens[j].text)) {
      aside[j - first] = true;
      j++;
    }
    // An aside that runs to the end of the sentence is a trailing circumstance: still an aside.
    i = j - 1;
  }
  return aside;
}

// Token-level views the linker matches on: each token's normalized form, the form a name starting at that token
// would take without glued clitics («لروسيا» → «روسيا», «بالكرملين» → «الكرملين»), and the surface offset where
// such a name starts (clitics excluded, the article kept, as the NER stage does).
import { type CliticAnalyzer, cliticAnalyzer } from '../arabic/clitics.js';
import { ARABIC_MARK } from '../arabic/marks.js';
import { tokenWords } from '../arabic/words.js';
import type { Token } from '../doc/types.js';
import type { KeyNode } from './gazetteer.js';

export interface TokenForms {
  /** tokens[i].norm, with a hashtag's «#» and underscores dropped. */
  norms: string[];
  /** The clitic-free form of tokens[i] when a name starts there, or '' when it has none. */
  heads: string[];
  /** Surface offset (into the document) where a name starting at tokens[i] with heads[i] begins. */
  headStarts: Int32Array;
  /** The linker's memo of tokens[i]'s written word, for an Arabic token the tokenizer made (src/arabic/words.ts). */
  memos: (LinkWordMemo | undefined)[];
}

/** What the linker derives from a written word alone, kept on the word's analysis (src/arabic/words.ts). */
export interface LinkWordMemo {
  /** The clitic-free form a name starting at the word takes, or ''. */
  head: string;
  /** Where that name starts in the written word (UTF-16 offset). */
  headOffset: number;
  /** The word's flags (token-flags.ts) and the table they were computed with, or undefined. */
  flags: number;
  flagsTable: unknown;
  /**
   * With the flags: the gazetteer node of the keys the whole word starts, and of those its head starts (for
   * Gazetteer.matchFrom), or undefined when it starts none.
   */
  wholeNode: KeyNode | undefined;
  headNode: KeyNode | undefined;
  /**
   * With the flags, for a word the tokenizer split no proclitic off (`bare`): the name it starts once a glued letter
   * is peeled (Gazetteer.gluedHead), if any.
   */
  gluedHead: string | undefined;
  bare: boolean;
}

declare module '../arabic/words.js' {
  interface WordMemo {
    link?: LinkWordMemo;
  }
}

export function tokenForms(tokens: readonly Token[]): TokenForms {
  const analyzer = cliticAnalyzer();
  const words = tokenWords(tokens);
  // Sized once: grown by push, the arrays would be copied several times per article.
  const norms = new Array<string>(tokens.length);
  const heads = new Array<string>(tokens.length);
  const headStarts = new Int32Array(tokens.length);
  const memos = new Array<LinkWordMemo | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'hashtag') {
      const words = t.norm.replace(/^#/, '').replace(/_/g, ' ');
      norms[i] = words;
      heads[i] = words;
      headStarts[i] = t.start + 1;
      continue;
    }
    norms[i] = t.norm;
    const word = words?.[i];
    // A written word's head is the same in every article: found once, kept on the word's analysis.
    if (word) word.memo.link ??= linkWordMemo(t, analyzer);
    const memo = word?.memo.link;
    memos[i] = memo;
    const head = memo ?? linkWordMemo(t, analyzer);
    heads[i] = head.head;
    headStarts[i] = t.start + head.headOffset;
  }
  return { norms, heads, headStarts, memos };
}

/** The clitic-free head of a (non-hashtag) token and where it starts in the token. */
function linkWordMemo(t: Token, analyzer: CliticAnalyzer): LinkWordMemo {
  const latin = t.proclitics.length === 0 ? latinAfterClitic(t) : -1;
  if (latin > 0) return wordMemo(t.norm.slice(t.norm.search(/[a-z]/)), latin, true);
  // Most tokens carry no clitic: no head to build, unless a preposition (after a conjunction or not: «لبيلاروسيا»,
  // «ولبيلاروسيا») is glued to a name news never wrote. The name ends the word, so the letters before it are peeled.
  if (t.proclitics.length === 0) {
    const name = t.kind === 'arabic' ? analyzer.gluedPrepositionName(t.norm) : '';
    return wordMemo(name, name === '' ? 0 : surfaceOffset(t.text, t.norm.length - name.length), true);
  }
  const head = headOf(t);
  return wordMemo(head.form, head.offset, false);
}

function wordMemo(head: string, headOffset: number, bare: boolean): LinkWordMemo {
  return {
    head,
    headOffset,
    flags: 0,
    flagsTable: undefined,
    wholeNode: undefined,
    headNode: undefined,
    gluedHead: undefined,
    bare,
  };
}

/** One or two Arabic clitic letters, an optional tatweel, then a Latin name: «لـCNN», «بـBBC». */
const CLITIC_LATIN = /^[وفبلك]{1,2}ـ?(?=[A-Za-z])/;

/**
 * Where the Latin name starts in a token the tokenizer keeps whole with an Arabic clitic before it («وقال لـCNN»: 147
 * times in ANT), or -1: the name is the Latin part, as the gold spans it.
 */
function latinAfterClitic(t: Token): number {
  // Most tokens end in an Arabic letter: one character code rules them out before the regex.
  const last = t.text.charCodeAt(t.text.length - 1) | 0x20;
  if (t.kind !== 'arabic' || last < 0x61 || last > 0x7a) return -1;
  const clitic = CLITIC_LATIN.exec(t.text);
  return clitic ? clitic[0].length : -1;
}

/** Whether a name can include this token: Arabic, Latin, number and hashtag tokens. */
export function isNameToken(token: Token): boolean {
  const kind = token.kind;
  return kind === 'arabic' || kind === 'latin' || kind === 'number' || kind === 'hashtag';
}

/**
 * The token without conjunction/preposition clitics, keeping the definite article: «والولايات» → «الولايات».
 * After ل the article's alef is not written («لليابان»): the form matched is «اليابان» but the span starts at the
 * stem, as in NER spans.
 */
function headOf(t: Token): { form: string; offset: number } {
  const article = t.proclitics.includes('ال');
  if (!article) return { form: t.stem, offset: t.stemOffset };
  // The article alone: the head is the token itself (the same string, already hashed by earlier lookups).
  if (t.proclitics.length === 1 && t.norm.length === t.stem.length + 2) return { form: t.norm, offset: 0 };
  const others = t.proclitics.filter((p) => p !== 'ال').join('');
  const offset = t.norm.startsWith(`${others}ال`) ? surfaceOffset(t.text, others.length) : t.stemOffset;
  return { form: `ال${t.stem}`, offset };
}

/** The surface offset after `letters` letters, skipping diacritics and tatweel. */
export function surfaceOffset(surface: string, letters: number): number {
  let i = 0;
  let counted = 0;
  while (i < surface.length && counted < letters) {
    if (!ARABIC_MARK.test(surface[i])) counted++;
    i++;
  }
  while (i < surface.length && ARABIC_MARK.test(surface[i])) i++;
  return i;
}

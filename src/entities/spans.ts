// Token-level views the linker matches on: each token's normalized form, the form a name starting at that token
// would take without glued clitics («لروسيا» → «روسيا», «بالكرملين» → «الكرملين»), and the surface offset where
// such a name starts (clitics excluded, the article kept, as the NER stage does).
import { type CliticAnalyzer, cliticAnalyzer } from '../arabic/clitics.js';
import { ARABIC_MARK } from '../arabic/marks.js';
import { tokenWordIds, type WordSpace } from '../arabic/words.js';
import type { Token } from '../doc/types.js';
import type { KeyNode } from './gazetteer.js';

export interface TokenForms {
  /** tokens[i].norm, with a hashtag's «#» and underscores dropped. */
  norms: string[];
  /** The clitic-free form of tokens[i] when a name starts there, or '' when it has none. */
  heads: string[];
  /** Surface offset (into the document) where a name starting at tokens[i] with heads[i] begins. */
  headStarts: Int32Array;
  /**
   * The id of tokens[i]'s written word in `words` (-1 for none): an Arabic token the tokenizer made in this process
   * (src/arabic/words.ts); `words` is undefined for tokens from elsewhere, which are worked out afresh.
   */
  ids: Int32Array;
  words: LinkWords | undefined;
}

/**
 * What the linker derives from a written word alone, by word id (src/arabic/words.ts), one set of arrays per word
 * space: the same in every article, so each word's is worked out once in the process.
 */
export class LinkWords {
  /** 1 once the word's head is known. */
  known = new Uint8Array(0);
  /** The clitic-free form a name starting at the word takes, or ''. */
  head: string[] = [];
  /** Where that name starts in the written word (UTF-16 offset). */
  headOffset = new Int32Array(0);
  /** 1 for a word the tokenizer split no proclitic off. */
  bare = new Uint8Array(0);
  /** The word's flags (token-flags.ts) and the table they were computed with, or undefined. */
  flags = new Uint16Array(0);
  flagsTable: unknown[] = [];
  /**
   * With the flags: the gazetteer node of the keys the whole word starts, and of those its head starts (for
   * Gazetteer.matchFrom), or undefined when it starts none.
   */
  wholeNode: (KeyNode | undefined)[] = [];
  headNode: (KeyNode | undefined)[] = [];
  /** With the flags, for a bare word: the name it starts once a glued letter is peeled (Gazetteer.gluedHead). */
  gluedHead: (string | undefined)[] = [];
  /** isRareWord of the word's form: 0 not asked yet, RARE or COMMON. */
  rarity = new Uint8Array(0);

  /**
   * Makes room for ids below `size`, doubling. The plain arrays are filled to the same length: written first at a
   * high id, an empty array would turn into a slow dictionary.
   */
  reserve(size: number): void {
    if (size <= this.known.length) return;
    const capacity = Math.max(size, this.known.length * 2, 1024);
    this.known = grown(this.known, new Uint8Array(capacity));
    this.headOffset = grown(this.headOffset, new Int32Array(capacity));
    this.bare = grown(this.bare, new Uint8Array(capacity));
    this.flags = grown(this.flags, new Uint16Array(capacity));
    this.rarity = grown(this.rarity, new Uint8Array(capacity));
    for (let id = this.head.length; id < capacity; id++) {
      this.head.push('');
      this.flagsTable.push(undefined);
      this.wholeNode.push(undefined);
      this.headNode.push(undefined);
      this.gluedHead.push(undefined);
    }
  }
}

function grown<T extends Uint8Array | Uint16Array | Int32Array>(old: T, fresh: T): T {
  fresh.set(old);
  return fresh;
}

const linkWordsBySpace = new WeakMap<WordSpace, LinkWords>();

function linkWordsOf(space: WordSpace): LinkWords {
  let words = linkWordsBySpace.get(space);
  if (!words) {
    words = new LinkWords();
    linkWordsBySpace.set(space, words);
  }
  words.reserve(space.size);
  return words;
}

export function tokenForms(tokens: readonly Token[]): TokenForms {
  const analyzer = cliticAnalyzer();
  const numbered = tokenWordIds(tokens);
  const words = numbered ? linkWordsOf(numbered.space) : undefined;
  const ids = numbered ? numbered.ids : new Int32Array(tokens.length).fill(-1);
  // Sized once: grown by push, the arrays would be copied several times per article.
  const norms = new Array<string>(tokens.length);
  const heads = new Array<string>(tokens.length);
  const headStarts = new Int32Array(tokens.length);
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
    const id = ids[i];
    // A written word's head is the same in every article: found once, kept by the word's id.
    if (words && id >= 0) {
      if (words.known[id] === 0) {
        const head = tokenHead(t, analyzer);
        words.head[id] = head.head;
        words.headOffset[id] = head.headOffset;
        words.bare[id] = head.bare ? 1 : 0;
        words.known[id] = 1;
      }
      heads[i] = words.head[id];
      headStarts[i] = t.start + words.headOffset[id];
      continue;
    }
    const head = tokenHead(t, analyzer);
    heads[i] = head.head;
    headStarts[i] = t.start + head.headOffset;
  }
  return { norms, heads, headStarts, ids, words };
}

/** A word seen fewer times than this in the news word counts is taken for a name rather than a common word. */
export const RARE_WORD = 100;

export function isRareWord(norm: string): boolean {
  return cliticAnalyzer().count(norm) < RARE_WORD;
}

const RARE = 1;
const COMMON = 2;

/** isRareWord(forms.norms[k]), kept by the word's id (the word counts are a large table: a probe misses the caches). */
export function isRareAt(forms: TokenForms, k: number): boolean {
  const id = forms.ids[k];
  const words = forms.words;
  if (!words || id < 0) return isRareWord(forms.norms[k]);
  if (words.rarity[id] === 0) words.rarity[id] = isRareWord(forms.norms[k]) ? RARE : COMMON;
  return words.rarity[id] === RARE;
}

interface TokenHead {
  /** The clitic-free form a name starting at the word takes, or ''. */
  head: string;
  /** Where that name starts in the written word (UTF-16 offset). */
  headOffset: number;
  /** No proclitic was split off the word. */
  bare: boolean;
}

/** The clitic-free head of a (non-hashtag) token and where it starts in the token. */
function tokenHead(t: Token, analyzer: CliticAnalyzer): TokenHead {
  const latin = t.proclitics.length === 0 ? latinAfterClitic(t) : -1;
  if (latin > 0) return { head: t.norm.slice(t.norm.search(/[a-z]/)), headOffset: latin, bare: true };
  // Most tokens carry no clitic: no head to build, unless a preposition (after a conjunction or not: «لبيلاروسيا»,
  // «ولبيلاروسيا») is glued to a name news never wrote. The name ends the word, so the letters before it are peeled.
  if (t.proclitics.length === 0) {
    const name = t.kind === 'arabic' ? analyzer.gluedPrepositionName(t.norm) : '';
    return { head: name, headOffset: name === '' ? 0 : surfaceOffset(t.text, t.norm.length - name.length), bare: true };
  }
  const head = headOf(t);
  return { head: head.form, headOffset: head.offset, bare: false };
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

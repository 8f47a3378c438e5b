// The written-word analyses behind a document's tokens. The tokenizer analyzes each distinct written form once and
// shares that analysis between every token (of every article) written so; later stages that derive something from a
// word alone keep it on the analysis's memo, so each article's tokens reach it by index instead of hashing their
// strings into a stage's own table again (those lookups were a large part of the linking and event stages' cost).
import type { Token } from '../doc/types.js';
import type { WordAnalysis } from './clitics.js';

/**
 * What later stages derive from a written word alone. Each stage adds its own optional field by declaration merging
 * (`declare module '../arabic/words.js'`), and fills it on first use: it must depend only on the word and on data
 * loaded once per process.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging in the stages that keep data here.
export interface WordMemo {}

/**
 * The numbering of one analyzer's written words (WordAnalysis.id, 0, 1, 2, …) until its word cache is cleared, when a
 * new space starts again from 0. A stage may keep per-word data in dense arrays indexed by id, one set per space (a
 * WeakMap keyed by the space frees them with it): reading an article's words through an array of ids and such arrays
 * touches no per-word object, where following each token to its analysis and memo missed the CPU caches (a third of
 * the linker's token views in a profile).
 */
export class WordSpace {
  /** Ids given so far: every id of this space is below it. */
  size = 0;
}

/** The ids of a document's tokens' written words (-1 for a token with none), and the space they are numbered in. */
export interface TokenWordIds {
  space: WordSpace;
  ids: Int32Array;
}

const wordsOfTokens = new WeakMap<readonly Token[], readonly (WordAnalysis | undefined)[]>();
const idsOfTokens = new WeakMap<readonly Token[], TokenWordIds>();

/**
 * Records, for a token array the tokenizer made, the analysis of each token (undefined for a non-Arabic token) and,
 * when every word is numbered in one space, their ids.
 */
export function recordTokenWords(
  tokens: readonly Token[],
  words: readonly (WordAnalysis | undefined)[],
  ids?: TokenWordIds,
): void {
  wordsOfTokens.set(tokens, words);
  if (ids) idsOfTokens.set(tokens, ids);
}

/** The word ids of tokens[i], when the tokenizer made this array in this process and numbered all its words. */
export function tokenWordIds(tokens: readonly Token[]): TokenWordIds | undefined {
  return idsOfTokens.get(tokens);
}

/**
 * The word analyses of tokens[i], by index, when the tokenizer made this array in this process; undefined for tokens
 * from elsewhere (read back from JSON, built by hand), which stages then treat as they always did.
 */
export function tokenWords(tokens: readonly Token[]): readonly (WordAnalysis | undefined)[] | undefined {
  return wordsOfTokens.get(tokens);
}

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

const wordsOfTokens = new WeakMap<readonly Token[], readonly (WordAnalysis | undefined)[]>();

/** Records, for a token array the tokenizer made, the analysis of each token (undefined for a non-Arabic token). */
export function recordTokenWords(tokens: readonly Token[], words: readonly (WordAnalysis | undefined)[]): void {
  wordsOfTokens.set(tokens, words);
}

/**
 * The word analyses of tokens[i], by index, when the tokenizer made this array in this process; undefined for tokens
 * from elsewhere (read back from JSON, built by hand), which stages then treat as they always did.
 */
export function tokenWords(tokens: readonly Token[]): readonly (WordAnalysis | undefined)[] | undefined {
  return wordsOfTokens.get(tokens);
}

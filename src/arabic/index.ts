export { type CliticSplit, cliticAnalyzer } from './clitics.js';
export { foldCodeUnit, normalizeForMatch, normalizeWithOffsets, stripDiacritics, toAsciiDigits } from './normalize.js';
export { splitSentences } from './sentences.js';
export { sentenceStage, tokenStage } from './stage.js';
export { type RawToken, scanTokens, tokenize } from './tokenize.js';

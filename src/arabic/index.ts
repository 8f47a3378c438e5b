export { cliticAnalyzer, type CliticSplit } from './clitics.js';
export { normalizeForMatch, normalizeWithOffsets, stripDiacritics, toAsciiDigits, foldCodeUnit } from './normalize.js';
export { splitSentences } from './sentences.js';
export { sentenceStage, tokenStage } from './stage.js';
export { scanTokens, tokenize, type RawToken } from './tokenize.js';

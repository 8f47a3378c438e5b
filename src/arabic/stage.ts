// The Arabic text stage: tokens (with normalized forms and clitics) and sentences, over the whole body.
import type { Doc, Stage } from '../doc/types.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

export const tokenStage: Stage = {
  name: 'tokens',
  run(doc: Doc): void {
    doc.layers.tokens = tokenize(doc.text);
  },
};

export const sentenceStage: Stage = {
  name: 'sentences',
  run(doc: Doc): void {
    doc.layers.sentences = splitSentences(doc.text, doc.layers.tokens);
  },
};

// The NER pipeline stage: fills doc.layers.mentions from the token and sentence layers.
import type { Doc, Stage } from '../doc/types.js';
import { NerTagger } from './tagger.js';

export const nerStage: Stage = {
  name: 'mentions',
  run(doc: Doc): void {
    doc.layers.mentions = NerTagger.shipped().mentions(doc);
  },
};

// The quote stage: fills doc.layers.quotes from tokens, sentences and (when present) entities.
import type { Doc, Quote, Stage } from '../doc/types.js';
import { findQuotes } from './find.js';

export { type FoundQuote, findQuotes, type QuoteInput } from './find.js';

export const quoteStage: Stage = {
  name: 'quotes',
  run(doc: Doc): void {
    const found = findQuotes({
      text: doc.text,
      tokens: doc.layers.tokens,
      sentences: doc.layers.sentences,
      entities: doc.layers.entities,
    });
    doc.layers.quotes = found.map(({ speakerName: _resolved, ...quote }): Quote => quote);
  },
};
